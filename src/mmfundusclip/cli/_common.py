"""Helpers shared by the command modules."""

from __future__ import annotations


def _device(name: str):  # noqa: ANN202 - torch imported lazily
    import torch

    return torch.device("cuda" if name == "auto" and torch.cuda.is_available() else ("cpu" if name == "auto" else name))


def _autocast_kwargs(device) -> dict:  # noqa: ANN001
    import torch

    return {"autocast": lambda: torch.autocast("cuda", dtype=torch.bfloat16)} if device.type == "cuda" else {}


def _add_decode_arg(parser) -> None:  # noqa: ANN001
    parser.add_argument(
        "--decode",
        choices=["cpu", "gpu"],
        default="cpu",
        help="where JPEGs are decoded and resized: cpu (loader workers, PIL) or gpu (nvjpeg; needs a CUDA device; "
        "experimental: about 2x faster on an H200, but its GPU test has not passed on a GPU yet)",
    )


def _check_decode(decode: str, device) -> str:  # noqa: ANN001
    from ..config import ConfigError

    if decode == "gpu" and device.type != "cuda":
        raise ConfigError(
            f"--decode gpu decodes JPEGs with nvjpeg and needs a CUDA device; this run's device is {device}"
        )
    return decode
