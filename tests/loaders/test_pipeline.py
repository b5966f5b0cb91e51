
import pytest
from graph.batch import CURATED_DOC, passage_id
from loaders.reference import reference_batch
from loaders.pipeline import load_file
from tests.loaders.conftest import DOC, REPORT


def all_sources(batch):
    for n in batch.nodes.values():
        yield from n.sources
    for e in list(batch.edges.values()) + batch.derived_mentions():
        yield from e.sources


def test_every_source_slices_to_its_quote(batch, report_text):
    text = batch.nodes[DOC].properties["text"]
    assert text == report_text
    count = 0
    for s in all_sources(batch):
        assert text[s.start:s.end] == s.quote, s
        assert s.document == DOC and passage_id(DOC, s.paragraph) in batch.nodes
        p = batch.nodes[passage_id(DOC, s.paragraph)].properties
        assert p["char_start"] <= s.start and s.end <= p["char_end"]
        count += 1
    assert count > 1000


def test_document_and_passages(batch):
    d = batch.nodes[DOC]
    assert d.kind == "Document" and d.properties["date"] == "2017-03-30"
    assert len(d.properties["sha256"]) == 64 and d.properties["path"] == REPORT.name
    passages = [n for n in batch.nodes.values() if n.kind == "Passage"]
    assert len(passages) == 121
    assert all(any(e.type == "IN_DOCUMENT" and e.source == p.id for e in batch.edges.values())
               for p in passages)
    p = batch.nodes[passage_id(DOC, 116)].properties
    assert (p["number"], p["section"]) == ("8.3", "acta")


def test_curated_edges_are_not_the_reports(batch):
    """Curated knowledge is the reference layer's, never the report's: none of its edges is in the
    report's batch, and every one carries curated, its reference, and no document source."""
    assert not [e for e in batch.edges.values()
                if e.properties.get("curated") or e.properties["doc"] != DOC]
    shared = [n for n in batch.nodes.values() if n.kind == "Country"]
    assert all("doc" not in n.properties for n in shared)
    ref = reference_batch()
    assert ref.document == CURATED_DOC and ref.edges
    assert all(e.properties["doc"] == CURATED_DOC and e.properties["curated"] and
               e.properties["reference"] and not e.sources for e in ref.edges.values())
    # a fact that holds for a period says so: the 2017 presidency of the CRM
    (ppt,) = [e for e in ref.edges.values() if e.type == "HOLDS_POST" and e.target == "body:crm-ppt"]
    assert (ppt.source, ppt.properties["valid_from"], ppt.properties["valid_until"]) == \
        ("country:sv", "2017-01-01", "2017-12-31")


@pytest.mark.slow      # the report extracted a second time; `make test` runs it
def test_deterministic_and_valid(report_batch_again, batch):
    # Speed is measured in bench/, not asserted here.
    report_batch_again.validate()
    assert set(report_batch_again.nodes) == set(batch.nodes) and \
        set(report_batch_again.edges) == set(batch.edges)


def test_load_file_uses_stem(tmp_path):
    p = tmp_path / "nota-2018.md"
    p.write_text("Nota\n\n1. Inicio\n\nChile menciona que la CRM avanza.\n", encoding="utf-8")
    b = load_file(p)
    assert b.document == "nota-2018" and "country:cl" in b.nodes
