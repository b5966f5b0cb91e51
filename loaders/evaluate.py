"""Score a batch against hand-written gold facts: precision and recall per kind, type and overall.

Gold format (YAML; examples in data/gold/ and tests/gold/corpus/):

    document: <document id>          # the loader's id for the file (its stem)
    entities: [<entity spec>, ...]   # every entity of the listed kinds that the text names
    relations:                       # every relation of the listed types that the text states
      - {type: T, from: <spec>, to: <spec>[, role: R][, on_behalf_of: ID]}
    recall_only: [Kind or TYPE, ...] # optional: the gold is not exhaustive there; precision not measured
    absent: [Kind or TYPE, ...]      # optional: the text states none; every prediction of them is wrong

An entity spec, also usable as a relation end, is one of:

    "country:cl" / {id: "country:cl", kind: Country}
                              a node by id; "{doc}" in an id stands for the document id
                              ("event:{doc}:meeting" is the meeting the document records)
    {kind: K, contains: "snippet"}   (or a list of snippets, any of which may match)
                              ANY node of kind K, shared or document-local, whose name, name_en,
                              acronym, aliases or text contains the snippet as whole words
                              (case, accents and `*`/`_`/backtick markup ignored)
    {kind: Person, contains: "...", post: "..."}   post (a snippet or list), when given, must be in
                              the node's post too
    {kind: Date, iso: "2023-09-21"}                 a Date node whose span is that day, month
    {kind: Date, iso: "2023-09", end: "2023-11"}    ("YYYY-MM") or year ("YYYY"); with `end`, the
                              span runs from the start of `iso` to the end of `end`

Definitions. A gold fact is found when some node (entities: one the text names, i.e. with sources
or document-local) or some edge matches it. Recall = gold facts found / gold facts. Precision is
measured only on what the gold covers: predicted entities of the gold's kinds that the text names,
and predicted relations of the gold's types that come from the text (curated gazetteer edges,
doc="reference", are excluded), minus `recall_only` kinds/types, plus `absent` ones; precision =
predicted facts matching a gold fact / predicted. This module must not change the batch and must
not read documents: it scores what it is given.
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from graph.batch import CURATED_DOC, GraphBatch, Node
from graph.data_schemas import SafeLoader
from loaders.read import fold_same_length

_MARKUP = str.maketrans({"*": " ", "`": " ", "_": " "})
_NAME_FIELDS = ("name", "name_en", "acronym", "text")


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

    def add(self, other: "Score") -> None:
        """Add another score's counts (not its missed/wrong lists) into this one."""
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct

    def as_dict(self) -> dict:
        return {"gold": self.gold, "found": self.found, "predicted": self.predicted,
                "correct": self.correct, "recall": round(self.recall, 4),
                "precision": round(self.precision, 4)}


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

    def as_dict(self) -> dict:
        return {"rows": {k: self.rows[k].as_dict() for k in sorted(self.rows)},
                "overall": self.overall.as_dict()}


def combine(reports) -> Report:
    """One report summing the counts of several (per kind/type and overall), e.g. over a corpus."""
    rows: dict[str, Score] = {}
    overall = Score()
    for r in reports:
        for key, s in r.rows.items():
            rows.setdefault(key, Score()).add(s)
        overall.add(r.overall)
    return Report(rows, overall)


