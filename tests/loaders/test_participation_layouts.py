"""Who took part in a meeting, in the layouts meeting documents use: delegation lists under a
delegation heading, attendance entries prefixed by a country code. Texts are written for these
tests; checks on real documents skip when the shared corpus is absent."""
import pytest

from tests.shared_documents import corpus_batch
from tests.loaders.batches import check_spans as quotes_hold, read as general


def edges(b, etype):
    return {(e.source, e.target) for e in b.edges.values() if e.type == etype}


EN_DELEGATIONS = """Joint Statement of the Fourth Peru-Chile Ministerial Dialogue

The fourth meeting of the Peru-Chile Ministerial Dialogue was held in Lima on 4 June 2019.

Ministers agreed to meet again in 2021.

Chilean Delegation

The Hon Ana Rojas, Minister for Trade (Co-Chair)  Mr Pedro Soto, Deputy Minister of Fisheries

Peruvian Delegation

Mr Luis Quispe, Minister of Foreign Trade
"""

ES_DELEGATIONS = """Comunicado conjunto de la Comisión Binacional Perú-Ecuador

La tercera reunión de la Comisión Binacional se realizó en Lima el 8 de abril de 2022.

Delegación del Ecuador

Embajadora María Vera, Viceministra de Relaciones Exteriores

Delegación del Perú

Señor Luis Quispe, Ministro de Comercio Exterior
"""


def test_an_english_delegation_list_takes_part_with_its_country():
    b = general(EN_DELEGATIONS)
    quotes_hold(b)
    m = "event:d:meeting"
    part = edges(b, "PARTICIPATES_IN")
    assert {("country:cl", m), ("country:pe", m), ("person:ana-rojas", m)} <= part
    assert {p for p, t in part if t == m and p.startswith("person:")} == {
        "person:ana-rojas", next(p for p, _ in part if "pedro-soto" in p), next(p for p, _ in part if "luis-quispe" in p)}
    rep = edges(b, "REPRESENTS")
    assert ("person:ana-rojas", "country:cl") in rep
    assert any("luis-quispe" in p and c == "country:pe" for p, c in rep)
    country_src = [e for e in b.edges.values() if e.type == "PARTICIPATES_IN" and e.source == "country:cl"]
    assert country_src[0].sources[0].quote == "Chilean Delegation"


def test_a_spanish_delegation_list_takes_part_with_its_country():
    b = general(ES_DELEGATIONS)
    quotes_hold(b)
    m = "event:d:meeting"
    part = edges(b, "PARTICIPATES_IN")
    assert {("country:ec", m), ("country:pe", m), ("person:maria-vera", m),
            ("person:luis-quispe", m)} <= part
    assert {("person:maria-vera", "country:ec"), ("person:luis-quispe", "country:pe")} <= edges(b, "REPRESENTS")


def test_a_delegation_heading_with_nobody_under_it_adds_no_participant():
    b = general("Minutes of the Harbour Board meeting\n\nThe meeting was held in Lima on 3 May 2024.\n\n"
                "Chilean Delegation\n\nThe delegation will be announced later.\n")
    assert ("country:cl", "event:d:meeting") not in edges(b, "PARTICIPATES_IN")


CODES = """Management Committee meeting of the Coastal Sensing Network, 12 May 2023

Attendees

- PT: Rita Lopes
- UK: Owen Price (WG1 leader)
"""


def test_a_country_code_before_a_delegate_names_the_country():
    b = general(CODES)
    quotes_hold(b)
    for code, cid in (("PT", "country:pt"), ("UK", "country:gb")):
        assert code in [s.quote for s in b.nodes[cid].sources]
    assert {("person:rita-lopes", "country:pt"), ("person:owen-price", "country:gb")} <= edges(b, "REPRESENTS")


def test_real_ministerial_forum_delegations_take_part():
    b = corpus_batch("07-australia-indonesia-ministerial-forum-2005.txt")
    m = f"event:{b.document}:meeting"
    part = edges(b, "PARTICIPATES_IN")
    assert {("country:au", m), ("country:id", m), ("person:peter-costello", m),
            ("person:aburizal-bakrie", m)} <= part


SPEAKER_HEAD = """Joint Statement of the Chile-Peru Ministerial Forum

The second Chile-Peru Ministerial Forum was held in Santiago on 10 March 2021.

"""
SPEAKERS = [
    "The Peruvian Foreign Minister, Ms Rosa Quispe, stated that the partnership grows stronger every year.\n",
    "La Ministra de Relaciones Exteriores del Perú, señora Rosa Quispe, señaló que la cooperación "
    "fronteriza es prioritaria.\n",
]


@pytest.mark.parametrize("sentence", SPEAKERS)
def test_a_speaker_at_the_meeting_brings_in_the_country_named_in_her_post(sentence):
    b = general(SPEAKER_HEAD + sentence)
    quotes_hold(b)
    part = edges(b, "PARTICIPATES_IN")
    assert any("rosa-quispe" in p for p, t in part if t == "event:d:meeting")
    assert ("country:pe", "event:d:meeting") in part
    assert ("country:cl", "event:d:meeting") not in part     # named in the forum's name only


