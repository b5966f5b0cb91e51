"""A person's role in the meeting, said next to the name (loaders/meeting_roles.py): head of a
delegation, co-chair of the meeting or of one of its sessions, secretary; in English and Spanish,
each edge with the quote that states it."""
from __future__ import annotations

from loaders.pipeline import extract
from tests.loaders.batches import check_spans, read
from tests.shared_documents import corpus_batch

READOUT_EN = """Minutes of the Fourth Meeting of the Regional Working Group on Labour Migration

Kingston, 12 March 2024

The meeting was attended by delegations of Jamaica, Barbados and Trinidad and Tobago. Deputy Minister Laura Sample of Jamaica headed the Jamaican delegation. Minister Peter Sample of Barbados and Ambassador Maria Sample of Trinidad and Tobago co-chaired the meeting.

Secretary: Dr. Ruth Sample

1. The Working Group reviewed the report of its third meeting.
"""

ACTA_ES = """Acta de la Tercera Reunión del Grupo Técnico Binacional sobre Movilidad Laboral

En la ciudad de Tapachula, el 4 de abril de 2023, se reunió el Grupo Técnico Binacional sobre Movilidad Laboral, con la asistencia de las delegaciones de México y Guatemala. La Subsecretaria de Relaciones Exteriores de México, Rosa Ejemplo, encabezó la delegación de México. El Viceministro de Trabajo de Guatemala, Julio Ejemplo, y la Directora de Empleo de México, Clara Ejemplo, copresidieron la mesa de trabajo sobre trabajadores temporales. Funge como secretaria de actas la señora Inés Ejemplo.

ACUERDOS

1. Se aprueba el orden del día.
"""

MINUTES_EN = """Minutes of the Second Meeting of the Joint Committee on Consular Cooperation

Ottawa, 3 May 2022

The meeting was chaired by Ambassador Helen Sample of Canada.

The Director of Consular Affairs of Mexico, Daniel Example, acted as secretary of the meeting.

1. The Committee reviewed consular assistance at the border.
"""

TAKEN_BY_EN = """Notes of the Meeting of the Technical Group on Return

Lima, 8 June 2021

The meeting was chaired by Director Paula Example of Peru. The minutes were taken by Ms. Grace Example.
"""

DELEGATIONS_ES = """Comunicado de la Ronda de Negociación entre Chile y Bolivia

Santiago, 5 de julio de 2019

La Delegación de Chile estuvo presidida por el Embajador Pablo Ejemplo, y la Delegación de Bolivia la presidió la Viceministra Lucía Ejemplo. Ambas delegaciones acordaron reunirse nuevamente en octubre de 2019.
"""

SIGNED_ES = """Acta de la Primera Sesión Ordinaria del Comité Binacional de Fronteras

En la ciudad de Tulcán, el 14 de marzo de 2023, se reúne el Comité Binacional de Fronteras, presidido por la Directora de Migración del Ecuador, señora Ana Ejemplo, con la asistencia del Director de Migración de Colombia, señor Luis Ejemplo.

ACUERDOS

Primero. Se acuerda crear una mesa técnica sobre pasos fronterizos.

Y no habiendo más asuntos que tratar, se levanta la sesión, de todo lo cual, como secretario, doy fe.

Ana Ejemplo, Directora de Migración del Ecuador

Luis Ejemplo, Director de Migración de Colombia

Jorge Ejemplo, secretario
"""

WRAPPED_ES = """Comunicado de prensa

Washington, 20 de julio de 2000

Las delegaciones de Chile y Perú se reunieron en la sede de la OEA. El Doctor Juan Ejemplo sirvió de testigo en representación del Dr. Mateo Ejemplo, Secretario
General de la OEA.
"""


def roles(batch, name: str) -> set[tuple[str, str | None]]:
    """(edge type, role) of every edge from the person called `name` to the document's meeting."""
    ids = {n.id for n in batch.nodes.values() if n.kind == "Person" and n.name == name}
    meeting = f"event:{batch.document}:meeting"
    return {(e.type, e.properties.get("role")) for e in batch.edges.values()
            if e.source in ids and e.target == meeting}


def quotes(batch, name: str, role: str) -> list[str]:
    ids = {n.id for n in batch.nodes.values() if n.kind == "Person" and n.name == name}
    return [s.quote for e in batch.edges.values() if e.source in ids
            and e.properties.get("role") == role for s in e.sources]


def test_head_of_delegation_co_chairs_of_the_meeting_and_a_secretary_in_english():
    b = read(READOUT_EN, "readout-en", curation=True)
    assert roles(b, "Laura Sample") == {("PARTICIPATES_IN", "head_of_delegation")}
    assert quotes(b, "Laura Sample", "head_of_delegation") == \
        ["Deputy Minister Laura Sample of Jamaica headed the Jamaican delegation"]
    # they co-chaired the meeting itself: each presides as a co-chair, no role-less chair is left;
    # who presides the meeting takes part in it (loaders.chairs_taking_part)
    assert roles(b, "Peter Sample") == {("PRESIDES", "co_chair"), ("PARTICIPATES_IN", None)}
    assert roles(b, "Maria Sample") == {("PRESIDES", "co_chair"), ("PARTICIPATES_IN", None)}
    assert "Ambassador Maria Sample of Trinidad and Tobago co-chaired" in quotes(b, "Maria Sample", "co_chair")
    assert roles(b, "Ruth Sample") == {("PARTICIPATES_IN", "secretary")}
    assert quotes(b, "Ruth Sample", "secretary") == ["Secretary: Dr. Ruth Sample"]


