"""A torchrun worker for the several-node restart test: joins the group with ``init_distributed``,
all-reduces, and on its first attempt node A dies while node B stays alive (as a process stuck in
a collective would). Run by tests/test_distributed.py; writes one line per attempt to OUT/NODE.log."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import torch
import torch.distributed as dist

from mmfundusclip.dist import init_distributed

out, node = Path(sys.argv[1]), os.environ["NODE"]
init_distributed("cpu")
total = torch.ones(1)
dist.all_reduce(total)
with open(out / f"{node}.log", "a") as fh:
    fh.write(f"restart_count={os.environ['TORCHELASTIC_RESTART_COUNT']} sum={total.item():.0f}\n")
marker = out / "died"
if not marker.exists():
    if node == "A":
        time.sleep(1)
        marker.write_text("A")
        os._exit(3)
    time.sleep(60)  # node B: alive until its agent stops it for the restart
dist.destroy_process_group()
