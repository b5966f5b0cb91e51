"""Finding entities by any of their names, and the shortest path between two of them.

Plain functions over rows from views.readers: search folds case and accents ("panama" finds
"Panamá"); paths are computed with networkx over the relationship list, which keeps the same
code for both engines (their shortest-path Cypher differs).
"""
from __future__ import annotations

import unicodedata

import networkx as nx


def search_key(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", str(text).lower())
                   if unicodedata.category(c) != "Mn")


def search(entities: list[dict], query: str, limit: int = 50) -> list[dict]:
    """Entities whose name, acronym or alias contains `query`; exact and prefix hits first."""
    q = search_key(query.strip())
    if not q:
        return []
    scored = []
    for e in entities:
        best = None
        for name in e["names"]:
            f = search_key(name)
            if f == q:
                score = 0
            elif f.startswith(q):
                score = 1
            elif q in f:
                score = 2
            else:
                continue
            best = score if best is None else min(best, score)
        if best is not None:
            scored.append((best, len(e["name"]), e["name"], e))
    scored.sort(key=lambda x: x[:3])
    return [e for *_, e in scored[:limit]]


def shortest_path(edges: list[tuple[str, str, str, str]], a: str, b: str) -> list[str] | None:
    """Edge ids along a shortest undirected path from a to b, or None."""
    g = nx.MultiGraph()
    for eid, src, dst, _etype in edges:
        g.add_edge(src, dst, key=eid)
    if a not in g or b not in g:
        return None
    try:
        nodes = nx.shortest_path(g, a, b)
    except nx.NetworkXNoPath:
        return None
    out = []
    for u, v in zip(nodes, nodes[1:]):
        out.append(sorted(g.get_edge_data(u, v))[0])
    return out
