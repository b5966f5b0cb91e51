"""Concrete answers from the troikas report (and from the hand-made batch, which needs no loader).

Report facts are checked by name as the text gives them, so they hold whatever ids the loader
chooses; each is the answer a reader of the report would give.
"""
from __future__ import annotations

import json

from queries.library import load_library

LIBRARY = load_library()


def records(store, name, **params):
    return LIBRARY[name].run(store, params).records()


def acta(rows, number):
    """The row of acta agreement `number` (not a report decision)."""
    hits = [r for r in rows if r["number"] == number and r["acta_group"] != "report"]
    assert len(hits) == 1, (number, hits)
    return hits[0]


# -- the real report ---------------------------------------------------------------------------
def test_crm_troika_is_el_salvador_honduras_panama(report_store):
    rows = records(report_store, "forum_members", forum="CRM")
    troika = {r["member"] for r in rows if r["unit_type"] == "troika"
              and "CRM" in r["unit"] and r["member"]}
    assert troika == {"El Salvador", "Honduras", "Panamá"}
    csm = records(report_store, "forum_members", forum="CSM")
    assert {r["member"] for r in csm if r["unit_type"] == "troika" and r["member"]} \
        >= {"Paraguay", "Chile"}


def test_calendar_of_events_is_kept_by_both_secretariats(report_store):
    row = acta(records(report_store, "responsibility_register"), "11")
    assert sorted(row["responsible"]) == ["Secretaría Técnica de la CRM",
                                          "Secretaría Técnica de la CSM"]
    assert "calendario" in row["commitment"].lower()
    assert row["quote"] and row["section"]


def test_videoconference_is_due_in_the_last_week_of_april_2017(report_store):
    row = acta(records(report_store, "responsibility_register"), "9")
    assert row["precision"] == ["week"]
    assert "2017-04-23" <= row["due_date"] <= "2017-04-24"
    assert row["due_end"] == "2017-04-30"
    due = records(report_store, "due_before", before="2017-04-30")
    assert "9" in {r["number"] for r in due}
    assert "9" not in {r["number"] for r in records(report_store, "due_before",
                                                    before="2017-04-23")}


def test_ad_hoc_group_focal_points_are_chile_for_csm_and_panama_for_crm(report_store):
    rows = records(report_store, "focal_points")
    pairs = {(r["focal_point"], r["on_behalf_of"]) for r in rows
             if "ad-hoc" in r["group_name"].lower() or "ad hoc" in r["group_name"].lower()}
    assert pairs == {("Chile", "CSM"), ("Panamá", "CRM")}


def test_register_lists_the_eleven_acta_agreements_in_order(report_store):
    rows = [r for r in records(report_store, "responsibility_register", include_report=False)
            if r["part_of"] is None]
    assert [r["number"] for r in rows] == [str(i) for i in range(1, 12)]


def test_documents_and_sources(report_store):
    docs = records(report_store, "documents")
    assert [d["id"] for d in docs] == ["informe-troikas-crm-csm-2017-03-30"]
    assert docs[0]["acta_commitments"] >= 11 and docs[0]["passages"] > 20
    rows = records(report_store, "sources_of", id="Chile")
    assert rows and all(r["via"] == "mention" for r in rows)
    assert all(r["quote"] and r["paragraph"] is not None for r in rows)
    assert all(json.loads(r["sources"]) for r in rows)


def test_shortest_path_and_neighbourhood(report_store):
    paths = records(report_store, "shortest_path", source="Chile", target="Panamá")
    assert paths and len({p["hops"] for p in paths}) == 1
    for p in paths:
        assert p["names"][0] == "Chile" and p["names"][-1] == "Panamá"
    one = records(report_store, "neighbourhood", actor="Chile", hops=1)
    two = records(report_store, "neighbourhood", actor="Chile", hops=2)
    assert 0 < len(one) < len(two)


# -- the hand-made batch (runs without the loader) ---------------------------------------------
def test_handmade_answers(handmade_store):
    reg = records(handmade_store, "responsibility_register")
    assert [r["number"] for r in reg] == ["7", "9", "11", "r1", "r2"]
    nine = acta(reg, "9")
    assert (nine["due_date"], nine["due_end"], nine["precision"]) == \
        ("2017-04-24", "2017-04-30", ["week"])
    assert sorted(acta(reg, "11")["responsible"]) == ["Secretaría Técnica de la CRM",
                                                      "Secretaría Técnica de la CSM"]
    assert [r["number"] for r in records(handmade_store, "gaps_no_responsible")] == ["7", "r1", "r2"]
    assert [r["number"] for r in records(handmade_store, "gaps_no_deadline")] == ["7", "11", "r2"]
    assert [r["number"] for r in records(handmade_store, "acta_without_discussion")] == ["7", "11"]
    assert [r["number"] for r in records(handmade_store, "report_decisions_unmatched")] == ["r2"]
    via = records(handmade_store, "commitments_of_actor", actor="chile")
    assert [(r["number"], r["via"]) for r in via] == [("9", "Troika de la CSM")]
    assert records(handmade_store, "commitments_of_actor", actor="Chile", indirect=False) == []
    assert {(r["focal_point"], r["on_behalf_of"]) for r in records(handmade_store, "focal_points")} \
        == {("Chile", "CSM"), ("Panamá", "CRM")}
    # due at the event itself (r1), not "due in the week the event falls in" (9)
    assert [r["number"] for r in records(handmade_store, "due_before",
                                         event="Videoconferencia de las troikas")] == ["r1"]
    assert [r["number"] for r in records(handmade_store, "due_before", before="2017-04-30")] \
        == ["r1", "9"]
    said = records(handmade_store, "statements_of_actor", actor="Paraguay")
    assert [s["quote"] for s in said] == ["Paraguay menciona que los viernes es difícil."]
    stances = {(r["actor"], r["stance"]) for r in records(handmade_store, "positions")}
    assert ("Paraguay", "OBJECTED") in stances and ("Chile", "SUPPORTED") in stances
    # a body counts as its conference; the ad-hoc group, joint to both, counts as itself
    multi = {r["actor"]: r["forum_names"] for r in records(handmade_store, "multi_forum_actors")}
    assert {a: sorted(f) for a, f in multi.items()} == {
        "Chile": ["CSM", "Grupo de trabajo ad-hoc"], "Panamá": ["CRM", "Grupo de trabajo ad-hoc"]}
    assert records(handmade_store, "multi_forum_actors", min_forums=3) == []
    timeline = records(handmade_store, "timeline")
    assert [t["date"] for t in timeline] == sorted(t["date"] for t in timeline)
    path = records(handmade_store, "shortest_path", source="country:py", target="PANAMA")
    assert path and all(p["names"][0] == "Paraguay" and p["names"][-1] == "Panamá" for p in path)
    hood = LIBRARY["neighbourhood"].run(handmade_store, {"actor": "Chile", "hops": 1})
    assert "country:cl" in hood.nodes and hood.edges
