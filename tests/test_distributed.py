"""Several processes with torchrun on gloo (CPU): equivalence with one process, exact resume,
and the several-node path with two launchers meeting through a c10d rendezvous on 127.0.0.1."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from mmfundusclip.train.trainer import FAULT_KILL_ENV

pytestmark = pytest.mark.slow

HELPERS = Path(__file__).resolve().parent / "helpers"
TORCHRUN = [sys.executable, "-m", "torch.distributed.run"]
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(cmd: list[str], env: dict[str, str] | None = None, expect: int = 0) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, env=env or ENV, capture_output=True, text=True, timeout=300)
    assert proc.returncode == expect, f"exit {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def _standalone(nproc: int) -> list[str]:
    return [
        *TORCHRUN,
        "--nproc-per-node",
        str(nproc),
        "--rdzv-backend",
        "c10d",
        "--rdzv-endpoint",
        f"127.0.0.1:{_free_port()}",
    ]


def test_two_processes_equal_one_process_with_twice_the_batch(tmp_path: Path):
    """Local loss with gather-with-grad: 2 x B gives the loss and gradients of 1 x 2B."""
    _run([sys.executable, str(HELPERS / "dist_step.py"), str(tmp_path / "one.pt"), "16"])
    _run([*_standalone(2), str(HELPERS / "dist_step.py"), str(tmp_path / "two.pt"), "16"])
    one = torch.load(tmp_path / "one.pt", weights_only=True)
    two = torch.load(tmp_path / "two.pt", weights_only=True)
    assert torch.allclose(one["loss"], two["loss"], rtol=1e-6, atol=1e-6)
    assert one["grads"].keys() == two["grads"].keys() and len(one["grads"]) > 10
    for name, g in one["grads"].items():
        # Only the summation order differs: relative 1e-5 of the largest gradient.
        assert torch.allclose(g, two["grads"][name], rtol=1e-4, atol=1e-5 * g.abs().max().item()), name


def _train_args(data: dict[str, Path], logs: Path, name: str, *extra: str) -> list[str]:
    return [
        "-m", "mmfundusclip.train", "--", "--train-data", str(data["captions"]), "--model", "mfc-micro-vit",
        "--batch-size", "8", "--epochs", "2", "--workers", "0", "--logs", str(logs), "--name", name,
        "--lr", "1e-3", "--warmup", "2", "--local-loss", "--gather-with-grad", "--train.device", "cpu",
        "--train.save_every_n_steps", "2", "--train.keep_step_checkpoints", "2", "--train.progress_bar", "false",
        *extra,
    ]  # fmt: skip


def test_two_processes_killed_and_resumed_match_uninterrupted(tiny_data: dict[str, Path], tmp_path: Path):
    _run([*_standalone(2), *_train_args(tiny_data, tmp_path, "ref")])
    # 120 pairs / (8 x 2) = 7 steps per epoch; killed after step 9, in epoch 2 (last checkpoint: step_8).
    _run([*_standalone(2), *_train_args(tiny_data, tmp_path, "cut")], env={**ENV, FAULT_KILL_ENV: "9"}, expect=1)
    assert not (tmp_path / "cut" / "checkpoints" / "epoch_2.safetensors").exists()
    _run([*_standalone(2), *_train_args(tiny_data, tmp_path, "cut", "--resume", "latest")])
    a = load_file(str(tmp_path / "ref" / "checkpoints" / "epoch_2.safetensors"))
    b = load_file(str(tmp_path / "cut" / "checkpoints" / "epoch_2.safetensors"))
    for k in a:
        assert torch.equal(a[k], b[k]), k


def test_torchrun_restart_resumes_from_its_own_latest_checkpoint(tiny_data: dict[str, Path], tmp_path: Path):
    """torchrun --max-restarts restarts both processes after one is killed; --resume auto continues
    the run from its latest checkpoint and ends where an uninterrupted run ends.

    Two gloo processes: before init_distributed kept each restart's keys apart, the restarted group
    read the dead attempt's addresses and failed ('connectFullMesh ... Connection refused', at least 3 of 5
    tries here with torch 2.14)."""
    _run([*_standalone(2), *_train_args(tiny_data, tmp_path, "ref")])
    restart = [*TORCHRUN, "--nproc-per-node", "2", "--max-restarts", "1", "--rdzv-backend", "c10d", "--rdzv-endpoint", f"127.0.0.1:{_free_port()}"]  # fmt: skip
    proc = _run(
        [*restart, *_train_args(tiny_data, tmp_path, "auto", "--resume", "auto")],
        env={**ENV, FAULT_KILL_ENV: "9"},
    )
    assert "resumed from" in proc.stdout + proc.stderr
    assert (tmp_path / "auto" / ".fault_injected").is_file()  # it was killed once, and went on
    a = load_file(str(tmp_path / "ref" / "checkpoints" / "epoch_2.safetensors"))
    c = load_file(str(tmp_path / "auto" / "checkpoints" / "epoch_2.safetensors"))
    for k in a:
        assert torch.equal(a[k], c[k]), k


def test_two_nodes_meet_through_c10d_and_agree_on_weights(tiny_data: dict[str, Path], tmp_path: Path):
    port = _free_port()
    launcher = [*TORCHRUN, "--nnodes", "2", "--nproc-per-node", "1", "--rdzv-backend", "c10d", "--rdzv-endpoint", f"127.0.0.1:{port}", "--rdzv-id", "mfc-test"]  # fmt: skip
    args = _train_args(tiny_data, tmp_path, "nodes", "--epochs", "1")
    nodes = [
        subprocess.Popen([*launcher, *args], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for _ in range(2)
    ]
    outputs = [n.communicate(timeout=300)[0] for n in nodes]
    assert [n.returncode for n in nodes] == [0, 0], "\n".join(o[-2000:] for o in outputs)
    records = [json.loads(x) for x in (tmp_path / "nodes" / "metrics.jsonl").read_text().splitlines()]
    agree = [r for r in records if r.get("event") == "ranks_agree"]
    assert agree and agree[-1]["world_size"] == 2 and len(set(agree[-1]["digests"])) == 1
    assert not [r for r in records if r.get("event") == "ranks_diverged"]
    assert (tmp_path / "nodes" / "checkpoints" / "epoch_1.safetensors").is_file()


def test_restart_on_two_nodes_rejoins_although_their_restart_counts_differ(tmp_path: Path):
    """Node A's worker dies; A's agent counts a restart, B's restarts its (healthy) worker without
    counting one. Both must still meet in the new attempt: before init_distributed took the
    attempt from a counter in the shared store, B looked for the old attempt's peers (hang, or
    'connectFullMesh ... Connection refused')."""
    port = _free_port()
    launcher = [*TORCHRUN, "--nnodes", "2", "--nproc-per-node", "1", "--max-restarts", "1", "--rdzv-backend", "c10d", "--rdzv-endpoint", f"127.0.0.1:{port}", "--rdzv-id", "mfc-restart", "--monitor-interval", "0.5"]  # fmt: skip
    worker = [str(HELPERS / "dist_restart_worker.py"), str(tmp_path)]
    nodes = []
    for node in ("A", "B"):
        env = {**ENV, "NODE": node, "PYTHONPATH": os.pathsep.join(sys.path)}
        nodes.append(
            subprocess.Popen([*launcher, *worker], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        )
    outputs = [n.communicate(timeout=120)[0] for n in nodes]
    assert [n.returncode for n in nodes] == [0, 0], "\n".join(o[-2000:] for o in outputs)
    a = (tmp_path / "A.log").read_text().splitlines()
    b = (tmp_path / "B.log").read_text().splitlines()
    assert a == ["restart_count=0 sum=2", "restart_count=1 sum=2"]
    assert b == ["restart_count=0 sum=2", "restart_count=0 sum=2"]  # B's count did not move
