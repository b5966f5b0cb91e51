"""A small hand-built GraphBatch shaped like the troikas report, for tests that need no loader.

It uses every node kind and relationship type the saved queries read, with provenance on every
fact, so the query library can be exercised on both engines without `loaders.pipeline`.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from graph.batch import GraphBatch, Source, passage_id

DOC = "handmade-troikas"

TEXT = (
    "Informe de la Reunión de las Troikas\n"                                   # p0
    "La PPT de la CRM propone una reunión virtual de troikas.\n"               # p1
    "Chile propone tener un apartado para dar seguimiento.\n"                  # p2
    "Paraguay menciona que los viernes es difícil.\n"                          # p3
    "7. Conformar un grupo de trabajo ad-hoc: por parte de la CSM Chile y por parte de la CRM Panamá.\n"  # p4
    "9. Sostener una videoconferencia durante la última semana de abril entre ambas troikas.\n"           # p5
    "11. Las Secretarías Técnicas mantendrán actualizado un calendario de eventos.\n"                   # p6
    "Troikas de la CRM (El Salvador, Honduras y Panamá) y de la CSM (Paraguay y Chile).\n"              # p7
    "Se acuerda que Chile será el punto focal de la CSM y Panamá el de la CRM.\n"                       # p8
)
LINES = TEXT.split("\n")


def _src(paragraph: int, fragment: str | None = None) -> Source:
    line = LINES[paragraph]
    start = sum(len(l) + 1 for l in LINES[:paragraph])
    frag = fragment or line
    off = line.index(frag)
    return Source(DOC, "Anexo 1" if paragraph >= 4 else "6. Hoja de ruta", paragraph,
                  start + off, start + off + len(frag), frag)


def build() -> GraphBatch:
    b = GraphBatch(DOC)
    b.add_node(DOC, "Document", "Informe handmade", title="Informe de la Reunión de las Troikas",
               text=TEXT, sha256=hashlib.sha256(Path(__file__).read_bytes()).hexdigest(), date="2017-03-30",
               precision="day", place="Washington D.C.", path="handmade.txt", doc=None)
    for i, line in enumerate(LINES[:-1]):
        s = _src(i)
        b.add_node(passage_id(DOC, i), "Passage", line[:40], [s], doc=DOC, section=s.section,
                   paragraph=i, char_start=s.start, char_end=s.end, text=line, ordinal=i)
        b.add_edge("IN_DOCUMENT", passage_id(DOC, i), DOC)

    def country(cid, name, p, frag, aliases=None):
        b.add_node(cid, "Country", name, [_src(p, frag)], aliases=aliases)
    country("country:sv", "El Salvador", 7, "El Salvador")
    country("country:hn", "Honduras", 7, "Honduras")
    country("country:pa", "Panamá", 7, "Panamá", ["Panama"])
    country("country:py", "Paraguay", 3, "Paraguay")
    country("country:cl", "Chile", 2, "Chile")
    b.add_node("conference:crm", "Conference", "Conferencia Regional sobre Migración",
               [_src(7, "CRM")], acronym="CRM", aliases=["CRM", "Proceso Puebla"])
    b.add_node("conference:csm", "Conference", "Conferencia Suramericana sobre Migraciones",
               [_src(7, "CSM")], acronym="CSM", aliases=["CSM"])
    b.add_node("body:crm:troika", "Body", "Troika de la CRM", [_src(7, "Troikas de la CRM")],
               subtype="troika")
    b.add_node("body:csm:troika", "Body", "Troika de la CSM", [_src(7, "de la CSM")],
               subtype="troika")
    b.add_node("body:crm:ppt", "Body", "Presidencia Pro-Témpore de la CRM",
               [_src(1, "PPT de la CRM")], subtype="presidency", acronym="PPT")
    b.add_node("body:crm:st", "Body", "Secretaría Técnica de la CRM", [_src(6, "Secretarías Técnicas")],
               subtype="secretariat")
    b.add_node("body:csm:st", "Body", "Secretaría Técnica de la CSM", [_src(6, "Secretarías Técnicas")],
               subtype="secretariat")
    b.add_node(f"body:{DOC}:adhoc", "Body", "Grupo de trabajo ad-hoc", [_src(4, "grupo de trabajo ad-hoc")],
               subtype="ad_hoc_group", doc=DOC)
    for body, conf in [("body:crm:troika", "conference:crm"), ("body:csm:troika", "conference:csm"),
                       ("body:crm:ppt", "conference:crm"), ("body:crm:st", "conference:crm"),
                       ("body:csm:st", "conference:csm")]:
        b.add_edge("PART_OF", body, conf, [_src(7)])
    b.add_edge("PART_OF", f"body:{DOC}:adhoc", "conference:crm", [_src(4)])
    b.add_edge("PART_OF", f"body:{DOC}:adhoc", "conference:csm", [_src(4)])
    for c in ("country:sv", "country:hn", "country:pa"):
        b.add_edge("MEMBER_OF", c, "body:crm:troika", [_src(7)], role="troika_member")
        b.add_edge("MEMBER_OF", c, "conference:crm", [_src(7)], role="member")
    for c in ("country:py", "country:cl"):
        b.add_edge("MEMBER_OF", c, "body:csm:troika", [_src(7)], role="troika_member")
        b.add_edge("MEMBER_OF", c, "conference:csm", [_src(7)], role="member")
    b.add_edge("MEMBER_OF", "country:cl", f"body:{DOC}:adhoc", [_src(4)], role="focal_point")
    b.add_edge("MEMBER_OF", "country:pa", f"body:{DOC}:adhoc", [_src(4)], role="focal_point")
    b.add_edge("MEMBER_OF", "body:crm:st", f"body:{DOC}:adhoc", [_src(4)], role="member")
    b.add_edge("FOCAL_POINT", "country:cl", f"body:{DOC}:adhoc", [_src(8, "Chile será el punto focal de la CSM")],
               on_behalf_of="conference:csm")
    b.add_edge("FOCAL_POINT", "country:pa", f"body:{DOC}:adhoc", [_src(8, "Panamá el de la CRM")],
               on_behalf_of="conference:crm")
    b.add_node("person:liduvina-magarin", "Person", "Liduvina Magarín", [_src(1, "PPT de la CRM")],
               post="Viceministra", aliases=["Viceministra Magarín", "Margarín"])
    b.add_edge("HOLDS_POST", "person:liduvina-magarin", "body:crm:ppt", [_src(1, "PPT de la CRM")])
    b.add_edge("HOLDS_POST", "country:sv", "body:crm:ppt", [_src(1, "PPT de la CRM")])
    b.add_edge("REPRESENTS", "person:liduvina-magarin", "country:sv", [_src(1)])

    # events, dates and places
    b.add_node("date:2017-w17", "Date", "última semana de abril de 2017", [_src(5, "última semana de abril")],
               date="2017-04-24", date_end="2017-04-30", precision="week")
    b.add_node("date:2017-03-30", "Date", "30 de marzo de 2017", [_src(7)], date="2017-03-30",
               precision="day")
    b.add_node(f"event:{DOC}:videoconf", "Event", "Videoconferencia de las troikas",
               [_src(5, "videoconferencia")], doc=DOC, date="2017-04-24", date_end="2017-04-30",
               precision="week")
    b.add_node(f"event:{DOC}:meeting", "Event", "Reunión de las Troikas", [_src(0)], doc=DOC,
               date="2017-03-30", precision="day")
    b.add_node("place:washington", "Place", "Washington D.C.", [_src(0)])
    b.add_edge("HELD_ON", f"event:{DOC}:videoconf", "date:2017-w17", [_src(5)])
    b.add_edge("HELD_ON", f"event:{DOC}:meeting", "date:2017-03-30", [_src(7)])
    b.add_edge("HELD_IN", f"event:{DOC}:meeting", "place:washington", [_src(0)])
    for c in ("country:sv", "country:hn", "country:pa", "country:py", "country:cl"):
        b.add_edge("PARTICIPATES_IN", c, f"event:{DOC}:meeting", [_src(7)])
    b.add_edge("PARTICIPATES_IN", "body:crm:troika", f"event:{DOC}:videoconf", [_src(5)])
    b.add_edge("PARTICIPATES_IN", "body:csm:troika", f"event:{DOC}:videoconf", [_src(5)])
    b.add_edge("ORGANISES", "body:crm:ppt", f"event:{DOC}:videoconf", [_src(1)])

    # commitments
    def commitment(num, text, p, group="general"):
        cid = f"commitment:{DOC}:acta:{num}"
        b.add_node(cid, "Commitment", f"Acuerdo {num}", [_src(p)], doc=DOC, number=num, text=text,
                   acta_group=group)
        return cid
    c7 = commitment("7", LINES[4], 4, "compact")
    c9 = commitment("9", LINES[5], 5, "compact")
    c11 = commitment("11", LINES[6], 6, "compact")
    r1 = f"commitment:{DOC}:report:1"
    b.add_node(r1, "Commitment", "Reunión virtual de troikas", [_src(1)], doc=DOC, number="r1",
               text=LINES[1], acta_group="report")
    r2 = f"commitment:{DOC}:report:2"
    b.add_node(r2, "Commitment", "Seguimiento activo", [_src(2)], doc=DOC, number="r2",
               text=LINES[2], acta_group="report")
    b.add_edge("RESPONSIBLE_FOR", "body:crm:st", c11, [_src(6, "Secretarías Técnicas")])
    b.add_edge("RESPONSIBLE_FOR", "body:csm:st", c11, [_src(6, "Secretarías Técnicas")])
    b.add_edge("RESPONSIBLE_FOR", "body:crm:troika", c9, [_src(5, "ambas troikas")])
    b.add_edge("RESPONSIBLE_FOR", "body:csm:troika", c9, [_src(5, "ambas troikas")])
    b.add_edge("DUE", c9, "date:2017-w17", [_src(5, "última semana de abril")])
    b.add_edge("DELIVERABLE", c9, f"event:{DOC}:videoconf", [_src(5, "videoconferencia")])
    b.add_node(f"instrument:{DOC}:calendario", "Instrument", "Calendario de eventos",
               [_src(6, "calendario de eventos")], subtype="document", doc=DOC)
    b.add_edge("DELIVERABLE", c11, f"instrument:{DOC}:calendario", [_src(6)])
    b.add_edge("DUE", r1, f"event:{DOC}:videoconf", [_src(1, "reunión virtual de troikas")])
    b.add_edge("DISCUSSED_IN", c9, r1, [_src(5)])
    b.add_edge("DISCUSSED_IN", c9, passage_id(DOC, 1), [_src(5)])
    b.add_node("topic:pacto-mundial", "Topic", "Pacto mundial para una migración segura",
               [_src(4, "grupo de trabajo ad-hoc")], aliases=["PMM"])
    b.add_edge("CONCERNS", c7, "topic:pacto-mundial", [_src(4)])
    b.add_edge("CONCERNS", c9, "topic:pacto-mundial", [_src(5)])

    # statements
    st1 = f"statement:{DOC}:1"
    b.add_node(st1, "Statement", "Reunión virtual", [_src(1)], doc=DOC, text=LINES[1])
    st2 = f"statement:{DOC}:2"
    b.add_node(st2, "Statement", "Viernes difícil", [_src(3)], doc=DOC, text=LINES[3])
    b.add_edge("SAID", "body:crm:ppt", st1, [_src(1)])
    b.add_edge("PROPOSED", "body:crm:ppt", st1, [_src(1)])
    b.add_edge("SAID", "country:py", st2, [_src(3)])
    b.add_edge("OBJECTED", "country:py", st1, [_src(3)])
    b.add_edge("SUPPORTED", "country:cl", r2, [_src(2)])
    b.add_edge("PROPOSED", "country:cl", r2, [_src(2)])
    b.add_edge("CONCERNS", st1, "topic:pacto-mundial", [_src(1)])
    b.validate()
    return b
