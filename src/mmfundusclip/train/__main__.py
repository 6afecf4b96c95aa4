"""``python -m mmfundusclip.train`` (and ``torchrun -m mmfundusclip.train``): same as ``mmfundusclip train``."""

import sys

from ..cli import main

if __name__ == "__main__":
    sys.exit(main(["train", *sys.argv[1:]]))
