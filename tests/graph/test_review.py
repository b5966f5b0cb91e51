"""Review decisions on the bundled report: applied to its batch (pure), stored on both engines,
kept through `load --replace` and a full reload, and round-tripped through export and import."""
from __future__ import annotations

import copy
import json

import pytest

from graph.batch import Edge
from graph.review import Decision, ReviewError, apply, decision_for, fact_id, only_reviewed
from graph.review_log import ReviewLog, dump, parse
from graph.store import QueryResult
from tests.conftest import REPORT, REPORT_ID

ACTA_11 = f"commitment:{REPORT_ID}:acta:11"
REPORT_2 = f"commitment:{REPORT_ID}:report:2"
CRM_ST = "body:crm-st"
CSM_ST = "body:csm-st"
# report decision 2: "... Chile será el punto focal de la CSM y Panamá el de la CRM."
CHILE_QUOTE = "Chile será el punto focal de la CSM"


@pytest.fixture
def batch(report_batch):
    return copy.deepcopy(report_batch)


def edge(batch, etype, source, target) -> Edge:
    hits = [e for e in batch.edges.values()
            if (e.type, e.source, e.target) == (etype, source, target)]
    assert len(hits) == 1, (etype, source, target, hits)
    return hits[0]


def add_chile(batch, start=None) -> Decision:
    return Decision(fact_id("RESPONSIBLE_FOR", "country:cl", REPORT_2, REPORT_ID), "add", REPORT_ID,
                    "RESPONSIBLE_FOR", "country:cl", REPORT_2, quote=CHILE_QUOTE, start=start,
                    reason="report decision 2 makes Chile the CSM's focal point")


# -- pure: decisions applied to the report's batch -----------------------------------------------
def test_fact_ids_are_stable_across_extractions(report_batch, report_batch_again):
    assert list(report_batch_again.edges) == list(report_batch.edges)
    e = edge(report_batch, "RESPONSIBLE_FOR", CRM_ST, ACTA_11)
    assert e.id == fact_id("RESPONSIBLE_FOR", CRM_ST, ACTA_11, REPORT_ID)


def test_reject_takes_the_fact_out_and_accept_marks_it(batch):
    wrong = edge(batch, "RESPONSIBLE_FOR", CRM_ST, ACTA_11)
    right = edge(batch, "RESPONSIBLE_FOR", CSM_ST, ACTA_11)
    problems = apply(batch, [decision_for(wrong, "reject", reason="test"),
                             decision_for(right, "accept")])
    assert problems == []
    assert wrong.id not in batch.edges
    assert batch.edges[right.id].properties["review_status"] == "accepted"
    rows = [r for rows in batch.edge_rows(batch.validate()).values() for r in rows]
    statuses = {r["id"]: r["review_status"] for r in rows}
    assert statuses[right.id] == "accepted"
    assert {statuses[i] for i in statuses if i != right.id} == {"extracted"}
    # curated facts are never a document's; the reference layer marks its own
    from loaders.reference import reference_batch
    ref = reference_batch()
    ref_rows = [r for rows in ref.edge_rows(ref.validate()).values() for r in rows]
    assert ref_rows and {(r["rule"], r["review_status"]) for r in ref_rows} == {("curated", "curated")}


def test_an_added_fact_is_anchored_on_its_quote(batch):
    assert apply(batch, [add_chile(batch)]) == []
    added = edge(batch, "RESPONSIBLE_FOR", "country:cl", REPORT_2)
    assert added.properties["review_status"] == "added" and added.properties["rule"] == "analyst"
    (src,) = added.sources
    text = batch.nodes[REPORT_ID].properties["text"]
    assert src.quote == CHILE_QUOTE and text[src.start:src.end] == CHILE_QUOTE
    commitment = batch.nodes[REPORT_2]
    assert src.paragraph == commitment.sources[0].paragraph
    assert src.section == commitment.sources[0].section
    batch.validate()


def test_a_correction_changes_an_end_a_role_or_a_date(batch):
    wrong = edge(batch, "RESPONSIBLE_FOR", CRM_ST, ACTA_11)
    due = edge(batch, "DUE", f"commitment:{REPORT_ID}:acta:9", "date:2017-04-24/2017-04-30")
    fixes = [decision_for(wrong, "correct", changes={"source": "body:crm-ppt", "role": "lead"}),
             decision_for(due, "correct", changes={"date": "2017-04-28"})]
    assert apply(batch, fixes) == []
    assert wrong.id not in batch.edges and due.id not in batch.edges
    moved = edge(batch, "RESPONSIBLE_FOR", "body:crm-ppt", ACTA_11)
    assert moved.properties["role"] == "lead" and moved.properties["review_status"] == "corrected"
    assert moved.sources == wrong.sources                      # the quote stays
    redated = edge(batch, "DUE", f"commitment:{REPORT_ID}:acta:9", "date:2017-04-28")
    assert redated.properties["review_status"] == "corrected"
    day = batch.nodes["date:2017-04-28"]
    assert (day.kind, day.properties["precision"], day.properties["date_end"]) == \
        ("Date", "day", "2017-04-28")
    batch.validate()


