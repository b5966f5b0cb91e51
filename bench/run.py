"""The actagraph benchmark: extraction, load, saved-query latency and diagram costs, in one run.

    python -m bench.run [--quick] [--sizes 1,10,100,1000] [--repeats 5]

Writes bench/results/latest.json and renders BENCHMARKS.md. Neo4j runs on the benchmark's own
server (port 7699, .actagraph/neo4j-bench), started and stopped here; nothing touches the shared
server on 7687.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

from bench import loads
from bench.corpus import Corpus, composition, template_batch
from graph.config import ENGINES

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "latest.json"
MARKDOWN = REPO / "BENCHMARKS.md"
WORKDIR = REPO / ".actagraph" / "bench"


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- configuration ------------------------------------------------------------------------------
def parse_args(argv=None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="small run: N=1,10, few repeats, no browser, no app (a few minutes)")
    ap.add_argument("--sizes", default=None, help="corpus sizes N (default 1,10,100,1000)")
    ap.add_argument("--repeats", type=int, default=None,
                    help="extraction runs (median); query runs are 4x this (default 5)")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--naive-size", type=int, default=10, help="N for the per-row baseline")
    ap.add_argument("--bulk-sizes", default=None, help="N for the bulk paths (default 10,100)")
    ap.add_argument("--embedded-full-max", type=int, default=None,
                    help="load the embedded corpus with the project loader up to this N; beyond "
                         "it, build it with bulk COPY and sample the project loader by reloads "
                         "(default 1000)")
    ap.add_argument("--reload-sample", type=int, default=None,
                    help="documents reloaded at each N to measure the marginal load cost")
    ap.add_argument("--viz-sizes", default=None, help="pyvis node counts (default 100,500,2000,5000)")
    ap.add_argument("--browser-sizes", default=None,
                    help="node counts rendered in headless Chromium (default 100,500,2000)")
    ap.add_argument("--extract-docs", type=int, default=None, help="varied reports (default 50)")
    ap.add_argument("--query-timeout", type=float, default=None,
                    help="seconds before a saved query is stopped (default 60; quick 10)")
    ap.add_argument("--no-app", action="store_true", help="skip the app cold start")
    ap.add_argument("--no-analytics", action="store_true",
                    help="skip the network analysis against a full export (a full export of "
                         "1,000 meetings takes minutes; bench.analytics measures it on its own)")
    ap.add_argument("--workdir", default=str(WORKDIR))
    ap.add_argument("--neo4j-port", type=int, default=None,
                    help="port of the benchmark's own Neo4j server (default ACTAGRAPH_NEO4J_PORT "
                         "when set, else 7699)")
    ap.add_argument("--keep-stores", action="store_true",
                    help="leave the largest corpus in both stores (the embedded file in --workdir, "
                         "the benchmark server's database) for later measurements")
    ap.add_argument("--out-json", default=str(RESULTS))
    ap.add_argument("--out-md", default=str(MARKDOWN))
    args = ap.parse_args(argv)
    q = args.quick

    def ints(s, default):   # an empty value given on the command line means none
        return [int(x) for x in (default if s is None else s).split(",") if x.strip()]

    args.sizes = ints(args.sizes, "1,10" if q else "1,10,100,1000")
    args.repeats = args.repeats or (2 if q else 5)
    args.query_runs = max(3, 4 * args.repeats) if not q else 3
    args.bulk_sizes = ints(args.bulk_sizes, "10" if q else "10,100")
    args.viz_sizes = ints(args.viz_sizes, "100" if q else "100,500,2000,5000")
    args.browser_sizes = ints(args.browser_sizes, "" if q else "100,500,2000")
    args.extract_docs = args.extract_docs if args.extract_docs is not None else (3 if q else 50)
    args.embedded_full_max = args.embedded_full_max if args.embedded_full_max is not None else 1000
    args.reload_sample = args.reload_sample or (2 if q else 3)
    args.no_app = args.no_app or q
    args.query_timeout = args.query_timeout or (10.0 if q else 60.0)
    args.engines = [e for e in args.engines.split(",") if e]
    if args.neo4j_port is None:
        from bench.server import BENCH_PORT
        env = os.environ.get("ACTAGRAPH_NEO4J_PORT")
        args.neo4j_port = int(env) if env else BENCH_PORT
    args.command = "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:])
    return args


# -- environment --------------------------------------------------------------------------------
def environment() -> dict:
    import importlib.metadata as md
    mem = None
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    cpu = platform.processor() or ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def ver(pkg):
        try:
            return md.version(pkg)
        except md.PackageNotFoundError:
            return None
    return {"cores": os.cpu_count(), "memory_gb": mem, "cpu": cpu,
            "python": platform.python_version(), "platform": platform.platform(),
            "ladybug": ver("ladybug"), "neo4j_driver": ver("neo4j"),
            "neo4j_rust_ext": ver("neo4j-rust-ext"), "pyvis": ver("pyvis"),
            "playwright": ver("playwright"), "loadavg_start": os.getloadavg()}


def neo4j_version(store) -> str | None:
    try:   # not through store.run: its read-only guard refuses CALL
        with store._driver.session(database=store.database) as s:
            rec = s.run("CALL dbms.components() YIELD versions, edition "
                        "RETURN versions[0] AS v, edition").single()
            return f"{rec['v']} {rec['edition']}"
    except Exception:  # noqa: BLE001
        return None


# -- per-engine load + query phase --------------------------------------------------------------
def _tp(rec: dict) -> float:
    return rec["elements"] / rec["seconds"] if rec.get("seconds") else 0.0


def measure_at(store, n: int, batches, out: dict, library, skip: dict, args) -> None:
    """What is measured at each corpus size, the same on both engines: the marginal cost of
    reloading a few documents, the stored element count, and every saved query's latency."""
    from bench import queries as qb
    log(f"{store.engine} N={n}: reload sample ({args.reload_sample} docs, project loader)")
    out["reload"][n] = reload_sample(store, batches[:n], args.reload_sample)
    out["stored"][n] = loads.count_elements(store)
    if library:
        log(f"{store.engine} N={n}: saved queries")
        out["queries"][n] = qb.time_queries(store, library, args.query_runs, skip=skip,
                                           timeout=args.query_timeout)
        out["anchor"][n] = qb.anchor_diagnostic(store)
    if args.no_analytics:
        return
    from bench import analytics
    log(f"{store.engine} N={n}: network analysis vs full export")
    out["analytics"][n] = analytics.measure(store, runs=1 if args.quick else 3)


