"""Recall@K on hand-made similarity matrices."""

from __future__ import annotations

import numpy as np

from mmfundusclip.eval.retrieval import recall_at_k


def test_recall_at_k_by_hand():
    # Query 0 finds its item first, query 1 second, query 2 last of 3.
    sim = np.array([[0.9, 0.1, 0.0], [0.8, 0.7, 0.1], [0.9, 0.8, 0.1]])
    out = recall_at_k(sim, [{0}, {1}, {2}], ks=(1, 2, 3))
    assert out["R@1"] == 1 / 3 and out["R@2"] == 2 / 3 and out["R@3"] == 1.0
    assert out["median_rank"] == 2.0 and out["mean_rank"] == 2.0


def test_any_of_several_captions_counts():
    sim = np.array([[0.1, 0.5, 0.9]])  # best candidate is caption 2, one of the image's two captions
    assert recall_at_k(sim, [{1, 2}], ks=(1,))["R@1"] == 1.0
    assert recall_at_k(sim, [{0}], ks=(1, 2))["R@2"] == 0.0
