"""python -m genai_book.build — see genai_book.build.command."""
import os
import sys

from .command import main

status = main()
if status == 130:  # Ctrl-C: every worker and kernel is already stopped (execute.stop_descendants); exiting
    sys.stdout.flush()  # normally would wait for the process pool's manager thread, which can block for a
    sys.stderr.flush()  # minute on workers killed in the middle of starting their kernels
    os._exit(status)
sys.exit(status)
