"""Evaluators: usable from the training loop and from ``mmfundusclip eval``."""