def test_decisions_that_no_longer_apply_are_reported_one_line_each(batch):
    gone = Decision(fact_id("MEMBER_OF", "country:cl", "conference:crm", REPORT_ID), "reject",
                    REPORT_ID, "MEMBER_OF", "country:cl", "conference:crm", quote="Chile")
    lost = Decision(fact_id("RESPONSIBLE_FOR", "country:pa", REPORT_2, REPORT_ID), "add",
                    REPORT_ID, "RESPONSIBLE_FOR", "country:pa", REPORT_2,
                    quote="Panamá será la secretaría del universo")
    stranger = Decision(fact_id("RESPONSIBLE_FOR", "country:xx", REPORT_2, REPORT_ID), "add",
                        REPORT_ID, "RESPONSIBLE_FOR", "country:xx", REPORT_2, quote=CHILE_QUOTE)
    other_doc = Decision(fact_id("MEMBER_OF", "country:cl", "conference:crm", "otro"), "reject",
                         "otro", "MEMBER_OF", "country:cl", "conference:crm")
    before = len(batch.edges)
    problems = apply(batch, [gone, lost, stranger, other_doc])
    assert len(batch.edges) == before
    assert len(problems) == 3 and all("\n" not in p for p in problems)
    by_id = {p.split(":", 1)[0]: p for p in problems}
    assert "no longer extracted" in by_id[gone.id]
    assert "quote is no longer in the document" in by_id[lost.id]
    assert "'country:xx' is not named in the document" in by_id[stranger.id]


def test_the_ontology_still_decides(batch):
    bad = Decision(fact_id("HELD_IN", "country:cl", REPORT_2, REPORT_ID), "add", REPORT_ID,
                   "HELD_IN", "country:cl", REPORT_2, quote=CHILE_QUOTE)
    (problem,) = apply(batch, [bad])
    assert "HELD_IN may not link Country to Commitment" in problem
    batch.validate()


def test_only_reviewed_drops_unreviewed_facts_from_a_result():
    def e(i, status, etype="RESPONSIBLE_FOR"):
        return {"id": i, "type": etype, "source": "a", "target": "b",
                "properties": {"review_status": status}}
    edges = {"1": e("1", "extracted"), "2": e("2", "accepted"), "3": e("3", "added"),
             "4": e("4", "extracted", "MENTIONS"), "5": e("5", "curated")}
    res = QueryResult(["r"], [[v] for v in edges.values()], {}, edges)
    out = only_reviewed(res)
    assert sorted(out.edges) == ["2", "3", "4", "5"]
    assert [r[0]["id"] for r in out.rows] == ["2", "3", "4", "5"]


# -- the review file -------------------------------------------------------------------------------
def test_review_file_round_trips_and_bad_files_say_where(batch, tmp_path):
    wrong = edge(batch, "RESPONSIBLE_FOR", CRM_ST, ACTA_11)
    decisions = [decision_for(wrong, "reject", reason="«both» secretariats", by="ana",
                              at="2026-01-01T00:00:00+00:00"), add_chile(batch, 27140)]
    text = dump(decisions)
    assert dump(parse(text, "x.json")) == text
    log = ReviewLog(tmp_path / "review.json")
    log.import_decisions(parse(text, "x.json"))
    assert log.export_text() == text

    raw = json.loads(text)
    raw["decisions"][0]["action"] = "approve"
    with pytest.raises(ReviewError, match=r"^f\.json:decisions\[0\]: unknown action 'approve'"):
        parse(json.dumps(raw), "f.json")
    raw = json.loads(text)
    i = next(k for k, d in enumerate(raw["decisions"]) if d["action"] == "add")
    raw["decisions"][i]["target"] = ACTA_11                   # edited by hand: id no longer fits
    with pytest.raises(ReviewError, match=rf"^f\.json:decisions\[{i}\]: id .* is not the id of"):
        parse(json.dumps(raw), "f.json")
    with pytest.raises(ReviewError, match=r"^f\.json:3: not JSON"):
        parse('{"format": "actagraph-review",\n "version": 1,\n "decisions": [,]}', "f.json")
    with pytest.raises(ReviewError, match=r"^f\.json:1: not an actagraph review file"):
        parse("[]", "f.json")


