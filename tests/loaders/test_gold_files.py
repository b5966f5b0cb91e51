"""Every gold file parses and speaks the ontology: kinds, relation types, allowed ends, dates.

Fast: no extractor runs. Covers data/gold/ (the bundled report) and tests/gold/corpus/ (the real
public documents kept beside the checkout).
"""
from pathlib import Path

import pytest
import yaml

from graph.ontology import load_ontology
from loaders.evaluate import gold_span, load_gold

ROOT = Path(__file__).resolve().parents[2]
CORPUS_GOLD = ROOT / "tests" / "gold" / "corpus"
GOLD_FILES = sorted((ROOT / "data" / "gold").glob("*.yaml")) + sorted(CORPUS_GOLD.glob("*.yaml"))
ONTOLOGY = load_ontology()
ID_KINDS = {"country": "Country", "conference": "Conference", "organization": "Organization",
            "body": "Body", "person": "Person", "event": "Event", "place": "Place",
            "instrument": "Instrument", "commitment": "Commitment", "topic": "Topic", "date": "Date"}


def _kind(spec) -> str:
    if isinstance(spec, str):
        return ID_KINDS[spec.split(":", 1)[0]]
    return spec["kind"]


def _check_spec(spec, where: str) -> None:
    if isinstance(spec, str):
        assert spec.split(":", 1)[0] in ID_KINDS, f"{where}: unknown id prefix in {spec!r}"
        return
    assert spec["kind"] in ONTOLOGY.node_kinds, f"{where}: unknown kind {spec['kind']!r}"
    forms = [k for k in ("id", "contains", "iso") if k in spec]
    assert len(forms) == 1, f"{where}: a spec needs exactly one of id/contains/iso: {spec}"
    assert set(spec) <= {"kind", "id", "contains", "iso", "end", "post"}, f"{where}: {spec}"
    if "iso" in spec:
        assert spec["kind"] == "Date", f"{where}: iso only on Date: {spec}"
        first, last = gold_span(spec)
        assert first <= last, f"{where}: span ends before it starts: {spec}"
    if "contains" in spec:
        snippets = [spec["contains"]] if isinstance(spec["contains"], str) else spec["contains"]
        assert snippets and all(isinstance(s, str) and s.strip() for s in snippets), f"{where}: {spec}"
    if "id" in spec:
        assert _kind(spec["id"]) == spec["kind"], f"{where}: id and kind disagree: {spec}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_parses_and_uses_only_the_ontology(path):
    gold = load_gold(path)
    assert set(gold) <= {"document", "entities", "relations", "recall_only", "absent"}, path.name
    assert gold["document"] == path.stem
    for i, spec in enumerate(gold["entities"]):
        _check_spec(spec, f"{path.name}: entities[{i}]")
    for i, rel in enumerate(gold["relations"]):
        where = f"{path.name}: relations[{i}]"
        et = ONTOLOGY.edge_types.get(rel["type"])
        assert et is not None, f"{where}: unknown relation type {rel['type']!r}"
        assert set(rel) <= {"type", "from", "to", "role", "on_behalf_of"}, where
        _check_spec(rel["from"], where)
        _check_spec(rel["to"], where)
        assert _kind(rel["from"]) in et.sources, f"{where}: {rel['type']} cannot start at {_kind(rel['from'])}"
        assert _kind(rel["to"]) in et.targets, f"{where}: {rel['type']} cannot end at {_kind(rel['to'])}"
    names = set(ONTOLOGY.node_kinds) | set(ONTOLOGY.edge_types)
    for key in ("recall_only", "absent"):
        assert set(gold.get(key) or []) <= names, f"{path.name}: {key} names something outside the ontology"


def test_every_corpus_document_has_a_gold_file_with_at_least_ten_facts():
    golds = sorted(CORPUS_GOLD.glob("*.yaml"))
    assert len(golds) == 24
    for path in golds:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert len(gold["entities"]) + len(gold["relations"]) >= 10, path.name
        assert path.read_text(encoding="utf-8").startswith("# Gold facts for "), path.name
