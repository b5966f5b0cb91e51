"""The gazetteer: canonical entities (one node each, shared by all documents) in layers.

Names in reports vary ("PPT de la CRM", "Presidencia Pro-Témpore (PPT) de la CRM"); the
gazetteer is where they become one id. It is built from layers, each in its place:
  world      every country and territory (loaders.world: pycountry, babel) and
             data/world/*.yaml (well-known organisations, instruments, topics);
  language   data/lang/<code>/entities.yaml (the document's own meeting and acta, bare titles);
  forums     data/forums/*.yaml (a forum's conferences, bodies and known members);
  document   data/documents/<doc>/gazetteer.yaml (one document's own spellings and entities),
             only when that document is extracted with curation on.
Curated facts (member lists, whose body is whose, who held a presidency in a given period) come
with a citation and a validity period because the documents do not state them: they form the
reference layer (loaders.reference) and must never be attributed to a document. This module
loads and checks the layers; it must not search text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from graph.data_files import data_file
from graph.data_schemas import UniqueKeyLoader
from graph.ontology import load_ontology
from loaders.errors import SourceError

DATA = data_file()
WORLD_DIR, LANG_DIR, FORUMS_DIR, DOCUMENTS_DIR = (DATA / "world", DATA / "lang", DATA / "forums",
                                                  DATA / "documents")
ENTITY_KEYS = {"id", "kind", "subtype", "name", "name_en", "acronym", "aliases", "post", "doc_local",
               "capitalised"}
FACT_KEYS = {"type", "from", "to", "role", "reference", "valid_from", "valid_until"}
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
    capitalised: bool = False     # a mention must start with a capital ("Chile", not "chile")
    name_matches: bool = True     # False: the name is a label only, the aliases are what match
    curated: bool = False         # True: from a knowledge layer (data/, libraries), not the text
    guarded: tuple[str, ...] = () # names that stand for the entity only where the text writes a
                                  # state ("Niger, Chad and Mali"; see loaders/mentions.py)

    def for_document(self, doc_id: str, title: str | None = None) -> "Entity":
        """A doc-local entry (the document's own meeting or acta) made concrete for one document."""
        if not self.doc_local:
            return self
        return Entity(self.id.replace("{doc}", doc_id), self.kind,
                      self.name.replace("{title}", title or doc_id), self.subtype, self.name_en,
                      self.acronym, self.aliases, self.post, True, self.line, self.capitalised,
                      self.name_matches, self.curated)


@dataclass(frozen=True)
class CuratedFact:
    type: str
    source: str
    target: str
    reference: str
    role: str | None = None
    line: int = 0
    valid_from: str | None = None     # ISO date: the fact holds from then (None: as far back as known)
    valid_until: str | None = None    # ISO date: the fact holds until then (None: still holds)
    layer: str = ""                   # the file it comes from


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
    base: "Gazetteer | None" = None     # the gazetteer this one extends (with_entities)

    def with_entities(self, new: dict) -> "Gazetteer":
        """This gazetteer plus entities one document defines (never stored in the files)."""
        return Gazetteer({**self.entities, **new}, self.facts, self.name, self.anaphora, self)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def body_of(self, owner: str, subtype: str) -> list[str]:
        """The bodies of a given subtype that curated PART_OF facts attach to `owner`."""
        return [f.source for f in self.facts if f.type == "PART_OF" and f.target == owner
                and self.entities[f.source].subtype == subtype]

    def owner_of(self, body: str) -> str | None:
        return next((f.target for f in self.facts if f.type == "PART_OF" and f.source == body), None)


class _LineLoader(UniqueKeyLoader):
    """Keeps each mapping's line so an error can point at it; refuses a key written twice."""


def _construct_mapping(loader, node, deep=False):
    mapping = UniqueKeyLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(text: str, name: str):
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SourceError(name, (mark.line + 1) if mark else 1,
                          f"malformed YAML: {getattr(exc, 'problem', exc)}") from exc


@dataclass
class Layer:
    """One file's raw entries, checked on their own; `extends` add aliases to known ids."""

    name: str
    entities: list
    extends: list
    facts: list
    anaphora: list


def parse_layer(text: str, name: str) -> Layer:
    """The entries of one gazetteer file; every problem is `name:line: what`."""
    raw = _read_yaml(text, name)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict) or not isinstance(raw.get("entities", []), list):
        raise SourceError(name, 1, "expected a mapping with an `entities` list")
    onto = load_ontology()
    entities, extends, seen = [], [], {}
    for item in raw.get("entities") or []:
        if not isinstance(item, dict):
            raise SourceError(name, raw.get("__line__", 1), f"entity must be a mapping, got {item!r}")
        line = item.get("__line__", 1)
        unknown = set(item) - ENTITY_KEYS - {"__line__"}
        if unknown:
            raise SourceError(name, line, f"unknown keys {sorted(unknown)} (a comma in an unquoted value?)")
        eid, kind, ename = item.get("id"), item.get("kind"), item.get("name")
        if not isinstance(eid, str) or ":" not in eid:
            raise SourceError(name, line, f"entity id {eid!r} must be a string like 'country:cl'")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise SourceError(name, line, f"{eid}: aliases must be a list of non-empty strings")
        if set(item) - {"__line__"} == {"id", "aliases"}:
            extends.append((eid, tuple(aliases), line))
            continue
        if eid in seen:
            raise SourceError(name, line, f"duplicate id {eid!r} (first at line {seen[eid]})")
        seen[eid] = line
        if kind not in onto.node_kinds:
            raise SourceError(name, line, f"{eid}: unknown kind {kind!r}")
        if not isinstance(ename, str) or not ename.strip():
            raise SourceError(name, line, f"{eid}: missing name")
        if "subtype" in onto.node_kinds[kind] and not item.get("subtype"):
            raise SourceError(name, line, f"{eid}: a {kind} needs a subtype")
        entities.append(Entity(eid, kind, ename, item.get("subtype"), item.get("name_en"),
                               item.get("acronym"), tuple(aliases), item.get("post"),
                               bool(item.get("doc_local")), line, bool(item.get("capitalised")),
                               curated=True))
    facts = []
    for item in raw.get("facts") or []:
        line = item.get("__line__", 1) if isinstance(item, dict) else 1
        if not isinstance(item, dict):
            raise SourceError(name, line, "fact must be a mapping")
        unknown = set(item) - FACT_KEYS - {"__line__"}
        if unknown:
            raise SourceError(name, line, f"unknown keys {sorted(unknown)}")
        etype = item.get("type")
        if etype not in onto.edge_types:
            raise SourceError(name, line, f"unknown relationship type {etype!r}")
        for key in ("valid_from", "valid_until"):
            if item.get(key) is not None:
                item[key] = str(item[key])
                if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", item[key]):
                    raise SourceError(name, line, f"{key} must be an ISO date, got {item[key]!r}")
        facts.append(item)
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
        if kind in ("Person", "Body") and not item.get("post") or kind == "Instrument" and not item.get("subtype"):
            raise SourceError(name, line, f"{title}: a Person or Body anaphor needs `post`, an Instrument one `subtype`")
        if kind not in ("Person", "Instrument", "Body"):
            raise SourceError(name, line, f"{title}: anaphora resolve to a Person, an Instrument or a Body, not {kind!r}")
        anaphora.append(Anaphor(title, kind, item.get("post"), item.get("subtype"),
                                tuple(item.get("determiners") or ("la", "el")),
                                bool(item.get("case_sensitive")), line))
    return Layer(name, entities, extends, facts, anaphora)


