"""Numbered clauses that go on the sentence of a subject line above them ("The Council" /
"1. agreed to ...", "2. entrusted ..."; "El Consejo" / "1. acordó ..."): each is a decision,
bound to the actors the subject line names (loaders.commitments continued_decision,
continued_subject; data/lang/*/commitments.yaml continued_decision)."""
from loaders.commitments import continued_decision
from tests.loaders.batches import bound, commitments, read

ENGLISH = """Record of decisions, 14 March 2019

Item 4.2

Regional fisheries cooperation

The Pacific Islands Forum

1. agreed to establish a working group on tuna stocks to report within a year;

2. entrusted the chair of the working group to the delegate of Samoa;

3. took note of the statement of the observer.

Related papers
"""

SPANISH = """Registro de decisiones, 14 de marzo de 2019

Punto 4.2

Cooperación pesquera

La Comunidad Andina

1. acordó crear un grupo de trabajo sobre recursos hídricos;

2. encomendó la presidencia del grupo a la delegación del Perú.
"""


def test_an_english_numbered_clause_after_a_subject_line_is_a_decision_of_that_subject():
    b = read(ENGLISH, "decisions-en")
    c = commitments(b)
    group = next(i for t, i in c.items() if t.startswith("agreed to establish a working group"))
    chair = next(i for t, i in c.items() if t.startswith("entrusted the chair"))
    assert not any(t.startswith("took note") for t in c)
    assert bound(b, group) == bound(b, chair) == {"organization:pif"}


def test_a_spanish_numbered_clause_after_a_subject_line_is_a_decision_of_that_subject():
    b = read(SPANISH, "decisiones-es")
    c = commitments(b)
    group = next(i for t, i in c.items() if t.startswith("acordó crear un grupo de trabajo"))
    chair = next(i for t, i in c.items() if t.startswith("encomendó la presidencia"))
    assert bound(b, group) == bound(b, chair) and bound(b, group)
    assert all(b.nodes[o].kind == "Organization" for o in bound(b, group))


def test_only_a_numbered_clause_in_lower_case_goes_on_a_subject_line():
    assert continued_decision("1. agreed to meet in May;", 0, 25)
    assert continued_decision("2. acordó reunirse en mayo;", 0, 27)
    assert not continued_decision("Agreed to meet in May.", 0, 22)
    assert not continued_decision("1. Agreed to meet in May.", 0, 25)
    assert not continued_decision("1. noted the report.", 0, 20)
