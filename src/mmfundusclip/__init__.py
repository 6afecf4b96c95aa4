"""mmfundusclip: adapt a large OpenCLIP model to fundus photographs with captions from medical records."""

__version__ = "0.1.0"