def build_gazetteer(layers: list[Layer], name: str = "gazetteer") -> Gazetteer:
    """Merge layers in order: a later layer may add aliases to an earlier entity, never redefine
    it; facts are checked against the merged entities and the ontology."""
    onto = load_ontology()
    entities: dict[str, Entity] = {}
    where: dict[str, str] = {}
    for layer in layers:
        for ent in layer.entities:
            if ent.id in entities:
                raise SourceError(layer.name, ent.line,
                                  f"duplicate id {ent.id!r} (first in {where[ent.id]})")
            entities[ent.id] = ent
            where[ent.id] = f"{layer.name}:{ent.line}"
        for eid, aliases, line in layer.extends:
            if eid not in entities:
                raise SourceError(layer.name, line, f"aliases for unknown entity {eid!r}")
            old = entities[eid]
            entities[eid] = replace(old, aliases=tuple(dict.fromkeys(old.aliases + aliases)))
    facts = []
    for layer in layers:
        for item in layer.facts:
            line = item.get("__line__", 1)
            etype, src, dst = item["type"], item.get("from"), item.get("to")
            for end in (src, dst):
                if end not in entities:
                    raise SourceError(layer.name, line, f"{etype}: unknown entity {end!r}")
            problem = onto.check_edge(etype, entities[src].kind, entities[dst].kind, {})
            if problem:
                raise SourceError(layer.name, line, problem)
            if not item.get("reference"):
                raise SourceError(layer.name, line, f"{etype} {src}->{dst}: a curated fact needs a reference")
            facts.append(CuratedFact(etype, src, dst, str(item["reference"]), item.get("role"), line,
                                     item.get("valid_from"), item.get("valid_until"), layer.name))
    anaphora = [a for layer in layers for a in layer.anaphora]
    return Gazetteer(entities, tuple(facts), name, tuple(anaphora))


