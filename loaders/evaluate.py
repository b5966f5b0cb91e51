"""Score a batch against hand-written gold facts: precision and recall per kind, type and overall.

Definitions. Gold lists entities (id, kind) and relations (type, from, to[, role,
on_behalf_of]); `to`/`from` is an id or {kind, contains} matching a document-local node whose
text contains the snippet (case/accents/markup ignored). Recall = gold facts found / gold facts.
Precision is measured only on what the gold covers (it is written to be exhaustive for them):
predicted entities of the gold's kinds that the text names (nodes with sources or doc-local),
and predicted relations of the gold's types that come from the text (curated gazetteer edges,
doc="reference", are excluded); precision = predicted facts matching a gold fact / predicted.
This module must not change the batch.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from graph.batch import CURATED_DOC, GraphBatch
from loaders.read import fold


@dataclass
class Score:
    gold: int = 0
    found: int = 0          # gold facts matched by a prediction
    predicted: int = 0
    correct: int = 0        # predictions matching a gold fact
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


@dataclass
class Report:
    rows: dict                  # "entity:Country" / "relation:MEMBER_OF" -> Score
    overall: Score

    def table(self) -> str:
        lines = [f"{'fact':32} {'gold':>5} {'found':>5} {'pred':>5} {'ok':>5} {'recall':>7} {'prec':>7}"]
        for key in sorted(self.rows):
            s = self.rows[key]
            lines.append(f"{key:32} {s.gold:5d} {s.found:5d} {s.predicted:5d} {s.correct:5d} "
                         f"{s.recall:7.3f} {s.precision:7.3f}")
        o = self.overall
        lines.append(f"{'OVERALL':32} {o.gold:5d} {o.found:5d} {o.predicted:5d} {o.correct:5d} "
                     f"{o.recall:7.3f} {o.precision:7.3f}")
        return "\n".join(lines)


def load_gold(path) -> dict:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def _norm(s: str) -> str:
    return " ".join(fold(s.replace("*", "")).split())


def _end_matches(spec, node_id: str, batch: GraphBatch, doc: str) -> bool:
    if isinstance(spec, str):
        return spec.replace("{doc}", doc) == node_id
    node = batch.nodes.get(node_id)
    if node is None or node.kind != spec["kind"]:
        return False
    return _norm(spec["contains"]) in _norm(node.properties.get("text") or node.name)


def _rel_matches(g: dict, e, batch: GraphBatch, doc: str) -> bool:
    if g["type"] != e.type:
        return False
    for key in ("role", "on_behalf_of"):
        if g.get(key) and g[key] != e.properties.get(key):
            return False
    return _end_matches(g["from"], e.source, batch, doc) and _end_matches(g["to"], e.target, batch, doc)


def evaluate(batch: GraphBatch, gold: dict) -> Report:
    doc = gold.get("document", batch.document)
    rows: dict[str, Score] = {}
    gold_entities = {e["id"].replace("{doc}", doc): e["kind"] for e in gold.get("entities", [])}
    kinds = set(gold_entities.values())
    for gid, kind in gold_entities.items():
        s = rows.setdefault(f"entity:{kind}", Score())
        s.gold += 1
        node = batch.nodes.get(gid)
        if node is not None and node.kind == kind and (node.sources or node.properties.get("doc")):
            s.found += 1
        else:
            s.missed.append(gid)
    for n in batch.nodes.values():
        if n.kind not in kinds or not (n.sources or n.properties.get("doc")):
            continue
        s = rows.setdefault(f"entity:{n.kind}", Score())
        s.predicted += 1
        if gold_entities.get(n.id) == n.kind:
            s.correct += 1
        else:
            s.wrong.append(n.id)
    relations = gold.get("relations", [])
    types = {g["type"] for g in relations}
    predicted = [e for e in batch.edges.values()
                 if e.type in types and e.properties.get("doc") != CURATED_DOC]
    for g in relations:
        s = rows.setdefault(f"relation:{g['type']}", Score())
        s.gold += 1
        if any(_rel_matches(g, e, batch, doc) for e in predicted):
            s.found += 1
        else:
            s.missed.append(g)
    for e in predicted:
        s = rows.setdefault(f"relation:{e.type}", Score())
        s.predicted += 1
        if any(_rel_matches(g, e, batch, doc) for g in relations):
            s.correct += 1
        else:
            s.wrong.append((e.type, e.source, e.target, e.properties.get("role"),
                            (e.sources[0].quote[:70] if e.sources else "")))
    overall = Score()
    for s in rows.values():
        overall.gold += s.gold
        overall.found += s.found
        overall.predicted += s.predicted
        overall.correct += s.correct
    return Report(rows, overall)


def main(argv=None) -> int:
    import sys
    from loaders.pipeline import load_file
    argv = argv if argv is not None else sys.argv[1:]
    source, gold_path = argv[0], argv[1]
    report = evaluate(load_file(source), load_gold(gold_path))
    print(report.table())
    if "-v" in argv:
        for key, s in sorted(report.rows.items()):
            for m in s.missed:
                print("MISSED", key, m)
            for w in s.wrong:
                print("WRONG ", key, w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
