"""The meeting's own name from the running text (a round of talks and its two parties, a name in
quotes), another meeting's name without its possessor or the sentence's full stop, and words
that are no entity: a pronoun or a question's auxiliary verb as a person, a common noun written
in lower case as a place, an article dropped from a city's name inside an instrument's name (my
own wording, English and Spanish)."""
import pytest

from loaders.pipeline import extract


def _meeting(b, doc):
    return b.nodes[f"event:{doc}:meeting"]


def _taking_part(b, doc):
    return sorted(e.source for e in b.edges.values()
                  if e.type == "PARTICIPATES_IN" and e.target == f"event:{doc}:meeting")


@pytest.mark.parametrize("text, name", [
    ("Nota informativa\n\nLa VII ronda de conversaciones sobre movilidad laboral entre Chile y "
     "Perú concluyó ayer con un plan de trabajo y estuvo presidida por dos viceministros.\n",
     "VII ronda de conversaciones sobre movilidad laboral entre Chile y Perú"),
    ("Press note\n\nThe Seventh Round of Talks on labour mobility between Chile and Peru concluded "
     "yesterday with a work plan agreed by both delegations.\n",
     "Seventh Round of Talks on labour mobility between Chile and Peru"),
])
def test_a_round_of_talks_is_named_by_its_sentence_and_both_parties_take_part(text, name):
    b = extract(text, "rt", curation=False)
    node = _meeting(b, "rt")
    assert node.name == name
    (src,) = node.sources
    assert text[src.start:src.end] == src.quote == name
    assert _taking_part(b, "rt") == ["country:cl", "country:pe"]
    # the parties of the talks are not speakers of the sentence that names them
    assert not any(e.type == "SAID" for e in b.edges.values())


@pytest.mark.parametrize("text, name", [
    ("Internacional\n\nTres países acuerdan un plan\n\n–La creación de una red consular fue "
     "acordada por los gobiernos de Chile, Perú y Bolivia, en el marco de una ‘Reunión "
     "trilateral sobre documentación de viajeros en la región’.\n\nEl plan se basa en compartir "
     "datos.\n", "Reunión trilateral sobre documentación de viajeros en la región"),
    ("World\n\nThree countries agree on a plan\n\nThe creation of a consular network was agreed "
     "by the governments of Chile, Peru and Bolivia, during the “Trilateral Meeting on traveller "
     "documents in the region”.\n\nThe plan rests on sharing data.\n",
     "Trilateral Meeting on traveller documents in the region"),
])
def test_a_meeting_named_in_quotes_takes_that_name(text, name):
    b = extract(text, "qn", curation=False)
    node = _meeting(b, "qn")
    assert node.name == name
    (src,) = node.sources
    assert text[src.start:src.end] == src.quote == name


def test_another_meeting_loses_its_possessor_and_the_full_stop():
    text = ("Readout\n\nThe ministers met in Lima on 3 May 2031. The plan was launched at "
            "April’s Summit of the Pacific Islands.\n")
    b = extract(text, "ps", curation=False)
    names = sorted(n.name for n in b.nodes.values() if n.kind == "Event" and n.id != "event:ps:meeting")
    assert names == ["Summit of the Pacific Islands"]


@pytest.mark.parametrize("text, name", [
    ("Readout\n\nThe ministers met in Lima and endorsed the Los Angeles Declaration on "
     "Migration and Protection.\n", "Los Angeles Declaration on Migration and Protection"),
    ("Comunicado\n\nLos ministros se reunieron en Quito y respaldaron la Declaración de La Paz "
     "sobre Movilidad.\n", "Declaración de La Paz sobre Movilidad"),
])
def test_an_article_that_opens_a_city_name_stays_in_the_instrument_name(text, name):
    b = extract(text, "la", curation=False)
    assert name in [n.name for n in b.nodes.values() if n.kind == "Instrument"]


MINUTES = """# Board meeting minutes

1. **Accounts**
    1. AB - Do FRB or NWS have anything to add?
    2. CD - I will send it to you, MR. You accept the changes and send them back to me.
    3. AB - As the OpenWIS-Core PMC we reviewed the plan.
    4. CD - We should not put the money into the bank account before the audit.
    5. AB - The accounts go to Bank Nationale next week.
"""

ACTA = """# Acta de la junta

1. AB - ¿Ustedes Pedro y Ana están de acuerdo?
2. CD - Sí, Sr. Usted tiene razón; el dinero queda en el banco hasta la auditoría.
"""


@pytest.mark.parametrize("text", [MINUTES, ACTA])
def test_pronouns_auxiliaries_and_lower_case_nouns_are_no_entities(text):
    b = extract(text, "fe", curation=False)
    persons = [n.name for n in b.nodes.values() if n.kind == "Person"]
    places = [n for n in b.nodes.values() if n.kind == "Place"]
    assert not [p for p in persons if p.split()[0].lower() in
                ("you", "do", "core", "usted", "ustedes")]
    assert not [p for p in places for s in p.sources if not s.quote[:1].isupper()]


@pytest.mark.parametrize("text", [
    "Minutes\n\nThe director Sungsoo Do presented the report of the agency.\n",
    "Minutes\n\nThe report was presented by Dr. Sungsoo Do, director of the agency.\n",
])
def test_a_word_that_never_opens_a_name_may_end_one(text):
    b = extract(text, "sd", curation=False)
    assert [n.name for n in b.nodes.values() if n.kind == "Person"] == ["Sungsoo Do"]
