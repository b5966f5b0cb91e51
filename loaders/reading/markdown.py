"""Markdown files (with or without YAML front matter) to plain text, with markdown-it-py.

The markup is not content: headings lose their `#`, emphasis its asterisks, links keep their
text, images and HTML comments go, tables become one line per row ("cell | cell"). List items
keep a dash or their number, indented two spaces per level, so the layout parser still sees a
list. Front matter (python-frontmatter) gives the title and date and is not part of the text.
This module must not guess meaning.
"""
from __future__ import annotations

import datetime as dt
import re

from loaders.read import normalise

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str]:
    """(metadata, body) of a text that may open with a YAML block between `---` lines.

    A block that is not a YAML mapping is left in the body, as it is not front matter."""
    if not FRONT_MATTER.match(text):
        return {}, text
    import frontmatter
    try:
        post = frontmatter.loads(text)
    except Exception:  # noqa: BLE001 - malformed YAML: then it is not front matter
        return {}, text
    if not isinstance(post.metadata, dict) or not post.metadata:
        return {}, text
    return post.metadata, post.content


OPENING = re.compile(r"\A---[ \t]*\n")
# a YAML key at the start of a line: what tells front matter from a thematic break (`---`)
_KEY_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")


def check_front_matter(text: str, name: str) -> None:
    """Refuse a Markdown text whose front matter is broken, rather than read it as text: a `---`
    line opening it, followed by `key:` lines, that no `---` (or `...`) line closes, or a closed
    block that is not valid YAML. Raises SourceError (`name:line: ...`, line of the normalised
    text); a text with no front matter, or with a good one, passes."""
    from loaders.errors import SourceError
    if not OPENING.match(text):
        return
    block = FRONT_MATTER.match(text)
    if block is None:
        first = next((ln for ln in text.split("\n")[1:] if ln.strip()), "")
        if _KEY_LINE.match(first):
            raise SourceError(name, 1, "the front matter opened by `---` on line 1 is never "
                                       "closed; end it with a `---` line, or remove it")
        return
    import yaml
    try:
        yaml.safe_load(block.group(1))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 1          # the block starts on line 2
        raise SourceError(name, line, "the front matter is not valid YAML "
                                      f"({exc.problem or exc.context}); fix it or remove it"
                          ) from None
    except yaml.YAMLError as exc:
        raise SourceError(name, 1, f"the front matter is not valid YAML ({exc}); fix it or "
                                   "remove it") from None


def front_matter_date(meta: dict) -> str | None:
    """The ISO date of `date:` in front matter (a date, a datetime or a string that starts
    YYYY-MM-DD), else None."""
    value = meta.get("date")
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value or ""))
    return m.group(1) if m else None


def front_matter_title(meta: dict) -> str | None:
    value = meta.get("title")
    return " ".join(str(value).split()) or None if value else None


def _inline(token) -> str:
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "html_inline":
            continue
        elif child.type == "image":
            continue
    return "".join(out)


def _html_text(html: str) -> str:
    from bs4 import BeautifulSoup
    from bs4 import Comment
    soup = BeautifulSoup(html, "html.parser")
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    return soup.get_text(" ").strip()


def render(markdown: str) -> str:
    """Plain text of a Markdown body: one block per paragraph, heading, list item or table row,
    blocks separated by a blank line."""
    from markdown_it import MarkdownIt
    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    tokens = md.parse(markdown)
    blocks: list[str] = []
    lists: list[list] = []          # stack of [ordered, next number]
    prefix = ""
    row: list[str] | None = None
    cell: list[str] | None = None
    in_item_first = False
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrs.get("start", 1) or 1) if t == "ordered_list_open" else 0
            lists.append([t == "ordered_list_open", start])
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open":
            ordered, n = lists[-1]
            number = tok.info or str(n)
            indent = "  " * (len(lists) - 1)
            prefix = f"{indent}{number}{tok.markup or '.'} " if ordered else f"{indent}- "
            lists[-1][1] = (int(number) if number.isdigit() else n) + 1
            in_item_first = True
        elif t == "tr_open":
            row = []
        elif t in ("th_open", "td_open"):
            cell = []
        elif t == "inline" and cell is not None:
            cell.append(_inline(tok))
        elif t in ("th_close", "td_close"):
            row.append(" ".join("".join(cell or []).split()))
            cell = None
        elif t == "tr_close":
            if row and any(row):
                blocks.append(" | ".join(row))
            row = None
        elif t == "inline":
            text = _inline(tok)
            text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
            if not text:
                continue
            if in_item_first:
                blocks.append(prefix + text)
                in_item_first = False
            else:
                blocks.append(text)
        elif t in ("fence", "code_block"):
            if tok.content.strip():
                blocks.append(tok.content.rstrip("\n"))
        elif t == "html_block":
            text = _html_text(tok.content)
            if text:
                blocks.append(text)
    return "\n\n".join(blocks)


def read_markdown(text: str) -> tuple[str, str | None, str | None]:
    """(plain text, front-matter title, front-matter ISO date) of a Markdown document."""
    meta, body = split_front_matter(normalise(text))
    return normalise(render(body)), front_matter_title(meta), front_matter_date(meta)
