"""Organisations a document lists one per line under a heading that says they sign or endorse it
("Organizaciones firmantes", "Signatory organisations:"): one Organization per line, named as
written ("Fundación Karisma", "Barranquilla +20"), whatever its words.

The cues are words of the language (data/lang/<code>/heads.yaml, `organisation_lists`). This
module proposes organisations with the span of the line that names each (loaders.entities.Found);
it must not write to a batch nor decide what the organisations did (sign, support, propose).
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.entities import Found
from loaders.gazetteer import Entity
from loaders.lang import lexicon
from loaders.read import fold_same_length
from loaders.world import slug

BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u00b7]|\d{1,3}[.)])?[ \t]*")
MAX_WORDS = 10


@lru_cache(maxsize=1)
def _cues() -> frozenset:
    return frozenset(" ".join(fold_same_length(c).split()) for c in lexicon("heads").get("organisation_lists") or [])


def _is_cue(line: str) -> bool:
    """A heading or a line that opens a list of signing organisations ("## Organizaciones
    firmantes", "Signatory organisations:")."""
    folded = " ".join(fold_same_length(line).strip("#*_ \t").split())
    return folded.rstrip(":*_ .") in _cues()


def is_signing_heading(line: str) -> bool:
    """Whether `line` (a heading or a line of text) opens a list of signing organisations."""
    return _is_cue(line)


def _name_line(line: str) -> bool:
    """A line that can only be a name: one to MAX_WORDS words, a capital or a digit first, no
    sentence end, no colon, no link."""
    words = line.split()
    if not words or len(words) > MAX_WORDS or not (line[:1].isupper() or line[:1].isdigit()):
        return False
    if line.endswith((".", ":", ";")) or ":" in line or "http" in line or "](" in line:
        return False
    return any(ch.isalpha() for ch in line)


def listed_organisations(doc, mentions) -> list[Found]:
    """The organisations listed after a cue heading or cue line, up to the next heading or the
    first line that is not a name; none whose line a known mention (`mentions`, with .start/.end
    in document offsets) already covers. Each Found spans the name as written on its line."""
    text = doc.text
    taken = [(m.start, m.end) for m in mentions]
    out: list[Found] = []
    blocks = doc.blocks
    for k, b in enumerate(blocks):
        body = text[b.start:b.end]
        first, _, rest = body.partition("\n")
        if not _is_cue(first):
            continue
        lines: list[tuple[int, int]] = []
        if rest:                            # "Signatory organisations:\nA\nB" in one block
            at = b.start + len(first) + 1
            lines += _lines(text, at, b.end)
        for j in range(k + 1, len(blocks)):     # no copy of the blocks after k
            nb = blocks[j]
            if nb.kind in ("heading", "title") or _is_cue(text[nb.start:nb.end]):
                break
            got = _lines(text, nb.start, nb.end)
            if not got:
                break
            lines += got
            if len(got) < len(text[nb.start:nb.end].strip().splitlines()):
                break                       # the list ended inside this block
        for s, e in lines:
            if any(s < b2 and a < e for a, b2 in taken):
                continue
            name = " ".join(text[s:e].split())
            ent = Entity(f"organization:{slug(name)}", "Organization", name, None, None, None, (name,))
            out.append(Found(ent, s, e))
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each name line of text[start:end], in order, up to the first line
    that is not a name (blank lines skipped)."""
    out = []
    at = start
    for raw in text[start:end].split("\n"):
        ls, at = at, at + len(raw) + 1
        skip = BULLET.match(raw).end()
        line = raw[skip:].rstrip(" \t\\")
        if not line.strip():
            continue
        if not _name_line(line):
            break
        out.append((ls + skip, ls + skip + len(line)))
    return out
