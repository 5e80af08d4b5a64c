"""The ``opscheck`` command (the installed script, and ``python -m checker``).

A check is a short-lived process that allocates many objects and frees few. The cyclic garbage
collector is set to run rarely before anything is imported: with the default thresholds its
passes over the modules being imported cost a one-draft run several milliseconds. The installed
script also leaves with :func:`os._exit` once its output is flushed, instead of tearing down
every module and object it built (about 10 ms more); ``python -m checker`` leaves the ordinary
way, so code that runs it in-process (tests, profilers) gets control back.
"""

from __future__ import annotations

import gc
import os
import sys

#: Allocations between two collections of the youngest generation (the default is 700).
THRESHOLD = 100_000


def main() -> int:
    gc.set_threshold(THRESHOLD, 20, 100)
    from checker.cli import main as run

    return run()


def script() -> int:
    """The entry point of the installed ``opscheck`` command."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return code  # a closed or broken stream: leave the ordinary way, which reports it
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