# -- on both engines: decisions survive every reload -----------------------------------------------
def responsible(store, commitment: str) -> list[str]:
    from queries.library import load_library
    rows = load_library()["responsibility_register"].run(store, {}).records()
    (row,) = [r for r in rows if r["id"] == commitment]
    return sorted(row["responsible"])


def load_with_review(store, log, *, clear=False):
    """What `actagraph load --replace` does (and a full reload, with clear=True)."""
    from actagraph.review import prepare
    from loaders.pipeline import load_file
    if clear:
        store.clear()
    from loaders.reference import reference_batch
    batch = load_file(REPORT)
    problems = prepare(batch, log.decisions())
    store.load(batch, replace=True)
    store.load(reference_batch(), replace=True)
    return problems


# slow: every decision re-extracts the report and reloads it; `make test` runs it
@pytest.mark.slow
def test_rejected_and_added_facts_survive_every_reload(store, tmp_path):
    from actagraph.review import add_fact, decide, listing
    log = ReviewLog(tmp_path / "review.json")
    assert load_with_review(store, log) == []
    assert responsible(store, ACTA_11) == ["Secretaría Técnica de la CRM", "Secretaría Técnica de la CSM"]
    assert responsible(store, REPORT_2) == []
    wrong = fact_id("RESPONSIBLE_FOR", CRM_ST, ACTA_11, REPORT_ID)
    right = fact_id("RESPONSIBLE_FOR", CSM_ST, ACTA_11, REPORT_ID)

    d, problems = decide(store, log, wrong, "reject", reason="test: one secretariat only", by="t")
    assert problems == [] and d.action == "reject"
    decide(store, log, right[:10], "accept", by="t")            # a unique prefix is enough
    added, _ = add_fact(store, log, REPORT_ID, CHILE_QUOTE, "RESPONSIBLE_FOR", "Chile", REPORT_2,
                        by="t")
    assert added.source == "country:cl" and added.start == 27140

    def check():
        assert responsible(store, ACTA_11) == ["Secretaría Técnica de la CSM"]
        assert responsible(store, REPORT_2) == ["Chile"]
        res = store.run("MATCH ()-[r]->() WHERE r.id IN $ids RETURN r.id, r.review_status, "
                        "r.rule, r.quote, r.char_start, r.char_end", {"ids": [wrong, right, added.id]})
        got = {row[0]: tuple(row[1:]) for row in res.rows}
        assert wrong not in got
        assert got[right][0] == "accepted"
        assert got[added.id] == ("added", "analyst", CHILE_QUOTE, 27140, 27140 + len(CHILE_QUOTE))
        rows = {r["id"]: r for r in listing(store, log)}
        assert rows[wrong]["status"] == "rejected" and rows[wrong]["reason"] == "test: one secretariat only"
        assert rows[right]["status"] == "accepted" and rows[added.id]["status"] == "added"
        assert sum(r["status"] == "pending" for r in rows.values()) > 100

    check()
    assert load_with_review(store, log) == []                      # load --replace
    check()
    assert load_with_review(store, log, clear=True) == []          # a full reload
    check()


# slow: every decision re-extracts the report and reloads it; `make test` runs it
@pytest.mark.slow
def test_a_decision_reapplies_exactly_as_a_reload_does(store, tmp_path):
    """The graph after a decision (re-extracted from the stored text) is byte-identical to the
    graph after `load --replace` of the file with the same decisions."""
    from actagraph.review import decide
    from graph.export import graph_of_store, to_json
    log = ReviewLog(tmp_path / "review.json")
    load_with_review(store, log)
    decide(store, log, fact_id("RESPONSIBLE_FOR", CRM_ST, ACTA_11, REPORT_ID), "correct",
           changes={"source": "Presidencia Pro-Tempore de la CRM"}, by="t")
    after_decision = to_json(graph_of_store(store))
    load_with_review(store, log)
    assert to_json(graph_of_store(store)) == after_decision
    assert responsible(store, ACTA_11) == ["Presidencia Pro-Tempore de la CRM",
                                           "Secretaría Técnica de la CSM"]


def test_refused_decisions_change_nothing(store, tmp_path):
    from actagraph.review import add_fact, decide
    from graph.export import graph_of_store, to_json
    log = ReviewLog(tmp_path / "review.json")
    load_with_review(store, log)
    before = to_json(graph_of_store(store))
    with pytest.raises(ReviewError, match="not in the document's text"):
        add_fact(store, log, REPORT_ID, "una frase que el informe no dice", "RESPONSIBLE_FOR",
                 "Chile", REPORT_2)
    with pytest.raises(ReviewError, match="may not link"):
        add_fact(store, log, REPORT_ID, CHILE_QUOTE, "HELD_IN", "Chile", REPORT_2)
    with pytest.raises(ReviewError, match="no fact with id"):
        decide(store, log, "0000000000", "reject")
    curated = store.run("MATCH ()-[r]->() WHERE r.doc = 'reference' RETURN r.id LIMIT 1").rows[0][0]
    with pytest.raises(ReviewError, match="curated fact"):
        decide(store, log, curated, "reject")
    assert log.decisions() == []
    assert to_json(graph_of_store(store)) == before


