"""A forum's earlier meeting said in passing after a possessive relative (Spanish and English):
"la Comunidad Andina, cuya última reunión se realizó en Lima en 2004", "the Pacific Islands Forum
(PIF), whose last meeting took place in Suva in 2015" is an Event of its own, PART_OF that forum,
HELD_IN the place and HELD_ON the date after the held verb; never the record's own meeting. Not
without an earlier-word ("whose members met"), nor with neither place nor date. Quotes slice the
text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read
from tests.loaders.test_cases import meeting, place_of, span_of


def earlier(b) -> dict[str, str]:
    """{name: id} of the batch's Event nodes other than the record's own meeting."""
    return {n.name: i for i, n in b.nodes.items() if n.kind == "Event" and i != meeting(b)}


@pytest.mark.parametrize("text, name, forum, place, year", [
    ("Cancilleres relanzan la integración\n\nLos cancilleres se reunieron en Quito el 5 de junio "
     "de 2010 para relanzar la Comunidad Andina, cuya última reunión se realizó en Lima en 2004.\n",
     "Última reunión (Comunidad Andina)", "organization:can", "Lima", "2004"),
    ("Ministers meet in Apia\n\nMinisters met in Apia on 5 June 2017 to revive the Pacific Islands "
     "Forum (PIF), whose last meeting took place in Suva in 2015.\n",
     "Last meeting (Pacific Islands Forum)", "organization:pif", "Suva", "2015"),
    ("Reunión en Apia\n\nLos ministros se reunieron en Apia el 5 de junio de 2017 en el marco del "
     "Foro de las Islas del Pacífico, cuya anterior cumbre tuvo lugar en Suva en 2015.\n",
     "Anterior cumbre (Foro de las Islas del Pacífico)", "organization:pif", "Suva", "2015"),
])
def test_forums_earlier_meeting_in_a_relative_clause(text, name, forum, place, year):
    b = read(text, "past")
    ev = earlier(b)
    assert name in ev, sorted(ev)
    assert (ev[name], forum) in pairs(b, "PART_OF")
    assert place_of(b, ev[name]) == {place}
    assert span_of(b, ev[name]) == {(f"{year}-01-01", f"{year}-12-31", "year")}
    # the record's own meeting keeps its own place
    assert place not in place_of(b, meeting(b))


@pytest.mark.parametrize("text", [
    # no earlier-word: what the relative says is no meeting of the forum's past
    "Ministers meet in Apia\n\nMinisters met in Apia on 5 June 2017 with the Pacific Islands Forum "
    "(PIF), whose members took part in Suva in 2015.\n",
    # neither place nor date after the verb
    "Reunión en Quito\n\nLos cancilleres se reunieron en Quito el 5 de junio de 2010 para relanzar "
    "la Comunidad Andina, cuya última reunión se realizó sin acuerdos.\n",
])
def test_no_earlier_meeting_without_its_words_or_its_place_and_date(text):
    b = read(text, "past")
    assert not [i for i in earlier(b).values() if pairs(b, "PART_OF", src=i)]
