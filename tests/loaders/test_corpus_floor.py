"""The general extractor over the real corpus must not fall below the recorded floors.

Runs `evaluate --general` (no per-document curation) on every corpus document beside the checkout
that has a gold file in tests/gold/corpus/; skips when the corpus is absent. Floors live in
tests/gold/floors.yaml (raise them as extraction improves).
"""
from pathlib import Path

import pytest
import yaml

from loaders.gold_run import evaluate_documents, gold_targets, total
from tests.shared_documents import corpus_dir, corpus_file

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "corpus"
FLOORS = yaml.safe_load((ROOT / "tests" / "gold" / "floors.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def results():
    folder = corpus_dir()
    if folder is None:
        pytest.skip("the corpus is not available beside this checkout")
    return evaluate_documents(gold_targets([folder], GOLD), curation=False)


@pytest.mark.slow      # every corpus document is extracted and scored; `make test` runs it
def test_every_document_keeps_its_recall_floor(results):
    assert results, "no corpus document has a gold file"
    below = {r.path.stem: round(r.report.overall.recall, 3) for r in results
             if r.report.overall.recall < FLOORS["documents"][r.path.stem]}
    assert not below, f"recall below the floor: {below}"


@pytest.mark.slow      # every corpus document is extracted and scored; `make test` runs it
def test_the_corpus_keeps_its_total_floors(results):
    if len(results) < len(FLOORS["documents"]):
        pytest.skip("part of the corpus is absent: the total floors are for the whole corpus")
    o = total(results).overall
    assert o.recall >= FLOORS["total"]["recall"], o
    assert o.precision >= FLOORS["total"]["precision"], o


def test_a_known_document_is_scored_against_its_gold():
    path = corpus_file("11-csm-xx-santiago-readout-2022.txt")
    (result,) = evaluate_documents(gold_targets([path], GOLD), curation=False)
    assert result.error is None
    assert result.report.rows["entity:Country"].gold == 12
    # the founding members are named (twelve countries) and every predicted Country is one of them
    assert result.report.rows["entity:Country"].correct == result.report.rows["entity:Country"].predicted
