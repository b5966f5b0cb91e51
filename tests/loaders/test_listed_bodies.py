"""Lists whose bullet stands alone on its line above the item's text (as PDF-to-text writes them)
and bodies listed one per item under a sentence that announces them, in words of our own (Spanish
and English): each item is its own passage, each listed body a Body PART_OF the forum whose
meeting constituted it, quoted exactly (check_spans)."""
from __future__ import annotations

from loaders.structure import parse_document
from tests.loaders.batches import read
from tests.loaders.test_cases import edges, meeting

ACTA_ES = (
    "ACTA FINAL\n\n"
    "En la ciudad de Mendoza, los días 4 y 5 de mayo de 2015, se celebró la VII REUNIÓN DEL "
    "COMITÉ DE FRONTERA \"CRISTO REDENTOR\", bajo la presidencia del Cónsul D. Julio Ferreyra.\n\n"
    "En esta reunión se constituyeron las siguientes subcomisiones, cuyas conclusiones se "
    "anexan:\n"
    "•\nSubcomisión de Transporte\n"
    "•\nSubcomisión de Salud y Sanidad\n"
    "•\nGrupo de Trabajo de Turismo\n")

MINUTES_EN = (
    "Minutes\n\n"
    "The fourth meeting of the Joint Border Commission was held in Bariloche on "
    "9 June 2016.\n\n"
    "The following working groups met during the session:\n"
    "-\nWorking Group on Labour Mobility\n"
    "-\nWorking Group on Customs Facilitation\n")


def bodies(b) -> dict[str, str]:
    return {n.name: i for i, n in b.nodes.items() if n.kind == "Body"}


def owner_of(b, body_id: str) -> set[str]:
    return {b.nodes[e.target].name for e in edges(b, "PART_OF", src=body_id)}


def test_a_bullet_alone_on_its_line_opens_one_item_with_the_next_line():
    doc = parse_document(ACTA_ES, "x")
    items = [b.text for b in doc.blocks if b.kind == "item"]
    assert items == ["•\nSubcomisión de Transporte", "•\nSubcomisión de Salud y Sanidad",
                     "•\nGrupo de Trabajo de Turismo"]
    intro = next(b for b in doc.blocks if b.text.startswith("En esta reunión"))
    assert intro.text.endswith("anexan:")
    assert {b.parent for b in doc.blocks if b.kind == "item"} == {intro.ordinal}


def test_listed_subcommissions_are_bodies_of_the_committee_es():
    b = read(ACTA_ES, "acta-frontera")
    found = bodies(b)
    committee = next(i for i, n in b.nodes.items() if n.kind == "Body" and "CRISTO REDENTOR" in n.name.upper())
    assert any(e.target == committee for e in edges(b, "PART_OF", src=meeting(b)))
    for name in ("Subcomisión de Transporte", "Subcomisión de Salud y Sanidad",
                 "Grupo de Trabajo de Turismo"):
        assert found[name].startswith("body:acta-frontera:")      # local to the document
        part = edges(b, "PART_OF", src=found[name], dst=committee)
        assert len(part) == 1 and part[0].sources[0].quote == name
        src = b.nodes[found[name]].sources[0]
        assert ACTA_ES[src.start:src.end] == name


def test_listed_working_groups_are_bodies_of_the_commission_en():
    b = read(MINUTES_EN, "minutes-lakes")
    found = bodies(b)
    assert "Working Group on Labour Mobility" in found and "Working Group on Customs Facilitation" in found
    for name in ("Working Group on Labour Mobility", "Working Group on Customs Facilitation"):
        assert owner_of(b, found[name]) and owner_of(b, found[name]) == {"Joint Border Commission"}


def test_items_that_are_sentences_or_under_another_intro_are_not_bodies():
    text = ("ACTA\n\nEn la ciudad de Mendoza, el 4 de mayo de 2015, se celebró la VII REUNIÓN DEL "
            "COMITÉ DE FRONTERA \"CRISTO REDENTOR\".\n\nSe acordaron los siguientes puntos:\n"
            "•\nSubcomisión de Transporte revisará las tarifas.\n"
            "•\nMejorar la señalización del paso.\n")
    b = read(text, "acta-puntos")
    assert not [n for n in b.nodes.values() if n.kind == "Body" and n.name.startswith(("Subcomisión", "Mejorar"))]