def reload_sample(store, batches, k: int) -> dict:
    """Reload the last k documents with the project loader: marginal cost at this corpus size."""
    k = min(k, len(batches))
    secs, elements = [], 0
    for b in batches[-k:]:
        t0 = time.perf_counter()
        store.load(b)
        secs.append(time.perf_counter() - t0)
        elements += loads.batch_elements(b)
    total = sum(secs)
    return {"docs": k, "seconds": total, "elements": elements,
            "us_per_element": 1e6 * total / elements, "median_doc_s": statistics.median(secs)}


def phase_engine(engine: str, corpus: Corpus, args, library, neo4j=None) -> dict:
    wd = Path(args.workdir) / engine
    shutil.rmtree(wd, ignore_errors=True)
    wd.mkdir(parents=True, exist_ok=True)
    out: dict = {"naive": {}, "bulk": {}, "batched": {}, "reload": {}, "queries": {},
                 "anchor": {}, "stored": {}, "analytics": {}}
    max_n = max(args.sizes)
    batches = list(corpus.batches(max(max_n, args.naive_size, *args.bulk_sizes)))

    if engine == "embedded":
        from graph.embedded_store import EmbeddedStore
        # naive
        log(f"embedded: naive per-row MERGE, N={args.naive_size}")
        out["naive"][args.naive_size] = loads.naive_embedded(wd / "naive.lbug",
                                                           batches[:args.naive_size])
        for n in args.bulk_sizes:
            log(f"embedded: bulk COPY FROM CSV, N={n}")
            out["bulk"][n] = loads.bulk_embedded(wd / f"bulk{n}.lbug", batches[:n], wd / "csv")
            s = EmbeddedStore(wd / f"bulk{n}.lbug")
            out["bulk"][n]["stored"] = loads.count_elements(s)
            s.close()
            loads.rm_db(wd / f"bulk{n}.lbug")
        loads.rm_db(wd / "naive.lbug")
        main = wd / "main.lbug"
        done = 0
        per_doc: list[float] = []
        method_of: list[str] = []
        skip: dict = {}
        for n in sorted(args.sizes):
            step = batches[done:n]
            rec = None
            if step and n <= args.embedded_full_max:
                log(f"embedded: project loader (store.load per doc), docs {done}..{n - 1}")
                s = EmbeddedStore(main)
                r = loads.batched(s, step, progress=log)
                s.close()
                method_of += ["project"] * len(step)
                per_doc += r["per_doc"]
            elif step:
                log(f"embedded: bulk COPY to build N={n} (all {n} docs, new file)")
                main = wd / f"main{n}.lbug"
                r = loads.bulk_embedded(main, batches[:n], wd / "csv")
                out["bulk"][n] = r
                shutil.rmtree(wd / "csv", ignore_errors=True)
                rec = {"docs": n, "elements": r["elements"], "seconds": r["seconds"],
                       "method": ["bulk"], "median_doc_s": r["seconds"] / n}
            done = n
            s = EmbeddedStore(main)
            if rec is None:
                rec = {"docs": n, "elements": sum(loads.batch_elements(b) for b in batches[:n]),
                       "seconds": sum(per_doc[:n]), "method": sorted(set(method_of[:n])),
                       "median_doc_s": statistics.median(per_doc[:n])}
            out["batched"][n] = rec
            measure_at(s, n, batches, out, library, skip, args)
            s.close()
        out["db_bytes"] = sum(p.stat().st_size for p in main.parent.glob(main.name + "*"))
        out["per_doc"] = per_doc
        return out

    # -- neo4j --------------------------------------------------------------------------------
    from graph.neo4j_store import Neo4jStore
    store = Neo4jStore(**neo4j["settings"])
    try:
        store.ensure_schema()
        out["server"] = neo4j_version(store)
        store.clear()
        log(f"neo4j: naive per-row MERGE, N={args.naive_size}")
        out["naive"][args.naive_size] = loads.naive_neo4j(store, batches[:args.naive_size])
        store.clear()
        if neo4j.get("import_dir"):
            for n in args.bulk_sizes:
                log(f"neo4j: bulk LOAD CSV ... CALL {{}} IN TRANSACTIONS, N={n}")
                out["bulk"][n] = loads.bulk_neo4j(store, batches[:n], neo4j["import_dir"])
                out["bulk"][n]["stored"] = loads.count_elements(store)
                store.clear()
        done = 0
        per_doc = []
        skip: dict = {}
        for n in sorted(args.sizes):
            step = batches[done:n]
            if step:
                log(f"neo4j: project loader (store.load per doc), docs {done}..{n - 1}")
                r = loads.batched(store, step, progress=log)
                per_doc += r["per_doc"]
                done = n
            out["batched"][n] = {"docs": n,
                                 "elements": sum(loads.batch_elements(b) for b in batches[:n]),
                                 "seconds": sum(per_doc[:n]), "method": ["project"],
                                 "median_doc_s": statistics.median(per_doc[:n])}
            measure_at(store, n, batches, out, library, skip, args)
        out["per_doc"] = per_doc
        out["per_doc_tail"] = {"first10_median_s": statistics.median(per_doc[:10]),
                               "last10_median_s": statistics.median(per_doc[-10:])}
        if neo4j.get("clear_after", True) and not args.keep_stores:
            store.clear()
    finally:
        store.close()
    return out


