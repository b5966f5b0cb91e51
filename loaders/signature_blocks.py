"""Signature blocks, in every layout a document signs in; one pipeline component,
`read_signatures`, reads them all in this order:

1. the signature blocks the layout finds after the agreements (structure.signatories: name,
   post, conference or organisation under it, or "Firman: A, B y C"): the signer represents the
   conference or organisation under the signature, and a signer whose post names a presidency
   holds that conference's presidency;
2. blocks laid out under whom each signer signs for:

    For the Government of Canada:          Por el Gobierno de la República de Chile,
    (Signed) J.A. Example                  Ana Muestra Díaz
    Minister of Citizenship                Ministra de Relaciones Exteriores

   a short line opening with a signing cue (data/lang/<code>/persons.yaml `signature_cues`:
   "For", "On behalf of", "Por", "En nombre de") and naming a known country or organisation,
   then, within the next lines, an optional signing mark ("(Signed)", "(Firmado)",
   `signature_marks`), the signer's name (loaders.entities reads it: initials, particles, a
   title before it; after a mark, a name in capitals, "(Signed) ARTHUR A. EXAMPLE") and an
   optional post, on its own line or after the name. The cue line may end with a period only
   when a signing mark opens the next line ("For the Government of X." / "(Signed) ..."). The signer is a Person who represents that
   country or organisation and takes part, with it, in what the document records; a signer for
   an organisation, with a post, holds that post in it. Each fact cites the block from the cue
   line to the name or post;
3. the names closing an acta or minutes, one a line or between dashes: each signer took part;
4. lines that each give a signer's post, name and state, two or more in a row ("President Ann
   Example of the Republic of X" / "Presidente de la República de Y, Luis Muestra"): each
   signer represents that state and takes part, with it, in the meeting the document records.

A signature is a layout unit, not a sentence, so the sentence rules never see it whole. This
module must not read anything but signature blocks.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.honorifics import honorifics
from loaders.entities import _name_at, _person_words, unaccent
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.world import slug

OWNERS = ("Country", "Organization", "Body", "Conference")
LINE = 110          # a cue line longer than this is prose, not a signature block
LOOK = 4            # lines after the cue line where the name may stand


def _alt(key: str) -> str:
    return phrase_alternation(lexicon("persons").get(key), blank=r"\s+")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(cue line opening, signing mark) on folded text."""
    cue = re.compile(rf"[ \t*_#>-]*(?:{_alt('signature_cues')})\s+\S")
    mark = re.compile(rf"[ \t*_>-]*[(\[]?\s*(?:{_alt('signature_marks')})\s*[)\]]?\s*[:.]?[ \t]*")
    return cue, mark


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of the text, as spans without their line ends (one pass)."""
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _owner(ctx: Context, s: int, e: int) -> str | None:
    """The one country the cue line names ("For the Government of Canada"), else the one
    organisation, body or conference; None when it names none or several."""
    found = [m for m in ctx.mentions if m.kind in OWNERS and s <= m.start and m.end <= e]
    countries = {m.entity for m in found if m.kind == "Country"}
    if len(countries) == 1:
        return countries.pop()
    others = {m.entity for m in found if m.kind != "Country"}
    return others.pop() if len(others) == 1 and not countries else None


def _post(ctx: Context, s: int, e: int) -> str | None:
    """A line that gives a post ("Minister of Citizenship"): it opens with a post word."""
    post_re, _, _, _ = _person_words()
    line = ctx.text[s:e].strip(" \t*_,")
    if not line or len(line) > 100 or not re.match(rf"(?i:{post_re})\b", unaccent(line)):
        return None
    return line.rstrip(" .")


def link_signatories(ctx: Context) -> None:
    """The signature blocks of the layout (structure.signatories): the person holds the post (a
    presidency) of the conference under it, and represents the conference or organisation."""
    for sg in ctx.structure.signatories:
        items = [it for it in ctx.items_by_block.get(sg.ordinal, [])
                 if sg.start <= it.start < sg.end]
        people = [i for it in items if it.kind == "Person" for i in it.ids]
        owners = [i for it in items if it.kind in ("Conference", "Organization") for i in it.ids]
        src = [ctx.source(sg.start, sg.end)]
        post = fold_same_length(sg.post or "")
        for person in people:
            for owner in owners:
                ctx.edge("REPRESENTS", person, owner, src)
                if re.search(r"presiden", post):
                    for body in ctx.gazetteer.body_of(owner, "presidency"):
                        ctx.edge("HOLDS_POST", person, body, src)


def link_signature_blocks(ctx: Context) -> None:
    """Person nodes, REPRESENTS, PARTICIPATES_IN and HOLDS_POST from signature blocks."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    cue, mark = _patterns()
    text = ctx.text
    folded = fold_same_length(text)
    lines = _lines(text)
    for i, (s, e) in enumerate(lines):
        raw = text[s:e].strip()
        if len(raw) > LINE or not cue.match(folded, s, e):
            continue
        if raw.endswith((".", ";")) and not (raw.endswith(".") and i + 1 < len(lines)
                                              and _marked(folded, mark, *lines[i + 1])):
            continue    # a sentence, unless a signing mark opens the next line ("(Signed) A. Example")
        owner = _owner(ctx, s, e)
        if owner is None:
            continue
        for k in range(i + 1, min(i + 1 + LOOK, len(lines))):
            ls, le = lines[k]
            if cue.match(folded, ls, le):
                break       # the next block's cue: this one named no signer
            at = mark.match(folded, ls, le)
            at = at.end() if at and at.end() > ls and folded[ls:at.end()].strip(" \t*_>-") else ls
            while at < le and text[at] in " \t*_>-":
                at += 1
            at = honorifics().past(unaccent(text), at, le)
            if at >= le:
                continue    # a line with the mark alone: the name is on the next one
            got = _name_at(text, unaccent(text), at, le) or \
                (_capital_name(text, at, le) if at > ls else None)
            rest = text[got[1]:le] if got else ""
            if not got or rest.strip(" \t*_,.") and not rest.lstrip(" \t*_").startswith(",") \
                    and not _post(ctx, le - len(rest.lstrip(" \t*_")), le):
                break       # more than a post after the name ("ARTHUR A. CALWELL Minister for Immigration")
            ns, ne = got
            post_end = ne
            post = None
            after = text[ne:le].strip(" \t*_,")
            if after:
                post = _post(ctx, le - len(text[ne:le].lstrip(" \t*_,")), le)
                post_end = le if post else ne
            elif k + 1 < len(lines) and not cue.match(folded, *lines[k + 1]):
                post = _post(ctx, *lines[k + 1])
                post_end = lines[k + 1][1] if post else ne
            name = " ".join(text[ns:ne].split())
            pid = f"person:{slug(name)}"
            node = ctx.batch.nodes.get(pid)
            if node is not None and node.kind != "Person":
                break
            ctx.batch.add_node(pid, "Person", name, [ctx.source(ns, ne)],
                               **({"post": post} if post and not (node and node.properties.get("post")) else {}))
            src = [ctx.source(s, post_end)]
            ctx.edge("REPRESENTS", pid, owner, src)
            ctx.edge("PARTICIPATES_IN", pid, meeting, src)
            ctx.edge("PARTICIPATES_IN", owner, meeting, src)
            if post and not owner.startswith("country:"):
                ctx.edge("HOLDS_POST", pid, owner, src)
            break


