"""The app's own read-only questions to the store (responsibilities, memberships, dates, text).

Every question is a saved query of queries/ (the `app_*` files, `listed: false`), run through the
library like any other: this module holds no Cypher. Functions take a GraphStore and return plain
rows; shaping for display is for matrix.py & co.
"""
from __future__ import annotations

from graph.store import GraphStore, QueryResult
from queries.library import load_library


def saved(store: GraphStore, name: str, max_rows: int | None = None, timeout: float | None = None,
          **params) -> QueryResult:
    """Run the saved query `name` with `params` bound; `max_rows`/`timeout` go to the store."""
    extra = {k: v for k, v in (("max_rows", max_rows), ("timeout", timeout)) if v is not None}
    return load_library()[name].run(store, params, **extra)

ACTOR_KINDS = ("Country", "Conference", "Organization", "Body", "Person")


def _name(n: dict) -> str:
    return n.get("name") or n["id"]


def _quote(item: dict) -> dict:
    sources = item.get("properties", {}).get("sources") or []
    return sources[0] if sources else {}


def commitments(store: GraphStore) -> dict[str, dict]:
    res = saved(store, "app_commitments")
    return {r[0]["id"]: r[0] for r in res.rows}


def deadlines(store: GraphStore) -> dict[str, list[dict]]:
    """commitment id -> [{name, date, date_end, precision, kind}] of what it is DUE by."""
    res = saved(store, "app_due")
    out: dict[str, list[dict]] = {}
    for c, _, d in res.rows:
        cid = c["id"]
        p = d["properties"]
        out.setdefault(cid, []).append({"name": _name(d), "kind": d["kind"], "date": p.get("date"),
                                        "date_end": p.get("date_end"),
                                        "precision": p.get("precision")})
    return out


def responsibilities(store: GraphStore) -> list[dict]:
    """Who must carry out which commitment: responsible actors, and the focal points and members
    of a responsible body (with the body they act through)."""
    rows: list[dict] = []
    direct = saved(store, "app_responsible")
    for a, r, c in direct.rows:
        rows.append(_resp_row(a, "responsible", None, r, c))
    via = saved(store, "app_responsible_via")
    for x, r, b, c in via.rows:
        role = "focal_point" if r["type"] == "FOCAL_POINT" else "member"
        rows.append(_resp_row(x, role, b, r, c))
    due = deadlines(store)
    for row in rows:
        row["deadline"] = "; ".join(d["name"] for d in due.get(row["commitment_id"], []))
    # acta agreements first, then the decisions the report records (their numbers restart at 1)
    rows.sort(key=lambda r: (r["document"] or "", r.get("group") == "report",
                             _num_key(r["number"]), r["actor"]))
    return rows


def _num_key(number: str | None):
    parts = []
    for p in str(number or "").split("."):
        parts.append((0, int(p), "") if p.isdigit() else (1, 0, p))
    return parts


def _resp_row(actor: dict, role: str, via: dict | None, edge: dict, c: dict) -> dict:
    cp = c["properties"]
    q = _quote(edge)
    cq = _quote(c)
    return {"actor_id": actor["id"], "actor": _name(actor), "actor_kind": actor["kind"],
            "role": role, "via": _name(via) if via else "", "commitment_id": c["id"],
            "number": cp.get("number"), "group": cp.get("acta_group"), "document": cp.get("doc"),
            "commitment": cp.get("text") or _name(c), "quote": q.get("quote", ""),
            "quote_start": q.get("start"), "quote_end": q.get("end"), "page": q.get("page"),
            "commitment_quote": cq.get("quote", "") or cp.get("quote", ""),
            "section": cq.get("section") or cp.get("section"),
            "paragraph": cq.get("paragraph") or cp.get("paragraph"),
            "char_start": cq.get("start", cp.get("char_start")),
            "char_end": cq.get("end", cp.get("char_end"))}


def memberships(store: GraphStore) -> list[dict]:
    """Countries' memberships and posts in forums (conferences and their bodies), with roles."""
    res = saved(store, "app_country_forums")
    parents = saved(store, "app_body_conferences")
    parent = {b["id"]: conf for b, _, conf in parents.rows}
    out = []
    for c, r, f in res.rows:
        role = r["properties"].get("role") or {"FOCAL_POINT": "focal_point",
                                               "HOLDS_POST": "presidency",
                                               "PRESIDES": "presidency"}.get(r["type"], "member")
        if f["kind"] == "Conference":
            conf = f
        else:
            conf = parent.get(f["id"])
        forum = _forum_label(f, conf)
        out.append({"country_id": c["id"], "country": _name(c), "forum_id": f["id"],
                    "forum": forum, "forum_kind": f["kind"], "conference_id": conf["id"] if conf else f["id"],
                    "conference": _short(conf) if conf else _short(f), "role": role,
                    "quote": _quote(r).get("quote", ""), "document": r["properties"].get("doc")})
    out.sort(key=lambda r: (r["conference"], r["forum"], r["country"]))
    return out


def _short(n: dict) -> str:
    return n["properties"].get("acronym") or _name(n)


