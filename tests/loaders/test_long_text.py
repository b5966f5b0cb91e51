"""Long text: how many decisions a giant paragraph records, and that the answer grows with the
text and no faster. Texts are written here for the test (no real document)."""
import pytest

from loaders.pipeline import extract

HEADER = "Informe de la Reunión del Grupo de Trabajo\n\n12 de marzo de 2024\n\n"


def _commitments(text: str) -> list[str]:
    batch = extract(text, "long-text")
    return [n.properties["text"] for n in batch.nodes.values() if n.kind == "Commitment"]


def _distinct_decisions(n: int) -> str:
    """n decisions, each its own sentence, all in ONE line."""
    return " ".join(f"Se acuerda que la Secretaría Técnica prepare el informe número {k} "
                    f"sobre retorno asistido." for k in range(1, n + 1))


@pytest.mark.slow      # 150 decisions on one giant line; `make test` runs it
def test_each_decision_sentence_of_a_giant_line_is_one_commitment():
    quotes = _commitments(HEADER + _distinct_decisions(150) + "\n")
    assert len(quotes) == 150
    assert quotes[0] == "Se acuerda que la Secretaría Técnica prepare el informe número 1 sobre retorno asistido."
    assert quotes[-1].endswith("número 150 sobre retorno asistido.")


@pytest.mark.slow      # 450 decisions on two giant lines; `make test` runs it
def test_twice_the_line_gives_twice_the_commitments():
    assert len(_commitments(HEADER + _distinct_decisions(300) + "\n")) == \
        2 * len(_commitments(HEADER + _distinct_decisions(150) + "\n")) == 300


def test_the_same_decision_repeated_in_one_paragraph_is_one_commitment():
    quotes = _commitments(HEADER + "Se acuerda crear un grupo de trabajo. " * 3 + "\n")
    assert quotes == ["Se acuerda crear un grupo de trabajo."]


def _facts(text: str, doc_id: str = "long-text", batch=None) -> dict[str, int]:
    """{edge type: count} of the text's batch (`batch`, else the text extracted), every source's
    quote checked against the text."""
    batch = extract(text, doc_id) if batch is None else batch
    doc = batch.nodes[batch.document].properties["text"]
    counts: dict[str, int] = {}
    for e in batch.edges.values():
        for s in e.sources:
            assert doc[s.start:s.end] == s.quote
        counts[e.type] = counts.get(e.type, 0) + 1
    for n in batch.nodes.values():
        for s in n.sources:
            assert doc[s.start:s.end] == s.quote
    return counts


@pytest.mark.slow      # 150 copies on one line and as 150 paragraphs, per sentence; `make test` runs it
@pytest.mark.parametrize("sentence,kind", [
    ("La Delegación de México propuso continuar el diálogo.", "PROPOSED"),
    ("The Delegation of Canada proposed a joint workshop on labour mobility.", "PROPOSED"),
    ("Se acuerda crear un grupo de trabajo.", None),
])
def test_a_text_on_one_line_is_read_as_its_sentences(sentence, kind):
    """A line far longer than any paragraph: N copies of one sentence give N times its facts,
    as N one-sentence paragraphs do."""
    one = _facts(HEADER + sentence + "\n")
    n = 150
    assert len(" ".join([sentence] * n)) > 4000
    many = _facts(HEADER + " ".join([sentence] * n) + "\n")
    paragraphs = _facts(HEADER + "\n\n".join([sentence] * n) + "\n")
    assert many == paragraphs
    assert many["IN_DOCUMENT"] - one["IN_DOCUMENT"] == n - 1
    if kind:
        assert one[kind] == 1 and many[kind] == n
    else:
        assert len(_commitments(HEADER + " ".join([sentence] * n) + "\n")) == n


def test_a_sentence_longer_than_the_bound_is_cut_at_blanks_with_exact_quotes():
    run = " ".join(f"Punto{k}" for k in range(1500))      # about 13,000 characters, no period
    text = HEADER + run + "\n"
    batch = extract(text, "long-run")
    doc = batch.nodes[batch.document].properties["text"]
    passages = [n for n in batch.nodes.values() if n.kind == "Passage"]
    pieces = [n.properties["text"] for n in passages if "Punto" in n.properties["text"]]
    assert len(pieces) >= 4 and all(len(p) <= 4000 for p in pieces)
    assert " ".join(pieces) == run
    assert all(doc.find(p) >= 0 for p in pieces)


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


