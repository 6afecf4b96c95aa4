#!/usr/bin/env bash
# GPU checks in one script (about 8.5 minutes on one H200; the steps' limits add up to 9.4): the GPU
# tests, zero-shot evaluation of ViT-H-14-378 against the paper's one-image loop (CPU and GPU JPEG
# decoding; with the image pass and the model timed apart, to see which one bounds it), then the reference recipe's model and settings through our trainer (plain and with
# regional torch.compile) and upstream open_clip_train; the training table comes last.
#   bash bench/gpu.sh                 # on a machine with one CUDA GPU, from the repo root
#   OUT=/some/dir bash bench/gpu.sh   # where the JSON results go (default bench/results)
# ViT-H-14-378 (QuickGELU) is randomly initialised: a step costs the same as with the real
# weights, so nothing is downloaded. Images: 2048 px synthetic fundus JPEGs (q92).
# Each step has its own time limit and a failing step does not stop the next one; the exit status
# is that of the first step that failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1
out="${OUT:-bench/results}"
mkdir -p "$out"
status=0
step() {  # step SECONDS NAME COMMAND...
  local limit=$1 name=$2
  shift 2
  echo "=== $name (limit ${limit}s) ==="
  local t0=$SECONDS
  timeout --kill-after=10 "$limit" "$@"
  local rc=$?
  echo "=== $name: exit $rc after $((SECONDS - t0))s ==="
  [ "$status" -eq 0 ] && status=$rc
}
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c "import torch, open_clip; print('torch', torch.__version__, 'open_clip', open_clip.__version__)"
step 75 "GPU tests" python3 -m pytest -q -p no:cacheprovider tests/test_gpu.py
step 190 "zero-shot eval throughput" python3 bench/eval_throughput.py --device cuda \
  --model ViT-H-14-378-quickgelu --images 1536 --paper-images 96 --unique-images 48 --batch-size 256 \
  --workers 12 --rounds 2 --decode cpu,cpu-whole,gpu --breakdown --out "$out/eval_throughput_gpu.json"
step 300 "train throughput" python3 bench/train_throughput.py --device cuda --model ViT-H-14-378-quickgelu \
  --precision amp_bf16 --grad-checkpointing --batch-size 128 --workers 8 --images 1152 --unique-images 48 \
  --image-size 2048 --format jpg --epochs 1 --rounds 1 --variants ours,ours+compile,upstream \
  --out "$out/train_throughput_gpu.json"
exit "$status"
