"""A commitment to host a meeting is due when that meeting is held, and its DUE edge cites the
statement of the meeting's date nearest to the commitment, one source, however often a text
restates that date (all of them on every such commitment grew with the square of the text)."""
from __future__ import annotations

import pytest

from loaders.pipeline import extract

EN = ("Summary of the session\n\n"
      "The next meeting of the technical committee will take place in October 2026.\n\n"
      "Ecuador committed to host the next meeting of the technical committee.\n\n"
      "It was noted again that the next meeting of the technical committee will take place in "
      "October 2026.\n\n"
      "Uruguay committed to host the next meeting of the technical committee.\n\n")
ES = ("Resumen de la sesión\n\n"
      "La próxima reunión del comité técnico se celebrará en octubre de 2026.\n\n"
      "Ecuador se comprometió a organizar la próxima reunión del comité técnico.\n\n"
      "Se señaló de nuevo que la próxima reunión del comité técnico se celebrará en octubre de "
      "2026.\n\n"
      "Uruguay se comprometió a organizar la próxima reunión del comité técnico.\n\n")


def _edges(batch, etype):
    return sorted((e for e in batch.edges.values() if e.type == etype),
                  key=lambda e: e.source)


@pytest.mark.parametrize("text,date_words", [(EN, "October 2026"), (ES, "octubre de 2026")])
def test_each_commitment_cites_the_nearest_statement_of_the_meetings_date(text, date_words):
    batch = extract(text, "due-sources")
    held = _edges(batch, "HELD_ON")
    assert len(held) == 1 and len(held[0].sources) == 2      # the date is stated twice
    first, second = sorted(s.start for s in held[0].sources)
    due = _edges(batch, "DUE")
    assert [e.target for e in due] == ["date:2026-10", "date:2026-10"]
    assert [[s.start for s in e.sources] for e in due] == [[first], [second]]
    assert all(e.sources[0].quote == date_words for e in due)
    assert all(text[s.start:s.end] == s.quote for e in due for s in e.sources)


@pytest.mark.parametrize("text", [EN, ES])
def test_due_sources_grow_with_the_text_not_its_square(text):
    # the same four paragraphs ten times: ten times the statements, ten times the commitments
    batch = extract(text + text.split("\n\n", 1)[1] * 9, "due-sources-ten")
    held = _edges(batch, "HELD_ON")
    assert len(held) == 1 and len(held[0].sources) == 20
    due = _edges(batch, "DUE")
    assert len(due) == 20
    assert sum(len(e.sources) for e in due) == 20              # 400 before: 20 each
