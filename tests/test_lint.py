"""Lint is part of the suite: ruff with the project's settings (pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _ruff() -> list[str]:
    exe = Path(sys.executable).with_name("ruff")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("ruff")
    if found is None:
        pytest.skip("ruff is not installed (bash scripts/setup.sh test installs it)")
    return [found]


def test_ruff_check_is_clean():
    out = subprocess.run(
        [*_ruff(), "check", "src", "tests", "bench", "scripts"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format_is_clean():
    out = subprocess.run(
        [*_ruff(), "format", "--check", "src", "tests", "bench", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_shell_scripts_parse():
    for script in sorted((ROOT / "scripts").glob("*.sh")) + [ROOT / "scripts" / "slurm.sbatch", ROOT / ".ci" / "run"]:
        out = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True, timeout=30)
        assert out.returncode == 0, f"{script.name}: {out.stderr}"
