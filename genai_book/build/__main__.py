"""python -m genai_book.build — see genai_book.build.command."""
import os
import sys

from . import SKIP_UNUSED_IMPORTS

exec(SKIP_UNUSED_IMPORTS)  # in this process and the chapter workers it forks (nbformat imports jsonschema): 0.9 s each

from .command import INTERRUPTED, main  # noqa: E402

status = main()
if status == INTERRUPTED:
    # Every worker and kernel is already stopped (execute.stop_descendants). A normal exit would wait for the
    # process pool's manager thread, which can block for a minute on workers killed while starting their kernels.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
sys.exit(status)
