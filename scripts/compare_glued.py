"""Compare the glued values of the notebook baselines at a git revision with the executed chapters, by value:
a renamed glue name whose value is unchanged shows as renamed, not as a difference.

usage: python scripts/compare_glued.py [REV]   (default HEAD; run `make book` first)"""
import json
import subprocess
import sys

import nbformat

from genai_book import paths
from genai_book.build import cache

sys.path.insert(0, str(paths.ROOT / "tests"))
from notebook_view import regression_view  # noqa: E402


def glued(view) -> dict[str, str]:
    """name → text of every glued value (and name[table] → its table, as lines of cells) in a regression view."""
    values = {}
    for cell in view["cells"]:
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/plain", "")
            text = "".join(text) if isinstance(text, list) else text
            if not text.startswith("name: "):
                continue
            head, _, table = text.partition("\ntable: ")
            fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
            values[fields["name"]] = fields.get("text/plain", "")
            if table:
                values[fields["name"] + "[table]"] = table
    return values


def compare(old: dict[str, str], new: dict[str, str]) -> dict[str, list]:
    by_value = {}
    for name, value in new.items():
        by_value.setdefault(value, []).append(name)
    result = {"same": [], "renamed": [], "changed": [], "dropped": [], "added": []}
    for name, value in old.items():
        if new.get(name) == value:
            result["same"].append(name)
        elif value in by_value:
            result["renamed"].append(f"{name} → {'/'.join(by_value[value])}")
        elif name in new:
            result["changed"].append(f"{name}: {value!r} → {new[name]!r}")
        else:
            result["dropped"].append(f"{name}: {value!r}")
    old_values = set(old.values())
    result["added"] = [f"{n}: {v!r}" for n, v in new.items() if n not in old and v not in old_values]
    return result


def main(rev: str = "HEAD") -> None:
    for chapter in cache.chapters():
        baseline = f"tests/baselines/{chapter.stem}.ipynb"
        shown = subprocess.run(["git", "show", f"{rev}:{baseline}"], cwd=paths.ROOT, capture_output=True, text=True)
        old = glued(json.loads(shown.stdout)) if shown.returncode == 0 else {}  # {}: a notebook new since REV
        new = glued(regression_view(nbformat.read(chapter.executed, as_version=4)))
        result = compare(old, new)
        counts = ", ".join(f"{len(v)} {k}" for k, v in result.items())
        print(f"{chapter.stem}: {len(old)} → {len(new)} glued; {counts}")
        for kind in ("renamed", "changed", "dropped", "added"):
            for line in result[kind]:
                print(f"  {kind}: {line}")


if __name__ == "__main__":
    main(*sys.argv[1:])
