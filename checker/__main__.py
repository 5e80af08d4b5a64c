"""The ``opscheck`` command (``python -m checker`` and the installed script).

A check is a short-lived process that allocates many objects and frees few: the cyclic garbage
collector is set to run rarely before anything is imported, since with the default thresholds
its passes over the modules being imported cost a one-draft run several milliseconds.
"""

from __future__ import annotations

import gc
import sys

#: Allocations between two collections of the youngest generation (the default is 700).
THRESHOLD = 100_000


def main() -> int:
    gc.set_threshold(THRESHOLD, 20, 100)
    from checker.cli import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
