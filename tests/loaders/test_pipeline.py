
from graph.batch import passage_id
from loaders.pipeline import extract, load_file
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
    curated = [e for e in batch.edges.values() if e.properties.get("curated")]
    assert curated and all(e.properties["doc"] == "gazetteer" and e.properties["reference"]
                           and not e.sources for e in curated)
    shared = [n for n in batch.nodes.values() if n.kind == "Country"]
    assert all("doc" not in n.properties for n in shared)


def test_validates(report_text):
    # Speed is measured in bench/, not asserted here.
    extract(report_text, DOC, str(REPORT)).validate()


def test_deterministic(report_text, batch):
    again = extract(report_text, DOC, str(REPORT))
    assert set(again.nodes) == set(batch.nodes) and set(again.edges) == set(batch.edges)


def test_load_file_uses_stem(tmp_path):
    p = tmp_path / "nota-2018.md"
    p.write_text("Nota\n\n1. Inicio\n\nChile menciona que la CRM avanza.\n", encoding="utf-8")
    b = load_file(p)
    assert b.document == "nota-2018" and "country:cl" in b.nodes
