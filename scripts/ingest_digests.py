"""Read every daily AI news digest in a folder and write data/digests.csv and data/digest_items.csv.

usage: python scripts/ingest_digests.py [--input DIR] [--output DIR] [--rules FILE]

Defaults: --input data/raw/digests, --output data, --rules data/meta/theme_rules.yaml. The parsing and theme
tagging live in genai_book/digests.py (see its docstring). The tables are rebuilt from the whole folder, sorted
by key, so re-running is idempotent and a new digest file adds exactly its rows. Nothing is written unless every
digest parses; on a problem the script prints one line naming file and line and exits 1.
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from genai_book import digests  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=None, help="folder of digests (default data/raw/digests)")
    parser.add_argument("--output", type=Path, default=None, help="folder for the CSV files (default data)")
    parser.add_argument("--rules", type=Path, default=None, help="theme rules (default data/meta/theme_rules.yaml)")
    args = parser.parse_args(argv)
    try:
        result = digests.ingest(args.input, args.output, args.rules)
    except digests.DigestError as error:
        print(f"ingest_digests: {error}".splitlines()[0], file=sys.stderr)
        return 1
    except OSError as error:
        print(f"ingest_digests: {error}", file=sys.stderr)
        return 1
    changed = ", ".join(digests.display(p) for p in result["changed"]) or "nothing changed"
    print(f"{result['digests']} digests, {result['items']} items: {changed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
