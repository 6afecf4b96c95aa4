"""Image-text retrieval and contrastive validation loss on a CSV of image-caption pairs.

Recall@K counts a query as found when its own pair is among the K most similar candidates
(i2t: image queries against all captions; t2i: the reverse). Several captions of one image are
allowed: rows with the same image path are one image for i2t, and any of its captions counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader

from ..data.csvdata import ImageCaptionDataset, collate_skipping, draft_side, loader_chunk, rebatch

__all__ = ["RetrievalEvaluator", "recall_at_k"]

KS: tuple[int, ...] = (1, 5, 10)


def recall_at_k(sim: np.ndarray, positives: Sequence[set[int]], ks: Sequence[int] = KS) -> dict[str, float]:
    """Recall@K for queries (rows of ``sim``) whose correct candidates are ``positives[i]``."""
    order = np.argsort(-sim, axis=1)
    first = np.array([next(r for r, c in enumerate(order[i]) if c in positives[i]) for i in range(sim.shape[0])])
    out = {f"R@{k}": float((first < k).mean()) for k in ks}
    out["median_rank"] = float(np.median(first) + 1)
    out["mean_rank"] = float(first.mean() + 1)
    return out


class RetrievalEvaluator:
    """Validation loss and i2t/t2i recall on image-caption rows."""

    name = "retrieval"

    def __init__(
        self,
        rows: Sequence[dict[str, str]],
        root: Path,
        img_key: str,
        caption_key: str,
        *,
        batch_size: int = 64,
        workers: int = 0,
    ):
        self.rows, self.root, self.img_key, self.caption_key = list(rows), root, img_key, caption_key
        self.batch_size, self.workers = batch_size, workers

    @torch.no_grad()
    def __call__(
        self,
        model: torch.nn.Module,
        preprocess: Callable[..., torch.Tensor],
        tokenizer: Callable[..., torch.Tensor],
        device: torch.device,
        autocast: Callable[[], Any] = nullcontext,
    ) -> dict[str, Any]:
        was_training = model.training
        model.eval()
        dataset = ImageCaptionDataset(
            self.rows,
            self.root,
            self.img_key,
            self.caption_key,
            preprocess,
            tokenizer,
            with_index=True,
            min_side=draft_side(model),
        )
        chunk = loader_chunk(self.batch_size, self.workers)  # the loss is still over batches of batch_size pairs
        loader = DataLoader(dataset, batch_size=chunk, num_workers=self.workers, collate_fn=collate_skipping)
        img_feats, txt_feats, rows, losses, sizes, skipped = [], [], [], [], [], 0
        scale = model.logit_scale.exp().float()
        for batch in rebatch(loader, self.batch_size):
            skipped += len(batch["skipped"])
            if not batch["size"]:
                continue
            with autocast():
                fi = model.encode_image(batch["images"].to(device), normalize=True).float()
                ft = model.encode_text(batch["second"].to(device), normalize=True).float()
            logits = scale * fi @ ft.T
            labels = torch.arange(len(fi), device=device)
            losses.append(((F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels)) / 2).item())
            sizes.append(len(fi))
            img_feats.append(fi.cpu())
            txt_feats.append(ft.cpu())
            rows += batch["index"].tolist()
        model.train(was_training)
        if not sizes:
            return {"n": 0, "skipped": skipped}
        fi, ft = torch.cat(img_feats).numpy(), torch.cat(txt_feats).numpy()
        keys = [self.rows[i][self.img_key] for i in rows]  # skipped rows were dropped by the collate function
        first_of: dict[str, int] = {}
        image_rows = [first_of.setdefault(k, i) for i, k in enumerate(keys)]  # row -> its image's first row
        uniq = sorted(set(image_rows))
        sim = fi[uniq] @ ft.T  # unique images x captions
        pos_i2t = [{j for j, g in enumerate(image_rows) if g == u} for u in uniq]
        pos_t2i = [{uniq.index(g)} for g in image_rows]
        out: dict[str, Any] = {"n": len(fi), "skipped": skipped, "val_loss": float(np.average(losses, weights=sizes))}
        out.update({f"i2t_{k}": v for k, v in recall_at_k(sim, pos_i2t).items()})
        out.update({f"t2i_{k}": v for k, v in recall_at_k(sim.T, pos_t2i).items()})
        return out
