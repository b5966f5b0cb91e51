"""Diagram costs: pyvis HTML generation vs node count, headless Chromium render, app cold start."""
from __future__ import annotations

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


def subgraph(batches, n_nodes: int):
    """The first n_nodes nodes of the corpus (meeting by meeting) and the edges among them."""
    nodes: dict[str, tuple[str, str]] = {}
    edges: dict[str, tuple[str, str, str]] = {}
    for b in batches:
        for n in b.nodes.values():
            if len(nodes) >= n_nodes:
                break
            nodes.setdefault(n.id, (n.kind, n.name))
        for e in list(b.edges.values()) + b.derived_mentions():
            if e.source in nodes and e.target in nodes:
                edges.setdefault(e.id, (e.type, e.source, e.target))
        if len(nodes) >= n_nodes:
            break
    return nodes, edges


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


def browser_render(paths: list[Path], timeout_s: float = 90) -> list[dict]:
    """Per HTML file: seconds to the load event, to the first drawing, to physics stabilised."""
    from playwright.sync_api import sync_playwright
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS, headless=True)
        try:
            for path in paths:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.route("**/*", _offline)   # the template links bootstrap from a CDN
                t0 = time.perf_counter()
                page.goto(path.resolve().as_uri(), wait_until="load", timeout=timeout_s * 1000)
                t_load = time.perf_counter() - t0
                rec = {"file": path.name, "load_s": t_load}
                try:
                    page.wait_for_function(
                        "() => typeof network !== 'undefined' && network.body && "
                        "network.canvas && network.canvas.frame", timeout=timeout_s * 1000)
                    rec["network_s"] = time.perf_counter() - t0
                    page.wait_for_function(
                        "() => network.physics && network.physics.stabilized === true",
                        timeout=timeout_s * 1000, polling=50)
                    rec["stabilized_s"] = time.perf_counter() - t0
                except Exception as exc:  # noqa: BLE001 - a timeout is a result here
                    rec["error"] = str(exc).splitlines()[0][:200]
                page.close()
                out.append(rec)
        finally:
            browser.close()
    return out


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
