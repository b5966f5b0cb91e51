"""A paragraph that cites a web address or names a ministry is text, not letterhead: on one line
(a page copied from the web) or first under a heading, it is read with its facts, never dropped."""
from tests.loaders.batches import named, pairs, read

ONE_LINE_ES = (
    "Publicado el 3 de abril de 2019 Compartir Los días 2 y 3 de abril de 2019 tuvo lugar en la "
    "ciudad de Asunción la Reunión Binacional sobre Migración Paraguay-Uruguay, con la presencia "
    "del Director Nacional de Migraciones del Paraguay, Martín Ejemplar, y de la Directora de "
    "Migración del Uruguay, Lucía Modelo. Más información en https://t.co/AbCdEf12 y en "
    "www.migraciones.example.gov.py/noticias.")

FIRST_PARAGRAPH_EN = (
    "Joint readout of the Border Officials Meeting\n\n"
    "The Ministry of the Interior of Ghana (https://www.example.gov.gh) hosted the Border "
    "Officials Meeting in Accra on 12 May 2022, with delegations of Togo, Benin and Burkina "
    "Faso; the Minister of the Interior of Ghana, Kofi Ejemplo, chaired the meeting.\n\n"
    "The officials agreed to meet again in Lomé in 2023.\n")


def test_a_text_on_one_line_that_links_its_source_keeps_its_facts():
    batch = read(ONE_LINE_ES)
    assert {"Martín Ejemplar", "Lucía Modelo"} <= set(named(batch, "Person"))
    assert {"country:py", "country:uy"} <= {n.id for n in batch.nodes.values() if n.kind == "Country"}
    assert any(e.type == "HELD_ON" for e in batch.edges.values())


def test_a_first_paragraph_with_a_web_address_is_not_dropped_as_letterhead():
    batch = read(FIRST_PARAGRAPH_EN)
    meeting = f"event:{batch.document}:meeting"
    taking_part = {src for src, _ in pairs(batch, "PARTICIPATES_IN", dst=meeting)}
    assert {"country:tg", "country:bj", "country:bf"} <= taking_part
    assert "Kofi Ejemplo" in set(named(batch, "Person"))


VERB_BEFORE_SUBJECT = {
    # the verb before its subject, the place between them
    "Los días 2 y 3 de abril de 2019 tuvo lugar en la ciudad de Asunción la Reunión Binacional "
    "sobre Migración Paraguay-Uruguay, con la presencia de ambas delegaciones.":
        ("place:asuncion", "date:2019-04-02/2019-04-03",
         "Reunión Binacional sobre Migración Paraguay-Uruguay"),
    "Ayer se celebró en Lima, Perú, la II Reunión del Mecanismo de Consultas Políticas entre "
    "Perú y Chile, el 4 de mayo de 2022.":
        ("place:lima", "date:2022-05-04", "II Reunión del Mecanismo de Consultas Políticas"),
    # the participants' verb before its object
    "Representantes de los gobiernos de Chile y del Perú celebraron en la ciudad de Arica la III "
    "Reunión del Comité de Frontera, un espacio de diálogo entre ambos países, el 5 de junio de 2021.":
        ("place:arica", "date:2021-06-05", "III Reunión del Comité de Frontera"),
}


def test_a_meeting_named_after_the_verb_saying_it_met_gets_its_place_day_and_name():
    for text, (place, day, name) in VERB_BEFORE_SUBJECT.items():
        batch = read(text)
        meeting = f"event:{batch.document}:meeting"
        assert pairs(batch, "HELD_IN", src=meeting) == {(meeting, place)}, text
        assert pairs(batch, "HELD_ON", src=meeting) == {(meeting, day)}, text
        node = batch.nodes[meeting]
        assert node.name == name, text
        assert any(text[s.start:s.end] == name for s in node.sources), text
