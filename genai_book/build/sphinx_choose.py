"""``{choose}``: a sentence whose wording depends on the data, with every wording written out in the prose.

A chapter glues a language-neutral key (``fmt.glue_all(bases_agree="yes")``); the markdown holds the alternatives,
each after the key value that selects it::

    {choose}``bases_agree|yes=两期数据的人口口径一致|no=两期的人口口径可能不同``

Only the chosen alternative is rendered, parsed as MyST, so it may hold ``{glue:text}`` roles (use double backticks
around the role's content then, and a space before the closing ones when the content ends with a role). A key that
was not glued, or a value with no alternative, is a build error naming the key and the values written, so a new data
state never falls through to a wrong sentence. So is a ``{choose}`` inside an alternative: the outer role would cut
the inner one's alternatives apart at their ``|`` and render fragments of both.
"""
from __future__ import annotations

import ast

from docutils import nodes
from myst_nb.core.variables import RetrievalError
from myst_nb.ext.glue.utils import glue_warning, retrieve_glue_data
from myst_nb.ext.utils import RoleBase


def alternatives(text: str) -> tuple[str, dict[str, str]]:
    """'key|yes=A|no=B' → ('key', {'yes': 'A', 'no': 'B'}); a ValueError names what is malformed."""
    key, *options = text.split("|")
    if "{choose}" in text:
        raise ValueError(f"{{choose}} {key.strip()}: an alternative holds another {{choose}}; write each combination "
                         "out as its own sentence")
    chosen = {}
    for option in options:
        value, sep, wording = option.partition("=")
        if not sep or not value.strip():
            raise ValueError(f"{{choose}} {key.strip()}: alternative {option!r} is not value=wording")
        chosen[value.strip()] = wording.strip()
    if not key.strip() or not chosen:
        raise ValueError(f"{{choose}} {text!r}: expected key|value=wording|value=wording")
    return key.strip(), chosen


def glued_key(document, key: str) -> str:
    """The glued value of `key` as plain text (a glued str is stored as its repr)."""
    text = retrieve_glue_data(document, key).data.get("text/plain", "")
    return ast.literal_eval(text) if text[:1] in "'\"" else text


class ChooseRole(RoleBase):
    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        try:
            key, options = alternatives(self.text)
            value = glued_key(self.document, key)
        except (ValueError, RetrievalError) as exc:
            return [], [glue_warning(str(exc), self.document, self.line)]
        if value not in options:
            message = f"{{choose}} {key}: glued value {value!r} has no alternative (written: {', '.join(options)})"
            return [], [glue_warning(message, self.document, self.line)]
        container = nodes.inline()
        children, messages = self.inliner.parse(options[value], self.line, None, container)
        container += children
        return [container], messages


def setup(app):
    app.add_role("choose", ChooseRole())
    return {"parallel_read_safe": True, "parallel_write_safe": True}