def parse_gazetteer(text: str, name: str = "gazetteer.yaml") -> Gazetteer:
    """Build and check a gazetteer from one YAML text; every problem is `name:line: what`."""
    return build_gazetteer([parse_layer(text, name)], name)


def _world_layer() -> Layer:
    from loaders.world import countries
    ents = [Entity(f"country:{c.code}", "Country", c.name, None, c.name_en, None, c.aliases,
                   capitalised=True, name_matches=False, curated=True, guarded=c.guarded)
            for c in countries()]
    return Layer("countries (pycountry, babel)", ents, [], [], [])


def _file_layer(path: Path) -> Layer:
    rel = path.relative_to(DATA).as_posix()
    return parse_layer(path.read_text(encoding="utf-8"), rel)


def knowledge_files(document: str | None = None) -> list[Path]:
    """The YAML files of every layer, in merge order (document layer last, when asked for)."""
    files = sorted(WORLD_DIR.glob("*.yaml"))
    files = [f for f in files if f.name != "countries.yaml"]
    files += [LANG_DIR / "document.yaml"] + sorted(LANG_DIR.glob("*/entities.yaml"))
    files += sorted(FORUMS_DIR.glob("*.yaml"))
    if document:
        doc_file = DOCUMENTS_DIR / document / "gazetteer.yaml"
        if doc_file.exists():
            files.append(doc_file)
    return files


def load_gazetteer(document: str | None = None) -> Gazetteer:
    """World, language and forum layers, plus `document`'s own layer when one is named and its
    folder holds one (data/documents/<document>/gazetteer.yaml). A document without a layer of its
    own is read with the shared gazetteer (the same object, built once per process); raises
    SourceError for a layer file that is not valid."""
    if document and not (DOCUMENTS_DIR / document / "gazetteer.yaml").exists():
        document = None
    return _built_gazetteer(document)


@lru_cache(maxsize=32)
def _built_gazetteer(document: str | None) -> Gazetteer:
    layers = [_world_layer()] + [_file_layer(f) for f in knowledge_files(document)]
    return build_gazetteer(layers, f"gazetteer:{document}" if document else "gazetteer")


@lru_cache(maxsize=1)
def load_reference_gazetteer() -> Gazetteer:
    """Every layer at once, every document's included: what the reference layer is built from."""
    layers = [_world_layer()] + [_file_layer(f) for f in knowledge_files()]
    layers += [_file_layer(f) for f in sorted(DOCUMENTS_DIR.glob("*/gazetteer.yaml"))]
    return build_gazetteer(layers, "reference")