def load_gold(path) -> dict:
    """The gold file at `path` as parsed YAML (safe loading; yaml.YAMLError when malformed)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SafeLoader)


def _norm(s: str) -> str:
    return " ".join(fold_same_length(s.translate(_MARKUP)).split())


def _snippets(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def _contains(haystack: str, snippet: str) -> bool:
    """Whole-word containment on normalised text ("EU" is not in "EuroProofNet")."""
    needle = _norm(snippet)
    if not needle:
        return False
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", _norm(haystack)) is not None


def _names(node: Node) -> list[str]:
    out = [node.name or ""]
    out += [str(node.properties.get(k) or "") for k in _NAME_FIELDS]
    out += [str(a) for a in node.properties.get("aliases") or []]
    return [s for s in out if s]


def _span(value: str, last: bool) -> date:
    """The first (or last) day of an ISO day, month ("YYYY-MM") or year ("YYYY")."""
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        y, m = parts
        return date(y, m, monthrange(y, m)[1] if last else 1)
    (y,) = parts
    return date(y, 12, 31) if last else date(y, 1, 1)


def gold_span(spec: dict) -> tuple[date, date]:
    """(first day, last day) of a Date spec; raises ValueError on a malformed ISO value."""
    return _span(spec["iso"], False), _span(spec.get("end", spec["iso"]), True)


def _node_span(node: Node) -> tuple[date, date] | None:
    start = node.properties.get("date")
    if not start:
        return None
    try:
        first = date.fromisoformat(str(start)[:10])
        end = node.properties.get("date_end")
        return first, date.fromisoformat(str(end)[:10]) if end else first
    except ValueError:
        return None


def spec_matches(spec, node: Node | None, doc: str) -> bool:
    """Does `node` satisfy an entity spec (id string, {id, kind}, {kind, contains[, post]}, {kind: Date, iso[, end]})?"""
    if node is None:
        return False
    if isinstance(spec, str):
        return spec.replace("{doc}", doc) == node.id
    if node.kind != spec["kind"]:
        return False
    if "id" in spec:
        return spec["id"].replace("{doc}", doc) == node.id
    if "iso" in spec:
        return _node_span(node) == gold_span(spec)
    names = _names(node)
    if not any(_contains(n, s) for n in names for s in _snippets(spec.get("contains"))):
        return False
    if spec.get("post"):
        post = str(node.properties.get("post") or "")
        return any(_contains(post, s) for s in _snippets(spec["post"]))
    return True


def _named(node: Node) -> bool:
    """The text names it: it carries sources or is the document's own node."""
    return bool(node.sources or node.properties.get("doc"))


def _kind(spec) -> str:
    return spec["kind"] if isinstance(spec, dict) else ""


def _rel_matches(g: dict, e, batch: GraphBatch, doc: str) -> bool:
    if g["type"] != e.type:
        return False
    for key in ("role", "on_behalf_of"):
        if g.get(key) and g[key] != e.properties.get(key):
            return False
    return (spec_matches(g["from"], batch.nodes.get(e.source), doc)
            and spec_matches(g["to"], batch.nodes.get(e.target), doc))


def evaluate(batch: GraphBatch, gold: dict) -> Report:
    """Score one document's batch against its gold (shape above); the batch is not changed."""
    doc = gold.get("document", batch.document)
    recall_only = set(gold.get("recall_only") or [])
    absent = set(gold.get("absent") or [])
    rows: dict[str, Score] = {}
    entities = gold.get("entities") or []
    named = [n for n in batch.nodes.values() if _named(n)]

    def kind_of(spec) -> str:
        if isinstance(spec, str):
            node = batch.nodes.get(spec.replace("{doc}", doc))
            return node.kind if node else ""
        return _kind(spec)

    for spec in entities:
        kind = spec["kind"] if isinstance(spec, dict) else kind_of(spec)
        s = rows.setdefault(f"entity:{kind}", Score())
        s.gold += 1
        if any(spec_matches(spec, n, doc) for n in named):
            s.found += 1
        else:
            s.missed.append(spec)
    kinds = ({spec["kind"] for spec in entities if isinstance(spec, dict)} - recall_only) | (
        absent & set(_ontology_kinds()))
    for n in named:
        if n.kind not in kinds:
            continue
        s = rows.setdefault(f"entity:{n.kind}", Score())
        s.predicted += 1
        if n.kind not in absent and any(spec_matches(spec, n, doc) for spec in entities):
            s.correct += 1
        else:
            s.wrong.append(n.id)

    relations = gold.get("relations") or []
    types = ({g["type"] for g in relations} - recall_only) | (absent - set(_ontology_kinds()))
    scored = [e for e in batch.edges.values() if e.properties.get("doc") != CURATED_DOC]
    for g in relations:
        s = rows.setdefault(f"relation:{g['type']}", Score())
        s.gold += 1
        if any(_rel_matches(g, e, batch, doc) for e in scored):
            s.found += 1
        else:
            s.missed.append(g)
    for e in scored:
        if e.type not in types:
            continue
        s = rows.setdefault(f"relation:{e.type}", Score())
        s.predicted += 1
        if e.type not in absent and any(_rel_matches(g, e, batch, doc) for g in relations):
            s.correct += 1
        else:
            s.wrong.append((e.type, e.source, e.target, e.properties.get("role"),
                            (e.sources[0].quote[:70] if e.sources else "")))
    overall = Score()
    for s in rows.values():
        overall.add(s)
    return Report(rows, overall)


def _ontology_kinds() -> tuple[str, ...]:
    from graph.ontology import load_ontology
    return tuple(load_ontology().node_kinds)


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
