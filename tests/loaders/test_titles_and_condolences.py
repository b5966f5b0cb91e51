"""A person named only by a title and a post is no Person ("Her Excellency, the Prime Minister of
Tonga": an honorific is not a name); a person named after a common noun and "of"/"de" ("the
death of Ana Example, Minister ...", "el fallecimiento de Ana Ejemplo, Ministra ...") keeps name,
post and country, and takes no part in the meeting. Documents written for these tests."""
from loaders.pipeline import extract
from tests.loaders.batches import check_spans, pairs, persons, quote_of

EN = """Communiqué of the Ministers' Retreat

1. Ministers met in Apia on 4 May 2022. Ministers thanked Her Excellency, the Prime Minister of Tonga, for her message. Ministers mourned the death of Laura Kent Ulu, Minister for Fisheries of Tuvalu, and recognised her work.
"""

ES = """Comunicado de la Reunión de Ministros

Los ministros se reunieron en Quito el 4 de mayo de 2022. Agradecieron a Su Excelencia, el Presidente de Colombia, su mensaje y lamentaron el fallecimiento de Rosa Elena Quispe, Ministra de Salud de Bolivia, cuya labor reconocieron.
"""


def test_an_honorific_before_a_post_names_no_person_in_english():
    b = extract(EN, "retreat-en", curation=False)
    check_spans(b)
    people = persons(b)
    assert not [p for p in people.values() if "Excellency" in p.name]
    assert not any(t == "country:to" for s, t in pairs(b, "REPRESENTS") if s.startswith("person:"))


def test_a_person_mourned_keeps_name_post_and_country_and_takes_no_part():
    b = extract(EN, "retreat-en", curation=False)
    people = persons(b)
    assert people["person:laura-kent-ulu"].properties["post"] == "Minister for Fisheries of Tuvalu"
    assert ("person:laura-kent-ulu", "country:tv") in pairs(b, "REPRESENTS")
    assert quote_of(b, "REPRESENTS", "person:laura-kent-ulu", "country:tv").startswith("Laura Kent Ulu, Minister")
    assert "person:laura-kent-ulu" not in {s for s, _ in pairs(b, "PARTICIPATES_IN")}


def test_the_same_in_spanish():
    b = extract(ES, "ministros-es", curation=False)
    check_spans(b)
    people = persons(b)
    assert not [p for p in people.values() if "Excelencia" in p.name]
    assert people["person:rosa-elena-quispe"].properties["post"] == "Ministra de Salud de Bolivia"
    assert ("person:rosa-elena-quispe", "country:bo") in pairs(b, "REPRESENTS")
    assert "person:rosa-elena-quispe" not in {s for s, _ in pairs(b, "PARTICIPATES_IN")}


def test_a_capitalised_name_ending_in_a_given_name_is_still_not_a_person():
    """"... del Comité de Participación Ciudadana, Presidente ..." stays the tail of a longer
    name: the word before "de" is capitalised."""
    text = ("Reunión del Consejo\n\nSe reunieron en Lima el 3 de marzo de 2022. Habló la representante "
            "del Comité de Participación Ciudadana, Presidenta del Consejo.\n")
    b = extract(text, "consejo", curation=False)
    assert not persons(b)
