"""Network analysis of the stored graph: centrality, brokers between forums, the country × forum
membership matrix and its projection, communities, and shortest paths between two actors.

The network is read from the store in one read (the saved query `network_relations`: every
membership, post, presidency, representation, focal point, participation, organisation,
responsibility and PART_OF edge, with its role, document and the document's date) into a
networkx MultiDiGraph; every measure is then a networkx algorithm over that graph, never a
re-implementation. Filters (document, date range of the document, relation types, curated facts
or not) select edges of the read graph, so one read serves every filter (the app reads once and
filters per year).

Forums are Conferences, Organizations, and Bodies that are part of nothing; any other Body is
resolved to the forum(s) it is PART_OF, followed upwards. PART_OF edges are structure: they are
used for that resolution whatever the filters (a body is its conference's whatever document
says so), but count as relations of the network only when they pass the filters. Curated facts
(`data/gazetteer.yaml`, document "gazetteer") are left out of the network unless asked for: a
document's analysis never shows what the document does not state.

Vocabulary (roles, kinds, seeds, the size above which betweenness is sampled) lives in
data/network.yaml. This module only reads the store; it must not write, and must not send a
query per node.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx
import yaml
from networkx.algorithms import bipartite

from graph.data_schemas import NetworkSettings, load_checked
from graph.data_files import data_file
from graph.errors import UserError
from graph.batch import CURATED_DOC
from graph.store import GraphStore

SETTINGS_PATH = data_file("network.yaml")
READ_QUERY = "network_relations"
READ_LIMIT = 10_000_000
READ_TIMEOUT_S = 600.0

__all__ = ["AnalyticsError", "read_network", "select", "network", "centrality", "ties",
           "brokers", "membership", "overlap", "communities", "metrics", "shortest_paths",
           "forums_of", "resolve"]


class AnalyticsError(UserError, ValueError):
    """A bad filter (unknown relation type, bad date) or an actor that is not in the network."""


@lru_cache(maxsize=1)
def settings() -> dict:
    """data/network.yaml as a dict (kinds, roles, seeds, betweenness sampling)."""
    return load_checked(SETTINGS_PATH, NetworkSettings)


# -- reading and filtering ----------------------------------------------------------------------
def read_network(store: GraphStore) -> nx.MultiDiGraph:
    """The whole network, from one read of the store (saved query `network_relations`).

    Returns a MultiDiGraph: nodes carry `kind`, `name`, `short` (acronym or name); edges are keyed
    by their stored id (a fact edge's further documents by `<id>@<document>`, one edge each) and
    carry `type`, `role`, `on_behalf_of`, `document`, `date` (the
    document's ISO date, None for curated facts), `curated` and `quote`. Nodes and edges are
    added in sorted order, so both engines give identical graphs (and identical seeded results).
    `g.graph["part_of"]` maps a node id to the ids it is PART_OF (all documents and curated) and
    `g.graph["nodes"]` holds every node read (kind, name, short), so a filtered graph still knows
    the conference a body belongs to.
    Raises StoreError when the store cannot answer.
    """
    from queries.library import load_library
    res = load_library()[READ_QUERY].run(store, max_rows=READ_LIMIT, timeout=READ_TIMEOUT_S)
    return _graph_of_rows(res.records())


def _graph_of_rows(rows: list[dict]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    nodes: dict[str, dict] = {}
    for r in rows:
        for end in ("source", "target"):
            nid = r[f"{end}_id"]
            if nid not in nodes:
                name = r[f"{end}_name"] or nid
                nodes[nid] = {"kind": r[f"{end}_kind"], "name": name,
                              "short": r[f"{end}_acronym"] or name}
    for nid in sorted(nodes):
        g.add_node(nid, **nodes[nid])
    part_of: dict[str, set] = defaultdict(set)
    seen: set[str] = set()
    for r in sorted(rows, key=lambda r: (r["edge_id"], r["document"] or "")):
        curated = bool(r["curated"]) or r["document"] == CURATED_DOC
        # a fact edge stated by several documents (graph/facts.py) comes once per document, so
        # the document and date filters still see each; the first keeps the stored id
        key = r["edge_id"] if r["edge_id"] not in seen else f"{r['edge_id']}@{r['document']}"
        seen.add(r["edge_id"])
        g.add_edge(r["source_id"], r["target_id"], key=key, type=r["type"],
                   role=r["role"] or None, on_behalf_of=r["on_behalf_of"] or None,
                   document=r["document"], date=None if curated else r["document_date"],
                   curated=curated, quote=r["quote"] or "")
        if r["type"] == "PART_OF":
            part_of[r["source_id"]].add(r["target_id"])
    g.graph["part_of"] = {k: sorted(v) for k, v in sorted(part_of.items())}
    g.graph["nodes"] = {n: dict(nodes[n]) for n in sorted(nodes)}
    return g


def select(g: nx.MultiDiGraph, *, doc: str | None = None, since: str | None = None,
           until: str | None = None, types=None, curated: bool = False) -> nx.MultiDiGraph:
    """The part of `g` whose edges pass every filter, with only the nodes those edges touch.

    doc: keep edges stated by this document id. since/until: ISO dates (YYYY, YYYY-MM or
    YYYY-MM-DD), inclusive, compared with the date of the edge's document (an edge of a document
    without a date is dropped when either is given). types: relationship types to keep (None:
    all those read). curated: keep curated facts too (they belong to no document and have no
    date, so doc/since/until never drop them). Raises AnalyticsError on an unknown type or a
    malformed date.
    """
    known = {d["type"] for _, _, d in g.edges(data=True)} | _ontology_types()
    wanted = None
    if types:
        wanted = {t.strip().upper() for t in types if t and t.strip()}
        bad = sorted(wanted - known)
        if bad:
            raise AnalyticsError(f"unknown relation type {', '.join(bad)} (known: "
                                 f"{', '.join(sorted(known))})")
    lo = _date_bound(since, "since", low=True)
    hi = _date_bound(until, "until", low=False)
    if lo is not None and hi is not None and lo > hi:
        raise AnalyticsError(f"--since {since} is after --until {until}: nothing can lie between")
    if doc is not None and doc not in {d.get("document") for _, _, d in g.edges(data=True)}:
        raise AnalyticsError(f"no document {doc!r} states any relation in the graph "
                             "(see `actagraph stats` for the documents loaded)")
    h = nx.MultiDiGraph()
    h.graph.update(g.graph)
    kept = []
    for u, v, k, d in g.edges(keys=True, data=True):
        if wanted is not None and d["type"] not in wanted:
            continue
        if d["curated"]:
            if not curated:
                continue
        else:
            if doc is not None and d["document"] != doc:
                continue
            if lo is not None or hi is not None:
                date = d["date"]
                if not date or (lo is not None and date < lo) or (hi is not None and date > hi):
                    continue
        kept.append((u, v, k, d))
    ends = sorted({x for u, v, _, _ in kept for x in (u, v)})
    h.add_nodes_from((n, g.nodes[n]) for n in ends)
    h.add_edges_from(kept)
    return h


def network(store: GraphStore, **filters) -> nx.MultiDiGraph:
    """read_network(store) narrowed by select(**filters)."""
    return select(read_network(store), **filters)


def _ontology_types() -> set[str]:
    from graph.ontology import load_ontology
    return set(load_ontology().edge_types)


def _date_bound(value: str | None, name: str, low: bool) -> str | None:
    """An ISO bound padded to a day: since 2017 -> 2017-01-01, until 2017 -> 2017-12-31."""
    if value is None or str(value).strip() == "":
        return None
    import datetime as dt
    text = str(value).strip()
    parts = text.split("-")
    try:
        if len(parts) == 1:
            y = int(parts[0])
            day = dt.date(y, 1, 1) if low else dt.date(y, 12, 31)
        elif len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            first = dt.date(y, m, 1)
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            day = first if low else nxt - dt.timedelta(days=1)
        else:
            day = dt.date.fromisoformat(text)
        if len(parts[0]) != 4:
            raise ValueError
    except ValueError:
        raise AnalyticsError(f"--{name} {text!r}: expected a date YYYY, YYYY-MM or YYYY-MM-DD") from None
    return day.isoformat()


# -- the undirected view most measures use ------------------------------------------------------
def simple(g: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple graph of `g`: one edge per connected pair, `weight` = how many stored
    relations (any type, any document) join them. Built in sorted order (deterministic)."""
    h = nx.Graph()
    h.add_nodes_from(sorted(g.nodes))
    weights: dict[tuple[str, str], int] = defaultdict(int)
    for u, v in g.edges():
        if u != v:
            weights[(u, v) if u < v else (v, u)] += 1
    h.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    return h


def _is_actor(g, n) -> bool:
    return g.nodes[n].get("kind") in settings()["actor_kinds"]


# -- centrality ---------------------------------------------------------------------------------
def centrality(g: nx.MultiDiGraph) -> dict[str, dict]:
    """Degree and betweenness of every node of `g`, on its undirected simple view.

    Returns {node id: {"degree": distinct neighbours (int), "degree_centrality": degree / (n-1),
    "betweenness": normalised betweenness centrality (share of shortest paths between other
    pairs that pass through the node, 0..1)}}. networkx.degree_centrality and
    networkx.betweenness_centrality; above `betweenness.exact_limit` nodes (data/network.yaml)
    betweenness is estimated from `pivots` source nodes drawn with a fixed seed.
    """
    h = simple(g)
    conf = settings()["betweenness"]
    k = None if h.number_of_nodes() <= conf["exact_limit"] else conf["pivots"]
    btw = nx.betweenness_centrality(h, k=k, normalized=True, seed=conf["seed"])
    dc = nx.degree_centrality(h) if h.number_of_nodes() > 1 else {n: 0.0 for n in h}
    return {n: {"degree": h.degree(n), "degree_centrality": dc[n], "betweenness": btw[n]}
            for n in h.nodes}


# -- forums, ties and brokers -------------------------------------------------------------------
def forums_of(g: nx.MultiDiGraph, node: str) -> list[str]:
    """The forum(s) a node belongs to: itself if it is a forum kind that is PART_OF no forum,
    else the top forums reached by following PART_OF (to forum kinds) upwards: a Body of a
    Conference gives the Conference. [] for a node that is not a forum kind. Uses the structure
    and node table that read_network keeps in g.graph (so it works on a filtered graph too)."""
    kinds = set(settings()["forum_kinds"])
    part_of = g.graph.get("part_of", {})
    info = g.graph.get("nodes", {})

    def kind(n):
        return info.get(n, {}).get("kind") or (g.nodes[n]["kind"] if n in g.nodes else None)
    if kind(node) not in kinds:
        return []
    out, seen, stack = set(), {node}, [node]
    while stack:
        n = stack.pop()
        parents = [p for p in part_of.get(n, []) if p not in seen and kind(p) in kinds]
        if not parents:
            out.add(n)
        for p in parents:
            seen.add(p)
            stack.append(p)
    return sorted(out)


@dataclass(frozen=True, order=True)
class Tie:
    """An actor tied to a forum, in a role, possibly through a body or event (`via`)."""
    actor: str
    forum: str
    role: str
    via: str
    document: str


def ties(g: nx.MultiDiGraph) -> list[Tie]:
    """Every (actor, forum, role, via, document) tie of `g`, sorted.

    An actor (data/network.yaml `actor_kinds`) is tied to a forum when it is MEMBER_OF, HOLDS_POST
    in, PRESIDES, REPRESENTS or is FOCAL_POINT of it or of one of its bodies (role: the edge's
    `role`, else the type's role in `tie_roles`); a focal point also to the conference it acts
    `on_behalf_of`; a participant in (or organiser of) an event to the forums that organise the
    event or that it is PART_OF (`event_roles`); and a Body to the forum it is part of
    (`part_of_role`, via itself). Ties of an actor to itself are dropped.
    """
    return _ties(g, settings())


def _ties(g: nx.MultiDiGraph, conf: dict) -> list[Tie]:
    tie_roles, event_roles = conf["tie_roles"], conf["event_roles"]
    forum_kinds = set(conf["forum_kinds"])
    out: set[Tie] = set()
    event_forums: dict[str, set] = defaultdict(set)
    for u, v, d in g.edges(data=True):
        if g.nodes[v]["kind"] != "Event":
            continue
        if d["type"] == "ORGANISES" and g.nodes[u]["kind"] in forum_kinds:
            event_forums[v].update(forums_of(g, u))
    for e, parents in g.graph.get("part_of", {}).items():
        if e in g.nodes and g.nodes[e]["kind"] == "Event":
            for p in parents:
                event_forums[e].update(forums_of(g, p))
    for u, v, d in g.edges(data=True):
        if not _is_actor(g, u):
            continue
        doc = d["document"]
        t = d["type"]
        if t in tie_roles and g.nodes[v]["kind"] in forum_kinds:
            role = d["role"] or tie_roles[t]
            for f in forums_of(g, v):
                out.add(Tie(u, f, role, v if v != f else "", doc))
            if t == "FOCAL_POINT" and d["on_behalf_of"]:
                for f in forums_of(g, d["on_behalf_of"]):
                    out.add(Tie(u, f, tie_roles[t], v, doc))
        elif t in event_roles and g.nodes[v]["kind"] == "Event":
            for f in sorted(event_forums.get(v, ())):
                out.add(Tie(u, f, event_roles[t], v, doc))
    for n, kind in g.nodes(data="kind"):
        if kind == "Body":
            for f in forums_of(g, n):
                if f != n:
                    out.add(Tie(n, f, conf["part_of_role"], n, ""))
    return sorted(t for t in out if t.actor != t.forum)


def brokers(g: nx.MultiDiGraph, min_forums: int = 2) -> list[dict]:
    """Actors tied to at least `min_forums` distinct forums, with the forums and roles.

    Returns rows sorted by number of forums (descending), then actor name and id:
    {"actor_id", "actor", "kind", "n_forums", "forum_ids": [...], "forums": [short names],
    "roles": ["CRM: troika_member (Troika de la CRM)", ...] (one per forum, role and via),
    "documents": [...]}. Centrality is in metrics(); brokers alone needs no path search.
    """
    by_actor: dict[str, list[Tie]] = defaultdict(list)
    for t in ties(g):
        by_actor[t.actor].append(t)
    rows = []
    for actor, ts in by_actor.items():
        forums = sorted({t.forum for t in ts}, key=lambda f: (_short(g, f), f))
        if len(forums) < min_forums:
            continue
        roles = sorted({_role_text(g, t) for t in ts})
        rows.append({"actor_id": actor, "actor": g.nodes[actor]["name"],
                     "kind": g.nodes[actor]["kind"], "n_forums": len(forums),
                     "forum_ids": forums, "forums": [_short(g, f) for f in forums],
                     "roles": roles, "documents": sorted({t.document for t in ts if t.document})})
    rows.sort(key=lambda r: (-r["n_forums"], r["actor"], r["actor_id"]))
    return rows


def _info(g, n) -> dict:
    return g.graph.get("nodes", {}).get(n) or (dict(g.nodes[n]) if n in g.nodes else
                                               {"kind": None, "name": n, "short": n})


def _short(g, n) -> str:
    return _info(g, n)["short"]


def _role_text(g, t: Tie) -> str:
    via = f" ({_info(g, t.via)['name']})" if t.via and t.via != t.actor else ""
    return f"{_short(g, t.forum)}: {t.role}{via}"


# -- country x forum membership, and its one-mode projection ------------------------------------
def membership(g: nx.MultiDiGraph, kind: str = "Country") -> nx.Graph:
    """Bipartite graph of `kind` actors (bipartite=0) and the forums they are tied to
    (bipartite=1); each edge carries `roles` (sorted list of role names)."""
    b = nx.Graph()
    roles: dict[tuple[str, str], set] = defaultdict(set)
    for t in ties(g):
        if g.nodes[t.actor]["kind"] == kind:
            roles[(t.actor, t.forum)].add(t.role)
    actors = sorted({a for a, _ in roles})
    forums = sorted({f for _, f in roles})
    b.add_nodes_from(((a, {**_info(g, a), "bipartite": 0}) for a in actors))
    b.add_nodes_from(((f, {**_info(g, f), "bipartite": 1}) for f in forums if f not in b))
    for (a, f), rs in sorted(roles.items()):
        b.add_edge(a, f, roles=sorted(rs))
    return b


def overlap(g: nx.MultiDiGraph, kind: str = "Country") -> dict:
    """The country × forum membership matrix and its one-mode projection onto countries.

    Returns {"rows": [country ids], "columns": [forum ids], "names": {id: short name},
    "cells": {country id: {forum id: [roles]}}, "pairs": [{"a", "b", "a_name", "b_name",
    "shared": number of forums both are tied to, "forums": [short names]}]} — pairs from
    networkx.algorithms.bipartite.weighted_projected_graph (weight = shared forums), sorted by
    shared (descending) then names.
    """
    b = membership(g, kind)
    rows = sorted((n for n, d in b.nodes(data=True) if d["bipartite"] == 0),
                  key=lambda n: (b.nodes[n]["name"], n))
    cols = sorted((n for n, d in b.nodes(data=True) if d["bipartite"] == 1),
                  key=lambda n: (b.nodes[n]["short"], n))
    cells = {r: {f: b.edges[r, f]["roles"] for f in sorted(b[r])} for r in rows}
    # networkx refuses to project onto no nodes: a store where no document ties an actor of
    # this kind to a forum has an empty matrix and no pairs
    proj = bipartite.weighted_projected_graph(b, rows) if rows else nx.Graph()
    names = {n: b.nodes[n]["short"] for n in b.nodes}
    pairs = []
    for a, c, w in proj.edges(data="weight"):
        a, c = sorted((a, c), key=lambda n: (names[n], n))
        shared = sorted(set(b[a]) & set(b[c]), key=lambda f: (names[f], f))
        pairs.append({"a": a, "b": c, "a_name": names[a], "b_name": names[c], "shared": w,
                      "forums": [names[f] for f in shared]})
    pairs.sort(key=lambda p: (-p["shared"], p["a_name"], p["b_name"], p["a"], p["b"]))
    return {"rows": rows, "columns": cols, "names": names, "cells": cells, "pairs": pairs}


# -- communities --------------------------------------------------------------------------------
def communities(g: nx.MultiDiGraph, method: str = "louvain") -> list[list[str]]:
    """Communities of the undirected simple view, largest first (ties: by first id); each a
    sorted list of node ids. method "louvain": networkx.community.louvain_communities with the
    relation counts as weights and the fixed seed of data/network.yaml; "label_propagation":
    networkx.community.label_propagation_communities. Raises AnalyticsError on another method."""
    h = simple(g)
    if h.number_of_nodes() == 0:
        return []
    if method == "louvain":
        found = nx.community.louvain_communities(h, weight="weight",
                                                 seed=settings()["louvain_seed"])
    elif method == "label_propagation":
        found = nx.community.label_propagation_communities(h)
    else:
        raise AnalyticsError(f"unknown community method {method!r} (louvain or label_propagation)")
    groups = [sorted(c) for c in found]
    groups.sort(key=lambda c: (-len(c), c[0]))
    return groups


# -- the measures table -------------------------------------------------------------------------
def metrics(g: nx.MultiDiGraph) -> list[dict]:
    """One row per actor of `g`: {"actor_id", "actor", "kind", "degree", "degree_centrality",
    "betweenness", "community" (index into communities(g)), "n_forums", "forums" [short names],
    "broker" (tied to two or more forums)}, sorted by betweenness, degree (descending), name, id."""
    cent = centrality(g)
    comm = {n: i for i, c in enumerate(communities(g)) for n in c}
    forums: dict[str, set] = defaultdict(set)
    for t in ties(g):
        forums[t.actor].add(t.forum)
    rows = []
    for n, d in g.nodes(data=True):
        if d["kind"] not in settings()["actor_kinds"]:
            continue
        fs = sorted(forums.get(n, ()), key=lambda f: (_short(g, f), f))
        rows.append({"actor_id": n, "actor": d["name"], "kind": d["kind"],
                     "degree": cent[n]["degree"],
                     "degree_centrality": round(cent[n]["degree_centrality"], 6),
                     "betweenness": round(cent[n]["betweenness"], 6), "community": comm[n],
                     "n_forums": len(fs), "forums": [_short(g, f) for f in fs],
                     "broker": len(fs) >= 2})
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["actor"], r["actor_id"]))
    return rows


