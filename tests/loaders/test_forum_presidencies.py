"""A state that holds the presidency or the chair of an organisation or forum (Spanish and English):
"Chile, en ejercicio de la Presidencia Pro Tempore de la Unión Andina", "Fiji, as Chair of the
Forum" after the forum is named in full: the state PRESIDES that organisation (the forum taken up
by its capitalised head noun is the latest one named before that holds it). Not a member's
capacity ("as a member of the Forum"), not a head noun in lower case, not one that opens a name of
its own ("the Forum on Fisheries"). Quotes slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, quote_of, read


@pytest.mark.parametrize("text, state, forum, quote", [
    ("Declaración de Quito\n\nLos cancilleres de la UNASUR se reunieron en Quito el 4 de mayo de "
     "2011, convocados por Chile, en ejercicio de la Presidencia Pro Tempore de la UNASUR.\n",
     "country:cl", "organization:unasur",
     "Chile, en ejercicio de la Presidencia Pro Tempore de la UNASUR"),
    ("Leaders' Communiqué\n\nThe leaders of the Pacific Islands Forum met in Apia on 9 September "
     "2017. Samoa, as Chair of the Forum, opened the retreat.\n",
     "country:ws", "organization:pif", "Samoa, as Chair of the Forum"),
    ("Comunicado de los líderes\n\nLos líderes del Foro de las Islas del Pacífico se reunieron en "
     "Apia el 9 de septiembre de 2017. Samoa, como Presidente del Foro, abrió el retiro.\n",
     "country:ws", "organization:pif", "Samoa, como Presidente del Foro"),
    ("Ministers' Statement\n\nMinisters of the Pacific Islands Forum met in Nuku'alofa on 2 May "
     "2019, with Tonga, holding the chairmanship of the Pacific Islands Forum, in the chair.\n",
     "country:to", "organization:pif",
     "Tonga, holding the chairmanship of the Pacific Islands Forum"),
])
def test_state_holding_a_forums_presidency_presides_it(text, state, forum, quote):
    b = read(text, "presidency")
    assert (state, forum) in pairs(b, "PRESIDES")
    assert quote_of(b, "PRESIDES", state, forum) == quote


def test_state_exercising_a_presidency_holds_the_post_too():
    b = read("Declaración de Quito\n\nLos cancilleres de la UNASUR se reunieron en Quito el 4 de "
             "mayo de 2011, convocados por Chile, en ejercicio de la Presidencia Pro Tempore de la "
             "UNASUR.\n", "presidency")
    assert [t for s, t in pairs(b, "HOLDS_POST", src="country:cl") if b.nodes[t].kind == "Body"
            and b.nodes[t].properties.get("subtype") == "presidency"]


@pytest.mark.parametrize("text", [
    # a member, not the chair
    "Leaders' Communiqué\n\nThe leaders of the Pacific Islands Forum met in Apia on 9 September "
    "2017. Samoa, as a member of the Forum, thanked the hosts.\n",
    "Comunicado\n\nLos líderes del Foro de las Islas del Pacífico se reunieron en Apia el 9 de "
    "septiembre de 2017. Samoa, como miembro del Foro, agradeció a los anfitriones.\n",
    # the head noun in lower case is no name
    "Leaders' Communiqué\n\nThe leaders of the Pacific Islands Forum met in Apia on 9 September "
    "2017. Samoa, as chair of the forum, opened the retreat.\n",
    # the head noun opens a name of its own
    "Leaders' Communiqué\n\nThe leaders of the Pacific Islands Forum met in Apia on 9 September "
    "2017. Samoa, as Chair of the Forum on Fisheries, opened the retreat.\n",
])
def test_no_presidency_of_the_forum_without_a_chair_of_that_forum(text):
    b = read(text, "presidency")
    assert not [t for s, t in pairs(b, "PRESIDES", src="country:ws")
                if b.nodes[t].kind == "Organization"]


def test_a_head_noun_with_no_forum_named_before_presides_nothing():
    b = read("Ministers' Statement\n\nMinisters met in Apia on 9 September 2017. Samoa, as Chair "
             "of the Forum, opened the meeting.\n", "presidency")
    assert not [t for s, t in pairs(b, "PRESIDES", src="country:ws")
                if b.nodes[t].kind == "Organization"]
