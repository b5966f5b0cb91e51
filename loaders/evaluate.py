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

A snippet names a Person only when the person's name holds at most two content words before
it and two after it (given names, a second surname; function words, the `connectors` of
data/lang/*/heads.yaml, do not count): "Montaldo" names "Oscar J. Montaldo", but "Lucía Soto"
does not name "Ministra de Comercio Exterior Lucía Soto", a post glued to a name. Other kinds are
named by any whole-word part of a name (an organisation's short form, "TIBCO" for "TIBCO Software
Inc.") or of a text (a commitment by a phrase of it).

Definitions. Gold facts and predictions are paired one to one, per kind (entities) or type
(relations), by a maximum bipartite matching between gold facts and the predictions that satisfy
them (entities: nodes the text names, i.e. with sources or document-local; relations: edges from
the text, curated gazetteer edges, doc="reference", excluded). Found = correct = the matching's
size, so a second node for an entity already matched (a duplicate: "Alicia Bárcena" beside
"Foreign Secretary Alicia Bárcena") is a wrong prediction, and one prediction never finds two gold
facts. Recall = found / gold facts. Precision is measured only on what the gold covers: predicted
entities of the gold's kinds, predicted relations of the gold's types, minus `recall_only`
kinds/types (their predictions are not counted), plus `absent` ones (every prediction wrong);
precision = correct / predicted. This module must not change the batch and must not read
documents: it scores what it is given.
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import networkx as nx
import yaml

from graph.batch import CURATED_DOC, GraphBatch, Node
from graph.data_schemas import SafeLoader
from loaders.errors import SourceError
from loaders.lang import lexicon
from loaders.read import fold_same_length

_MARKUP = str.maketrans({"*": " ", "`": " ", "_": " "})
_NAME_FIELDS = ("name", "name_en", "acronym", "text")
_PERSON_EXTRA = 2          # content words a person's name may hold before or after a gold snippet


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
    """The gold file at `path` as parsed YAML (safe loading), checked against the ontology: a
    dict with `document`, `entities` (ids or {kind, ...}), `relations` ({type, from, to, ...}),
    and optional `recall_only` / `absent` lists of kinds and types.

    Raises SourceError (`file:line: what is wrong`) when the file cannot be read, is not YAML,
    or names a kind or relation type the ontology does not have (it would only ever score as a
    miss), or a relation without both ends."""
    from graph.ontology import load_ontology
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(str(path), 1, f"cannot read the gold file: {exc}") from None
    loader = SafeLoader(text)
    try:
        root = loader.get_single_node()
        gold = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourceError(str(path), mark.line + 1 if mark else 1,
                          f"not valid YAML: {problem}") from None
    finally:
        loader.dispose()
    if not isinstance(gold, dict):
        raise SourceError(str(path), 1, "a gold file is a mapping with document, entities and "
                                        "relations")
    ontology = load_ontology()
    kinds, types = set(ontology.node_kinds), set(ontology.edge_types)
    for key, allowed, what in (("entities", (str, dict), "an id or {kind: ...}"),
                               ("relations", (dict,), "{type, from, to}")):
        items = gold.get(key) or []
        if not isinstance(items, list):
            raise SourceError(str(path), _line(root, key), f"{key} must be a list")
        for k, item in enumerate(items):
            line = _line(root, key, k)
            if not isinstance(item, allowed):
                raise SourceError(str(path), line, f"each of {key} is {what}")
            if key == "entities" and isinstance(item, dict) and item.get("kind") not in kinds:
                raise SourceError(str(path), line, f"unknown kind {item.get('kind')!r} (the "
                                                   f"ontology has {', '.join(sorted(kinds))})")
            if key == "relations":
                if item.get("type") not in types:
                    raise SourceError(str(path), line, f"unknown relation type "
                                                       f"{item.get('type')!r}")
                if item.get("from") is None or item.get("to") is None:
                    raise SourceError(str(path), line, "a relation needs both from and to")
    for key in ("recall_only", "absent"):
        for k, name in enumerate(gold.get(key) or []):
            if name not in kinds | types:
                raise SourceError(str(path), _line(root, key, k),
                                  f"{key}: {name!r} is no kind or relation type of the ontology")
    return gold


def _line(root, key: str, index: int | None = None) -> int:
    """1-based line of `key` (or of its item `index`) in the composed YAML mapping `root`."""
    for k, v in getattr(root, "value", []):
        if getattr(k, "value", None) == key:
            if index is not None and isinstance(getattr(v, "value", None), list) \
                    and index < len(v.value):
                return v.value[index].start_mark.line + 1
            return k.start_mark.line + 1
    return 1


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


def _content_words(text: str) -> list[str]:
    """The words of `text` (normalised, lower case) that are not function words."""
    connectors = _connectors()
    return [w for w in re.findall(r"\w+", _norm(text).lower()) if w not in connectors]


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """Function words of every language pack (data/lang/*/heads.yaml `connectors`), lower case."""
    return frozenset(w.lower() for w in lexicon("heads").get("connectors") or [])


def _names_person(haystack: str, snippet: str) -> bool:
    """`snippet` is in the person's name `haystack` with at most two content words before it and
    two after it (given names, a second surname), so that a surname names "Oscar J. Montaldo" but
    no name with a post glued to it does.

    >>> _names_person("Oscar J. Montaldo", "Montaldo")
    True
    >>> _names_person("White House Homeland Security Advisor Liz Sherwood-Randall", "Sherwood-Randall")
    False
    """
    if not _contains(haystack, snippet):
        return False
    words, needle = _content_words(haystack), _content_words(snippet)
    starts = [i for i in range(len(words) - len(needle) + 1) if words[i:i + len(needle)] == needle]
    return not needle or any(i <= _PERSON_EXTRA and len(words) - i - len(needle) <= _PERSON_EXTRA
                             for i in starts) or not starts


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
    found_in = _names_person if node.kind == "Person" else _contains
    if not any(found_in(n, s) for n in names for s in _snippets(spec.get("contains"))):
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


def _matched(golds: list, predictions: list, satisfies) -> set[tuple[int, int]]:
    """A maximum one-to-one pairing (gold index, prediction index) of `golds` and `predictions`
    under `satisfies(gold, prediction)`; Hopcroft-Karp through networkx."""
    graph = nx.Graph()
    graph.add_nodes_from(("g", i) for i in range(len(golds)))
    for i, g in enumerate(golds):
        for j, p in enumerate(predictions):
            if satisfies(g, p):
                graph.add_edge(("g", i), ("p", j))
    pairs = nx.bipartite.maximum_matching(graph, top_nodes=[("g", i) for i in range(len(golds))])
    return {(a[1], b[1]) for a, b in pairs.items() if a[0] == "g"}


def _score(rows: dict, key: str, golds: list, predictions: list, counted: bool, absent: bool,
           satisfies, describe) -> None:
    """Add one kind's (or type's) gold facts and predictions to `rows[key]`: found = correct = the
    one-to-one matching's size; predictions are counted only when `counted` (the gold covers the
    kind), and all of them are wrong when `absent`."""
    if not golds and not (counted and predictions):
        return
    s = rows.setdefault(key, Score())
    pairs = set() if absent else _matched(golds, predictions, satisfies)
    gold_hit = {i for i, _ in pairs}
    pred_hit = {j for _, j in pairs}
    s.gold += len(golds)
    s.found += len(pairs)
    s.missed += [g for i, g in enumerate(golds) if i not in gold_hit]
    if counted:
        s.predicted += len(predictions)
        s.correct += len(pred_hit)
        s.wrong += [describe(p) for j, p in enumerate(predictions) if j not in pred_hit]


def evaluate(batch: GraphBatch, gold: dict) -> Report:
    """Score one document's batch against its gold (shape and definitions in the module
    docstring); the batch is not changed. Returns a Report with one Score per
    "entity:<Kind>" and "relation:<TYPE>" and their sum."""
    doc = gold.get("document", batch.document)
    recall_only = set(gold.get("recall_only") or [])
    absent = set(gold.get("absent") or [])
    ontology_kinds = set(_ontology_kinds())
    rows: dict[str, Score] = {}
    entities = gold.get("entities") or []
    named = [n for n in batch.nodes.values() if _named(n)]

    def kind_of(spec) -> str:
        if isinstance(spec, str):
            node = batch.nodes.get(spec.replace("{doc}", doc))
            return node.kind if node else ""
        return _kind(spec)

    gold_kinds = {spec["kind"] for spec in entities if isinstance(spec, dict)}
    counted_kinds = (gold_kinds - recall_only) | (absent & ontology_kinds)
    by_kind: dict[str, list] = {}
    for spec in entities:
        by_kind.setdefault(kind_of(spec), []).append(spec)
    for kind in sorted(set(by_kind) | counted_kinds):
        nodes = [n for n in named if n.kind == kind]
        _score(rows, f"entity:{kind}", by_kind.get(kind, []), nodes, kind in counted_kinds,
               kind in absent, lambda spec, n: spec_matches(spec, n, doc), lambda n: n.id)

    relations = gold.get("relations") or []
    counted_types = ({g["type"] for g in relations} - recall_only) | (absent - ontology_kinds)
    scored = [e for e in batch.edges.values() if e.properties.get("doc") != CURATED_DOC]
    by_type: dict[str, list] = {}
    for g in relations:
        by_type.setdefault(g["type"], []).append(g)
    for type_ in sorted(set(by_type) | counted_types):
        edges = [e for e in scored if e.type == type_]
        _score(rows, f"relation:{type_}", by_type.get(type_, []), edges, type_ in counted_types,
               type_ in absent, lambda g, e: _rel_matches(g, e, batch, doc),
               lambda e: (e.type, e.source, e.target, e.properties.get("role"),
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
