"""How extraction and loading grow with the length of one document.

For each shape of bench.meeting_text (`paragraphs`: many short paragraphs; `paragraph`: the
same text as one line) and each size, one child process generates the text, extracts its batch
(loaders.pipeline.extract, no store) and loads it into a fresh embedded store (and Neo4j when
asked, on the server ACTAGRAPH_NEO4J_PORT names), reporting seconds, counts and its peak memory.
Sizes run side by side in one invocation, so their ratios are measured under the same load of
the machine. The growth exponent is the least-squares slope of log(seconds) on log(characters),
and the local exponent of each step is log(t2/t1)/log(n2/n1). A size whose previous step took
longer than --budget seconds is skipped (said so in the table) rather than left to run for hours.

    python -m bench.load_growth --sizes 10000,100000,1000000 --budget 600 --append BENCHMARKS.md

This module measures; it must not assert timings (unit tests never time anything).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZES = (10_000, 100_000, 1_000_000, 5_000_000, 20_000_000)
SHAPES = ("paragraphs", "paragraph")
FIXED_CHARS = 600   # the tiny document whose load time is taken as the fixed cost of a load
SAMPLE_S = 0.05     # how often PhasePeak reads the process's resident memory


def resident_mb() -> float:
    """This process's resident memory now (MB), from /proc/self/status; 0.0 where unreadable."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class PhasePeak:
    """The highest resident memory of this process while the `with` block runs, sampled every
    SAMPLE_S by a thread (`start_mb`, `peak_mb` after the block): ru_maxrss only gives the
    process's maximum, so the peak of one engine's load cannot be told from extraction's."""

    def __enter__(self):
        import threading
        self.start_mb = self.peak_mb = resident_mb()
        self._stop = threading.Event()

        def sample():
            while not self._stop.wait(SAMPLE_S):
                self.peak_mb = max(self.peak_mb, resident_mb())
        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, resident_mb())
        return False


