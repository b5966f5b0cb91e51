"""graph.analytics on small graphs written here (answers worked out by hand in the comments) and
on the real report, on both engines through the `store` / `report_store` fixtures."""
from __future__ import annotations

import hashlib

import pytest

from graph import analytics as an
from graph.batch import GraphBatch, Source

# -- a small two-meeting graph ------------------------------------------------------------------
# Meeting m1 (2017-03-30) states:  Troika PART_OF CRM; El Salvador and Panamá are troika members;
# Panamá and Chile are focal points of the joint group ADHOC; Chile is a member of CSM.
# Meeting m2 (2018-05-10) states:  Panamá is an observer of CSM.
# Undirected, m1 alone is a tree of 7 nodes:
#     CRM — Troika — Panamá — ADHOC — Chile — CSM,   El Salvador — Troika
NAMES = {"conference:crm": ("Conference", "Conferencia Regional", {"acronym": "CRM"}),
         "conference:csm": ("Conference", "Conferencia Suramericana", {"acronym": "CSM"}),
         "body:troika": ("Body", "Troika", {"subtype": "troika"}),
         "body:adhoc": ("Body", "Grupo ad hoc", {"subtype": "ad_hoc_group", "acronym": "ADHOC"}),
         "country:sv": ("Country", "El Salvador", {}),
         "country:pa": ("Country", "Panamá", {}),
         "country:cl": ("Country", "Chile", {})}

M1 = [("PART_OF", "body:troika", "conference:crm", None, "La Troika es de la Conferencia Regional."),
      ("MEMBER_OF", "country:sv", "body:troika", "troika_member", "El Salvador integra la Troika."),
      ("MEMBER_OF", "country:pa", "body:troika", "troika_member", "Panamá integra la Troika."),
      ("MEMBER_OF", "country:pa", "body:adhoc", "focal_point", "Panamá es punto focal del Grupo ad hoc."),
      ("MEMBER_OF", "country:cl", "body:adhoc", "focal_point", "Chile es punto focal del Grupo ad hoc."),
      ("MEMBER_OF", "country:cl", "conference:csm", "member", "Chile es miembro de la Conferencia Suramericana.")]
M2 = [("MEMBER_OF", "country:pa", "conference:csm", "observer",
       "Panamá es observador de la Conferencia Suramericana.")]


def meeting(doc: str, date: str, facts, names=None) -> GraphBatch:
    """A batch whose text is one sentence per fact; every fact and name quotes its sentence."""
    names = names or NAMES
    text = "\n".join(f[4] for f in facts) + "\n"
    b = GraphBatch(doc)
    b.add_node(doc, "Document", doc, title=doc, text=text, date=date, precision="day",
               sha256=hashlib.sha256(text.encode()).hexdigest(), doc=None)
    for i, (etype, src, dst, role, sentence) in enumerate(facts):
        start = text.index(sentence)
        for nid in (src, dst):
            kind, name, props = names[nid]
            at = sentence.find(name)
            sources = [Source(doc, "1", i, start + at, start + at + len(name), name)] if at >= 0 else []
            b.add_node(nid, kind, name, sources, **props)
        b.add_edge(etype, src, dst, [Source(doc, "1", i, start, start + len(sentence), sentence)],
                   role=role)
    return b


@pytest.fixture
def two_meetings(store):
    store.load(meeting("m1", "2017-03-30", M1))
    store.load(meeting("m2", "2018-05-10", M2))
    return store


def test_the_network_is_read_in_one_store_call(two_meetings, monkeypatch):
    calls = []
    run = two_meetings.run
    monkeypatch.setattr(two_meetings, "run", lambda *a, **k: calls.append(a[0]) or run(*a, **k))
    g = an.read_network(two_meetings)
    assert len(calls) == 1
    assert g.number_of_nodes() == 7 and g.number_of_edges() == 7
    assert g.edges["country:pa", "conference:csm", next(iter(g["country:pa"]["conference:csm"]))][
        "date"] == "2018-05-10"


def test_centrality_on_the_m1_tree(two_meetings):
    g = an.network(two_meetings, doc="m1")
    c = an.centrality(g)
    # degree = distinct neighbours; degree centrality = degree / (7 - 1)
    assert {n: c[n]["degree"] for n in c} == {
        "conference:crm": 1, "body:troika": 3, "country:sv": 1, "country:pa": 2,
        "body:adhoc": 2, "country:cl": 2, "conference:csm": 1}
    assert c["body:troika"]["degree_centrality"] == pytest.approx(3 / 6)
    # In a tree, betweenness(v) = pairs separated by removing v, over (6 * 5 / 2) = 15 pairs:
    # Troika splits {CRM} {SV} {PA, ADHOC, CL, CSM}: 1 + 4 + 4 = 9; Panamá splits 3 | 3: 9;
    # ADHOC splits 4 | 2: 8; Chile splits 5 | 1: 5; the leaves separate nothing.
    expected = {"body:troika": 9 / 15, "country:pa": 9 / 15, "body:adhoc": 8 / 15,
                "country:cl": 5 / 15, "country:sv": 0, "conference:crm": 0, "conference:csm": 0}
    assert {n: c[n]["betweenness"] for n in c} == pytest.approx(expected)


