"""A summit named with its ordinal and the forum it belongs to, its dates and city in brackets; a
forum written short after its full name; hospitality thanked for at an event of its own; a post
"of" a list of fields with commas inside; the forms an English text writes a shared body in."""
import pytest

from graph.batch import Node, Source
from loaders.display_names import _written_forms_as_aliases
from tests.loaders.batches import pairs, read

DOC = "nota-prensa"


def _events(batch) -> dict[str, str]:
    return {n.name: i for i, n in batch.nodes.items() if n.kind == "Event"}


def test_an_ordinal_summit_of_a_known_forum_keeps_its_ordinal_dates_and_city():
    batch = read("Nota de prensa\n\nAdemás, se confirmó la participación de Chile en la IX Cumbre del "
                 "Foro Mundial sobre Migración y Desarrollo (10–12 de mayo de 2031, Cartagena).\n", DOC)
    summit = _events(batch)["IX Cumbre del Foro Mundial sobre Migración y Desarrollo"]
    assert pairs(batch, "HELD_ON", summit) == {(summit, "date:2031-05-10/2031-05-12")}
    assert pairs(batch, "HELD_IN", summit) == {(summit, "place:cartagena")}
    # the forum named inside the summit's name is not what meets on those days
    assert not pairs(batch, "HELD_ON", "event:gfmd")
    assert not pairs(batch, "HELD_IN", "event:gfmd")


def test_a_known_forum_dated_by_itself_still_meets_on_that_date():
    batch = read("Nota de prensa\n\nChile participará en el Foro Mundial sobre Migración y Desarrollo "
                 "(10–12 de mayo de 2031).\n", DOC)
    assert pairs(batch, "HELD_ON", "event:gfmd") == {("event:gfmd", "date:2031-05-10/2031-05-12")}


def test_a_bracket_that_goes_on_after_the_city_places_nothing():
    batch = read("Reunión bilateral de cancilleres\n\nLos cancilleres se reunieron en Lima el 2 de mayo de "
                 "2031.\n\nAdemás, Chile asistirá a la II Cumbre Andina de Energía (3 de junio de 2031, "
                 "Cartagena y Quito).\n", DOC)
    summit = _events(batch)["II Cumbre Andina de Energía"]
    assert pairs(batch, "HELD_ON", summit) == {(summit, "date:2031-06-03")}
    assert not pairs(batch, "HELD_IN", summit)


def test_a_forum_written_short_after_its_full_name_is_no_new_forum():
    batch = read("Nota de prensa\n\nChile confirmó su asistencia al Foro Mundial sobre Migración y "
                 "Desarrollo. Chile también participará activamente en el Foro Mundial.\n", DOC)
    forums = {n.name for n in batch.nodes.values() if n.kind in ("Conference", "Body", "Organization")}
    assert "Foro Mundial" not in forums


@pytest.mark.parametrize("text,host,event", [
    ("Outcomes\n\nMinisters expressed their appreciation to the Government of Samoa for the warm "
     "hospitality accorded delegations at the official welcome dinner.\n", "country:ws",
     "official welcome dinner"),
    ("Acta\n\nLos Ministros agradecieron al Gobierno de Chile por la cálida hospitalidad brindada "
     "durante la cena de bienvenida.\n", "country:cl", "cena de bienvenida"),
])
def test_hospitality_at_an_event_of_its_own_organises_that_event(text, host, event):
    batch = read(text, DOC)
    eid = _events(batch)[event]
    assert pairs(batch, "ORGANISES", host) == {(host, eid)}


def test_hospitality_with_no_event_of_its_own_is_the_meetings():
    batch = read("Outcomes\n\nMinisters expressed their appreciation to the Government of Samoa for "
                 "the warm hospitality.\n", DOC)
    assert pairs(batch, "ORGANISES", "country:ws") == {("country:ws", f"event:{DOC}:meeting")}


@pytest.mark.parametrize("text,post", [
    ("Readout\n\nThe delegation included Ana Torres, Undersecretary of Trade, Industry and Energy, "
     "MINEC; and Luis Prado, Legal Adviser, SRE.\n", "Undersecretary of Trade, Industry and Energy"),
    ("Readout\n\nLa delegación incluyó a Ana Torres, Subsecretaria de Comercio, Industria y Energía, "
     "MINEC; y a Luis Prado, Asesor Jurídico, SRE.\n", "Subsecretaria de Comercio, Industria y Energía"),
])
def test_a_post_of_a_list_of_fields_goes_on_past_its_commas(text, post):
    batch = read(text, DOC)
    assert batch.nodes["person:ana-torres"].properties["post"] == post
    assert pairs(batch, "HOLDS_POST", "person:ana-torres") == {("person:ana-torres", "organization:minec")}
    assert pairs(batch, "HOLDS_POST", "person:luis-prado") == {("person:luis-prado", "organization:sre")}


def test_names_after_a_post_are_no_fields_of_it():
    batch = read("Readout\n\nThe delegation included Ana Torres, Director of Trade, Pedro Gómez and "
                 "Luis Prado.\n", DOC)
    assert batch.nodes["person:ana-torres"].properties["post"] == "Director of Trade"


def test_an_english_form_of_a_shared_body_becomes_an_alias():
    node = Node("body:x-ppt", "Body", "X Pro-Tempore Presidency",
                {"acronym": "PPT", "aliases": ["Presidencia Pro Tempore de X"]},
                [Source("d", "s", 1, 0, 22, "Presidency Pro-Témpore"), Source("d", "s", 2, 30, 33, "PPT"),
                 Source("d", "s", 3, 40, 68, "Presidencia Pro Tempore de X")])
    _written_forms_as_aliases(node)
    assert node.properties["aliases"] == ["Presidencia Pro Tempore de X", "Presidency Pro-Témpore"]
