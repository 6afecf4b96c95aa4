"""Shared fixtures. Tests never reach the network: outbound sockets other than loopback are
refused (some libraries reach out silently), and the Hugging Face Hub is set offline."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (
        host.startswith("127.") or host in ("localhost", "::1") or self.family == socket.AF_UNIX
    ):
        return _real_connect(self, address)
    raise OSError(f"network access blocked in tests: {address!r}")


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """120 training images with template captions and 50 labelled test images, 32 px."""
    from mmfundusclip.data.synthetic import generate_dataset
    from mmfundusclip.text.captions import write_captions

    root = tmp_path_factory.mktemp("tiny_data")
    train_records = generate_dataset(root / "train", 120, seed=1, size=32)
    write_captions(train_records, root / "train" / "captions.csv")
    test_records = generate_dataset(root / "test", 50, seed=1, size=32, start=10_000)
    return {"root": root, "captions": root / "train" / "captions.csv", "test": test_records}
