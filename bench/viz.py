"""Diagram costs: the app's renderer (views.network, through views.exports.render like the app)
against raw pyvis as a baseline, HTML generation and headless Chromium rendering vs node count;
and the app's cold start.

    python -m bench.viz --sizes 100,500,2000,5000 [--baseline-sizes 100,500,2000] [--out x.json]
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]
COLORS = {"Country": "#4e79a7", "Conference": "#f28e2b", "Organization": "#e15759",
          "Body": "#76b7b2", "Person": "#59a14f", "Event": "#edc948", "Commitment": "#b07aa1",
          "Statement": "#ff9da7", "Passage": "#9c755f", "Document": "#bab0ac"}


def _pick(batches, n_nodes: int):
    """The first n_nodes nodes of the corpus (meeting by meeting) and the edges among them."""
    nodes: dict = {}
    edges: dict = {}
    for b in batches:
        for n in b.nodes.values():
            if len(nodes) >= n_nodes:
                break
            nodes.setdefault(n.id, n)
        for e in list(b.edges.values()) + b.derived_mentions():
            if e.source in nodes and e.target in nodes:
                edges.setdefault(e.id, e)
        if len(nodes) >= n_nodes:
            break
    return nodes, edges


def subgraph(batches, n_nodes: int):
    """`_pick` as (kind, name) per node id and (type, source, target) per edge id."""
    nodes, edges = _pick(batches, n_nodes)
    return ({k: (n.kind, n.name) for k, n in nodes.items()},
            {k: (e.type, e.source, e.target) for k, e in edges.items()})


def result_of(batches, n_nodes: int):
    """The same subgraph as a QueryResult shaped like the stores return it (properties with
    decoded sources), i.e. what the app hands to the renderer."""
    from graph.store import QueryResult

    def props(x) -> dict:
        out = {k: v for k, v in x.properties.items() if v is not None}
        out["sources"] = [s.as_dict() for s in x.sources]
        return out
    nodes, edges = _pick(batches, n_nodes)
    qn = {k: {"id": k, "kind": n.kind, "name": n.name, "properties": props(n)}
          for k, n in nodes.items()}
    qe = {k: {"id": k, "type": e.type, "source": e.source, "target": e.target,
              "properties": props(e)} for k, e in edges.items()}
    return QueryResult(["n"], [[v] for v in list(qn.values())[:50]], qn, qe)


def ours_html(result, path: Path) -> float:
    """Seconds for the app's renderer (views.exports.render "html", as the app's panel and its
    HTML export call it) to produce the page, written to `path`."""
    from views import exports
    t0 = time.perf_counter()
    data = exports.render("html", result, "es", "bench")
    path.write_bytes(data)
    return time.perf_counter() - t0


def pyvis_html(nodes, edges, path: Path) -> float:
    """Seconds to build the pyvis Network and write its self-contained HTML."""
    from pyvis.network import Network
    t0 = time.perf_counter()
    net = Network(height="750px", width="100%", directed=True, cdn_resources="in_line")
    for nid, (kind, name) in nodes.items():
        net.add_node(nid, label=(name or nid)[:40], title=f"{kind}: {name}", group=kind,
                     color=COLORS.get(kind, "#999999"))
    for eid, (etype, s, t) in edges.items():
        net.add_edge(s, t, title=etype, label=None)
    html = net.generate_html()
    path.write_text(html, encoding="utf-8")
    return time.perf_counter() - t0


def _offline(route):
    if route.request.url.startswith("file://"):
        return route.continue_()
    return route.abort()


# Records when anything is first painted on a 2D canvas (then restores the originals).
_FIRST_DRAW = """(() => {
  const P = CanvasRenderingContext2D.prototype, names = ["fill", "stroke", "fillText", "drawImage"];
  const orig = {};
  names.forEach((m) => { orig[m] = P[m]; P[m] = function () {
    if (window.__agFirstDraw === undefined) {
      window.__agFirstDraw = performance.now();
      names.forEach((k) => { P[k] = orig[k]; });
    }
    return orig[m].apply(this, arguments);
  }; });
})();"""
_NET = "(window.agNetwork || (typeof network !== 'undefined' ? network : null))"
# Ours sets body[data-ready] once stabilised-and-frozen or drawn from precomputed positions;
# raw pyvis keeps physics running until vis-network reports it stabilised.
_SETTLED = ("() => { const n = " + _NET + "; if (!n) return false;"
            " const ok = window.agNetwork ? document.body.dataset.ready === '1'"
            " : (n.physics && n.physics.stabilized === true);"
            " return ok ? performance.now() : false; }")
_REDRAW = ("() => { const n = " + _NET + "; const ts = [];"
           " for (let i = 0; i < 5; i++) { const t = performance.now(); n.redraw();"
           " ts.push(performance.now() - t); } ts.sort((a, b) => a - b); return ts[2]; }")


def browser_render(paths: list[Path], timeout_s: float = 60) -> list[dict]:
    """Per HTML file (ours or raw pyvis), seconds from navigation start (in-page clock) to the
    load event, to the first canvas paint ("drawn"), to settled (physics frozen/stabilised:
    interactive and still), and the median ms of a full redraw at the fitted view afterwards
    (the frame cost of every pan, zoom or hover)."""
    from playwright.sync_api import sync_playwright
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS, headless=True)
        try:
            for path in paths:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.route("**/*", _offline)   # raw pyvis links bootstrap from a CDN
                page.add_init_script(_FIRST_DRAW)
                rec = {"file": path.name}
                try:
                    page.goto(path.resolve().as_uri(), wait_until="load", timeout=timeout_s * 1000)
                    rec["load_s"] = page.evaluate(
                        "() => performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000
                    rec["network_s"] = page.wait_for_function(
                        "() => window.__agFirstDraw", timeout=timeout_s * 1000, polling=50
                    ).json_value() / 1000
                    rec["stabilized_s"] = page.wait_for_function(
                        _SETTLED, timeout=timeout_s * 1000, polling=50).json_value() / 1000
                    rec["redraw_ms"] = page.evaluate(_REDRAW)
                    rec["nodes"] = page.evaluate(f"() => {_NET}.body.data.nodes.length")
                except Exception as exc:  # noqa: BLE001 - a timeout is a result here
                    rec["error"] = str(exc).splitlines()[0][:200]
                try:
                    page.close(run_before_unload=False)
                except Exception:  # noqa: BLE001 - a page stuck in layout
                    pass
                out.append(rec)
        finally:
            browser.close()
    return out


def corpus_batches(need: int):
    """Enough meetings of the benchmark corpus (bench/corpus.py, seeded) for `need` nodes."""
    from bench.corpus import Corpus, template_batch
    corpus = Corpus(template_batch()[0])
    batches, seen, i = [], set(), 0
    while len(seen) < need and i < 10_000:
        b = corpus.meeting(i)
        batches.append(b)
        seen.update(b.nodes)
        i += 1
    return batches


def measure(sizes: list[int], workdir: Path, baseline_sizes: list[int] | None = None,
            timeout_s: float = 60, batches=None, log=print) -> dict:
    """Ours at every size, raw pyvis at `baseline_sizes` (default: all): HTML seconds and bytes,
    and the browser timings of `browser_render` (each page in a fresh tab)."""
    workdir.mkdir(parents=True, exist_ok=True)
    baseline_sizes = sizes if baseline_sizes is None else baseline_sizes
    batches = batches or corpus_batches(max(sizes + baseline_sizes))
    out: dict = {"ours": {}, "pyvis": {}}
    chromium = Path(CHROMIUM).exists()
    for n in sorted(set(sizes) | set(baseline_sizes)):
        res = result_of(batches, n)
        for name, wanted in (("ours", sizes), ("pyvis", baseline_sizes)):
            if n not in wanted:
                continue
            path = workdir / f"{name}_{n}.html"
            if name == "ours":
                secs = ours_html(res, path)
            else:
                nd, ed = subgraph(batches, n)
                secs = pyvis_html(nd, ed, path)
            rec = {"nodes": len(res.nodes), "edges": len(res.edges), "html_s": secs,
                   "bytes": path.stat().st_size}
            if chromium:
                rec.update(browser_render([path], timeout_s)[0])
            out[name][n] = rec
            log(f"viz {name} {n}: " + ", ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}"
                                                for k, v in rec.items() if k != "file"))
    return out


def table(res: dict) -> str:
    """Markdown table: ours vs raw pyvis per size."""
    def f(r, k, d=1):
        v = r.get(k)
        return "–" if v is None else f"{v:.{d}f}"
    lines = ["| nodes | edges | renderer | HTML s | MB | load s | drawn s | settled s | redraw ms | note |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for n in sorted({int(k) for k in res["ours"]} | {int(k) for k in res["pyvis"]}):
        for name, label in (("ours", "ours"), ("pyvis", "raw pyvis")):
            r = res[name].get(n) or res[name].get(str(n))
            if not r:
                continue
            lines.append(f"| {n:,} | {r['edges']:,} | {label} | {f(r, 'html_s', 2)} | "
                         f"{r['bytes'] / 1e6:.1f} | {f(r, 'load_s', 2)} | {f(r, 'network_s', 2)} | "
                         f"{f(r, 'stabilized_s', 2)} | {f(r, 'redraw_ms', 0)} | {r.get('error', '')} |")
    return "\n".join(lines)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_cold_start(repo: Path, db_path: Path, timeout_s: float = 90) -> dict:
    """Seconds from launching the Streamlit app to a diagram (a canvas or svg) on screen."""
    app = repo / "app.py"
    if not app.exists():
        return {"status": "pending", "reason": "app.py does not exist yet"}
    from playwright.sync_api import sync_playwright
    port = _free_port()
    env = {**os.environ, "ACTAGRAPH_DB": str(db_path), "ACTAGRAPH_ENGINE": "embedded"}
    env.pop("NEO4J_URI", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(app), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        cwd=repo, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True)
    rec: dict = {"status": "ok"}
    try:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        rec["port_open_s"] = time.perf_counter() - t0
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/", timeout=timeout_s * 1000)
            found = None
            while time.monotonic() < deadline and found is None:
                for fr in page.frames:
                    try:
                        if fr.query_selector("canvas, svg.graph, div.vis-network"):
                            found = fr
                            break
                    except Exception:  # noqa: BLE001 - frames come and go while rendering
                        pass
                time.sleep(0.05)
            if found is None:
                rec.update(status="no diagram", reason=f"no canvas/svg within {timeout_s:.0f}s")
            else:
                rec["first_diagram_s"] = time.perf_counter() - t0
            browser.close()
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return rec


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,500,2000,5000")
    ap.add_argument("--baseline-sizes", default=None, help="raw pyvis sizes (default: --sizes)")
    ap.add_argument("--timeout", type=float, default=60, help="seconds per browser stage")
    ap.add_argument("--workdir", default="/tmp/actagraph-viz")
    ap.add_argument("--out", default=None, help="write the results as JSON here")
    a = ap.parse_args(argv)
    sizes = [int(x) for x in a.sizes.split(",") if x]
    base = sizes if a.baseline_sizes is None else [int(x) for x in a.baseline_sizes.split(",") if x]
    res = measure(sizes, Path(a.workdir), base, a.timeout)
    if a.out:
        Path(a.out).write_text(json.dumps(res, indent=1), encoding="utf-8")
    print(table(res))


if __name__ == "__main__":
    main()
