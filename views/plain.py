"""Document ids, names and quotes shown as text in Streamlit elements that render Markdown.

st.markdown, st.caption, st.subheader and the labels of tabs and expanders read Markdown (links,
code spans, emphasis, `:color[...]` directives, `$...$` maths). A file name such as
``[x](https://evil)`` or one with backticks must appear as those characters, never as markup.
This module only escapes; it must not decide what is shown.
"""
from __future__ import annotations

import re

# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them
# also covers Streamlit's own additions (`:` directives, `$` maths, `~` strikethrough).
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


def md(value: object) -> str:
    """`value` as Markdown source that renders exactly as its text, on one line."""
    text = _BREAKS.sub(" ", "" if value is None else str(value))
    return _PUNCTUATION.sub(r"\\\1", text)


__all__ = ["md"]