def test_head_co_chairs_of_a_working_table_and_a_secretary_in_spanish():
    b = read(ACTA_ES, "acta-es", curation=True)
    assert roles(b, "Rosa Ejemplo") == {("PARTICIPATES_IN", "head_of_delegation")}
    # a working table is a part of the meeting: they take part as its co-chairs, and preside nothing
    assert roles(b, "Julio Ejemplo") == {("PARTICIPATES_IN", "co_chair")}
    assert roles(b, "Clara Ejemplo") == {("PARTICIPATES_IN", "co_chair")}
    assert quotes(b, "Clara Ejemplo", "co_chair") == \
        ["Directora de Empleo de México, Clara Ejemplo, copresidieron"]
    assert roles(b, "Inés Ejemplo") == {("PARTICIPATES_IN", "secretary")}
    assert quotes(b, "Inés Ejemplo", "secretary") == \
        ["Funge como secretaria de actas la señora Inés Ejemplo"]


def test_a_secretary_said_after_the_name_or_as_the_minutes_taker():
    b = read(MINUTES_EN, "minutes-en", curation=True)
    assert roles(b, "Daniel Example") == {("PARTICIPATES_IN", "secretary")}
    assert quotes(b, "Daniel Example", "secretary") == \
        ["Director of Consular Affairs of Mexico, Daniel Example, acted as secretary"]
    assert ("PARTICIPATES_IN", "secretary") not in roles(b, "Helen Sample")
    b = read(TAKEN_BY_EN, "taken-by-en", curation=True)
    assert quotes(b, "Grace Example", "secretary") == ["minutes were taken by Ms. Grace Example"]


def test_the_secretary_who_signs_an_acta_or_acted_as_one():
    b = read(SIGNED_ES, "acta-firmas", curation=True)
    assert roles(b, "Jorge Ejemplo") == {("PARTICIPATES_IN", "secretary")}
    assert quotes(b, "Jorge Ejemplo", "secretary") == ["Jorge Ejemplo, secretario"]
    # the chair and the other signatory are no secretaries
    assert roles(b, "Ana Ejemplo") == {("PRESIDES", None), ("PARTICIPATES_IN", None)}
    assert roles(b, "Luis Ejemplo") == {("PARTICIPATES_IN", None)}
    text = SIGNED_ES.replace("\n\nJorge Ejemplo, secretario\n", "").replace(
        "señor Luis Ejemplo.", "señor Luis Ejemplo. La Jefa de Protocolo del Ecuador, Marta Ejemplo, "
        "actuó como secretaria de la sesión.")
    b = read(text, "acta-actuo", curation=True)
    assert roles(b, "Marta Ejemplo") == {("PARTICIPATES_IN", "secretary")}
    assert quotes(b, "Marta Ejemplo", "secretary") == \
        ["Jefa de Protocolo del Ecuador, Marta Ejemplo, actuó como secretaria"]


def test_heads_of_delegation_who_preside_their_delegation_do_not_chair_the_meeting():
    b = read(DELEGATIONS_ES, "delegaciones-es", curation=True)
    assert roles(b, "Pablo Ejemplo") == {("PARTICIPATES_IN", "head_of_delegation")}
    assert roles(b, "Lucía Ejemplo") == {("PARTICIPATES_IN", "head_of_delegation")}
    assert "Delegación de Bolivia la presidió la Viceministra Lucía Ejemplo" in \
        quotes(b, "Lucía Ejemplo", "head_of_delegation")
    # "estuvo presidida por" said of the delegation: the ambassador does not chair the meeting
    assert not any(e.type == "PRESIDES" for e in b.edges.values())


def test_two_heads_of_one_delegation_and_the_companions_after_them():
    text = ("Nota de la Reunión Bilateral sobre Movilidad\n\nQuito, 2 de febrero de 2022\n\n"
            "La delegación peruana estuvo encabezada por el Viceministro de Relaciones Exteriores, "
            "Raúl Ejemplo, y por la Directora de Asuntos Consulares, Elena Ejemplo.\n")
    b = read(text, "dos-jefes", curation=True)
    assert roles(b, "Raúl Ejemplo") == {("PARTICIPATES_IN", "head_of_delegation")}
    assert roles(b, "Elena Ejemplo") == {("PARTICIPATES_IN", "head_of_delegation")}
    assert "delegación peruana estuvo encabezada por el Viceministro de Relaciones Exteriores, " \
        "Raúl Ejemplo, y por la Directora de Asuntos Consulares, Elena Ejemplo" in \
        quotes(b, "Elena Ejemplo", "head_of_delegation")
    text = ("Readout of the Bilateral Talks on Labour Mobility\n\nOttawa, 9 May 2023\n\n"
            "The Canadian delegation was led by Deputy Minister Henry Example, and by Director "
            "General Alice Example. Counsellor Bruno Example accompanied them.\n")
    b = read(text, "two-heads", curation=True)
    assert roles(b, "Henry Example") == {("PARTICIPATES_IN", "head_of_delegation")}
    assert roles(b, "Alice Example") == {("PARTICIPATES_IN", "head_of_delegation")}
    assert ("PARTICIPATES_IN", "head_of_delegation") not in roles(b, "Bruno Example")


def test_a_post_cut_by_a_line_break_is_no_secretary():
    b = extract(WRAPPED_ES, "envuelto-es")
    assert not any(e.properties.get("role") == "secretary" for e in b.edges.values())


def test_heads_of_delegation_in_a_real_press_release():
    b = corpus_batch("13-oea-comunicado-belice-guatemala-2000.txt")
    check_spans(b)
    assert roles(b, "Assad Shoman") == {("PARTICIPATES_IN", "head_of_delegation")}
    assert roles(b, "Gabriel Orellana Rojas") == {("PARTICIPATES_IN", "head_of_delegation")}
    # "Dr. César Gaviria, Secretario\nGeneral de OEA": a Secretary General, not the secretary
    assert not roles(b, "César Gaviria")
