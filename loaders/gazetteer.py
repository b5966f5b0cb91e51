"""The gazetteer: canonical entities (one node each, shared by all documents) and curated facts.

Names in reports vary ("PPT de la CRM", "Presidencia Pro-Témpore (PPT) de la CRM", misspelled
"Margarín"); the gazetteer is where they become one id. Curated facts (member lists, whose body
is whose) come with a citation because the report never states them: they must never be
attributed to a report. This module loads and checks data/gazetteer.yaml; it must not search text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from graph.ontology import load_ontology
from loaders.errors import SourceError

GAZETTEER_PATH = Path(__file__).resolve().parents[1] / "data" / "gazetteer.yaml"
ENTITY_KEYS = {"id", "kind", "subtype", "name", "name_en", "acronym", "aliases", "post", "doc_local"}
FACT_KEYS = {"type", "from", "to", "role", "reference"}
ANAPHOR_KEYS = {"title", "kind", "post", "subtype", "determiners", "case_sensitive"}


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str
    name: str
    subtype: str | None = None
    name_en: str | None = None
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    post: str | None = None
    doc_local: bool = False
    line: int = 0

    def for_document(self, doc_id: str, title: str | None = None) -> "Entity":
        """A doc-local entry (the document's own meeting or acta) made concrete for one document."""
        if not self.doc_local:
            return self
        return Entity(self.id.replace("{doc}", doc_id), self.kind,
                      self.name.replace("{title}", title or doc_id), self.subtype, self.name_en,
                      self.acronym, self.aliases, self.post, True, self.line)


@dataclass(frozen=True)
class CuratedFact:
    type: str
    source: str
    target: str
    reference: str
    role: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Anaphor:
    """A bare title ("la Viceministra", "la Declaración") that stands for an entity named before.

    It resolves to the most recent preceding full mention in the same document of a Person whose
    post (gazetteer `post`, or the title written next to the name) is `post`, or of an
    Instrument of `subtype`; with none, it stays unresolved.
    """

    title: str
    kind: str
    post: str | None = None
    subtype: str | None = None
    determiners: tuple[str, ...] = ("la", "el")
    case_sensitive: bool = False
    line: int = 0


@dataclass(frozen=True, eq=False)
class Gazetteer:
    entities: dict
    facts: tuple
    name: str = "gazetteer.yaml"
    anaphora: tuple = ()

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def body_of(self, owner: str, subtype: str) -> list[str]:
        """The bodies of a given subtype that curated PART_OF facts attach to `owner`."""
        return [f.source for f in self.facts if f.type == "PART_OF" and f.target == owner
                and self.entities[f.source].subtype == subtype]

    def owner_of(self, body: str) -> str | None:
        return next((f.target for f in self.facts if f.type == "PART_OF" and f.source == body), None)


class _LineLoader(yaml.SafeLoader):
    """Keeps each mapping's line so an error can point at it."""


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_gazetteer(text: str, name: str = "gazetteer.yaml") -> Gazetteer:
    """Build and check a gazetteer from YAML text; every problem is `name:line: what`."""
    try:
        raw = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SourceError(name, (mark.line + 1) if mark else 1,
                          f"malformed YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("entities"), list):
        raise SourceError(name, 1, "expected a mapping with an `entities` list")
    onto = load_ontology()
    entities: dict[str, Entity] = {}
    for item in raw["entities"]:
        if not isinstance(item, dict):
            raise SourceError(name, raw.get("__line__", 1), f"entity must be a mapping, got {item!r}")
        line = item.get("__line__", 1)
        unknown = set(item) - ENTITY_KEYS - {"__line__"}
        if unknown:
            raise SourceError(name, line, f"unknown keys {sorted(unknown)} (a comma in an unquoted value?)")
        eid, kind, ename = item.get("id"), item.get("kind"), item.get("name")
        if not isinstance(eid, str) or ":" not in eid:
            raise SourceError(name, line, f"entity id {eid!r} must be a string like 'country:cl'")
        if eid in entities:
            raise SourceError(name, line, f"duplicate id {eid!r} (first at line {entities[eid].line})")
        if kind not in onto.node_kinds:
            raise SourceError(name, line, f"{eid}: unknown kind {kind!r}")
        if not isinstance(ename, str) or not ename.strip():
            raise SourceError(name, line, f"{eid}: missing name")
        if "subtype" in onto.node_kinds[kind] and not item.get("subtype"):
            raise SourceError(name, line, f"{eid}: a {kind} needs a subtype")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise SourceError(name, line, f"{eid}: aliases must be a list of non-empty strings")
        entities[eid] = Entity(eid, kind, ename, item.get("subtype"), item.get("name_en"),
                               item.get("acronym"), tuple(aliases), item.get("post"),
                               bool(item.get("doc_local")), line)
    facts = []
    for item in raw.get("facts") or []:
        line = item.get("__line__", 1) if isinstance(item, dict) else 1
        if not isinstance(item, dict):
            raise SourceError(name, line, "fact must be a mapping")
        unknown = set(item) - FACT_KEYS - {"__line__"}
        if unknown:
            raise SourceError(name, line, f"unknown keys {sorted(unknown)}")
        etype, src, dst = item.get("type"), item.get("from"), item.get("to")
        if etype not in onto.edge_types:
            raise SourceError(name, line, f"unknown relationship type {etype!r}")
        for end in (src, dst):
            if end not in entities:
                raise SourceError(name, line, f"{etype}: unknown entity {end!r}")
        problem = onto.check_edge(etype, entities[src].kind, entities[dst].kind, {})
        if problem:
            raise SourceError(name, line, problem)
        if not item.get("reference"):
            raise SourceError(name, line, f"{etype} {src}->{dst}: a curated fact needs a reference")
        facts.append(CuratedFact(etype, src, dst, str(item["reference"]), item.get("role"), line))
    anaphora = []
    for item in raw.get("anaphora") or []:
        line = item.get("__line__", 1) if isinstance(item, dict) else 1
        if not isinstance(item, dict):
            raise SourceError(name, line, "an anaphor must be a mapping")
        unknown = set(item) - ANAPHOR_KEYS - {"__line__"}
        if unknown:
            raise SourceError(name, line, f"unknown keys {sorted(unknown)}")
        title, kind = item.get("title"), item.get("kind")
        if not isinstance(title, str) or not title.strip():
            raise SourceError(name, line, "an anaphor needs a `title`")
        if kind == "Person" and not item.get("post") or kind == "Instrument" and not item.get("subtype"):
            raise SourceError(name, line, f"{title}: a Person anaphor needs `post`, an Instrument one `subtype`")
        if kind not in ("Person", "Instrument"):
            raise SourceError(name, line, f"{title}: anaphora resolve to a Person or an Instrument, not {kind!r}")
        anaphora.append(Anaphor(title, kind, item.get("post"), item.get("subtype"),
                                tuple(item.get("determiners") or ("la", "el")),
                                bool(item.get("case_sensitive")), line))
    return Gazetteer(entities, tuple(facts), name, tuple(anaphora))


@lru_cache(maxsize=None)
def load_gazetteer(path: Path = GAZETTEER_PATH) -> Gazetteer:
    path = Path(path)
    return parse_gazetteer(path.read_text(encoding="utf-8"), path.name)