def test_decisions_round_trip_through_export_and_import(store, tmp_path):
    from actagraph.review import add_fact, decide, import_text
    first = ReviewLog(tmp_path / "first.json")
    load_with_review(store, first)
    decide(store, first, fact_id("RESPONSIBLE_FOR", CRM_ST, ACTA_11, REPORT_ID), "reject", by="t")
    add_fact(store, first, REPORT_ID, CHILE_QUOTE, "RESPONSIBLE_FOR", "country:cl", REPORT_2, by="t")
    exported = first.export_text()

    second = ReviewLog(tmp_path / "second.json")
    load_with_review(store, second, clear=True)                 # the graph without decisions
    assert responsible(store, REPORT_2) == []
    n, problems = import_text(store, second, exported, "exported.json")
    assert (n, problems) == (2, [])
    assert second.export_text() == exported
    assert responsible(store, ACTA_11) == ["Secretaría Técnica de la CSM"]
    assert responsible(store, REPORT_2) == ["Chile"]

    # a change of mind: the rejected fact accepted after all, then that decision withdrawn
    from actagraph.review import withdraw
    wrong = fact_id("RESPONSIBLE_FOR", CRM_ST, ACTA_11, REPORT_ID)
    decide(store, second, wrong, "accept", by="t")
    both = ["Secretaría Técnica de la CRM", "Secretaría Técnica de la CSM"]
    assert responsible(store, ACTA_11) == both
    res = store.run("MATCH ()-[r]->() WHERE r.id = $id RETURN r.review_status", {"id": wrong})
    assert res.rows == [["accepted"]]
    withdraw(store, second, wrong)
    res = store.run("MATCH ()-[r]->() WHERE r.id = $id RETURN r.review_status", {"id": wrong})
    assert res.rows == [["extracted"]] and responsible(store, ACTA_11) == both
    assert [d.action for d in second.decisions()] == ["add"]


@pytest.mark.slow      # opens a LadybugDB file; `make test` runs it
def test_an_embedded_file_made_before_the_review_columns_gets_them(tmp_path, report_batch):
    """A database loaded before `rule`, `confidence` and `review_*` existed still loads and answers."""
    import ladybug as lb

    from graph.embedded_store import EmbeddedStore
    from graph.ontology import load_ontology
    path = tmp_path / "old.lbug"
    store = EmbeddedStore(path)
    store.ensure_schema()
    store.close()
    db = lb.Database(str(path))
    conn = lb.Connection(db)
    for etype in load_ontology().edge_types:
        for col in ("rule", "confidence", "review_status", "review_reason"):
            conn.execute(f"ALTER TABLE {etype} DROP {col}")
    conn.close()
    db.close()
    (tmp_path / "old.lbug.seal").unlink(missing_ok=True)   # a file from before seals existed
    store = EmbeddedStore(path)
    store.load(report_batch)
    res = store.run("MATCH ()-[r]->() WHERE r.type = 'RESPONSIBLE_FOR' "
                    "RETURN DISTINCT r.review_status, r.rule")
    assert res.rows == [["extracted", "extractor"]]
    store.close()


@pytest.mark.slow      # opens a LadybugDB file; `make test` runs it
def test_a_prefix_of_several_fact_ids_is_said_to_be_ambiguous(tmp_path):
    from actagraph.review import find_fact
    from graph.embedded_store import EmbeddedStore
    from graph.review import ReviewError
    from tests.graph.test_store_contract import small_batch
    store = EmbeddedStore(tmp_path / "g.lbug")
    b = small_batch()
    for i in range(20):               # 20 ids over 16 hex digits: two share their first digit
        b.add_node(f"country:c{i}", "Country", f"C{i}", [])
        b.add_edge("MEMBER_OF", f"country:c{i}", "conference:crm")
    store.load(b)
    # the ids a decision names: a fact edge's per-document ids, any other edge's own
    ids = sorted(r[0] for r in store.run("MATCH ()-[r]->() UNWIND coalesce(r.doc_edge_ids, "
                                         "[r.id]) AS id RETURN id").rows)
    shared = next(a[0] for a, c in zip(ids, ids[1:]) if a[0] == c[0])
    with pytest.raises(ReviewError, match="start of several facts' ids; give more of the id"):
        find_fact(store, shared)
    assert find_fact(store, ids[0])["id"] == ids[0]
    assert find_fact(store, "zzzz-not-an-id") is None
    store.close()
