"""Each loader component on a paragraph of its own: the pipeline runs up to the component, and
the test looks at what that one component added (nodes, edges, annotations), so a failure names
the component at fault. Texts are written for these tests, in Spanish and English."""
from __future__ import annotations

import pytest

from graph.batch import GraphBatch
from loaders import pipeline
from loaders.context import Context
from loaders.gazetteer import load_gazetteer
from loaders.patterns import load_patterns
from loaders.read import normalise
from loaders.structure import parse_document


def run_through(component, text: str, doc: str = "componente"):
    """Run COMPONENTS up to and including `component` on `text`; return (context, nodes it
    added, edges it added) where nodes are {id: kind} and edges (type, source, target)."""
    text = normalise(text)
    ctx = Context(parse_document(text, doc, f"{doc}.txt"), load_gazetteer(None), load_patterns(),
                  GraphBatch(doc), curation=False)
    before_nodes: dict = {}
    before_edges: set = set()
    for c in pipeline.COMPONENTS:
        if c is component:
            before_nodes = {i: n.kind for i, n in ctx.batch.nodes.items()}
            before_edges = {(e.type, e.source, e.target) for e in ctx.batch.edges.values()}
        c(ctx)
        if c is component:
            break
    else:
        raise AssertionError(f"{component.__name__} is not in COMPONENTS")
    nodes = {i: n.kind for i, n in ctx.batch.nodes.items() if i not in before_nodes}
    edges = {(e.type, e.source, e.target) for e in ctx.batch.edges.values()} - before_edges
    for e in ctx.batch.edges.values():       # whatever a component adds keeps exact quotes
        for s in e.sources:
            assert ctx.text[s.start:s.end] == s.quote
    return ctx, nodes, edges


def kinds(nodes: dict) -> set[str]:
    return set(nodes.values())


def test_the_pipeline_is_one_ordered_list():
    names = [c.__name__ for c in pipeline.COMPONENTS]
    assert names[0] == "add_document" and names[-1] == "validate"
    assert len(names) == len(set(names))
    assert names.index("find_text_entities") < names.index("read_meeting_frame") \
        < names.index("find_commitments")


def test_add_document_makes_the_document_and_its_passages():
    _, nodes, _ = run_through(pipeline.add_document,
                              "Acta de la reunión\n\nPrimer párrafo.\n\nSegundo párrafo.")
    assert nodes["componente"] == "Document"
    assert list(nodes.values()).count("Passage") >= 2


def test_link_entities_finds_countries_of_the_world_layer():
    ctx, _, _ = run_through(pipeline.link_entities,
                            "Participaron las delegaciones de Chile, el Perú y la República "
                            "Oriental del Uruguay.")
    assert {"country:cl", "country:pe", "country:uy"} <= {m.entity for m in ctx.mentions}


def test_tagging_marks_each_passage_once():
    from loaders.context import tag_document
    ctx, _, _ = run_through(tag_document, "Costa Rica y Panamá acordaron reunirse el 3 de "
                                          "mayo de 2019 en la ciudad de Panamá.")
    items = [it for its in ctx.items_by_block.values() for it in its]
    assert items, "no placeholders"
    texts = {ctx.text[it.start:it.end] for it in items}
    assert {"Costa Rica", "Panamá"} & texts


def test_rules_read_the_members_of_a_forum_body():
    from loaders.rules import apply_rules
    text = ("Informe de la reunión\n\nSe reunieron la Troika de la CRM (El Salvador, Honduras y "
            "Panamá) y la Troika de la CSM (Paraguay y Chile).")
    _, _, edges = run_through(apply_rules, text)
    members = {s for t, s, _ in edges if t == "MEMBER_OF"}
    assert {"country:sv", "country:hn", "country:pa", "country:py", "country:cl"} <= members


def test_the_meeting_frame_reads_date_and_place():
    from loaders.frame import read_meeting_frame
    text = ("Reunión de Viceministros\n\nLos Viceministros se reunieron en la ciudad de Lima, "
            "Perú, los días 30 y 31 de mayo de 2002.")
    ctx, nodes, edges = run_through(read_meeting_frame, text)
    held_on = [t for ty, s, t in edges if ty == "HELD_ON" and s == "event:componente:meeting"]
    assert held_on
    date = ctx.batch.nodes[held_on[0]]
    assert (date.properties.get("date"), date.properties.get("date_end")) == ("2002-05-30", "2002-05-31")


@pytest.mark.parametrize("text", [
    "Reunión de la Conferencia\n\nACUERDAN:\n\n1. Encomendar a la Secretaría Técnica la "
    "preparación de un informe sobre trata de personas.\n\n2. Realizar la próxima reunión en "
    "Costa Rica.",
    "Joint Communiqué\n\nThe Ministers agreed to:\n\n1. establish a working group on labour "
    "migration;\n\n2. report back at the next meeting.",
])
def test_commitments_are_read_under_an_operative_heading(text):
    """ACUERDAN: in Spanish, "agreed to:" in English: two numbered commitments each."""
    _, nodes, _ = run_through(pipeline.find_commitments, text)
    assert list(nodes.values()).count("Commitment") == 2


def test_statements_record_who_said_what():
    from loaders.statements import extract_statements
    text = ("Informe\n\nLa delegación de México propuso crear una red de puntos focales. "
            "Guatemala apoyó la propuesta.")
    _, nodes, edges = run_through(extract_statements, text)
    assert "Statement" in kinds(nodes)
    assert any(t == "PROPOSED" and s == "country:mx" for t, s, _ in edges)


def test_signatories_are_read_from_the_signature_block():
    text = ("Acta de la reunión\n\nACUERDAN:\n\n1. Crear una red de puntos focales.\n\n"
            "María Fernanda López\nPresidenta Pro Tempore\nConferencia Regional sobre Migración")
    ctx, _, edges = run_through(pipeline.read_signatures, text)
    represents = [(s, t) for ty, s, t in edges if ty == "REPRESENTS"]
    assert represents, edges
    person, owner = represents[0]
    assert "López" in ctx.batch.nodes[person].name and owner == "conference:crm"


def test_the_meeting_is_named_from_the_title():
    from loaders.meeting import meeting_name
    _, nodes, _ = run_through(pipeline.add_meeting,
                              "XXII Reunión Viceministerial de la Conferencia Regional sobre "
                              "Migración\n\nLos Viceministros se reunieron.")
    assert nodes.get("event:componente:meeting") == "Event"
    assert callable(meeting_name)


def test_sentences_do_not_cut_after_an_abbreviation():
    from loaders.spans import sentences, trim
    text = "Lo dijo el Sr. Pérez. Luego habló la Sra. Gómez."
    spans = sentences(text, 0, len(text), frozenset({"sr", "sra"}))
    assert [text[a:b].strip() for a, b in spans] == ["Lo dijo el Sr. Pérez.",
                                                    "Luego habló la Sra. Gómez."]
    assert trim("  **Chile** ", 0, 12) == (4, 9)
