"""A hostile document for the escaping tests, written as a GraphBatch by hand so that entity
NAMES (which the loader only takes from the gazetteer) carry the payloads too.

Offsets are real: every quote is found in the document's text, so the Sources page highlights them.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from graph.batch import GraphBatch, Source, passage_id

REPO = Path(__file__).resolve().parents[2]
REPORT = REPO / "data" / "sources" / "informe-troikas-crm-csm-2017-03-30.txt"


def _blocks(text: str):
    """(paragraph number, start, end) of each non-blank block of the text."""
    out, n = [], 0
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        if m.group().strip():
            n += 1
            out.append((n, m.start(), m.end()))
    return out


class _Doc:
    def __init__(self, doc_id: str, text: str):
        self.id, self.text = doc_id, text
        self.blocks = _blocks(text)
        acta = text.find("Anexo 1")
        self.acta_start = acta if acta >= 0 else len(text)

    def src(self, quote: str, nth: int = 0) -> Source:
        pos = -1
        for _ in range(nth + 1):
            pos = self.text.find(quote, pos + 1)
            if pos < 0:
                raise ValueError(f"quote not in text: {quote!r}")
        para = next(p for p, s, e in self.blocks if s <= pos < e)
        section = "acta" if pos >= self.acta_start else "report"
        return Source(self.id, section, para, pos, pos + len(quote), quote)


def _base(doc_id: str, text: str, title: str, path: str) -> tuple[GraphBatch, _Doc]:
    b = GraphBatch(doc_id)
    d = _Doc(doc_id, text)
    b.add_node(doc_id, "Document", title, title=title, text=text, path=path, doc=None,
               sha256=hashlib.sha256(text.encode()).hexdigest(), date="2017-03-30",
               precision="day")
    for i, (p, s, e) in enumerate(d.blocks):
        pid = passage_id(doc_id, p)
        b.add_node(pid, "Passage", text[s:e][:60], doc=doc_id,
                   section="acta" if s >= d.acta_start else "report", paragraph=p,
                   char_start=s, char_end=e, text=text[s:e], ordinal=i)
        b.add_edge("IN_DOCUMENT", pid, doc_id)
    return b, d


PAYLOAD_SCRIPT = "<script>window.__xss=1;alert(1)</script>"
PAYLOAD_IMG = "<img src=x onerror=\"window.__xss=2\">"
PAYLOAD_HREF = "<a href=\"javascript:window.__xss=3\">click</a>"


def hostile_text() -> str:
    return ("Informe hostil\n\n"
            f"1. La delegación {PAYLOAD_SCRIPT} acordó con {PAYLOAD_IMG} una reunión.\n\n"
            f"2. Ver {PAYLOAD_HREF} y C:\\ruta\\l con \\N barras.\n\n"
            "Anexo 1\n\n"
            f"1. Acordado: {PAYLOAD_SCRIPT} se encargará el 5 de mayo de 2017.\n")


def hostile_batch(doc: str = "hostil-2017") -> GraphBatch:
    text = hostile_text()
    b, d = _base(doc, text, f"Hostil {PAYLOAD_SCRIPT}", "hostil.txt")
    S = d.src
    b.add_node("country:xss", "Country", PAYLOAD_SCRIPT, [S(PAYLOAD_SCRIPT)], aliases=[PAYLOAD_IMG])
    b.add_node("org:xss", "Organization", PAYLOAD_IMG, [S(PAYLOAD_IMG)], acronym="href")
    b.add_node("body:xss", "Body", f"Grupo {PAYLOAD_HREF}", [S(PAYLOAD_HREF)], subtype="troika")
    b.add_node("conference:xss", "Conference", "Conferencia \\l \\N {x} <b>", [S("C:\\ruta\\l con \\N barras")])
    b.add_node("date:xss", "Date", "5 de mayo de 2017", [S("5 de mayo de 2017")], date="2017-05-05", precision="day")
    s = text.find("1. Acordado")
    e = text.find("\n", s)
    b.add_node(f"commitment:{doc}:acta:1", "Commitment", f"Acuerdo {PAYLOAD_IMG}",
               [Source(doc, "acta", next(p for p, bs, be in d.blocks if bs <= s < be), s, e, text[s:e])],
               doc=doc, number="1", text=text[s:e], acta_group="general")
    b.add_edge("MEMBER_OF", "country:xss", "conference:xss", [S(PAYLOAD_SCRIPT)], role=PAYLOAD_IMG)
    b.add_edge("MEMBER_OF", "country:xss", "body:xss", [S(PAYLOAD_HREF)], role="troika_member")
    b.add_edge("PART_OF", "body:xss", "conference:xss", [S(PAYLOAD_HREF)])
    b.add_edge("RESPONSIBLE_FOR", "org:xss", f"commitment:{doc}:acta:1", [S(PAYLOAD_IMG)])
    b.add_edge("RESPONSIBLE_FOR", "country:xss", f"commitment:{doc}:acta:1", [S(PAYLOAD_SCRIPT, 1)])
    b.add_edge("DUE", f"commitment:{doc}:acta:1", "date:xss", [S("5 de mayo de 2017")])
    return b


FORMULAS = ['=HYPERLINK("https://evil.example/x","clic")', "+cmd|' /C calc'!A0", "@SUM(1+1)",
            "-2+3+cmd|' /C calc'!A0"]
MARKDOWN_DOC = "formulas-[enlace](https://evil.example/md)-`tick`"


def formula_batch(doc: str = MARKDOWN_DOC) -> GraphBatch:
    """A document whose id is Markdown (a link, a backtick) and whose actors' names are
    spreadsheet formulas, each responsible for the one agreement and a member of one forum."""
    text = ("Informe con fórmulas\n\n"
            + "".join(f"{i + 1}. La delegación {f} participó.\n\n" for i, f in enumerate(FORMULAS))
            + "Anexo 1\n\n1. Acordado: las delegaciones se encargarán el 5 de mayo de 2017.\n")
    b, d = _base(doc, text, "Fórmulas", "formulas.txt")
    S = d.src
    b.add_node("conference:formulas", "Conference", "Conferencia de fórmulas", [S("Informe")])
    b.add_node("date:formulas", "Date", "5 de mayo de 2017", [S("5 de mayo de 2017")],
               date="2017-05-05", precision="day")
    s = text.find("1. Acordado")
    e = text.find("\n", s)
    cid = f"commitment:{doc}:acta:1"
    b.add_node(cid, "Commitment", "Acuerdo 1",
               [Source(doc, "acta", next(p for p, bs, be in d.blocks if bs <= s < be), s, e,
                       text[s:e])], doc=doc, number="1", text=text[s:e], acta_group="general")
    b.add_edge("DUE", cid, "date:formulas", [S("5 de mayo de 2017")])
    for i, f in enumerate(FORMULAS):
        nid = f"country:formula{i}"
        b.add_node(nid, "Country", f, [S(f)])
        b.add_edge("RESPONSIBLE_FOR", nid, cid, [S(f)])
        b.add_edge("MEMBER_OF", nid, "conference:formulas", [S(f)], role=f)
    return b
