"""Started with PYTHONPATH=<this folder>: the process may not use the network."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import nonet  # noqa: E402

nonet.install()