def test_brokers_resolve_bodies_to_their_conference(two_meetings):
    rows = an.brokers(an.network(two_meetings, doc="m1"))
    # Panamá: CRM through the Troika (PART_OF CRM) and ADHOC; Chile: CSM and ADHOC.
    # El Salvador (CRM only) and the Troika (part of CRM only) are not brokers.
    assert [(r["actor"], r["forums"]) for r in rows] == [
        ("Chile", ["ADHOC", "CSM"]), ("Panamá", ["ADHOC", "CRM"])]
    assert rows[1]["roles"] == ["ADHOC: focal_point", "CRM: troika_member (Troika)"]
    assert rows[1]["documents"] == ["m1"]


def test_filters_by_date_document_and_relation_type(two_meetings):
    full = an.read_network(two_meetings)
    # both meetings: Panamá is tied to three forums
    assert [(r["actor"], r["n_forums"]) for r in an.brokers(an.select(full))] == [
        ("Panamá", 3), ("Chile", 2)]
    # since 2018 only m2 is left: Panamá observes CSM, one forum, no broker
    assert an.brokers(an.select(full, since="2018")) == []
    assert [r["actor"] for r in an.brokers(an.select(full, until="2017-12"))] == ["Chile", "Panamá"]
    assert an.brokers(an.select(full, doc="m2")) == []
    # MEMBER_OF only: the PART_OF edge leaves the network but still says whose the Troika is
    only = an.select(full, types=["member_of"], until="2017")
    assert "conference:crm" not in only
    assert [(r["actor"], r["forums"]) for r in an.brokers(only)] == [
        ("Chile", ["ADHOC", "CSM"]), ("Panamá", ["ADHOC", "CRM"])]
    with pytest.raises(an.AnalyticsError, match="NOT_A_TYPE"):
        an.select(full, types=["NOT_A_TYPE"])
    with pytest.raises(an.AnalyticsError, match="since"):
        an.select(full, since="30/03/2017")
    # a range that runs backwards, and a document the graph does not hold, are said in one line
    with pytest.raises(an.AnalyticsError, match="--since 2018 is after --until 2017"):
        an.select(full, since="2018", until="2017")
    with pytest.raises(an.AnalyticsError, match="no document 'm3'"):
        an.select(full, doc="m3")


def test_overlap_of_a_store_where_no_actor_is_tied_to_a_forum_is_empty(store):
    # one meeting whose only fact is a body's place in a forum: no country is tied to any forum,
    # so the matrix has no rows and no pairs (networkx refuses to project onto no nodes)
    store.load(meeting("m1", "2017-03-30", M1[:1]))
    o = an.overlap(an.network(store))
    assert (o["rows"], o["columns"], o["cells"], o["pairs"]) == ([], [], {}, [])


def test_country_forum_matrix_and_projection(two_meetings):
    o = an.overlap(an.network(two_meetings))
    assert o["rows"] == ["country:cl", "country:sv", "country:pa"]          # by name
    assert [o["names"][c] for c in o["columns"]] == ["ADHOC", "CRM", "CSM"]
    assert o["cells"] == {"country:cl": {"body:adhoc": ["focal_point"], "conference:csm": ["member"]},
                          "country:sv": {"conference:crm": ["troika_member"]},
                          "country:pa": {"body:adhoc": ["focal_point"],
                                         "conference:crm": ["troika_member"],
                                         "conference:csm": ["observer"]}}
    # Chile and Panamá share ADHOC and CSM (2); El Salvador and Panamá share CRM (1);
    # Chile and El Salvador share nothing (no pair)
    assert [(p["a_name"], p["b_name"], p["shared"], p["forums"]) for p in o["pairs"]] == [
        ("Chile", "Panamá", 2, ["ADHOC", "CSM"]), ("El Salvador", "Panamá", 1, ["CRM"])]


# Two triangles joined by one edge: {C1, B1, X1} and {C2, B2, X2}, X1 — B2.
TRIANGLES = {"conference:c1": ("Conference", "Uno", {}), "conference:c2": ("Conference", "Dos", {}),
             "body:b1": ("Body", "Cuerpo uno", {"subtype": "network"}),
             "body:b2": ("Body", "Cuerpo dos", {"subtype": "network"}),
             "country:x1": ("Country", "Equis uno", {}), "country:x2": ("Country", "Equis dos", {})}