# -- shortest paths -----------------------------------------------------------------------------
def resolve(g: nx.MultiDiGraph, actor: str) -> str:
    """The node id of `actor` given as an id, a name or an acronym (case-insensitive).
    Raises AnalyticsError when nothing or more than one node matches."""
    if actor in g.nodes:
        return actor
    key = actor.strip().casefold()
    hits = sorted(n for n, d in g.nodes(data=True)
                  if key in (n.casefold(), str(d["name"]).casefold(), str(d["short"]).casefold()))
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise AnalyticsError(f"{actor!r} is not in the network (with these filters)")
    raise AnalyticsError(f"{actor!r} is ambiguous: {', '.join(hits)}")


def shortest_paths(g: nx.MultiDiGraph, source: str, target: str, limit: int = 20) -> list[list[dict]]:
    """All shortest paths between two actors (ids, names or acronyms), ignoring direction, at
    most `limit`, in id order. Each path is a list of steps {"from", "to", "from_name",
    "to_name", "relations": [{"type", "role", "direction" ("->" stored from→to, "<-" the other
    way), "document", "quote"}]} (relations sorted by type, role, direction, document). [] when they are not connected; AnalyticsError when an actor
    is unknown. networkx.all_shortest_paths on the undirected simple view."""
    s, t = resolve(g, source), resolve(g, target)
    h = simple(g)
    try:
        found = sorted(nx.all_shortest_paths(h, s, t))[:limit]
    except nx.NetworkXNoPath:
        return []
    out = []
    for path in found:
        steps = []
        for a, b in zip(path, path[1:]):
            rels = []
            for x, y, arrow in ((a, b, "->"), (b, a, "<-")):
                for k, d in sorted((g.get_edge_data(x, y) or {}).items()):
                    rels.append({"type": d["type"], "role": d["role"], "direction": arrow,
                                 "document": d["document"], "quote": d["quote"]})
            rels.sort(key=lambda r: (r["type"], r["role"] or "", r["direction"], r["document"]))
            steps.append({"from": a, "to": b, "from_name": g.nodes[a]["name"],
                          "to_name": g.nodes[b]["name"], "relations": rels})
        out.append(steps)
    return out