def _forum_label(f: dict, conf: dict | None) -> str:
    if f["kind"] == "Conference":
        return _short(f)
    sub = f["properties"].get("subtype")
    name = _name(f)
    if conf and _short(conf) not in name and sub:
        return f"{_short(conf)} · {name}"
    return name


def timeline(store: GraphStore) -> list[dict]:
    """Dated events and commitment deadlines: [{uid, type, title, start, end, precision, ...}]."""
    held = saved(store, "app_event_dates")
    when = {}
    for eid, d, r in held.rows:
        when.setdefault(eid, (d, _quote(r)))
    items = []
    events = saved(store, "app_events")
    event_dates = {}
    for (e,) in events.rows:
        d, q = when.get(e["id"], (None, {}))
        span = _span(d["properties"] if d else e["properties"])
        if span is None:
            continue
        event_dates[e["id"]] = span
        q = q or _quote(e)
        items.append({"uid": e["id"], "type": "event", "title": _name(e), **span,
                      "quote": q.get("quote", ""), "document": q.get("document") or e["properties"].get("doc"),
                      "entity_id": e["id"]})
    due = saved(store, "app_due")
    for c, r, x in due.rows:
        span = event_dates.get(x["id"]) if x["kind"] == "Event" else _span(x["properties"])
        if span is None:
            continue
        cp = c["properties"]
        title = f"{_name(c)}: {_short_text(cp.get('text') or '', 90)}"
        q = _quote(r)
        items.append({"uid": f"due:{r['id']}", "type": "deadline", "title": title, **span,
                      "due_by": _name(x), "quote": q.get("quote", ""),
                      "document": q.get("document") or cp.get("doc"), "entity_id": c["id"]})
    items.sort(key=lambda i: (i["start"], i["type"], i["title"]))
    return items


def _short_text(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _span(p: dict) -> dict | None:
    start = p.get("date")
    if not start:
        return None
    precision = p.get("precision") or "day"
    return {"start": start, "end": p.get("date_end") or start, "precision": precision}


def documents(store: GraphStore) -> list[dict]:
    return store.documents()


def document_text(store: GraphStore, doc_id: str) -> str:
    res = saved(store, "app_document_text", doc=doc_id)
    return (res.rows[0][0] or "") if res.rows else ""


def document_spans(store: GraphStore, doc_id: str) -> list[dict]:
    """Every sourced span of a document: mentions of entities and quotes of relationships."""
    spans = []
    men = saved(store, "app_document_mentions", doc=doc_id)
    for r, n in men.rows:
        for s in r["properties"].get("sources") or []:
            if s.get("document") == doc_id:
                spans.append({"start": s["start"], "end": s["end"], "kind": n["kind"],
                              "label": f"{n['kind']}: {_name(n)}", "entity_id": n["id"]})
    local = saved(store, "app_document_nodes", doc=doc_id)
    for (n,) in local.rows:
        for s in n["properties"].get("sources") or []:
            if s.get("document") == doc_id:
                spans.append({"start": s["start"], "end": s["end"], "kind": n["kind"],
                              "label": f"{n['kind']}: {_name(n)}", "entity_id": n["id"]})
    return spans


def document_edges(store: GraphStore, doc_id: str) -> QueryResult:
    """The relationships a document states (not its lexical MENTIONS/IN_DOCUMENT), with ends."""
    return saved(store, "app_document_edges", doc=doc_id)


def entities(store: GraphStore) -> list[dict]:
    """Every entity (not passages or documents) with its names for search."""
    res = saved(store, "app_entities")
    out = []
    for nid, kind, name, aliases, acronym, name_en in res.rows:
        names = [x for x in [name, acronym, name_en, *(aliases or [])] if x]
        out.append({"id": nid, "kind": kind, "name": name or nid, "names": names})
    return out


def neighbourhood(store: GraphStore, node_id: str, depth: int = 1,
                  include_text: bool = False, limit: int = 2000) -> QueryResult:
    """The entity and everything within `depth` relationships of it (either direction)."""
    frontier, seen = {node_id}, {node_id}
    merged = saved(store, "app_nodes_by_id", ids=[node_id])
    merged.rows = []
    for _ in range(max(1, depth)):
        res = saved(store, "app_around", ids=sorted(frontier), include_text=include_text,
                    max_rows=limit)
        merged.nodes.update(res.nodes)
        merged.edges.update(res.edges)
        merged.rows.extend(res.rows)
        frontier = set(res.nodes) - seen
        seen |= frontier
        if not frontier or len(merged.nodes) >= limit:
            break
    merged.columns = ["n", "r", "m"]
    return merged


def edge_list(store: GraphStore, include_text: bool = False) -> list[tuple[str, str, str, str]]:
    """(edge id, source, target, type) of the whole graph, for path finding."""
    res = saved(store, "app_edge_list", include_text=include_text,
                max_rows=10_000_000, timeout=120)
    return [tuple(r) for r in res.rows]


def edges_by_id(store: GraphStore, ids: list[str]) -> QueryResult:
    return saved(store, "app_edges_by_id", ids=ids)


def nodes_by_id(store: GraphStore, ids: list[str]) -> QueryResult:
    return saved(store, "app_nodes_by_id", ids=ids)