# -- viz ----------------------------------------------------------------------------------------
def phase_viz(corpus: Corpus, args) -> dict:
    from bench import viz
    wd = Path(args.workdir) / "viz"
    wd.mkdir(parents=True, exist_ok=True)
    need = max(args.viz_sizes + args.browser_sizes + [1])
    batches, seen = [], set()
    i = 0
    while len(seen) < need and i < 10_000:
        b = corpus.meeting(i)
        batches.append(b)
        seen.update(b.nodes)
        i += 1
    out = {"html": {}, "browser": {}}
    files = {}
    for n in sorted(set(args.viz_sizes) | set(args.browser_sizes)):
        nd, ed = viz.subgraph(batches, n)
        path = wd / f"graph_{n}.html"
        secs = viz.pyvis_html(nd, ed, path)
        files[n] = path
        out["html"][n] = {"nodes": len(nd), "edges": len(ed), "seconds": secs,
                          "bytes": path.stat().st_size}
        log(f"viz: pyvis {len(nd)} nodes / {len(ed)} edges: {secs:.2f}s")
    if args.browser_sizes:
        if not Path(viz.CHROMIUM).exists():
            out["browser"] = {"status": "pending", "reason": f"{viz.CHROMIUM} missing"}
        else:
            for n in sorted(args.browser_sizes):
                log(f"viz: headless Chromium render, {n} nodes")
                try:
                    out["browser"][n] = viz.browser_render([files[n]], timeout_s=60)[0]
                except Exception as exc:  # noqa: BLE001
                    out["browser"][n] = {"error": str(exc).splitlines()[0][:200]}
    return out


