"""python -m genai_book.build — see genai_book.build.command."""
import os
import sys

from .command import INTERRUPTED, main

status = main()
if status == INTERRUPTED:
    # Every worker and kernel is already stopped (execute.stop_descendants). A normal exit would wait for the
    # process pool's manager thread, which can block for a minute on workers killed while starting their kernels.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
sys.exit(status)