def test_louvain_splits_two_triangles_joined_by_a_bridge(store):
    facts = [("PART_OF", "body:b1", "conference:c1", None, "Cuerpo uno es de Uno."),
             ("MEMBER_OF", "country:x1", "conference:c1", "member", "Equis uno es miembro de Uno."),
             ("MEMBER_OF", "country:x1", "body:b1", "member", "Equis uno integra Cuerpo uno."),
             ("PART_OF", "body:b2", "conference:c2", None, "Cuerpo dos es de Dos."),
             ("MEMBER_OF", "country:x2", "conference:c2", "member", "Equis dos es miembro de Dos."),
             ("MEMBER_OF", "country:x2", "body:b2", "member", "Equis dos integra Cuerpo dos."),
             ("MEMBER_OF", "country:x1", "body:b2", "observer", "Equis uno observa Cuerpo dos.")]
    store.load(meeting("t1", "2019-01-01", facts, TRIANGLES))
    g = an.network(store)
    # modularity: 2 triangles (7 edges, 1 between) beat any other split
    assert an.communities(g) == [["body:b1", "conference:c1", "country:x1"],
                                 ["body:b2", "conference:c2", "country:x2"]]
    rows = {r["actor_id"]: r for r in an.metrics(g)}
    assert rows["country:x1"]["community"] == 0 and rows["country:x2"]["community"] == 1
    # X1 is tied to Uno (member, and through Cuerpo uno) and to Dos (observer of Cuerpo dos)
    assert rows["country:x1"]["broker"] and rows["country:x1"]["forums"] == ["Dos", "Uno"]
    assert not rows["country:x2"]["broker"]
    with pytest.raises(an.AnalyticsError):
        an.communities(g, "girvan")


def test_shortest_path_lists_the_relations_on_the_way(two_meetings):
    g = an.network(two_meetings, doc="m1")
    paths = an.shortest_paths(g, "El Salvador", "chile")
    # El Salvador -> Troika <- Panamá -> ADHOC <- Chile: one path of four hops
    assert len(paths) == 1
    steps = paths[0]
    assert [(s["from_name"], s["to_name"]) for s in steps] == [
        ("El Salvador", "Troika"), ("Troika", "Panamá"), ("Panamá", "Grupo ad hoc"),
        ("Grupo ad hoc", "Chile")]
    assert [[(r["type"], r["role"], r["direction"]) for r in s["relations"]] for s in steps] == [
        [("MEMBER_OF", "troika_member", "->")], [("MEMBER_OF", "troika_member", "<-")],
        [("MEMBER_OF", "focal_point", "->")], [("MEMBER_OF", "focal_point", "<-")]]
    assert steps[0]["relations"][0]["quote"] == "El Salvador integra la Troika."
    with pytest.raises(an.AnalyticsError, match="not in the network"):
        an.shortest_paths(g, "Argentina", "Chile")


# -- the bundled report ---------------------------------------------------------------------------
def test_report_troika_countries_bridge_crm_and_csm_through_the_joint_group(report_store):
    """The report: troikas CRM = El Salvador, Honduras, Panamá; CSM = Paraguay, Chile. No troika
    country sits in both conferences; the acta's ad-hoc CRM-CSM group has Chile (for the CSM)
    and Panamá (for the CRM) as focal points, so those two are the troika countries that bridge
    their conference and the joint group, and the CRM-CSM path between them runs through it."""
    g = an.network(report_store)
    rows = {r["actor"]: r for r in an.brokers(g)}
    troikas = {"El Salvador", "Honduras", "Panamá", "Paraguay", "Chile"}
    assert sorted(troikas & set(rows)) == ["Chile", "Panamá"]
    group = "Grupo de trabajo ad-hoc CRM-CSM sobre el Pacto Mundial"
    assert rows["Chile"]["forums"] == ["CSM", group]
    assert rows["Panamá"]["forums"] == ["CRM", group]
    assert f"CSM: focal_point ({group})" in rows["Chile"]["roles"]
    assert "CSM: troika_member (Troika de la CSM)" in rows["Chile"]["roles"]
    assert f"CRM: focal_point ({group})" in rows["Panamá"]["roles"]
    # the two technical secretariats are members of the same group
    assert rows["Secretaría Técnica de la CRM"]["forums"] == ["CRM", group]
    assert rows["Secretaría Técnica de la CSM"]["forums"] == ["CSM", group]
    # Chile and Panamá: two hops, through the group or through the meeting both attended
    path = an.shortest_paths(g, "Chile", "Panamá")
    assert [[s["from_name"] for s in p] + [p[-1]["to_name"]] for p in path] == [
        ["Chile", group, "Panamá"], ["Chile", "Reunión de las Troikas de la CRM y la CSM", "Panamá"]]
    assert {r["type"] for r in path[0][0]["relations"]} == {"MEMBER_OF", "FOCAL_POINT"}
    # curated memberships add México (CRM member, and co-facilitator for the UN)
    curated = {r["actor"]: r["forums"] for r in an.brokers(an.network(report_store, curated=True))}
    assert curated["México"] == ["CRM", "NNUU"]
    o = an.overlap(g)
    pairs = {(p["a_name"], p["b_name"]): p["forums"] for p in o["pairs"]}
    assert pairs[("Chile", "Panamá")] == [group]
    assert pairs[("Chile", "Paraguay")] == ["CSM"]
