"""The meeting frame as the field states it, written here in the project's own words, Spanish
and English: a stated range of days around the dateline's day, a dateline that dates only the
release, a venue before its city, the meeting's name stated in the sentence saying it met and
the forum inside that name, and memberships stated in the text (members listed after the body,
in apposition, a body integrated by or comprising its members, a member admitted) but never an
observer as a member."""
from __future__ import annotations

import pytest

from loaders.pipeline import extract
from tests.loaders.test_cases import edges, meeting, place_of, span_of
from tests.loaders.batches import check_spans, read
from tests.shared_documents import corpus_file


def run(text: str, doc: str = "marco-dicho"):
    return read(text, doc)


def members(b, body=None) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in edges(b, "MEMBER_OF") if body is None or e.target == body}


def quote_of(b, etype, src, dst) -> str:
    [e] = edges(b, etype, src, dst)
    return e.sources[0].quote


# -- 1. the stated range of days that holds the dateline's day ------------------------------------

@pytest.mark.parametrize("text,start,end", [
    ("Declaración de la Reunión de Ministros del Interior\nMontevideo, 9 de abril de 2024\n\n"
     "La reunión se llevó a cabo los días 8 y 9 de abril de 2024 en Montevideo.\n",
     "2024-04-08", "2024-04-09"),
    ("Communiqué of the Ministerial Meeting\nDarwin, 17 June 2022\n\n"
     "The meeting was held on 16 and 17 June 2022 in Darwin.\n", "2022-06-16", "2022-06-17"),
])
def test_a_stated_range_around_the_dateline_dates_the_meeting(text, start, end):
    b = run(text)
    assert span_of(b, meeting(b)) == {(start, end, "day")}


@pytest.mark.parametrize("text,day", [
    ("Joint Statement\n\n23 October 2024\n\nThe foreign ministers of Chile and Peru met in Lima "
     "on 13 October 2024 and agreed to review the consular plan.\n", "2024-10-13"),
    ("Comunicado conjunto\n\n30 de julio de 2021\n\nLos cancilleres de Bolivia y Chile se "
     "reunieron en Arica el 22 de julio de 2021 y acordaron revisar el plan.\n", "2021-07-22"),
])
def test_a_dateline_that_dates_the_release_does_not_date_the_meeting(text, day):
    b = run(text)
    assert span_of(b, meeting(b)) == {(day, day, "day")}


# -- 4. a venue is not the city -------------------------------------------------------------------

@pytest.mark.parametrize("text,city", [
    ("Comunicado\n\nLos viceministros de Argentina y Chile se reunieron en el Palacio San Martín, "
     "Buenos Aires, el 4 de marzo de 2024.\n", "Buenos Aires"),
    ("Informe\n\nLa reunión se realizó el 2 de mayo de 2023 en el Hotel Continental, Bogotá.\n", "Bogotá"),
])
def test_the_city_after_a_venue_is_the_place(text, city):
    b = run(text)
    assert place_of(b, meeting(b)) == {city}
    assert not [n for n in b.nodes.values() if n.kind == "Place" and
                n.name.split()[0] in ("Palacio", "Hotel")]


# -- 3 and 6. the stated name and the forum inside it ---------------------------------------------

@pytest.mark.parametrize("text,name,forum", [
    ("Declaración de Quito\n\nLa XXI Conferencia Suramericana sobre Migraciones se realizó en "
     "Quito los días 6 y 7 de octubre de 2021.\n",
     "XXI Conferencia Suramericana sobre Migraciones", "conference:csm"),
    ("Chair's Statement\n\nThe Seventh Bali Process Ministerial Conference was held in Bali on "
     "6 August 2018.\n", "Seventh Bali Process Ministerial Conference", None),
])
def test_the_meeting_takes_the_name_it_is_stated_by_and_is_part_of_its_forum(text, name, forum):
    b = run(text)
    node = b.nodes[meeting(b)]
    assert node.name == name and node.sources[0].quote == name
    [part] = edges(b, "PART_OF", meeting(b))
    target = b.nodes[part.target]
    assert target.kind == "Conference"
    assert part.target == forum if forum else target.name == "Bali Process"


def test_an_ordinal_and_a_head_alone_are_no_name_and_no_forum():
    b = run("Declaración final\n\nLa Sexta Conferencia se realizó en Asunción el 4 de mayo de 2006.\n")
    assert b.nodes[meeting(b)].name == "Declaración final"
    assert not edges(b, "PART_OF", meeting(b))


def test_a_chairs_statement_of_a_meeting_is_named_by_the_meeting():
    b = run("Co-Chairs' Statement of the Sixth Bali Process Ministerial Conference\n\n"
            "Ministers met in Bali on 23 March 2016.\n")
    assert b.nodes[meeting(b)].name == "Sixth Bali Process Ministerial Conference"


# -- 7. memberships stated in the text ------------------------------------------------------------

