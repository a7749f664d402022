"""Record the data of a published edition as editions/<AS_OF>.csv, the baseline the next edition's
本版更新 page compares with. Run it once when an edition is published, then commit the file.

usage: python scripts/snapshot_edition.py AS_OF [DATA_DIR]
"""
import sys

from genai_book import data, editions


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        data.validate_package(argv[2] if len(argv) > 2 else None)
    except data.DataError as error:
        print(f"data invalid, no snapshot written:\n{error}", file=sys.stderr)
        return 1
    target = editions.write_snapshot(argv[1], argv[2] if len(argv) > 2 else None)
    print(f"{target}: {sum(1 for _ in target.open(encoding='utf-8')) - 1} values recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
