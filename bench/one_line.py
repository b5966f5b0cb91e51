"""A text on one line against the same sentences as paragraphs: facts found, extraction time and
its growth with the text's length, for this tree and optionally another one in the same run.

    python -m bench.one_line --sentences 2000 4000
    python -m bench.one_line --chars 100000 400000 1600000 --baseline /tmp/actagraph-before
    python -m bench.one_line --chars 100000 400000 --sentence "La delegación de Chile ..."

For each size: N copies of one sentence (`--sentence`, default SENTENCE) on one line, and the same in paragraphs of ten
sentences; each measurement runs bench/one_line_worker.py in its own process with the tree first
on sys.path (with --baseline, both trees one after the other, the order alternating size by size
so both meet the same machine load). Prints the characters, passages, PROPOSED edges, seconds of
`loaders.pipeline.extract`, whether both trees gave the same graph (SHA-256 of the batch), and
the growth exponent log(t2/t1)/log(n2/n1) from the previous size (1 = linear). Results in
bench/results/one_line.json. The text is written here (no real document).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORKER = REPO / "bench" / "one_line_worker.py"
RESULTS = REPO / "bench" / "results" / "one_line.json"
SENTENCE = "La Delegación de México propuso continuar el diálogo."


def run_tree(tree: Path, n: int, shape: str, timeout: float, sentence: str = SENTENCE) -> dict:
    """One measurement in one tree: the worker's JSON, or {"error": ...}."""
    code = ("import runpy, sys; sys.path.insert(0, sys.argv[1]); sys.argv = sys.argv[2:]; "
            "runpy.run_path(sys.argv[0], run_name='__main__')")
    args = [sys.executable, "-c", code, str(tree), str(WORKER), str(n), shape, sentence]
    try:
        out = subprocess.run(args, cwd=tree, env={**os.environ, "PYTHONPATH": ""},
                             capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:g} s"}
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1][:200] if out.stderr else "failed"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def exponent(previous: dict | None, rec: dict) -> str:
    """Local growth exponent of the seconds from the previous size, "–" without one."""
    if not previous or "seconds" not in previous or "seconds" not in rec:
        return "–"
    return f"{math.log(rec['seconds'] / previous['seconds']) / math.log(rec['chars'] / previous['chars']):.2f}"


def table(res: dict) -> str:
    """The Markdown table of a results dict."""
    trees = list(res["trees"])
    head = "| shape | sentences | chars | passages | PROPOSED |" + \
        "".join(f" {t} s | {t} exp |" for t in trees) + (" same graph |" if len(trees) > 1 else "")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for shape, runs in res["runs"].items():
        previous = {t: None for t in trees}
        for rec in runs:
            first = next((rec[t] for t in trees if "chars" in rec[t]), {})
            row = f"| {shape} | {rec['sentences']:,} | {first.get('chars', 0):,} | " \
                  f"{first.get('passages', '–')} | {first.get('proposed', '–')} |"
            for t in trees:
                r = rec[t]
                row += f" {r['seconds']:.2f} |" if "seconds" in r else f" {r['error']} |"
                row += f" {exponent(previous[t], r)} |"
                previous[t] = r if "seconds" in r else None
            if len(trees) > 1:
                digests = {rec[t].get("sha256") for t in trees}
                row += f" {'yes' if len(digests) == 1 and None not in digests else 'NO'} |"
            lines.append(row)
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.one_line",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, nargs="+", default=None)
    ap.add_argument("--chars", type=int, nargs="+", default=None,
                    help="sizes in characters (each rounded to whole sentences)")
    ap.add_argument("--shapes", nargs="+", default=["line", "paragraphs"])
    ap.add_argument("--baseline", type=Path, default=None,
                    help="another source tree (e.g. an older commit exported with git archive)")
    ap.add_argument("--timeout", type=float, default=3600)
    ap.add_argument("--sentence", default=SENTENCE, help="the sentence to repeat")
    args = ap.parse_args(argv)
    counts = args.sentences or [max(10, round(c / (len(args.sentence) + 1) / 10) * 10)
                                for c in (args.chars or [108000, 216000])]
    trees = {"this": REPO} if args.baseline is None else \
        {"baseline": args.baseline.resolve(), "this": REPO}
    res = {"command": "python -m bench.one_line " + " ".join(argv or sys.argv[1:]),
           "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "load_average": os.getloadavg(),
           "trees": {k: str(v) for k, v in trees.items()}, "sentence": args.sentence, "runs": {}}
    order = list(trees.items())
    for shape in args.shapes:
        runs = res["runs"][shape] = []
        for number, n in enumerate(counts):
            rec = {"sentences": n}
            for name, tree in (order if number % 2 == 0 else order[::-1]):
                rec[name] = run_tree(tree, n, shape, args.timeout, args.sentence)
                print(f"[one_line {time.strftime('%H:%M:%S')}] {shape} {n} {name}: "
                      f"{rec[name].get('seconds', rec[name].get('error'))}", file=sys.stderr,
                      flush=True)
            runs.append(rec)
            RESULTS.parent.mkdir(parents=True, exist_ok=True)
            RESULTS.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    res["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    res["load_average_end"] = os.getloadavg()
    RESULTS.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(table(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
