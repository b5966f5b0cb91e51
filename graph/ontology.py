"""The ontology, read from data/ontology.yaml: the one declaration both stores build schema from.

Kept as data (like FollowTheMoney's model) so the loader, the stores and the docs cannot disagree
about which kinds, relationship types and properties exist. This module only reads and checks it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from graph.data_files import data_file
from graph.errors import UserError

ONTOLOGY_PATH = data_file("ontology.yaml")
PROPERTY_TYPES = {"STRING", "INT64", "DOUBLE", "BOOLEAN", "STRING[]"}


class OntologyError(UserError, ValueError):
    """The ontology file itself is malformed."""


@dataclass(frozen=True)
class EdgeType:
    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    description: str

    def pairs(self) -> list[tuple[str, str]]:
        return [(a, b) for a in self.sources for b in self.targets]


@dataclass(frozen=True)
class Ontology:
    node_properties: dict[str, str]
    edge_properties: dict[str, str]
    node_kinds: dict[str, tuple[str, ...]]        # kind -> required properties
    node_descriptions: dict[str, str]
    edge_types: dict[str, EdgeType]
    actors: tuple[str, ...]

    def check_node(self, kind: str, props: dict) -> str | None:
        """Return what is wrong with a node of this kind, or None."""
        if kind not in self.node_kinds:
            return f"unknown node kind {kind!r}"
        unknown = set(props) - set(self.node_properties)
        if unknown:
            return f"{kind} has unknown properties {sorted(unknown)}"
        missing = [p for p in self.node_kinds[kind] if props.get(p) in (None, "", [])]
        if missing:
            return f"{kind} {props.get('id')!r} lacks required {missing}"
        return None

    def check_edge(self, etype: str, src_kind: str, dst_kind: str, props: dict) -> str | None:
        et = self.edge_types.get(etype)
        if et is None:
            return f"unknown relationship type {etype!r}"
        if src_kind not in et.sources or dst_kind not in et.targets:
            return f"{etype} may not link {src_kind} to {dst_kind}"
        unknown = set(props) - set(self.edge_properties)
        if unknown:
            return f"{etype} has unknown properties {sorted(unknown)}"
        return None


def parse_ontology(raw: dict, origin: str = "ontology") -> Ontology:
    try:
        nprops = dict(raw["node_properties"])
        eprops = dict(raw["edge_properties"])
        for name, typ in {**nprops, **eprops}.items():
            if typ not in PROPERTY_TYPES:
                raise OntologyError(f"{origin}: property {name!r} has unknown type {typ!r}")
        kinds = {k: tuple(v.get("required", [])) for k, v in raw["node_kinds"].items()}
        descriptions = {k: v.get("description", "") for k, v in raw["node_kinds"].items()}
        for k, req in kinds.items():
            bad = [p for p in req if p not in nprops]
            if bad:
                raise OntologyError(f"{origin}: {k} requires undeclared properties {bad}")
        etypes = {}
        for name, spec in raw["edge_types"].items():
            et = EdgeType(name, tuple(spec["from"]), tuple(spec["to"]), spec.get("description", ""))
            for k in et.sources + et.targets:
                if k not in kinds:
                    raise OntologyError(f"{origin}: {name} names unknown kind {k!r}")
            etypes[name] = et
        return Ontology(nprops, eprops, kinds, descriptions, etypes, tuple(raw.get("actors", ())))
    except (KeyError, TypeError, AttributeError) as exc:
        raise OntologyError(f"{origin}: malformed ontology ({exc})") from exc


@lru_cache(maxsize=None)
def load_ontology(path: Path = ONTOLOGY_PATH) -> Ontology:
    """data/ontology.yaml, checked (OntologyError `file:line: what` on bad YAML or content)."""
    from graph.data_schemas import DataFileError, OntologyFile, load_checked
    try:
        raw = load_checked(path, OntologyFile)
    except DataFileError as exc:
        raise OntologyError(str(exc)) from None
    return parse_ontology(raw, str(path))
