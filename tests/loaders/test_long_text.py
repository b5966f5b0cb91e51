"""Long text: how many decisions a giant paragraph records, and that the answer grows with the
text and no faster. Texts are written here for the test (no real document)."""
from loaders.pipeline import extract

HEADER = "Informe de la Reunión del Grupo de Trabajo\n\n12 de marzo de 2024\n\n"


def _commitments(text: str) -> list[str]:
    batch = extract(text, "long-text")
    return [n.properties["text"] for n in batch.nodes.values() if n.kind == "Commitment"]


def _distinct_decisions(n: int) -> str:
    """n decisions, each its own sentence, all in ONE line."""
    return " ".join(f"Se acuerda que la Secretaría Técnica prepare el informe número {k} "
                    f"sobre retorno asistido." for k in range(1, n + 1))


def test_each_decision_sentence_of_a_giant_line_is_one_commitment():
    quotes = _commitments(HEADER + _distinct_decisions(150) + "\n")
    assert len(quotes) == 150
    assert quotes[0] == "Se acuerda que la Secretaría Técnica prepare el informe número 1 sobre retorno asistido."
    assert quotes[-1].endswith("número 150 sobre retorno asistido.")


def test_twice_the_line_gives_twice_the_commitments():
    assert len(_commitments(HEADER + _distinct_decisions(300) + "\n")) == \
        2 * len(_commitments(HEADER + _distinct_decisions(150) + "\n")) == 300


def test_the_same_decision_repeated_in_one_line_is_one_commitment():
    quotes = _commitments(HEADER + "Se acuerda crear un grupo de trabajo. " * 3000 + "\n")
    assert quotes == ["Se acuerda crear un grupo de trabajo."]


def test_the_same_decision_in_two_paragraphs_is_recorded_twice():
    text = HEADER + "Se acuerda crear un grupo de trabajo.\n\nSe acuerda crear un grupo de trabajo.\n"
    assert len(_commitments(text)) == 2


def test_a_run_of_text_without_sentence_ends_is_no_commitment():
    run = " y ".join(f"se acuerda revisar el punto {k} de la agenda regional" for k in range(200))
    assert len(run) > 2000
    assert _commitments(HEADER + "Se acuerda " + run + "\n") == []


def test_a_two_word_fragment_is_no_commitment():
    assert _commitments(HEADER + "Se acuerda.\n\nSe acuerda revisar la agenda.\n") == \
        ["Se acuerda revisar la agenda."]
