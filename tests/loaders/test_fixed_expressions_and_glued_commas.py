"""Words inside a fixed expression are no mention of what they spell alone ("Se trata del Diálogo
..." names no topic "trata de personas"; data/lang/*/heads.yaml `fixed_expressions`), while the
topic named as such stays one; a comma glued to the next word ("Asimismo,Chile y Perú se
comprometieron") loses no actor of the sentence."""
from __future__ import annotations

from tests.loaders.batches import bound, commitments, read


def _topic_quotes(batch) -> list[str]:
    node = batch.nodes.get("topic:trata")
    return [s.quote for s in node.sources] if node is not None else []


def test_words_of_a_fixed_expression_name_no_topic_es():
    text = "Nota\n\nLima, 3 de mayo de 2019\n\nSe trata del Diálogo Económico de Alto Nivel entre ambos países.\n"
    assert _topic_quotes(read(text, "a")) == []


def test_the_topic_named_as_such_stays_a_mention():
    text = ("Nota\n\nLima, 3 de mayo de 2019\n\nSe trata de un plan. Los ministros acordaron combatir "
            "la trata de personas.\n")
    assert _topic_quotes(read(text, "b")) == ["trata de personas"]


def test_a_comma_glued_to_the_next_word_loses_no_actor_es():
    text = ("Comunicado\n\nLima, 3 de mayo de 2019\n\nLos ministros hablaron de migración. "
            "Asimismo,Chile y Perú se comprometieron a combatir la trata de personas.\n")
    b = read(text, "d")
    (cid,) = [i for t, i in commitments(b).items() if "combatir" in t] or [None]
    assert cid is not None and bound(b, cid) == {"country:cl", "country:pe"}


def test_a_comma_glued_to_the_next_word_loses_no_actor_en():
    text = ("Joint statement\n\nLima, 3 May 2019\n\nThe ministers discussed migration. "
            "Likewise,Chile and Peru committed to expand legal pathways for migrants.\n")
    b = read(text, "e")
    (cid,) = [i for t, i in commitments(b).items() if "pathways" in t] or [None]
    assert cid is not None and bound(b, cid) == {"country:cl", "country:pe"}