def measure_one(shape: str, size: int, engines: list[str]) -> dict:
    """One document of `size` characters and `shape`: extraction and load times, counts, peak
    memory of this process (kB). Runs in a child process (see `main`)."""
    import resource

    from bench.meeting_text import meeting_text
    from loaders.pipeline import extract
    text = meeting_text(size, shape)
    doc = f"growth-{shape}-{size}"
    warm = extract(meeting_text(5_000, shape, seed=1), f"warm-up-{shape}-{size}")   # lexicons, gazetteer, cities
    tiny_text = meeting_text(FIXED_CHARS, shape, seed=2)
    tiny = extract(tiny_text, f"tiny-{shape}-{size}")  # its load time is the fixed cost
    t0, c0 = time.perf_counter(), time.process_time()
    with PhasePeak() as ext_mem:
        batch = extract(text, doc)
    extract_cpu_s = time.process_time() - c0
    from graph.batch import row_chars
    kinds = {n.id: n.kind for n in batch.nodes.values()}
    stored = sum(row_chars(r) for rows in batch.node_rows(kinds).values() for r in rows) + \
        sum(row_chars(r) for rows in batch.edge_rows(kinds).values() for r in rows)
    out = {"extract_start_mb": ext_mem.start_mb, "extract_peak_mb": ext_mem.peak_mb,
           "row_chars": stored, "shape": shape, "size": size, "chars": len(text),
           "paragraphs": text.count("\n\n") + 1, "extract_s": time.perf_counter() - t0,
           "extract_cpu_s": extract_cpu_s,
           "fixed_chars": len(tiny_text),
           "nodes": len(batch.nodes), "edges": len(batch.edges),
           "commitments": sum(1 for n in batch.nodes.values() if n.kind == "Commitment")}
    for engine in engines:
        with tempfile.TemporaryDirectory(prefix="actagraph-growth-") as tmp:
            if engine == "embedded":
                from graph.embedded_store import EmbeddedStore
                store = EmbeddedStore(Path(tmp) / "growth.lbug")
            else:
                from graph.config import open_store
                store = open_store("neo4j")
            try:
                store.ensure_schema()
                store.load(warm)                # connection, schema, query plans
                t0, c0 = time.perf_counter(), time.process_time()
                with store.writing() if hasattr(store, "writing") else _nothing():
                    store.load(tiny)
                out[f"{engine}_fixed_s"] = time.perf_counter() - t0
                out[f"{engine}_fixed_cpu_s"] = time.process_time() - c0
                t0, c0 = time.perf_counter(), time.process_time()
                with PhasePeak() as mem, \
                        store.writing() if hasattr(store, "writing") else _nothing():
                    store.load(batch)
                out[f"{engine}_load_s"] = time.perf_counter() - t0
                out[f"{engine}_load_cpu_s"] = time.process_time() - c0
                out[f"{engine}_start_mb"], out[f"{engine}_peak_mb"] = mem.start_mb, mem.peak_mb
                if engine == "neo4j":
                    for d in (doc, warm.document, tiny.document):  # bounded transactions, as a load
                        store.remove_document(d)
            except Exception as exc:                      # noqa: BLE001 - reported, not hidden
                out[f"{engine}_error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
            finally:
                store.close()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def slope(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of log(y) on log(x); None with fewer than two usable points."""
    pts = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y > 0]
    if len(pts) < 2:
        return None
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / den if den else None


def linear_fit(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Least-squares line y = a + b·x through (x, y) points: (a, b), in y's units and y's units
    per x; None with fewer than two distinct x."""
    if len({x for x, _ in points}) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    b = sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)
    return my - b * mx, b


def fit_table(rows: list[dict], engines: list[str]) -> str:
    """Per shape and step, time = a + b·characters fitted over every measured size, wall clock
    and CPU of the measuring process (a Neo4j load's CPU is mostly the server's, not counted):
    the fixed cost a (s), the per-character cost b (µs), and the growth of the cost per
    character beyond the fixed one, (t - a) / n, from the smallest size to the largest (1.0 =
    linear); the raw cost per character t / n is given at both ends."""
    head = ["shape", "step", "clock", "sizes", "a (fixed s)", "b (µs/char)",
            "t/n smallest → largest µs", "(t−a)/n smallest → largest µs", "growth of (t−a)/n"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    steps = [("extract", "extraction")] + [(f"{e}_load", f"{e} load") for e in engines]
    for shape in SHAPES:
        done = sorted((r for r in rows if r["shape"] == shape and "extract_s" in r),
                      key=lambda r: r["chars"])
        for key, label in steps:
            for clock, suffix in (("wall", "_s"), ("CPU", "_cpu_s")):
                pts = [(r["chars"], r[key + suffix]) for r in done if r.get(key + suffix)]
                fit = linear_fit(pts)
                if fit is None:
                    continue
                a, b = fit
                (n0, t0), (n1, t1) = pts[0], pts[-1]
                m0, m1 = (t0 - a) / n0 * 1e6, (t1 - a) / n1 * 1e6
                lines.append(f"| {shape} | {label} | {clock} | {len(pts)} | {a:,.2f} | {b * 1e6:,.2f} | "
                             f"{t0 / n0 * 1e6:,.1f} → {t1 / n1 * 1e6:,.1f} | {m0:,.1f} → {m1:,.1f} | "
                             + (f"{m1 / m0:.2f}x" if m0 > 0 else "–") + " |")
    return "\n".join(lines)


def per_char(row: dict, key: str) -> float:
    """Microseconds per character of the document for the timing `key` of a result row."""
    return row[key] / row["chars"] * 1e6


def marginal(row: dict, engine: str) -> float | None:
    """Microseconds per character of the load beyond its fixed cost (the load of the tiny
    document, timed the same way in the same process): (load s - fixed s) / characters."""
    if row.get(f"{engine}_load_s") is None or row.get(f"{engine}_fixed_s") is None:
        return None
    return (row[f"{engine}_load_s"] - row[f"{engine}_fixed_s"]) / row["chars"] * 1e6


def _fmt(v, digits=2) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.{digits}f}"
    return f"{v:,}"


def table(rows: list[dict], engines: list[str]) -> str:
    """The markdown table and the fitted exponents, per shape."""
    head = ["shape", "chars", "paragraphs", "nodes", "edges", "commitments", "extract s",
            "extract exp"] + [f"{e} load s" for e in engines] + ["total s", "total exp", "peak MB"] \
        + ["extract µs/char"] + [f"{e} load µs/char" for e in engines] + ["total µs/char"] \
        + [f"{e} fixed s" for e in engines] + [f"{e} marginal µs/char" for e in engines]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    fits = []
    for shape in SHAPES:
        done = [r for r in rows if r["shape"] == shape and "extract_s" in r]
        prev = None
        for r in [r for r in rows if r["shape"] == shape]:
            if "extract_s" not in r:
                lines.append(f"| {shape} | {r['size']:,} | " + " | ".join(
                    ["–"] * (len(head) - 3)) + f" | {r.get('skipped', 'not run')} |")
                continue
            total = r["extract_s"] + sum(r.get(f"{e}_load_s", 0.0) for e in engines)
            r["total_s"] = total
            local = lambda k: (math.log(r[k] / prev[k]) / math.log(r["chars"] / prev["chars"])  # noqa: E731
                               if prev and prev.get(k) and r.get(k) else None)
            cells = [shape, _fmt(r["chars"]), _fmt(r["paragraphs"]), _fmt(r["nodes"]),
                     _fmt(r["edges"]), _fmt(r["commitments"]), _fmt(r["extract_s"]),
                     _fmt(local("extract_s"))]
            for e in engines:
                cells.append(_fmt(r.get(f"{e}_load_s")) if f"{e}_load_s" in r
                             else r.get(f"{e}_error", "–"))
            cells += [_fmt(total), _fmt(local("total_s")), _fmt(r["peak_rss_mb"], 0)]
            for key in ["extract_s"] + [f"{e}_load_s" for e in engines] + ["total_s"]:
                cells.append(_fmt(per_char(r, key)) if r.get(key) else "–")
            for e in engines:
                cells.append(_fmt(r.get(f"{e}_fixed_s")))
            for e in engines:
                cells.append(_fmt(marginal(r, e)) if marginal(r, e) is not None else "–")
            lines.append("| " + " | ".join(cells) + " |")
            prev = r
        for key, label in [("extract_s", "extraction"), ("total_s", "extraction + load")] + \
                [(f"{e}_load_s", f"{e} load") for e in engines]:
            s = slope([(r["chars"], r[key]) for r in done if r.get(key)])
            big = slope([(r["chars"], r[key]) for r in done if r.get(key) and r["chars"] >= 90_000])
            costs = [per_char(r, key) for r in done if r.get(key)]
            spread = (f"; cost per character from {min(costs):.1f} to {max(costs):.1f} µs, "
                      f"max/min {max(costs) / min(costs):.2f}" if len(costs) > 1 else "")
            if key.endswith("_load_s"):
                extra = [m for m in (marginal(r, key[:-len("_load_s")]) for r in done)
                         if m is not None and m > 0]
                if len(extra) > 1:
                    spread += (f"; marginal (beyond the fixed cost) from {min(extra):.1f} to "
                               f"{max(extra):.1f} µs, max/min {max(extra) / min(extra):.2f}")
            if s is not None:
                fits.append(f"- {shape}, {label}: exponent {s:.2f} over all sizes"
                            + (f", {big:.2f} from 100 KB up" if big is not None else "") + spread)
    return "\n".join(lines + [""] + fits)


def memory_table(rows: list[dict], engines: list[str]) -> str:
    """Resident memory per phase (MB, sampled): before -> peak of the extraction and of each
    engine's load, and the characters of the rows the load writes (`row chars`)."""
    head = ["shape", "chars", "row chars", "row chars / char", "extract MB"] + \
        [f"{e} load MB" for e in engines] + [f"{e} load growth MB / MB of text" for e in engines]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        if "row_chars" not in r:
            continue
        cells = [r["shape"], _fmt(r["chars"]), _fmt(r["row_chars"]),
                 _fmt(r["row_chars"] / r["chars"], 1),
                 f"{r['extract_start_mb']:,.0f} → {r['extract_peak_mb']:,.0f}"]
        for e in engines:
            cells.append(f"{r[f'{e}_start_mb']:,.0f} → {r[f'{e}_peak_mb']:,.0f}"
                         if f"{e}_peak_mb" in r else r.get(f"{e}_error", "–"))
        for e in engines:
            cells.append(_fmt((r[f"{e}_peak_mb"] - r[f"{e}_start_mb"]) / (r["chars"] / 2**20), 1)
                         if f"{e}_peak_mb" in r else "–")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--engines", default="embedded", help="embedded and/or neo4j, comma-separated")
    ap.add_argument("--budget", type=float, default=900.0,
                    help="skip the next size of a shape once a run took longer (seconds)")
    ap.add_argument("--append", help="append the table to this markdown file")
    ap.add_argument("--json", default=str(REPO / "bench" / "results" / "load_growth.json"))
    ap.add_argument("--one", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    engines = [e for e in args.engines.split(",") if e]
    if args.one:
        print(json.dumps(measure_one(args.one[0], int(args.one[1]), engines)))
        return 0
    started, t_all = datetime.now(timezone.utc), time.perf_counter()
    load_avg = os.getloadavg()
    rows = []
    for shape in args.shapes.split(","):
        over = False
        for size in map(int, args.sizes.split(",")):
            if over:
                rows.append({"shape": shape, "size": size,
                             "skipped": f"skipped: the previous size took over {args.budget:.0f} s"})
                continue
            t0 = time.perf_counter()
            child = subprocess.run(
                [sys.executable, "-m", "bench.load_growth", "--one", shape, str(size),
                 "--engines", ",".join(engines)], cwd=REPO, capture_output=True, text=True)
            took = time.perf_counter() - t0
            if child.returncode != 0:
                last = (child.stderr.strip().splitlines() or ["?"])[-1]
                rows.append({"shape": shape, "size": size, "skipped": f"failed: {last[:120]}"})
                over = True
                continue
            row = json.loads(child.stdout.strip().splitlines()[-1])
            rows.append(row)
            print(f"{shape} {size:,}: extract {row['extract_s']:.2f} s, "
                  + ", ".join(f"{e} load {row.get(f'{e}_load_s', float('nan')):.2f} s" for e in engines)
                  + f", {row['commitments']} commitments, peak {row['peak_rss_mb']:.0f} MB"
                  + "".join(f", {e} load {row.get(f'{e}_start_mb', 0):.0f} -> "
                            f"{row.get(f'{e}_peak_mb', 0):.0f} MB" for e in engines),
                  file=sys.stderr, flush=True)
            over = took > args.budget
    command = "python -m bench.load_growth " + " ".join(argv if argv is not None else sys.argv[1:])
    text = (f"\n## Growth with document length (`bench/load_growth.py`)\n\n"
            f"**Command:** `{command}` (started {started:%Y-%m-%d %H:%M} UTC, took "
            f"{(time.perf_counter() - t_all) / 60:.1f} min; load average at start "
            f"{', '.join(f'{x:.1f}' for x in load_avg)} on {os.cpu_count()} cores shared with "
            f"other work; Python {platform.python_version()}).\n\n"
            "Text from `bench/meeting_text.py` (Spanish and English meeting sentences with countries, "
            "dates and decisions): `paragraphs` = numbered sections of short paragraphs and a closing "
            "list of agreements; `paragraph` = the same sentences as one line. Each size runs in its "
            "own process (peak MB is that process's maximum resident memory). `extract exp` / `total exp` "
            "= local growth exponent from the previous size, log(t2/t1)/log(n2/n1): 1 is linear; "
            "µs/char = seconds per character of the document (flat = linear).\n\n"
            + table(rows, engines) + "\n\nFitted time = a + b·characters per step (least squares over the "
            "sizes above):\n\n" + fit_table(rows, engines) + "\n\nResident memory of the measuring process per phase "
            "(before → peak, MB, sampled every 50 ms):\n\n" + memory_table(rows, engines) + "\n")
    print(text)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps({"command": command, "started": started.isoformat(),
                                           "load_average": load_avg, "rows": rows}, indent=1))
    if args.append:
        with open(args.append, "a", encoding="utf-8") as fh:
            fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
