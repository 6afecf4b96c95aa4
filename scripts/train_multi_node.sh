#!/usr/bin/env bash
# Train on several nodes; run this on every node.
#   NNODES=2 NODE_RANK=0 MASTER_ADDR=node0 bash scripts/train_multi_node.sh configs/reference.yaml --data.train_data train.csv
# torchrun's c10d rendezvous meets at MASTER_ADDR:MASTER_PORT; every node needs the same arguments.
set -euo pipefail
config="${1:?usage: train_multi_node.sh CONFIG [train args...]}"; shift
: "${NNODES:?set NNODES}" "${NODE_RANK:?set NODE_RANK}" "${MASTER_ADDR:?set MASTER_ADDR}"
nproc="${NPROC:-$(nvidia-smi -L 2>/dev/null | wc -l)}"
exec torchrun --nnodes "$NNODES" --node-rank "$NODE_RANK" --nproc-per-node "$nproc" \
  --rdzv-backend c10d --rdzv-endpoint "$MASTER_ADDR:${MASTER_PORT:-29500}" --rdzv-id "${RDZV_ID:-mmfundusclip}" \
  -m mmfundusclip.train -- --config "$config" "$@"