@pytest.mark.parametrize("text,body,who,cue", [
    ("Informe\n\nLos Estados miembros de la Comunidad Andina: Bolivia, Colombia, Ecuador y Perú, "
     "aprobaron el plan.\n", "Comunidad Andina", {"country:bo", "country:co", "country:ec", "country:pe"},
     "Estados miembros de la Comunidad Andina"),
    ("Report\n\nFiji, Samoa and Tonga, members of the Pacific Islands Forum, welcomed the plan.\n",
     "Pacific Islands Forum", {"country:fj", "country:ws", "country:to"},
     "Fiji, Samoa and Tonga, members of the Pacific Islands Forum"),
    ("Informe\n\nEl Comité Andino de Autoridades Migratorias, integrado por Bolivia, Colombia y "
     "Perú, revisó el plan.\n", "Comité Andino de Autoridades Migratorias",
     {"country:bo", "country:co", "country:pe"}, "integrado por"),
    ("Minutes\n\nThe Regional Steering Group of the Bali Process comprises Australia, Indonesia "
     "and Thailand.\n", "Regional Steering Group", {"country:au", "country:id", "country:th"},
     "comprises"),
    ("Informe\n\nPerú se incorporó como miembro pleno de la Comunidad Andina. Chile se incorporó "
     "como observador de la Comunidad Andina.\n", "Comunidad Andina", {"country:pe"},
     "se incorporó como miembro"),
])
def test_members_stated_in_the_text(text, body, who, cue):
    b = run(text)
    [bid] = [n.id for n in b.nodes.values() if n.name == body]
    got = members(b, bid)
    assert {m for m, _ in got} == who
    for m in who:
        assert cue in quote_of(b, "MEMBER_OF", m, bid)


def test_an_observer_is_not_a_member():
    b = run("Report\n\nFiji and Samoa, members of the Pacific Islands Forum, attended; Japan "
            "attended as an observer of the Pacific Islands Forum.\n")
    assert {m for m, _ in members(b)} == {"country:fj", "country:ws"}


def test_the_members_of_a_troika_of_a_forum_the_gazetteer_lacks():
    b = run("Informe\n\nEn la reunión participaron los miembros de la Troika de la Conferencia "
            "Andina sobre Movilidad, que conforman Perú, Ecuador y Bolivia.\n")
    got = members(b)
    assert {m for m, _ in got} == {"country:pe", "country:ec", "country:bo"}
    [(_, troika)] = {(None, t) for _, t in got}
    node = b.nodes[troika]
    assert node.kind == "Body" and node.properties["subtype"] == "troika"
    assert node.name == "Troika de la Conferencia Andina sobre Movilidad"


def test_corpus_readout_troika_members():
    path = corpus_file("08-grcm-crm-panama-readout.txt")
    b = extract(path.read_text(encoding="utf-8"), "08-grcm-crm-panama-readout", curation=False)
    check_spans(b)
    got = {m for m, t in members(b) if b.nodes[t].properties.get("subtype") == "troika"}
    assert got == {"country:co", "country:cl", "country:br"}


# -- the body whose meeting minutes record: an acronym of a technical body, an all-capitals acta --

@pytest.mark.parametrize("title,body", [
    ("OASIS SARIF TC Monthly Meeting", "OASIS SARIF TC"),
    ("Metadata WG call", None),          # an acronym alone names no body
    ("Open Data WG Meeting", None),      # capitalised words are not acronyms
    ("VEX WG Meeting", "VEX WG"),
])
def test_members_of_a_technical_body_named_by_its_acronym(title, body):
    b = run(f"{title}\n\nDate: 3 March 2021\n\n## Attendees\n\n- Ana Torres (Acme Corp)\n"
            "- Luis Vega (Example Inc)\n\n## Minutes\n\nThe agenda was approved.\n")
    got = {(b.nodes[m].name, b.nodes[t].name) for m, t in members(b)}
    if body is None:
        assert not got
        return
    assert got == {("Ana Torres", body), ("Luis Vega", body)}
    [part] = edges(b, "PART_OF", meeting(b))
    assert b.nodes[part.target].name == body


def test_an_all_capitals_acta_is_a_session_of_its_council():
    b = run("ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL CONSEJO CONSULTIVO DEL INSTITUTO DE CULTURA\n\n"
            "En la ciudad de Toluca, el 5 de abril de 2018, se reunieron los consejeros para "
            "celebrar la sesión.\n")
    [part] = edges(b, "PART_OF", meeting(b))
    assert b.nodes[part.target].name == "Consejo Consultivo"
    assert part.sources[0].quote == "SESIÓN ORDINARIA DEL CONSEJO CONSULTIVO"


@pytest.mark.parametrize("text", [
    "Comunicado\n\nLa Reunión de las Troikas de la Conferencia Suramericana sobre Migraciones se "
    "realizó en Lima el 3 de mayo de 2019.\n",
    "Statement\n\nThe Meeting of the Working Group on Returns of the Bali Process was held in Bali "
    "on 3 May 2019.\n",
])
def test_a_meeting_of_a_body_of_the_forum_is_not_a_session_of_the_forum(text):
    b = run(text)
    assert not [e for e in edges(b, "PART_OF", meeting(b)) if e.target.startswith("conference:")]
