"""python -m genai_book.build — see genai_book.build.command."""
import sys

from .command import main

sys.exit(main())
