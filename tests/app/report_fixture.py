"""A hand-written GraphBatch of the real report, for the app tests while (or when) the loader
(`loaders.pipeline.load_file`) is not available, and a hostile document for the escaping tests.

Offsets are real: every quote is found in the normalised text of the report, so the Sources page
can highlight them. Only the facts the app tests assert are here; the loader extracts many more.
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


def report_batch() -> GraphBatch:
    from loaders.read import read_text
    text = read_text(REPORT)
    doc = REPORT.stem
    b, d = _base(doc, text, "Informe de la Reunión de las Troikas de la CRM y la CSM", REPORT.name)
    S = d.src

    b.add_node("conference:crm", "Conference", "Conferencia Regional sobre Migración", [S("Conferencia Regional sobre Migración (CRM)")], acronym="CRM", aliases=["CRM"], name_en="Regional Conference on Migration")
    b.add_node("conference:csm", "Conference", "Conferencia Suramericana sobre Migraciones", [S("Conferencia Suramericana sobre Migraciones (CSM)")], acronym="CSM", aliases=["CSM"], name_en="South American Conference on Migration")
    for cid, ac in (("crm", "CRM"), ("csm", "CSM")):
        b.add_node(f"body:{cid}:troika", "Body", f"Troika de la {ac}", [S(f"Troikas de la Conferencia")], subtype="troika")
        b.add_node(f"body:{cid}:st", "Body", f"Secretaría Técnica de la {ac}", [S("Secretarías Técnicas de ambas Conferencias")], subtype="secretariat")
        b.add_node(f"body:{cid}:ppt", "Body", f"Presidencia Pro-Tempore de la {ac}", [S(f"PPT de la {ac}")], subtype="presidency")
        for body in ("troika", "st", "ppt"):
            b.add_edge("PART_OF", f"body:{cid}:{body}", f"conference:{cid}", [S(f"PPT de la {ac}")])
    b.add_node("body:adhoc", "Body", "Grupo de trabajo ad-hoc bi-regional", [S("Conformar un grupo de trabajo ad-hoc")], subtype="ad_hoc_group")

    countries = {"sv": "El Salvador", "hn": "Honduras", "pa": "Panamá", "py": "Paraguay",
                 "cl": "Chile", "pe": "Perú", "mx": "México"}
    for code, name in countries.items():
        b.add_node(f"country:{code}", "Country", name, [S(name)])
    acta_members = d.text.find("Los Países Miembros de las troikas")
    for code in ("sv", "hn", "pa"):
        q = S("El Salvador, Honduras y Panamá")
        b.add_edge("MEMBER_OF", f"country:{code}", "body:crm:troika", [q], role="troika_member")
        b.add_edge("MEMBER_OF", f"country:{code}", "conference:crm", [q], role="member")
    for code in ("py", "cl"):
        q = S("Paraguay y Chile")
        b.add_edge("MEMBER_OF", f"country:{code}", "body:csm:troika", [q], role="troika_member")
        b.add_edge("MEMBER_OF", f"country:{code}", "conference:csm", [q], role="member")
    b.add_edge("MEMBER_OF", "country:pe", "conference:csm", [S("además de Perú")], role="member")
    b.add_edge("MEMBER_OF", "country:mx", "conference:crm", [S("este último en virtud de su rol como co-facilitador")], role="member")
    assert acta_members > 0

    b.add_node("org:oim", "Organization", "Organización Internacional para las Migraciones", [S("OIM")], acronym="OIM", aliases=["OIM"])
    b.add_node("org:unodc", "Organization", "UNODC", [S("UNODC")], acronym="UNODC")
    b.add_node("person:liduvina-magarin", "Person", "Liduvina Magarín", [S("Liduvina Magarín")], post="Viceministra")
    b.add_node("person:juan-ignacio-livieres", "Person", "Juan Ignacio Livieres", [S("Juan Ignacio Livieres")], post="Ministro")
    b.add_edge("HOLDS_POST", "person:liduvina-magarin", "body:crm:ppt", [S("PPT de la CRM (Viceministra Liduvina Magarín)")])
    b.add_edge("HOLDS_POST", "person:juan-ignacio-livieres", "body:csm:ppt", [S("Ministro Juan Ignacio Livieres")])

    # dates and events
    b.add_node("date:2017-04-w17", "Date", "última semana de abril de 2017", [S("última semana de abril")], date="2017-04-24", date_end="2017-04-30", precision="week")
    b.add_node("date:2017-06", "Date", "junio de 2017", [S("junio de 2017")], date="2017-06-01", date_end="2017-06-30", precision="month")
    b.add_node("date:2017-04-04", "Date", "4 de abril de 2017", [S("4 de abril")], date="2017-04-04", precision="day")
    b.add_node("date:2017-05", "Date", "mayo de 2017", [S("mayo de 2017")], date="2017-05-01", date_end="2017-05-31", precision="month")
    b.add_node("place:berlin", "Place", "Berlín", [S("Berlín")])
    b.add_node("event:videoconf", "Event", "Videoconferencia entre ambas troikas", [S("Sostener una videoconferencia")], doc=doc, date="2017-04-24", date_end="2017-04-30", precision="week")
    b.add_node("event:celac-berlin", "Event", "Reunión de la CELAC sobre migraciones", [S("reunión de la CELAC sobre migraciones")], date="2017-06-01", date_end="2017-06-30", precision="month")
    b.add_node("event:negocio-mortal", "Event", "Lanzamiento de la campaña #NegocioMortal", [S("lanzamiento de la campaña de UNODC #NegocioMortal")], date="2017-04-04", precision="day")
    b.add_node("event:sesiones-tematicas", "Event", "Primeras sesiones temáticas del Pacto Mundial", [S("primeras sesiones temáticas")], date="2017-05-01", date_end="2017-05-31", precision="month")
    b.add_edge("HELD_ON", "event:videoconf", "date:2017-04-w17", [S("durante la última semana de abril")])
    b.add_edge("HELD_ON", "event:celac-berlin", "date:2017-06", [S("en junio de 2017")])
    b.add_edge("HELD_IN", "event:celac-berlin", "place:berlin", [S("tendrá lugar en Berlín")])
    b.add_edge("HELD_ON", "event:negocio-mortal", "date:2017-04-04", [S("el 4 de abril a las 9:00 am")])
    b.add_edge("ORGANISES", "org:unodc", "event:negocio-mortal", [S("campaña de UNODC #NegocioMortal")])
    b.add_edge("HELD_ON", "event:sesiones-tematicas", "date:2017-05", [S("en mayo de 2017")])

    # the acta's eleven agreements
    starts = [d.text.find(m, d.acta_start) for m in (
        "Crear un mecanismo", "2. Intercambiar información sobre la situación",
        "3. Intercambiar información de contacto", "4. Las dos Conferencias",
        "5. Aprovechar los espacios", "6. Avanzar en el desarrollo", "7. Conformar un grupo",
        "8. El grupo ad", "9. Sostener una videoconferencia", "10. Organizar una reunión",
        "11. Las Secretarías Técnicas")]
    for i, s in enumerate(starts, start=1):
        e = d.text.find("\n", s)
        body = re.sub(r"^\d+\.\s*", "", d.text[s:e])
        b.add_node(f"commitment:{doc}:acta:{i}", "Commitment", f"Acuerdo {i}",
                   [Source(doc, "acta", next(p for p, bs, be in d.blocks if bs <= s < be), s, e, d.text[s:e])],
                   doc=doc, number=str(i), text=body, acta_group="general" if i <= 5 else "compact")
    C = lambda n: f"commitment:{doc}:acta:{n}"  # noqa: E731
    for troika in ("body:crm:troika", "body:csm:troika"):
        b.add_edge("RESPONSIBLE_FOR", troika, C(1), [S("entre las troikas de la CSM y la CRM")])
        b.add_edge("RESPONSIBLE_FOR", troika, C(9), [S("entre ambas troikas", 0)])
        b.add_edge("RESPONSIBLE_FOR", troika, C(10), [S("entre ambas troikas", 1)])
    for conf in ("conference:crm", "conference:csm"):
        b.add_edge("RESPONSIBLE_FOR", conf, C(4), [S("Las dos Conferencias se comprometieron")])
    b.add_edge("RESPONSIBLE_FOR", "body:adhoc", C(8), [S("El grupo ad estará encargado de")])
    for st in ("body:crm:st", "body:csm:st"):
        b.add_edge("RESPONSIBLE_FOR", st, C(11), [S("Las Secretarías Técnicas de ambas Conferencias mantendrán actualizado")])
        b.add_edge("MEMBER_OF", st, "body:adhoc", [S("así como por las respectivas Secretarías Técnicas de ambos procesos")], role="member")
    b.add_edge("FOCAL_POINT", "country:cl", "body:adhoc", [S("por parte de la CSM se designó a Chile")], on_behalf_of="conference:csm")
    b.add_edge("FOCAL_POINT", "country:pa", "body:adhoc", [S("por parte de la CRM se propuso a Panamá")], on_behalf_of="conference:crm")
    b.add_edge("DUE", C(9), "date:2017-04-w17", [S("durante la última semana de abril")])
    b.add_edge("DUE", C(10), "event:celac-berlin", [S("inmediatamente antes de la reunión de la CELAC")])
    b.add_edge("DELIVERABLE", C(9), "event:videoconf", [S("Sostener una videoconferencia")])
    b.add_node("instrument:calendario", "Instrument", "Calendario de eventos del Pacto Mundial", [S("calendario de eventos")], subtype="document", doc=doc)
    b.add_edge("DELIVERABLE", C(11), "instrument:calendario", [S("mantendrán actualizado un calendario de eventos")])
    return b


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
