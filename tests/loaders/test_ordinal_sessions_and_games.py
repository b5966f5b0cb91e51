"""A forum named with an ordinal right before it is one session of it ("the 47th Pacific Islands
Forum", "la XV Conferencia Regional sobre Migración"), not when the ordinal opens a longer name
("the 9th WTO Ministerial Conference"); games named with their year are events held that year."""
import pytest

from tests.loaders.batches import pairs, read


def _events(batch) -> dict[str, str]:
    return {n.name: i for i, n in batch.nodes.items() if n.kind == "Event" and not i.endswith(":meeting")}


@pytest.mark.parametrize("text,name", [
    ("Outcomes\n\nMinisters commended the preparations for the 49th Pacific Islands Forum by Samoa.\n",
     "49th Pacific Islands Forum"),
    ("Comunicado\n\nLos Ministros saludaron los preparativos de la XXX Conferencia Regional sobre Migración.\n",
     "XXX Conferencia Regional sobre Migración"),
])
def test_an_ordinal_before_a_forum_is_one_session_of_it(text, name):
    assert name in _events(read(text, "outcomes"))


def test_an_ordinal_that_opens_a_longer_name_is_not_the_forums_session():
    batch = read("Statement\n\nBoth countries will work towards the 9th WTO Ministerial Conference in Bali "
                 "in December 2013.\n", "statement")
    assert "9th WTO" not in _events(batch)


def test_games_named_with_their_year_are_held_that_year():
    batch = read("Outcomes\n\nMinisters congratulated Fiji on its results at the 2028 Olympic Games.\n", "outcomes")
    eid = _events(batch)["2028 Olympic Games"]
    assert pairs(batch, "HELD_ON", eid) == {(eid, "date:2028")}