# -- targets ------------------------------------------------------------------------------------
def targets(res: dict) -> list[dict]:
    """Each target: engine, name, measured ratio, goal, met (True/False/None=not measured)."""
    out = []
    sizes = res["config"]["sizes"]
    lo, hi = min(sizes), max(sizes)
    ten = 10 if 10 in sizes else lo

    def add(engine, name, value, goal, met, note=""):
        out.append({"engine": engine, "target": name, "value": value, "goal": goal,
                    "met": met, "note": note})

    for engine, e in res.get("engines", {}).items():
        if "error" in e:
            add(engine, "engine phase", None, "runs", False, e["error"])
            continue
        nv = res["config"]["naive_size"]
        b, nvr = e["batched"].get(str(nv)) or e["batched"].get(nv), e["naive"].get(str(nv)) or e["naive"].get(nv)
        if b and nvr:
            r = _tp(b) / _tp(nvr)
            add(engine, f"batched >= 20x per-row MERGE (N={nv})", r, ">= 20", r >= 20)
        for n, bulk in e["bulk"].items():
            bt = e["batched"].get(n) or e["batched"].get(str(n))
            if not bt:
                continue
            methods = bt.get("method", ["project"])
            if methods == ["project"]:
                r = _tp(bt) / _tp(bulk)
                note = ""
            else:  # estimated from the reload sample at this N
                rl = e["reload"].get(n) or e["reload"].get(str(n))
                r = (1e6 / rl["us_per_element"]) / _tp(bulk)
                note = "project loader throughput from the reload sample (not a full run)"
            add(engine, f"batched >= 0.5x bulk (N={n})", r, ">= 0.5", r >= 0.5, note)
        r10 = e["reload"].get(str(ten)) or e["reload"].get(ten)
        rhi = e["reload"].get(str(hi)) or e["reload"].get(hi)
        if r10 and rhi and hi != ten:
            r = rhi["us_per_element"] / r10["us_per_element"]
            add(engine, f"load cost/element N={hi} vs N={ten} (marginal, reload sample)", r,
                "<= 1.5", r <= 1.5)
        bt10, bthi = e["batched"].get(str(ten)), e["batched"].get(str(hi))
        if bt10 and bthi and hi != ten and bthi.get("method") == ["project"]:
            r = (bthi["seconds"] / bthi["elements"]) / (bt10["seconds"] / bt10["elements"])
            add(engine, f"load cost/element N={hi} vs N={ten} (whole load)", r, "<= 1.5", r <= 1.5)
        q1, qhi = e["queries"].get(str(lo)), e["queries"].get(str(hi))
        if q1 and qhi and hi != lo:
            for name, rec in sorted(qhi.items()):
                base = q1.get(name, {})
                if "p95_ms" not in rec or "p95_ms" not in base:
                    add(engine, f"query {name}", None, "runs", False, rec.get("error") or base.get("error", ""))
                    continue
                if rec["scope"] == "anchored":
                    r = rec["p95_ms"] / base["p95_ms"]
                    add(engine, f"anchored {name}: p95 N={hi} / N={lo}", r, "<= 3", r <= 3)
                else:
                    mid = e["queries"].get(str(sorted(sizes)[-2])) if len(sizes) > 2 else q1
                    n_mid = sorted(sizes)[-2] if len(sizes) > 2 else lo
                    growth = hi / n_mid
                    r = rec["p50_ms"] / mid[name]["p50_ms"] if mid and "p50_ms" in mid.get(name, {}) else None
                    add(engine, f"corpus-wide {name}: p50 growth N={n_mid}->{hi}", r,
                        f"<= {growth:g} (corpus growth)", None if r is None else r <= growth)
        b_hi = e["batched"].get(str(hi))
        if b_hi and hi >= 1000:
            secs = b_hi["seconds"] if b_hi.get("method") == ["project"] else \
                (rhi["us_per_element"] * b_hi["elements"] / 1e6 if rhi else None)
            note = "" if b_hi.get("method") == ["project"] else "estimated from the reload sample"
            add(engine, f"indicative: {hi} docs load time (s)", secs, "~60", secs is not None and secs <= 90, note)
    emb, neo = res.get("engines", {}).get("embedded"), res.get("engines", {}).get("neo4j")
    if emb and neo and "queries" in emb and "queries" in neo:
        for n in sizes:
            qe, qn = emb["queries"].get(str(n)), neo["queries"].get(str(n))
            if not qe or not qn:
                continue
            for name in sorted(qe):
                a, b = qe[name], qn.get(name, {})
                if "p50_ms" in a and "p50_ms" in b:
                    r = a["p50_ms"] / b["p50_ms"]
                    add("both", f"embedded/neo4j p50 {name} (N={n})", r, "<= 2", r <= 2)
    ex = res.get("extraction", {})
    if ex.get("status") == "ok":
        add("-", "indicative: report extraction median (s)", ex["median_s"], "< 1", ex["median_s"] < 1)
    app = res.get("app", {})
    if "first_diagram_s" in app:
        add("-", "indicative: app cold start to first diagram (s)", app["first_diagram_s"], "< 5",
            app["first_diagram_s"] < 5)
    return out