def test_enclosing_spans_answer_as_a_scan_of_them_all_would():
    from loaders.spans import Enclosing
    spans = [(10, 20), (0, 5), (12, 40), (50, 60), (12, 15)]
    said = Enclosing(spans)
    for a, b in [(10, 20), (13, 39), (13, 41), (0, 5), (1, 6), (45, 55), (50, 60), (51, 59),
                 (5, 10), (60, 61), (12, 12), (-1, 3)]:
        assert said.covers(a, b) == any(x <= a and b <= y for x, y in spans), (a, b)
    assert said.covers(13, 39) and not said.covers(13, 41) and not Enclosing([]).covers(0, 0)


def test_things_by_start_come_back_in_their_own_order():
    from types import SimpleNamespace as At
    from loaders.spans import ByStart
    things = [At(start=30, name="c"), At(start=5, name="a"), At(start=30, name="d"),
              At(start=12, name="b"), At(start=60, name="e")]
    index = ByStart(things)
    assert [t.name for t in index.within(5, 31)] == ["c", "a", "d", "b"]
    assert [t.name for t in index.within(6, 30)] == ["b"]
    assert [t.name for t in index.within(30, 60)] == ["c", "d"]
    assert index.within(61, 100) == [] and ByStart([]).within(0, 10) == []


def test_covered_characters_are_those_a_sum_over_every_span_counts():
    """Nested, overlapping, equal, touching, empty and far spans: the characters of a range the
    spans cover (each span apart) are the sum of the overlaps over every span."""
    import random
    from loaders.spans import Coverage
    rng = random.Random(19)
    spans = [(10, 20), (0, 5), (12, 40), (12, 40), (50, 60), (12, 15), (20, 20), (60, 70)]
    for _ in range(150):
        x = rng.randrange(300)
        spans.append((x, x + rng.choice([0, 1, 4, 30, 120])))
    said = Coverage(spans)
    for a in range(-2, 320, 3):
        for b in range(a, a + 90, 7):
            expected = sum(min(b, y) - max(a, x) for x, y in spans if x < b and a < y)
            assert said.covered(a, b) == expected, (a, b)
    assert Coverage([]).covered(0, 10) == 0 and Coverage([(0, 10)]).covered(10, 20) == 0


@pytest.mark.slow      # 200 sentences before the heading; `make test` runs it
def test_delegation_headings_in_a_long_text_still_list_their_people():
    """A delegation heading, the persons under it, and thousands of sentences before it: the
    heading's country is found among the document's mentions by offset, not by a scan."""
    filler = " ".join(["La Delegación de México propuso continuar el diálogo."] * 200)
    text = HEADER + filler + "\n\nDelegación de Chile\n\n- Ana Modelo, Ministra del Interior\n"
    batch = extract(text, "long-text")
    counts = _facts(text, batch=batch)
    represents = {(e.source, e.target): [s.quote for s in e.sources]
                  for e in batch.edges.values() if e.type == "REPRESENTS"}
    assert counts["PROPOSED"] == 200
    assert represents[("person:ana-modelo", "country:cl")] == ["Delegación de Chile", "Ana Modelo"]


def test_mentions_by_offset_are_those_a_walk_over_every_mention_finds():
    """Context.mentions_starting answers as the walk over all mentions it replaced, on the
    bundled report: every sentence's window, in the mentions' own order."""
    from pathlib import Path
    from loaders.context import build_context
    from loaders.gazetteer import load_gazetteer
    from loaders.mentions import link_mentions
    from loaders.patterns import load_patterns
    from loaders.structure import parse_document
    from graph.batch import GraphBatch
    path = next((Path(__file__).resolve().parents[2] / "data" / "sources").glob("*.txt"))
    structure = parse_document(path.read_text(encoding="utf-8"), "report", str(path))
    gazetteer = load_gazetteer(None)
    ctx = build_context(structure, link_mentions(structure, gazetteer), gazetteer,
                        GraphBatch("report"), load_patterns())
    assert len(ctx.mentions) > 300
    windows = [(b.start, b.end) for b in structure.blocks] + [(0, len(ctx.text)), (5, 5)]
    for lo, hi in windows:
        assert ctx.mentions_starting(lo, hi) == [m for m in ctx.mentions if lo <= m.start < hi]
    ctx.mentions = ctx.mentions[:10]            # a new list: the index follows it
    assert ctx.mentions_starting(0, len(ctx.text)) == ctx.mentions
