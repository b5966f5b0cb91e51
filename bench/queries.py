"""Saved-query latency: every query of queries/ with its default parameters, p50/p95 per engine."""
from __future__ import annotations

import statistics
import time


def load_saved():
    try:
        from queries.library import load_library
    except ImportError:
        return None
    return load_library()


def scope(q) -> str:
    """"anchored" when a required parameter picks one entity by default; else "corpus-wide"."""
    for p in q.params:
        if p.type == "entity" and p.default not in (None, "") and p.required:
            return "anchored"
    return "corpus-wide"


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); with few samples p95 is the maximum."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def time_queries(store, library: dict, runs: int, slow_s: float = 1.0, timeout: float = 60,
                 max_rows: int = 5000, skip: dict | None = None, budget_s: float = 10.0) -> dict:
    """{name: {scope, p50_ms, p95_ms, runs, rows, truncated}} - a warm-up run first, then `runs`
    timed runs (3 if the warm-up took longer than slow_s). Queries named in `skip` (name ->
    reason) are not run; a query whose warm-up exceeds budget_s (or fails) is added to `skip`
    so larger corpora do not run it again."""
    out = {}
    skip = {} if skip is None else skip
    for name, q in sorted(library.items()):
        rec = {"scope": scope(q)}
        if name in skip:
            rec["error"] = f"skipped: {skip[name]}"
            out[name] = rec
            continue
        try:
            t0 = time.perf_counter()
            res = q.run(store, {}, timeout=timeout, max_rows=max_rows)
            warm = time.perf_counter() - t0
            n = runs if warm < slow_s else min(runs, 3)
            samples = []
            for _ in range(n):
                t0 = time.perf_counter()
                res = q.run(store, {}, timeout=timeout, max_rows=max_rows)
                samples.append(time.perf_counter() - t0)
            rec.update(p50_ms=1000 * statistics.median(samples), p95_ms=1000 * pct(samples, 95),
                       runs=n, rows=len(res.rows), truncated=res.truncated,
                       first_ms=1000 * warm)
            if warm > budget_s:
                skip[name] = f"warm-up {warm:.0f} s > {budget_s:g} s at a smaller N"
        except Exception as exc:  # noqa: BLE001 - a failing query is a result, not a crash
            rec["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
            skip[name] = f"{type(exc).__name__} at a smaller N"
        out[name] = rec
    return out


# -- diagnostics: the anchor lookup of the anchored queries, as written and rewritten -----------
ANCHOR_AS_WRITTEN = (
    "MATCH (a) WHERE a.kind IN ['Country', 'Conference', 'Organization', 'Body', 'Person'] "
    "AND (toLower(a.id) = toLower($actor) OR toLower(a.name) = toLower($actor) "
    "OR toLower(coalesce(a.acronym, '')) = toLower($actor) "
    "OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))) RETURN a.id AS id")
ANCHOR_LABELLED = {
    # the same predicate, but only over the actor tables/labels
    "neo4j": ("MATCH (a:Country|Conference|Organization|Body|Person) "
              "WHERE toLower(a.id) = toLower($actor) OR toLower(a.name) = toLower($actor) "
              "OR toLower(coalesce(a.acronym, '')) = toLower($actor) "
              "OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor)) "
              "RETURN a.id AS id"),
    "embedded": ("MATCH (a:Country:Conference:Organization:Body:Person) "
                 "WHERE lower(a.id) = lower($actor) OR lower(a.name) = lower($actor) "
                 "OR lower(coalesce(a.acronym, '')) = lower($actor) OR list_contains("
                 "list_transform(coalesce(a.aliases, []), x -> lower(x)), lower($actor)) "
                 "RETURN a.id AS id"),
}
# LadybugDB 0.22 crashes on parameters inside any(...) (see queries/shortest_path.cypher)
ANCHOR_AS_WRITTEN_EMBEDDED = (
    "MATCH (a) WHERE a.kind IN ['Country', 'Conference', 'Organization', 'Body', 'Person'] "
    "AND (lower(a.id) = lower($actor) OR lower(a.name) = lower($actor) "
    "OR lower(coalesce(a.acronym, '')) = lower($actor) OR list_contains("
    "list_transform(coalesce(a.aliases, []), x -> lower(x)), lower($actor))) RETURN a.id AS id")


def anchor_diagnostic(store, runs: int = 5) -> dict:
    out = {}
    written = ANCHOR_AS_WRITTEN_EMBEDDED if store.engine == "embedded" else ANCHOR_AS_WRITTEN
    for label, text in (("as_written", written),
                        ("labelled", ANCHOR_LABELLED[store.engine])):
        try:
            store.run(text, {"actor": "Chile"})
            samples = []
            for _ in range(runs):
                t0 = time.perf_counter()
                store.run(text, {"actor": "Chile"})
                samples.append(time.perf_counter() - t0)
            out[label] = 1000 * statistics.median(samples)
        except Exception as exc:  # noqa: BLE001
            out[label] = f"error: {str(exc).splitlines()[0][:160]}"
    return out
