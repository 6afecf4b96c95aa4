#!/usr/bin/env bash
# GPU checks in one script (under 8 minutes on one H200): the GPU tests, then the reference
# recipe's model and settings through our trainer and upstream open_clip_train, table last.
#   bash bench/gpu.sh                 # on a machine with one CUDA GPU, from the repo root
# ViT-H-14-378 (QuickGELU) is randomly initialised: the step costs the same as with the real
# weights, so nothing is downloaded. Images: 2048 px synthetic fundus JPEGs (q92), 8 workers.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1
python3 -m pytest -q -p no:cacheprovider tests/test_gpu.py
python3 bench/train_throughput.py --device cuda --model ViT-H-14-378-quickgelu --precision amp_bf16 \
  --grad-checkpointing --batch-size 128 --workers 8 --images 1152 --unique-images 96 --image-size 2048 \
  --format jpg --epochs 1 --rounds 1 --out "${OUT:-bench/results}/train_throughput_gpu.json"
