"""What the notebook regression compares: each executed chapter reduced to the parts a reader sees as numbers —
glued values, tables and chart data — with volatile parts (timings, execution counts, PDF bytes, ids) removed."""
import copy
import html
import re

import nbformat

TAG = re.compile(r"<[^>]+>")
ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
CELL = re.compile(r"<t[hd][^>]*>(.*?)</t[hd]>", re.S)


def html_table_text(markup: str) -> str:
    """An HTML table as lines of ' | '-separated cells: readable in a diff."""
    rows = []
    for row in ROW.findall(markup):
        rows.append(" | ".join(html.unescape(TAG.sub("", c)).strip() for c in CELL.findall(row)))
    return "\n".join(rows)


def _view_output(output: dict) -> dict | None:
    data = output.get("data", {})
    glue = {k.split("+", 1)[-1] if k.startswith("application/papermill") else k: v for k, v in data.items()}
    kept = {}
    for mime, value in glue.items():
        text = "".join(value) if isinstance(value, list) else value
        key = mime.replace("application/papermill.record/", "")
        if key == "text/plain":
            kept["text/plain"] = text
        elif key == "text/html":
            kept["table"] = html_table_text(text) if "<table" in text else TAG.sub("", text)[:2000]
    if output.get("output_type") == "stream":
        kept["stream"] = "".join(output.get("text", ""))
    if output.get("output_type") == "error":
        kept["error"] = f"{output.get('ename')}: {output.get('evalue')}"
    if not kept:
        return None
    name = output.get("metadata", {}).get("scrapbook", {}).get("name")
    return {"name": name, **kept} if name else kept


def regression_view(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    view = nbformat.v4.new_notebook()
    for cell in notebook.cells:
        if "papermill-error-cell-tag" in cell.metadata.get("tags", []):
            continue
        if "injected-parameters" in cell.metadata.get("tags", []):
            continue
        if cell.cell_type == "markdown":
            view.cells.append(nbformat.v4.new_markdown_cell(cell.source))
            continue
        clean = nbformat.v4.new_code_cell(cell.source)
        outputs = [o for o in (_view_output(copy.deepcopy(o)) for o in cell.get("outputs", [])) if o]
        clean.outputs = [nbformat.v4.new_output("display_data", data={"text/plain": repr_output(o)})
                         for o in outputs]
        view.cells.append(clean)
    for number, cell in enumerate(view.cells):
        cell.id = f"cell-{number}"  # stable ids: the diff shows content, not nbformat's random ids
    return view


def repr_output(output: dict) -> str:
    return "\n".join(f"{k}: {v}" for k, v in output.items())
