"""Train transforms: the paper's extra augmentation, and normalisation moved from workers to the device."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from torchvision import transforms as T

from mmfundusclip.config import load_config
from mmfundusclip.data.synthetic import make_spec, render_fundus
from mmfundusclip.data.transforms import DeviceNormalize, add_extra_aug, split_normalize
from mmfundusclip.dist import DistInfo
from mmfundusclip.models import load_model
from mmfundusclip.train.trainer import Trainer


@pytest.fixture(scope="module")
def loaded():
    return load_model("mfc-micro-vit")


def test_extra_aug_inserts_the_papers_affine_and_colour_jitter(loaded):
    steps = add_extra_aug(loaded.preprocess_train).transforms
    assert isinstance(steps[0], T.RandomAffine) and list(steps[0].degrees) == [-30.0, 30.0]
    assert isinstance(steps[1], T.RandomResizedCrop)
    assert isinstance(steps[2], T.ColorJitter) and steps[2].brightness == (0.8, 1.2) and steps[2].contrast == (0.8, 1.2)
    assert len(steps) == len(loaded.preprocess_train.transforms) + 2


@pytest.mark.parametrize("which", ["train", "train+extra_aug", "val"])
def test_uint8_worker_transform_then_device_normalise_matches_the_pil_transform(loaded, which: str):
    """Same seed, same random draws: the validation transform gives identical values; the train
    transform (crop on the uint8 tensor, colour jitter after it on the tensor) is within resize
    rounding of PIL's."""
    transform = {
        "train": loaded.preprocess_train,
        "train+extra_aug": add_extra_aug(loaded.preprocess_train),
        "val": loaded.preprocess_val,
    }[which]
    to_uint8, normalise = split_normalize(transform)
    std = torch.tensor(normalise.std).view(3, 1, 1)
    for i in range(6):
        image = render_fundus(make_spec(0, i), 120)
        torch.manual_seed(i)
        reference = transform(image)
        torch.manual_seed(i)
        small = to_uint8(image)
        assert small.dtype == torch.uint8 and small.shape == reference.shape
        ours = normalise(small.unsqueeze(0))[0]
        if which == "val":
            assert torch.equal(ours, reference)
        else:
            levels = ((ours - reference) * std * 255).abs()  # in 8-bit pixel levels
            assert levels.max() <= 3.01 and levels.mean() < 0.15, (i, float(levels.max()), float(levels.mean()))


def test_split_normalize_refuses_a_transform_it_does_not_know(loaded):
    with pytest.raises(TypeError, match="expected open_clip's Compose transform"):
        split_normalize(lambda x: x)
    with pytest.raises(TypeError, match="ending in ToTensor and Normalize"):
        split_normalize(T.Compose([T.CenterCrop(8), T.ToTensor()]))
    with pytest.raises(TypeError, match="expected ToTensor before Normalize"):
        split_normalize(T.Compose([T.PILToTensor(), T.ConvertImageDtype(torch.float), T.Normalize([0.5], [0.5])]))
    with pytest.raises(TypeError, match="GaussianBlur after the random resized crop has no uint8 tensor form"):
        split_normalize(T.Compose([T.RandomResizedCrop(8), T.GaussianBlur(3), T.ToTensor(), T.Normalize([0.5], [0.5])]))
    with pytest.raises(TypeError, match="expects a uint8 batch"):
        DeviceNormalize((0.5,), (0.5,))(torch.zeros(1, 1, 2, 2))


def test_trainer_loader_sends_uint8_and_the_step_normalises(tiny_data: dict[str, Path], tmp_path: Path):
    cfg = load_config(
        overrides={
            "data.train_data": str(tiny_data["captions"]),
            "model.name": "mfc-micro-vit",
            "train.batch_size": 8,
            "data.workers": 0,
        }
    )
    trainer = Trainer(cfg, tmp_path, DistInfo(0, 1, 0, torch.device("cpu")))
    trainer.setup()
    image, _tokens = trainer.dataset[0][:2]
    assert image.dtype == torch.uint8  # a quarter of float32's bytes through the loader's shared memory
    on_device = trainer._images_on_device(image.unsqueeze(0))
    assert on_device.dtype == torch.float32 and on_device.abs().max() < 3
    already = torch.randn(2, 3, 32, 32)
    assert torch.equal(trainer._images_on_device(already), already)  # float batches pass as they are
