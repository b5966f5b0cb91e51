"""A state that commits itself in its own clause ("In return, Norway will fund ...", "... and Peru
will host ..."), and the bulleted items of a decision once a PDF's lines are joined
(loaders.commitments `actor_commits`, `list_intro`; loaders.spans inline bullets)."""
from loaders.spans import after_bullet, sentences
from tests.loaders.conftest import edges
from tests.loaders.batches import bound, check_spans, commitments, read
from tests.shared_documents import corpus_batch

BULLETS = "\u00ef\u0082\u00b7"      # the Symbol-font bullet U+F0B7 as a PDF's text layer often shows it


STATEMENT_EN = f"""Joint statement of the Prime Ministers of Norway and Iceland

Oslo, 4 June 2019

The Prime Ministers of Norway and Iceland met in Oslo on 4 June 2019.

Norway has ratified the fisheries protocol and Iceland will ratify it before the end of 2019.

The Prime Minister of Norway announced that Norway will fund a joint coastguard training centre.

The two leaders have agreed that the new arrangement will include:

{BULLETS} 200 scholarships for students of both countries every year {BULLETS} in return, Iceland will host the secretariat of the arrangement {BULLETS} the arrangement will be reviewed after three years

The weather in Oslo was mild.
"""


def test_a_state_committing_itself_in_its_own_clause_and_bulleted_items():
    b = read(STATEMENT_EN, "statement-norway-iceland")
    c = commitments(b)
    ratify = c["Norway has ratified the fisheries protocol and Iceland will ratify it before the end of 2019."]
    # Iceland commits itself; Norway, the sentence's first actor, only reports what it did
    assert bound(b, ratify) == {"country:is"}
    # quoted from the state that binds itself to the end of the commitment: the clause that
    # states it, not the name alone and not Norway's half of the sentence
    assert [e.sources[0].quote for e in edges(b, "RESPONSIBLE_FOR", dst=ratify)] == [
        "Iceland will ratify it before the end of 2019."]
    fund = c["The Prime Minister of Norway announced that Norway will fund a joint coastguard training centre."]
    assert bound(b, fund) == {"country:no"}
    # each bulleted item is a decision of its own, quoted without its bullet
    assert "200 scholarships for students of both countries every year" in c
    host = c["in return, Iceland will host the secretariat of the arrangement"]
    assert bound(b, host) == {"country:is"}
    assert "the arrangement will be reviewed after three years" in c
    assert not any(BULLETS in t or "agreed that the new arrangement" in t for t in c)
    assert not any("weather" in t for t in c)


STATEMENT_ES = """Comunicado conjunto de Perú y Ecuador

Lima, 10 de octubre de 2022

Los cancilleres de Perú y Ecuador se reunieron en Lima el 10 de octubre de 2022.

Ecuador presentó su plan de frontera, y Perú se compromete a financiar el puente binacional.

Los cancilleres conversaron sobre la situación regional.
"""


def test_spanish_state_commitment_in_its_own_clause():
    b = read(STATEMENT_ES, "comunicado-peru-ecuador")
    c = commitments(b)
    bridge = next(i for t, i in c.items() if "financiar el puente binacional" in t)
    assert bound(b, bridge) == {"country:pe"}
    assert not any("situación regional" in t for t in c)


def test_inline_bullets_cut_sentences_and_belong_to_none():
    text = f"We agreed to the following: {BULLETS} first item {BULLETS} second item. Then more."
    got = [text[s:e] for s, e in sentences(text, 0, len(text), frozenset())]
    assert got == ["We agreed to the following:", "first item", "second item.", "Then more."]
    starts = [s for s, _ in sentences(text, 0, len(text), frozenset())]
    assert [after_bullet(text, s) for s in starts] == [False, True, True, False]
    # a passage that opens with the bullet starts after it
    start = text.index(BULLETS)
    end = text.index(" " + BULLETS, start + 1)
    assert [text[s:e] for s, e in sentences(text, start, end, frozenset())] == ["first item"]


def test_corpus_joint_statements_bind_the_state_that_commits():
    """Australia and Malaysia (May 2011): the bulleted core elements; Australia and Papua New
    Guinea (March 2014): "Australia and PNG agreed to establish ..."."""
    b = corpus_batch("04-australia-malaysia-regional-cooperation-2011.txt")
    check_spans(b)
    c = commitments(b)
    fund = c["Australia will fully fund the arrangement."]
    assert bound(b, fund) == {"country:au"}
    resettle = next(i for t, i in c.items() if t.startswith("in return, over four years, Australia will resettle"))
    assert bound(b, resettle) == {"country:au"}
    assert any(t.startswith("transferees will be treated with dignity and respect") for t in c)
    b = corpus_batch("06-australia-png-joint-ministerial-forum-2014.txt")
    check_spans(b)
    forum = next(i for i, n in b.nodes.items() if n.kind == "Commitment"
                 and "agreed to establish a monthly Joint Ministerial Forum" in n.properties["text"])
    assert bound(b, forum) == {"country:au", "country:pg"}


DASHED = """Joint statement of the Prime Ministers of Canada and Ireland

Dublin, 8 April 2018

The Prime Ministers of Canada and Ireland met in Dublin on 8 April 2018.

The Prime Ministers agreed on the following steps to deepen their partnership:

 - A joint fund for ocean research of five million euros.  - Entry into force of the new aviation agreement from 1 June 2018.  - Commencement of a youth mobility scheme from 1 January 2019 for young workers.

The visit ended with a dinner - a quiet one - at the embassy.
"""


def test_dashed_items_of_a_joined_list_and_what_takes_effect_on_a_date():
    b = read(DASHED, "statement-canada-ireland")
    c = commitments(b)
    assert "A joint fund for ocean research of five million euros." in c
    treaty = c["Entry into force of the new aviation agreement from 1 June 2018."]
    (due,) = edges(b, "DUE", src=treaty)
    assert due.target == "date:2018-06-01"
    assert due.sources[0].quote == "Entry into force of the new aviation agreement from 1 June 2018"
    youth = c["Commencement of a youth mobility scheme from 1 January 2019 for young workers."]
    assert {e.target for e in edges(b, "DUE", src=youth)} == {"date:2019-01-01"}
    assert not any("agreed on the following" in t or "dinner" in t for t in c)