def test_a_speaker_without_a_country_brings_in_no_country():
    b = general(SPEAKER_HEAD + "Peru's Foreign Minister, Rosa Quispe, said that the partnership grows.\n")
    part = edges(b, "PARTICIPATES_IN")
    assert ("person:rosa-quispe", "event:d:meeting") in part
    # "Peru's" names Peru, but no rule tied her to it: no country is inferred
    assert not {c for c, _ in part if c.startswith("country:")}


def test_a_delegate_listed_by_country_code_does_not_bring_the_country_in():
    b = general(CODES)
    part = edges(b, "PARTICIPATES_IN")
    assert ("person:rita-lopes", "event:d:meeting") in part
    assert not {c for c, _ in part if c.startswith("country:")}


def test_a_list_of_countries_does_not_keep_out_a_speaker_named_as_their_official():
    # the document lists the countries, not the persons: the minister whose words it reports,
    # named as Peru's in the same sentence, took part (a list of persons would stand alone:
    # tests/loaders/test_people_layouts.py)
    text = SPEAKER_HEAD.replace("was held in Santiago", "was attended by Chile and Peru and was held in Santiago") + SPEAKERS[0]
    b = general(text)
    part = edges(b, "PARTICIPATES_IN")
    assert {("country:cl", "event:d:meeting"), ("country:pe", "event:d:meeting")} <= part
    assert any("rosa-quispe" in p for p, _ in part)


HEAD_HEAD = "Comunicado de la reunión bilateral\n\nLa reunión se realizó en Quito el 5 de junio de 2021.\n\n"


@pytest.mark.parametrize("sentence, country", [
    ("La Delegación de Colombia la presidió S.E. Marta Gómez, Ministra de Comercio.", "country:co"),
    ("La delegación del Ecuador estuvo encabezada por la Canciller Marta Gómez.", "country:ec"),
    ("The delegation of Colombia was led by Foreign Minister Marta Gómez.", "country:co"),
])
def test_the_head_of_a_delegation_takes_part_for_its_country(sentence, country):
    b = general(HEAD_HEAD + sentence + "\n")
    quotes_hold(b)
    person = next(n.id for n in b.nodes.values() if n.kind == "Person" and "marta-gomez" in n.id)
    assert {(person, "event:d:meeting"), (country, "event:d:meeting")} <= edges(b, "PARTICIPATES_IN")
    assert (person, country) in edges(b, "REPRESENTS")
    # she heads the delegation, not the meeting
    assert not {p for p, _ in edges(b, "PRESIDES")}


@pytest.mark.parametrize("text, people", [
    ("Joint Statement\n\nForeign Ministers Ana Rojas and Luis Quispe met in Lima on 2 May 2022 "
     "to review the bilateral agenda.\n", {"person:ana-rojas", "person:luis-quispe"}),
    ("Comunicado conjunto\n\nLa canciller Ana Rojas y el canciller Luis Quispe se reunieron en Lima el 2 de "
     "mayo de 2022 para revisar la agenda bilateral.\n", {"person:ana-rojas", "person:luis-quispe"}),
])
def test_persons_who_met_take_part(text, people):
    b = general(text)
    quotes_hold(b)
    assert people <= {p for p, t in edges(b, "PARTICIPATES_IN") if t == "event:d:meeting"}


def test_those_a_meeting_was_between_take_part():
    b = general("Joint Statement\n\nAt a meeting in Lima on 2 May 2022 between the Chilean Minister "
                "for Trade, the Hon Ana Rojas, and the Peruvian Minister for Trade, the Hon Luis "
                "Quispe, Ministers agreed to open a trade office.\n")
    quotes_hold(b)
    part = {p for p, t in edges(b, "PARTICIPATES_IN") if t == "event:d:meeting"}
    assert {"person:ana-rojas", "person:luis-quispe"} <= part


def test_relations_between_countries_are_no_meeting_between_them():
    b = general("Joint Statement\n\nThe Ministers met in Lima on 2 May 2022. The meeting reaffirmed "
                "the close relations between Chile and Peru.\n")
    assert not {p for p, _ in edges(b, "PARTICIPATES_IN") if p in ("country:cl", "country:pe")}


@pytest.mark.parametrize("text, expected", [
    ("Joint Communique\n\nThe Conference was held in Perth on 20 April 1979. The Conference was "
     "attended by the Hon Ana Rojas, Minister of Trade.\n", {"person:ana-rojas"}),
    ("Comunicado\n\nLa reunión se realizó en Lima el 2 de mayo de 2022 y contó con la presencia de "
     "la Canciller Ana Rojas.\n", {"person:ana-rojas"}),
    ("Comunicado\n\nLa reunión se realizó en Lima el 2 de mayo de 2022 con la participación de "
     "Chile y Perú.\n", {"country:cl", "country:pe"}),
])
def test_those_the_meeting_was_attended_by_take_part(text, expected):
    b = general(text)
    quotes_hold(b)
    assert expected <= {p for p, t in edges(b, "PARTICIPATES_IN") if t == "event:d:meeting"}


def test_hoping_for_someone_s_participation_is_no_attendance():
    b = general("Informe\n\nLa reunión se realizó en Lima el 2 de mayo de 2022. Chile propone contar "
                "con la participación de la Canciller Ana Rojas en la próxima reunión.\n")
    assert "person:ana-rojas" not in {p for p, _ in edges(b, "PARTICIPATES_IN")}