# -- main ---------------------------------------------------------------------------------------
def _jsonable(o):
    if isinstance(o, dict):
        return {str(k): _jsonable(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_jsonable(v) for v in o]
    if isinstance(o, Path):
        return str(o)
    return o


def run(args, neo4j_settings: dict | None = None, neo4j_import_dir: Path | None = None) -> dict:
    """The whole benchmark. With neo4j_settings, use that server (e.g. the test server) instead
    of starting the benchmark's own."""
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    began = time.time()
    res: dict = {"command": args.command, "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                 "env": environment(),
                 "config": {k: getattr(args, k) for k in
                            ("quick", "sizes", "repeats", "query_runs", "naive_size", "bulk_sizes",
                             "embedded_full_max", "reload_sample", "query_timeout", "viz_sizes", "browser_sizes",
                             "extract_docs", "engines", "neo4j_port")}}
    template, origin = template_batch()
    res["template"] = {"origin": origin, "document": template.document, **composition(template)}
    corpus = Corpus(template, n_hint=max(args.sizes))
    log(f"template: {origin} ({res['template']['nodes']} nodes, {res['template']['edges']} edges)")

    log("extraction")
    from bench import extraction
    try:
        res["extraction"] = extraction.run(args.repeats, args.extract_docs)
    except Exception as exc:  # noqa: BLE001
        res["extraction"] = {"status": "error", "reason": f"{type(exc).__name__}: {exc}"[:300]}

    from bench import queries as qb
    library = qb.load_saved()
    res["library"] = ({n: qb.scope(q) for n, q in sorted(library.items())} if library
                      else {"status": "pending", "reason": "queries.library not importable"})

    res["engines"] = {}
    for engine in args.engines:
        log(f"== {engine}")
        server = None
        try:
            neo = None
            if engine == "neo4j":
                if neo4j_settings is not None:
                    neo = {"settings": neo4j_settings, "import_dir": neo4j_import_dir,
                           "clear_after": True}
                else:
                    from bench.server import bench_server, import_dir, settings
                    server = bench_server(port=args.neo4j_port)
                    log(f"starting the benchmark's Neo4j on {server.uri} ({server.root})")
                    t0 = time.perf_counter()
                    server.start()
                    res["neo4j_start_s"] = time.perf_counter() - t0
                    neo = {"settings": settings(server), "import_dir": import_dir(server)}
            res["engines"][engine] = phase_engine(engine, corpus, args, library, neo)
        except Exception as exc:  # noqa: BLE001 - report the failure, keep the other phases
            import traceback
            log(traceback.format_exc())
            res["engines"][engine] = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:300]}
        finally:
            if server is not None:
                log("stopping the benchmark's Neo4j")
                server.stop()

    log("viz")
    try:
        res["viz"] = phase_viz(corpus, args)
    except Exception as exc:  # noqa: BLE001
        res["viz"] = {"error": f"{type(exc).__name__}: {exc}"[:300]}

    if args.no_app:
        res["app"] = {"status": "skipped", "reason": "--quick/--no-app"}
    else:
        log("app cold start")
        from bench import viz
        try:
            from graph.embedded_store import EmbeddedStore
            db = Path(args.workdir) / "app" / "graph.lbug"
            shutil.rmtree(db.parent, ignore_errors=True)
            if (REPO / "app.py").exists():
                s = EmbeddedStore(db)
                s.load(template)
                s.close()
            res["app"] = viz.app_cold_start(REPO, db)
        except Exception as exc:  # noqa: BLE001
            res["app"] = {"status": "error", "reason": f"{type(exc).__name__}: {exc}"[:300]}

    res = _jsonable(res)
    res["targets"] = targets(res)
    res["seconds"] = time.time() - began
    return res


def write(res: dict, out_json: Path, out_md: Path) -> None:
    from bench.report import render
    out_json.parent.mkdir(parents=True, exist_ok=True)
    out_json.write_text(json.dumps(res, indent=1, ensure_ascii=False, default=str) + "\n")
    out_md.write_text(render(res), encoding="utf-8")


def main(argv=None) -> int:
    args = parse_args(argv)
    res = run(args)
    write(res, Path(args.out_json), Path(args.out_md))
    log(f"done in {res['seconds']:.0f}s: {args.out_json}, {args.out_md}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