# -- observers named after their kind; a forum whose partners met ---------------------------------

def test_observer_countries_named_after_the_cue_take_part_as_observers_en():
    text = ("Regional Consultation on Migration\n\n"
            "The meeting, held in Dakar on 3 March 2021, brought together 12 countries "
            "(including three observer countries, Morocco, Tunisia and Egypt) and the African Union.\n")
    b = read(text, "consult")
    obs = {e.source: e for e in edges(b, "PARTICIPATES_IN", dst=meeting(b), role="observer")}
    assert {"country:ma", "country:tn", "country:eg"} <= set(obs)
    q = obs["country:ma"].sources[0]
    assert q.quote.startswith("observer countries, Morocco") and text[q.start:q.end] == q.quote
    assert "organization:ua" not in obs


def test_paises_observadores_then_the_list_es():
    text = ("Acta de la reunión\n\n"
            "La reunión se celebró en Quito el 5 de abril de 2019 con la participación de "
            "Colombia y Perú; los países observadores: Chile y Uruguay.\n")
    b = read(text, "acta-obs")
    obs = {e.source for e in edges(b, "PARTICIPATES_IN", dst=meeting(b), role="observer")}
    assert obs == {"country:cl", "country:uy"}
    assert {"country:co", "country:pe"} <= {e.source for e in edges(b, "PARTICIPATES_IN", dst=meeting(b), role=None)}


def test_the_forums_partners_met_makes_a_meeting_of_the_forum_en():
    text = ("Senior officials meet in Rabat\n\n"
            "The Bali Process members met on 4 May 2017 in Colombo for a Senior Officials' "
            "Meeting on the follow-up of the Bali Declaration.\n")
    b = read(text, "som")
    part = edges(b, "PART_OF", src=meeting(b))
    assert [b.nodes[e.target].name for e in part] == ["Bali Process"]
    assert part[0].sources[0].quote == "Bali Process members met"


# -- where: a building named where no city is, a city that leads another meeting's name ------------

def place_names(b, event) -> set[str]:
    return {b.nodes[e.target].name for e in edges(b, "HELD_IN", src=event)}


def test_readout_venue_without_a_city_en():
    text = ("Readout of the Secretary's meeting with the Foreign Minister of Peru\n\n"
            "Secretary of State Ana Miller hosted Peruvian Foreign Minister Luis Soto today at the "
            "Department of State to review cooperation on migration.\n")
    b = read(text, "readout-venue")
    assert place_names(b, meeting(b)) == {"Department of State"}
    e = edges(b, "HELD_IN", src=meeting(b))[0]
    assert e.sources[0].quote.endswith("at the Department of State")
    assert text[e.sources[0].start:e.sources[0].end] == e.sources[0].quote


def test_venue_building_es_and_no_venue_from_an_occasion():
    text = ("Comunicado\n\nLa Canciller María Pérez recibió al Ministro de Relaciones Exteriores de "
            "Chile, Pedro Rojas, en el Palacio San Martín para tratar la agenda bilateral.\n")
    b = read(text, "com-venue")
    assert place_names(b, meeting(b)) == {"Palacio San Martín"}
    other = ("Readout\n\nPresident Ana Ruiz met Prime Minister John Kent at the Summit of the "
             "Americas to discuss trade.\n")
    b = read(other, "readout-summit")
    assert "Summit of the Americas" not in place_names(b, meeting(b))


def test_a_city_that_leads_another_meetings_name_is_where_it_is_held():
    text = ("Joint Statement\n\nMinisters met in Canberra on 3 March 2005. They looked forward to "
            "progress by the Lima Ministerial Meeting in December 2005.\n")
    b = read(text, "js-lima")
    ev = next(i for i, n in b.nodes.items() if n.kind == "Event" and n.name == "Lima Ministerial Meeting")
    assert place_names(b, ev) == {"Lima"}
    e = edges(b, "HELD_IN", src=ev)[0]
    assert e.sources[0].quote == "Lima" and text[e.sources[0].start:e.sources[0].end] == "Lima"
