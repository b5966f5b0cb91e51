"""The states whose ministers met, when the ministers are named with their portfolio ("the
Ministers for Foreign Affairs of A, B and C", "los Ministros de Asuntos Exteriores de A y B") or
the sentence says they met with a participle set off by commas ("..., meeting in Lima on ...",
"..., reunidos en ..."): each state PARTICIPATES_IN the document's meeting (data/patterns.yaml
frame `participant_cues`, `meeting_verbs`)."""
import pytest

from tests.loaders.batches import pairs, read

MEETING = "event:d:meeting"


@pytest.mark.parametrize("text,states,place", [
    ("Joint statement\n\nThe Ministers for Foreign Affairs of Sweden, Nigeria and the Republic of Korea, "
     "meeting in Oslo on 4 March 2021, agreed to widen their cooperation on fisheries.\n",
     {"country:se", "country:ng", "country:kr"}, "place:oslo"),
    ("Joint statement\n\nThe Ministers of Foreign Affairs of Chile, Uruguay and the Netherlands, "
     "assembled in Oslo on 4 March 2021, adopted the following statement.\n",
     {"country:cl", "country:uy", "country:nl"}, "place:oslo"),
    ("Declaración conjunta\n\nLos Ministros de Asuntos Exteriores de Chile, Uruguay y el Perú, reunidos "
     "en Asunción el 4 de marzo de 2021, acordaron ampliar su cooperación pesquera.\n",
     {"country:cl", "country:uy", "country:pe"}, "place:asuncion"),
    ("Declaración conjunta\n\nLas Ministras de Relaciones Exteriores de la República de Corea y del Japón "
     "se dieron cita en Asunción el 4 de marzo de 2021.\n",
     {"country:kr", "country:jp"}, None),
])
def test_the_states_of_ministers_named_with_their_portfolio_take_part(text, states, place):
    batch = read(text)
    assert {s for s, _ in pairs(batch, "PARTICIPATES_IN", dst=MEETING)} == states
    if place:
        assert pairs(batch, "HELD_IN", src=MEETING) == {(MEETING, place)}


@pytest.mark.parametrize("text", [
    # the participle says where a meeting to come will sit, not where this one sat
    "Readout\n\nSweden and Nigeria agreed to hold the next round of talks, meeting in Oslo in May 2022.\n",
    # "meeting" with no place after it is no participle of meeting
    "Readout\n\nThe minister spoke at length, meeting the press in the afternoon.\n",
])
def test_a_participle_of_another_meeting_or_no_place_gives_no_place(text):
    assert not pairs(read(text), "HELD_IN", src=MEETING)


@pytest.mark.parametrize("text,states", [
    ("Joint communiqué of the Fourth Ministerial Meeting\n\nThe Fourth Ministerial Meeting of Sweden, "
     "Nigeria and Chile was held in Oslo on 4 March 2021.\n", {"country:se", "country:ng", "country:cl"}),
    ("Comunicado conjunto\n\nLa Cuarta Reunión Ministerial de Chile, Uruguay y el Perú se celebró en "
     "Asunción el 4 de marzo de 2021.\n", {"country:cl", "country:uy", "country:pe"}),
])
def test_the_states_a_meeting_is_named_after_take_part(text, states):
    assert {s for s, _ in pairs(read(text), "PARTICIPATES_IN", dst=MEETING)} == states


@pytest.mark.parametrize("text", [
    # an earlier meeting of the series, recalled: its states are not this meeting's
    "Joint communiqué of the Fourth Ministerial Meeting\n\nThe Fourth Ministerial Meeting was held in "
    "Oslo on 4 March 2021. The ministers recalled that the Third Ministerial Meeting of Sweden, Nigeria "
    "and Chile was held in Lagos in 2019.\n",
    "Comunicado de la Cuarta Reunión Ministerial\n\nLa Cuarta Reunión Ministerial se celebró en Asunción "
    "el 4 de marzo de 2021. Los ministros recordaron que la Tercera Reunión Ministerial de Chile, Uruguay "
    "y el Perú se celebró en Lima en 2019.\n",
    # states inside a longer name after the meeting noun ("of the Sweden-Nigeria Fisheries Board")
    "Joint communiqué\n\nThe Ministerial Meeting of the Sweden-Nigeria Fisheries Board was held in Oslo "
    "on 4 March 2021.\n",
])
def test_states_of_another_meeting_or_a_longer_name_do_not_take_part(text):
    assert not pairs(read(text), "PARTICIPATES_IN", dst=MEETING)
