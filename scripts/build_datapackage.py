"""Assemble data/datapackage.json from data/meta/*.yaml and the CSVs, then validate the whole package.

usage: python scripts/build_datapackage.py [DATA_DIR]
Exits 1 with one line per problem (file, row, column, value, rule) when the data are invalid.
"""
import sys

from genai_book import data


def main(argv: list[str]) -> int:
    folder = argv[1] if len(argv) > 1 else None
    try:
        data.validate_package(folder)
    except data.DataError as error:
        print(f"data invalid:\n{error}", file=sys.stderr)
        return 1
    target = data.write_package(folder)
    print(f"{target}: {len(data.descriptors(folder))} resources valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
