"""The package is layered by role: no module imports, even lazily, one that imports it back; the content side (what
chapters import) never imports the build side (genai_book.build); README's "What is where" names every module."""
import ast
import re

from genai_book import paths

PACKAGE = paths.ROOT / "genai_book"
BUILD_SIDE = "build"


def module_name(path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__")


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imported(path) -> set[str]:
    """The package modules `path` imports anywhere in it (relative imports resolved; a name imported from a package,
    such as `from . import BuildError`, counts as that package)."""
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = ".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
            found |= {base} if node.module else {f"{base}.{a.name}".strip(".") for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("genai_book"):
            base = node.module.removeprefix("genai_book").strip(".")
            found |= {base} | {f"{base}.{a.name}".strip(".") for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("genai_book").strip(".") for a in node.names if a.name.startswith("genai_book")}
    return {name if name in MODULES else name.rpartition(".")[0] for name in found} & MODULES.keys()


GRAPH = {name: imported(path) - {name} for name, path in MODULES.items()}


def is_build_side(name: str) -> bool:
    return name == BUILD_SIDE or name.startswith(BUILD_SIDE + ".")


def test_no_import_cycle_in_the_package():
    state: dict[str, str] = {}

    def visit(name, trail):
        if state.get(name) == "done":
            return
        assert state.get(name) != "open", "import cycle: " + " → ".join(trail + [name])
        state[name] = "open"
        for target in sorted(GRAPH[name]):
            visit(target, trail + [name])
        state[name] = "done"

    for name in sorted(GRAPH):
        visit(name, [])
    assert GRAPH["tables"] >= {"fmt", "sources"} and "tables" in GRAPH["charts"]  # the graph is really read
    assert {"build", "build.cache", "build.pdf", "data"} <= GRAPH["build.command"]


def test_the_content_side_never_imports_the_build_side():
    crossing = {name: sorted(filter(is_build_side, targets)) for name, targets in GRAPH.items()
                if not is_build_side(name) and any(map(is_build_side, targets))}
    assert not crossing, f"content modules importing the build side: {crossing}"
    assert any(is_build_side(n) for n in MODULES) and any(not is_build_side(n) for n in MODULES)


def named_in_readme() -> set[str]:
    """The modules README's "What is where" names: rows whose path starts with genai_book/, each name relative to
    the folder of the row's first one (`genai_book/build/pdf.py`, `shelf.py`)."""
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    named = set()
    for cell in re.findall(r"^\| (`genai_book/[^|]*)\|", readme, flags=re.M):
        names = re.findall(r"`([\w/]+\.py)`", cell)
        folder = names[0].rpartition("/")[0] if names else ""
        named |= {(n if "/" in n else f"{folder}/{n}").removeprefix("genai_book/") for n in names}
    return named


def test_readme_names_every_module_and_only_modules_that_exist():
    existing = {p.relative_to(PACKAGE).as_posix() for p in MODULES.values()
                if p.name not in ("__init__.py", "__main__.py")}
    named = named_in_readme()
    assert existing - named == set(), "modules README's \"What is where\" does not name"
    assert named - existing == set(), "README names modules that do not exist"
