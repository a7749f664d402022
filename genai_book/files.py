"""Writing generated files: unchanged content is left alone (its mtime keeps meaning "unchanged" to Sphinx and
make), and a new file replaces the old one whole, so a reader never sees half of it."""
import os
import tempfile
from pathlib import Path


def write_if_changed(target: Path, content: str | bytes) -> bool:
    """Write `content` (text as UTF-8) to `target` unless it already holds exactly that; True when written."""
    target = Path(target)
    raw = content.encode("utf-8") if isinstance(content, str) else content
    if target.is_file() and target.read_bytes() == raw:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def copy_if_changed(source: Path, target: Path) -> bool:
    """Copy `source` to `target` unless the two already hold the same bytes; True when copied."""
    return write_if_changed(target, Path(source).read_bytes())
