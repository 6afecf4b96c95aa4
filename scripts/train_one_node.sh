#!/usr/bin/env bash
# Train on all GPUs of one node.
#   bash scripts/train_one_node.sh configs/reference.yaml --data.train_data train.csv
#   NPROC=1 bash scripts/train_one_node.sh configs/reference.yaml ...      # one GPU
# Extra arguments go to `mmfundusclip train` (dotted keys or open_clip_train flags).
set -euo pipefail
config="${1:?usage: train_one_node.sh CONFIG [train args...]}"; shift
nproc="${NPROC:-$(nvidia-smi -L 2>/dev/null | wc -l)}"
[ "$nproc" -ge 1 ] || nproc=1
exec torchrun --standalone --nproc-per-node "$nproc" -m mmfundusclip.train -- --config "$config" "$@"
