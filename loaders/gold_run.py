"""Evaluate many documents against their gold files: which files, one report each, and a total.

A document is scored against `<gold dir>/<file stem>.yaml` (format in loaders/evaluate.py). A
folder stands for the files in it that have a gold file; a file named explicitly must have one. A
document the loader refuses (a SourceError, e.g. a format it cannot read) is scored as an empty
extraction, so every gold fact of it counts as missed, and its error is kept. This module must not
write to any store and must not choose thresholds: the caller decides what is good enough.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from graph.batch import GraphBatch
from loaders.errors import SourceError
from loaders.evaluate import Report, Score, combine, evaluate, load_gold


@dataclass
class DocumentResult:
    path: Path
    gold: Path
    report: Report
    error: str | None = None      # "file:line: what" when the loader refused the document


def gold_targets(paths, gold_dir: Path) -> list[tuple[Path, Path]]:
    """(document, gold file) pairs for files and folders, in name order.

    Raises SourceError for a named file without a gold file, or a path that does not exist.
    """
    gold_dir = Path(gold_dir)
    out: list[tuple[Path, Path]] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += [(f, gold_dir / f"{f.stem}.yaml") for f in sorted(p.iterdir())
                    if f.is_file() and (gold_dir / f"{f.stem}.yaml").is_file()]
        elif p.is_file():
            gold = gold_dir / f"{p.stem}.yaml"
            if not gold.is_file():
                raise SourceError(p.name, 1, f"no gold file {gold}")
            out.append((p, gold))
        else:
            raise SourceError(str(p), 1, "no such file or folder")
    return out


def evaluate_documents(targets, curation: bool = True) -> list[DocumentResult]:
    """Load and score each (document, gold) pair; `curation=False` is the general extractor only."""
    from loaders.pipeline import load_file
    results = []
    for path, gold_path in targets:
        gold = load_gold(gold_path)
        try:
            batch, error = load_file(path, curation=curation), None
        except SourceError as exc:
            batch, error = GraphBatch(gold.get("document", path.stem)), str(exc)
        results.append(DocumentResult(path, gold_path, evaluate(batch, gold), error))
    return results


def total(results) -> Report:
    """The counts of all documents summed, per kind/type and overall."""
    return combine(r.report for r in results)


def _row(label: str, s: Score) -> str:
    return (f"{label:52} {s.gold:5d} {s.found:5d} {s.predicted:5d} {s.correct:5d} "
            f"{s.recall:7.3f} {s.precision:7.3f}")


def summary_table(results) -> str:
    """One line per document and a total line (gold, found, predicted, correct, recall, precision)."""
    head = f"{'document':52} {'gold':>5} {'found':>5} {'pred':>5} {'ok':>5} {'recall':>7} {'prec':>7}"
    lines = [head]
    for r in results:
        lines.append(_row(r.path.stem[:52], r.report.overall) + ("  (not read)" if r.error else ""))
    lines.append(_row("TOTAL", total(results).overall))
    return "\n".join(lines)


def details(report: Report) -> list[str]:
    """MISSED (gold facts not found) and WRONG (predictions matching no gold fact) lines, by row."""
    out = []
    for key, s in sorted(report.rows.items()):
        out += [f"MISSED {key} {m}" for m in s.missed]
        out += [f"WRONG  {key} {w}" for w in s.wrong]
    return out


def render_table(results, general: bool, verbose: bool = False) -> str:
    """Every document's table (with its MISSED/WRONG lines when verbose), then the per-document
    summary and the total per kind/type."""
    parts = []
    for r in results:
        parts.append(f"# {r.path.name}" + (f"  [not read: {r.error}]" if r.error else ""))
        parts.append(r.report.table())
        if verbose:
            parts += details(r.report)
    if len(results) > 1:
        mode = "general extractor, no per-document curation" if general else "with per-document curation"
        parts.append(f"# {len(results)} documents ({mode})")
        parts.append(summary_table(results))
        parts.append("# all documents, per kind and type")
        parts.append(total(results).table())
    return "\n".join(parts)


def render_json(results, general: bool, verbose: bool = False) -> str:
    """The same numbers as JSON: {general, documents: [{document, path, gold, error, rows, overall
    [, details]}], rows, overall}; `details` (verbose) holds the MISSED/WRONG lines."""
    t = total(results)
    return json.dumps({
        "general": general,
        "documents": [{"document": r.path.stem, "path": str(r.path), "gold": str(r.gold),
                       "error": r.error, **r.report.as_dict(),
                       **({"details": details(r.report)} if verbose else {})} for r in results],
        **t.as_dict(),
    }, ensure_ascii=False, indent=2)
