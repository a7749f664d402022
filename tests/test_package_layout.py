"""The package is layered by role: no module imports, even lazily, one that imports it back."""
import ast

from genai_book import paths

PACKAGE = paths.ROOT / "genai_book"


def module_name(path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__")


def imports(path) -> set[str]:
    """The package modules `path` imports anywhere in it (relative imports, resolved)."""
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            found |= {f"{target}.{a.name}".strip(".") for a in node.names} if not node.module else {target}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("genai_book"):
            found.add(node.module.removeprefix("genai_book").strip("."))
    return found


def test_no_import_cycle_in_the_package():
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: {m for m in imports(path) if m in modules and m != name} for name, path in modules.items()}
    state: dict[str, str] = {}

    def visit(name, trail):
        if state.get(name) == "done":
            return
        assert state.get(name) != "open", "import cycle: " + " → ".join(trail + [name])
        state[name] = "open"
        for target in sorted(graph[name]):
            visit(target, trail + [name])
        state[name] = "done"

    for name in sorted(graph):
        visit(name, [])
    assert graph["tables"] >= {"fmt", "sources"} and "tables" in graph["charts"]  # the graph is really read