# a signer's name written in capitals after a signing mark ("(Signed) ARTHUR A. CALWELL",
# "(Firmado) AJ. EJEMPLO"): initials and words of two or more capitals, one to four of them
CAPITAL_NAME = re.compile(r"(?:[A-ZÁÉÍÓÚÑÜ]{1,2}\.[ \t]*)*[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’-]+"
                          r"(?:[ \t]+(?:[A-ZÁÉÍÓÚÑÜ]{1,2}\.[ \t]*)*[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’-]+){0,3}(?![\w.])")


def _capital_name(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The span of a name in capitals at `at` (after a signing mark), or None.

    >>> t = "ARTHUR A. CALWELL Minister for Immigration"
    >>> s, e = _capital_name(t, 0, len(t)); t[s:e]
    'ARTHUR A. CALWELL'
    >>> _capital_name("Minister for Immigration", 0, 24) is None
    True
    """
    m = CAPITAL_NAME.match(text, at, end)
    return (m.start(), m.end()) if m and " " in m.group(0).strip() or m and "." in m.group(0) else None


def _marked(folded: str, mark: re.Pattern, s: int, e: int) -> bool:
    """The line s:e opens with a signing mark ("(Signed)", "(Firmado)", "Fdo.") that is not all
    of it: a signer's name follows the mark."""
    m = mark.match(folded, s, e)
    return bool(m) and m.end() < e and bool(folded[s:m.end()].strip(" \t*_>-.:()[]"))


SEPARATORS = re.compile(r"\.?[ \t]*[—–][ \t]*|\.[ \t]*-[ \t]+|;[ \t]*")
CLOSING = 12        # lines from the end of the document where the signatures stand, at most


@lru_cache(maxsize=1)
def _record_words() -> frozenset:
    return frozenset(fold_same_length(w) for w in lexicon("persons").get("signed_record_words") or [])


def _signed_record(ctx: Context) -> bool:
    """The document is an acta or minutes: its title (or first heading) names one."""
    for b in ctx.structure.blocks[:3]:
        if b.kind in ("title", "heading") and \
                set(re.findall(r"\w+", fold_same_length(b.text))) & _record_words():
            return True
    return False


def _signer(ctx: Context, s: int, e: int) -> tuple[int, int] | None:
    """The name a signature piece s:e is, whole: an optional title, the name, an optional post
    after a comma; None when the piece is anything else."""
    text = ctx.text
    while s < e and text[s] in " \t*_>-.":
        s += 1
    while e > s and text[e - 1] in " \t*_.,":
        e -= 1
    at = honorifics().past(unaccent(text), s, e)
    got = _name_at(text, unaccent(text), at, e)
    if not got:
        return None
    rest = text[got[1]:e]
    if rest.strip() and not (rest.lstrip().startswith(",") and _post(ctx, got[1] + rest.index(",") + 1, e)):
        return None
    return got


def link_closing_signatures(ctx: Context) -> None:
    """The names that close an acta or minutes, one a line or a run of them between dashes
    ("Ana Ejemplo.—Luis Muestra.—..."): each signer is a Person who took part in the meeting.
    At least two signers; the closing lines are read back from the end up to the first line
    that is no signature."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes or not _signed_record(ctx):
        return
    lines = _lines(ctx.text)
    signers: list[tuple[int, int, int, int]] = []
    for s, e in reversed(lines[-CLOSING:]):
        raw = ctx.text[s:e].strip(" \t*_-.")
        if len(raw) <= 2:
            continue            # a rule, a page number, a mark
        pieces, at = [], s
        for sep in SEPARATORS.finditer(ctx.text, s, e):
            pieces.append((at, sep.start()))
            at = sep.end()
        pieces.append((at, e))
        got = [(_signer(ctx, a, b), a, b) for a, b in pieces if ctx.text[a:b].strip(" \t*_.")]
        if not got or not all(g for g, _, _ in got):
            break
        signers += [(g[0], g[1], a, b) for g, a, b in got]
    if len(signers) < 2:
        return
    for ns, ne, a, b in reversed(signers):
        name = " ".join(ctx.text[ns:ne].split())
        pid = f"person:{slug(name)}"
        node = ctx.batch.nodes.get(pid)
        if node is not None and node.kind != "Person":
            continue
        if node is None:
            ctx.batch.add_node(pid, "Person", name, [ctx.source(ns, ne)])
        ctx.edge("PARTICIPATES_IN", pid, meeting, [ctx.source(a, b)])


SIGNER_OF = re.compile(r"(?:,?[^\S\n]*(?:jr|sr)\.?)?,?[^\S\n]+(?:of|for|de|del|por)[^\S\n]+"
                       r"(?:(?:the|la|el|los|las)[^\S\n]+)?$")
POST_OF = re.compile(r"[^\S\n]+(?:of|for|de|del|por)[^\S\n]+(?:(?:the|la|el|los|las)[^\S\n]+)?$")
LINE_END = re.compile(r"[\s.,;*_]*$")


def _post_name_state(ctx: Context, s: int, e: int) -> tuple[str, str] | None:
    """(person, country) of a line that is only a signer's post, name and state: "President
    Ann Example of the Republic of X", "Presidenta Ana Muestra de Chile", "Presidente de la
    República de Y, Luis Muestra"; None for any other line (prose, two persons, no post)."""
    post_re, _, _, _ = _person_words()
    line = ctx.text[s:e]
    if len(line.strip()) > LINE or not re.match(rf"[ \t*_>-]*(?i:{post_re})\b", unaccent(line)):
        return None
    found = [m for m in ctx.mentions_starting(s, e) if m.end <= e]
    people = [m for m in found if m.kind == "Person"]
    states = [m for m in found if m.kind == "Country"]
    if len(people) != 1 or len(states) != 1 or \
            any(not (m.start >= people[0].start and m.end <= people[0].end) and
                not (m.start >= states[0].start and m.end <= states[0].end) for m in found):
        return None
    p, c = people[0], states[0]
    folded = fold_same_length(ctx.text)
    if p.end <= c.start:            # post, name, "of" the state
        ok = SIGNER_OF.match(folded[p.end:c.start]) and LINE_END.match(folded, c.end, e) \
            and len(ctx.text[s:p.start].split()) <= 4
    else:                           # post "of" the state, then the name
        ok = c.end <= p.start and POST_OF.search(folded[s:c.start]) and \
            re.fullmatch(r"\s*,\s*", folded[c.end:p.start]) and LINE_END.match(folded, p.end, e) \
            and len(ctx.text[s:c.start].split()) <= 5
    return (p.entity, c.entity) if ok else None


def link_signer_lines(ctx: Context) -> None:
    """Lines, two or more in a row, each giving a signer's post, name and state (a declaration
    signed by its leaders): each signer REPRESENTS the state and takes part in the meeting the
    document records, with that state; each fact cites the signer's line."""
    meeting = ctx.meeting_id
    run: list[tuple[str, str, int, int]] = []

    def close() -> None:
        if len(run) >= 2:
            for person, country, a, b in run:
                src = [ctx.source(a, b)]
                ctx.edge("REPRESENTS", person, country, src)
                if meeting in ctx.batch.nodes:
                    ctx.edge("PARTICIPATES_IN", person, meeting, src)
                    ctx.edge("PARTICIPATES_IN", country, meeting, src)
        run.clear()

    for b in ctx.structure.blocks:
        if b.kind not in ("paragraph", "signature", "item", "heading", "date"):
            close()
            continue
        for a, z in _lines(ctx.text[b.start:b.end]):
            got = _post_name_state(ctx, b.start + a, b.start + z)
            if got is None:
                close()
            else:
                run.append((*got, b.start + a, b.start + z))
    close()


def read_signatures(ctx: Context) -> None:
    """The pipeline component: every signature layout, in a fixed order (the layout's signature
    blocks, "For the Government of X:" blocks, the names closing an acta), so that node and edge
    order stay as they are."""
    link_signatories(ctx)
    link_signature_blocks(ctx)
    link_closing_signatures(ctx)
    link_signer_lines(ctx)
