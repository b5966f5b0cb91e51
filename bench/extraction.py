"""Extraction time: the real report (median of repeats) and varied copies of it (per document)."""
from __future__ import annotations

import random
import statistics
import time

from bench.corpus import COUNTRIES, LAST, REPORT, SEED

PERSON_SURNAMES = ["Durán", "Livieres", "Magarín"]


def vary(text: str, i: int) -> str:
    """The report with country names permuted and known surnames replaced (seeded by i)."""
    rng = random.Random(SEED + i)
    names = [n for _, n in COUNTRIES]
    perm = names[:]
    rng.shuffle(perm)
    marks = {}
    for k, (a, b) in enumerate(zip(names, perm)):
        if a in text:
            marks[f"\x00{k}\x00"] = b
            text = text.replace(a, f"\x00{k}\x00")
    for m, b in marks.items():
        text = text.replace(m, b)
    for s in PERSON_SURNAMES:
        text = text.replace(s, rng.choice(LAST))
    return text


def run(repeats: int, scaled_docs: int) -> dict:
    try:
        from loaders.pipeline import extract
        from loaders.read import read_text
    except ImportError as exc:
        return {"status": "pending", "reason": f"loaders.pipeline not importable ({exc})"}
    text = read_text(REPORT)
    doc = REPORT.stem
    t0 = time.perf_counter()
    batch = extract(text, doc)
    first = time.perf_counter() - t0
    samples = []
    for _ in range(max(5, repeats)):
        t0 = time.perf_counter()
        extract(text, doc)
        samples.append(time.perf_counter() - t0)
    out = {"status": "ok", "report_chars": len(text), "first_s": first,
           "median_s": statistics.median(samples), "min_s": min(samples), "runs": len(samples),
           "nodes": len(batch.nodes), "edges": len(batch.edges) + len(batch.derived_mentions())}
    per_doc, chars = [], 0
    for i in range(1, scaled_docs + 1):
        t = vary(text, i)
        chars += len(t)
        t0 = time.perf_counter()
        extract(t, f"varied-{i:03d}")
        per_doc.append(time.perf_counter() - t0)
    if per_doc:
        out["scaled"] = {"docs": len(per_doc), "total_s": sum(per_doc),
                         "median_per_doc_s": statistics.median(per_doc),
                         "max_per_doc_s": max(per_doc), "chars_per_s": chars / sum(per_doc)}
    return out