# -- tables for people (the CLI and the app show the same) --------------------------------------
ANALYSES = ("metrics", "brokers", "overlap", "communities")


def table(what: str, g: nx.MultiDiGraph) -> tuple[list[str], list[list]]:
    """(columns, rows) of one analysis of `g`, lists kept as lists (callers join or dump them).

    metrics: actor, kind, degree, degree_centrality, betweenness, community, n_forums, forums,
    broker, actor_id. brokers: actor, kind, n_forums, forums, roles, documents, actor_id. overlap: country, then one column per forum (short name) holding the roles, then
    country_id. communities: community, size, actors (names of the actor nodes), ids (every node).
    Raises AnalyticsError for another `what`.
    """
    if what == "metrics":
        cols = ["actor", "kind", "degree", "degree_centrality", "betweenness", "community",
                "n_forums", "forums", "broker", "actor_id"]
        return cols, [[r[c] for c in cols] for r in metrics(g)]
    if what == "brokers":
        cols = ["actor", "kind", "n_forums", "forums", "roles", "documents", "actor_id"]
        return cols, [[r[c] for c in cols] for r in brokers(g)]
    if what == "overlap":
        o = overlap(g)
        cols = ["country"] + [o["names"][f] for f in o["columns"]] + ["country_id"]
        rows = [[o["names"][c]] + [o["cells"][c].get(f, []) for f in o["columns"]] + [c]
                for c in o["rows"]]
        return cols, rows
    if what == "communities":
        rows = []
        for i, members in enumerate(communities(g)):
            actors = sorted(g.nodes[n]["name"] for n in members if _is_actor(g, n))
            rows.append([i, len(members), actors, members])
        return ["community", "size", "actors", "ids"], rows
    raise AnalyticsError(f"unknown analysis {what!r} (use {', '.join(ANALYSES)})")
