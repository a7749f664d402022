"""Jupyter Book's Sphinx build, as the site (genai_book.build.render) and the PDF (genai_book.build.pdf) run it."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from . import SKIP_UNUSED_IMPORTS

# Run by this interpreter: the venv's `jupyter-book` script names in its #! line the folder the venv was made in,
# which a copied or moved checkout no longer is.
COMMAND = [sys.executable, "-c", f"{SKIP_UNUSED_IMPORTS}; from jupyter_book.cli.main import main; sys.exit(main())"]
# Sphinx's incremental environment, after a label moved from one page to another, can read the page that now has it
# before it forgets the page that had it: "a.md:4: WARNING: duplicate label lab, other instance in b.md".
MOVED_LABEL = re.compile(r"duplicate label .+, other instance in ")


def build(source: Path, work: Path, builder: str, *options: str, env: dict | None = None):
    """`jupyter-book build source` into `work` (warnings are errors); run once more from a clean environment when
    the only trouble may be a label that moved between pages, saying so. Returns the CompletedProcess."""
    command = [*COMMAND, "build", str(source), *options, "--path-output", str(work), "--builder", builder,
               "-W", "-n", "--keep-going", "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0 and MOVED_LABEL.search(result.stdout + result.stderr):
        print(f"  a label moved between pages: {builder} rendered again from a clean Sphinx environment", flush=True)
        shutil.rmtree(work / "_build", ignore_errors=True)
        result = subprocess.run(command, capture_output=True, text=True, env=env)
    return result
