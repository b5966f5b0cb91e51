"""A headline or first line saying where the meeting is, in the present of the news: the
participants meet there, or the meeting opens, runs or ends there (my own wording, English and
Spanish); a meeting to come, a building that opens, and a forum's name after "en" place nothing."""
import pytest

from tests.loaders.batches import read


def _places(b, doc):
    meeting = f"event:{doc}:meeting"
    return sorted(b.nodes[e.target].name for e in b.edges.values()
                  if e.type == "HELD_IN" and e.source == meeting)


@pytest.mark.parametrize("text, place", [
    ("Inicia en Los Cabos la reunión de ministros de Trabajo de la región\n\n"
     "Los ministros de Chile y Perú trataron la movilidad laboral.\n", "Los Cabos"),
    ("Concluye en Cartagena el encuentro regional sobre refugio\n\n"
     "Las delegaciones de Colombia y Ecuador revisaron los avances.\n", "Cartagena"),
    ("Se reúnen en Asunción los cancilleres de la región\n\n"
     "Los cancilleres de Argentina y Brasil trataron el comercio fronterizo.\n", "Asunción"),
    ("Ministers meet in Suva for the regional forum on climate mobility\n\n"
     "The ministers of Fiji and Samoa discussed labour mobility.\n", "Suva"),
    ("Regional dialogue on seasonal work opens in Apia\n\n"
     "Officials of Tonga and Tuvalu reviewed the pilot schemes.\n", "Apia"),
    ("Press release\n\nLabour ministers gather in Nairobi for the lakes summit. The ministers of "
     "Kenya and Uganda reviewed the corridor plan.\n", "Nairobi"),
])
def test_a_headline_naming_where_the_meeting_is_places_it(text, place):
    b = read(text, "hv")
    assert _places(b, "hv") == [place]
    (src,) = [e.sources[0] for e in b.edges.values() if e.type == "HELD_IN"]
    assert src.quote == place and src.start == text.index(place)


@pytest.mark.parametrize("text", [
    # a meeting to come
    "Ministers to meet in Suva for the regional forum on climate mobility\n\n"
    "The ministers of Fiji and Samoa prepared the agenda.\n",
    "La próxima reunión de ministros inicia en Lima en mayo\n\n"
    "Los ministros de Chile y Perú prepararon la agenda.\n",
    # no meeting opens: a building does
    "New embassy opens in Suva\n\nThe ministers of Fiji and Samoa discussed labour mobility.\n",
    # a forum's name after "en" is no place
    "Se reúnen en el Proceso de Quito los países de la región\n\n"
    "Los delegados de Chile y Perú trataron la migración.\n",
    "Concluye en el Foro Andino el diálogo sobre movilidad\n\n"
    "Los delegados de Chile y Perú trataron la migración.\n",
    # the venue said further down, not in the first line of a passage
    "Ministers of Fiji and Samoa discussed labour mobility.\n\nThey praised the forum. Then the "
    "ministers meet in Suva for the regional forum.\n",
])
def test_a_line_about_another_meeting_or_a_forum_places_nothing(text):
    b = read(text, "hn")
    assert _places(b, "hn") == []


def test_a_forum_named_after_the_place_keeps_the_place_only():
    b = read("Inicia en Lima la VII Reunión del Proceso de Quito\n\n"
             "Los delegados de Chile y Perú trataron la migración.\n", "hq")
    assert _places(b, "hq") == ["Lima"]
