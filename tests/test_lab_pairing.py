"""`make lab`: in JupyterLab a chapter's .py is paired with a local .ipynb (jupytext.toml). Saving the notebook, as
JupyterLab does through jupytext's contents manager, writes the .py too: the edit reaches the single source, the
outputs stay in the .ipynb only. Checked in-process, without starting a server."""
import shutil

import nbformat
import pytest
from jupytext import TextFileContentsManager

from genai_book import paths

CHAPTER = paths.CHAPTERS / "02_users.py"


@pytest.fixture
def manager(tmp_path):
    shutil.copy(paths.ROOT / "jupytext.toml", tmp_path)
    (tmp_path / "chapters").mkdir()
    shutil.copy(CHAPTER, tmp_path / "chapters")
    return TextFileContentsManager(root_dir=str(tmp_path))


def test_saving_the_paired_notebook_updates_the_py_and_keeps_outputs_in_the_ipynb(manager, tmp_path):
    model = manager.get("chapters/02_users.py")
    notebook = model["content"]
    prose = next(c for c in notebook.cells if c.cell_type == "markdown" and "## 用户规模与普及率" in c.source)
    prose.source = prose.source.replace("CNNIC 的调查", "CNNIC 的这项调查")
    code = next(c for c in notebook.cells if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", []))
    code.outputs = [nbformat.v4.new_output("stream", text="glued\n")]
    code.execution_count = 1
    manager.save({"type": "notebook", "content": notebook}, "chapters/02_users.ipynb")

    source = (tmp_path / "chapters" / "02_users.py").read_text(encoding="utf-8")
    original = CHAPTER.read_text(encoding="utf-8")
    assert source == original.replace("CNNIC 的调查", "CNNIC 的这项调查")  # one sentence, nothing else changed
    paired = nbformat.read(tmp_path / "chapters" / "02_users.ipynb", as_version=4)
    assert any(c.get("outputs") for c in paired.cells), "the .ipynb keeps the outputs of the run"
    assert "glued" not in source


def test_editing_the_py_shows_in_the_paired_notebook(manager, tmp_path):
    manager.save(manager.get("chapters/02_users.py"), "chapters/02_users.ipynb")  # pair once
    py = tmp_path / "chapters" / "02_users.py"
    py.write_text(py.read_text(encoding="utf-8").replace("# ## 未成年人", "# ## 未成年用户"), encoding="utf-8")
    cells = manager.get("chapters/02_users.ipynb")["content"].cells
    # the heading's cell may open with its label line, "(sec-…)="
    assert any(line.startswith("## 未成年用户") for c in cells for line in c.source.splitlines())
