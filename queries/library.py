"""The saved-query library: one Cypher query a file, with a YAML header, run read-only and bound.

A file `queries/<name>.cypher` starts with a block of `//` comment lines holding YAML (titles and
descriptions in Spanish and English, the parameters, the view); the Cypher follows. Lines
`// variant: <engine>` start an engine-specific version of the query, used instead of the common
text on that engine; a header key `programs` names, per engine, a function of the graph package
that answers the query there in place of its text (`neighbourhood` on LadybugDB). queries/README.md
documents the format.

Every file is checked when the library loads, so a broken header is reported as `file:line: what`
before anything runs. Parameter values are converted from text, checked, and always passed to the
engine as bound parameters: no value is ever pasted into query text.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.errors import UserError
from graph.config import ENGINES as ENGINE_REGISTRY
from graph.readonly import ReadOnlyError, check_read_only, strip_literals

QUERIES_DIR = Path(__file__).resolve().parent
# The store's own reads (what `GraphStore.documents`, `document_hash`, `kinds_of` and the bulk
# load's empty-store check ask): same format, never listed, read by `store_query`.
STORE_QUERIES_DIR = QUERIES_DIR / "store"
ENGINES = tuple(ENGINE_REGISTRY)
PARAM_TYPES = ("string", "int", "float", "bool", "date", "entity", "kind", "strings")
VIEWS = ("table", "graph", "matrix", "timeline")

_HEADER_KEYS = {"title_es", "title_en", "description_es", "description_en", "params", "view",
                "listed", "programs"}
_REQUIRED_KEYS = ("title_es", "title_en", "description_es", "description_en")
_PARAM_KEYS = {"name", "type", "default", "choices", "choices_query", "label_es", "label_en",
               "required"}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PARAM_REF = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_VARIANT = re.compile(r"^//\s*variant\s*:\s*(\S*)\s*$")
# `programs: {<engine>: <module>:<function>}` in a header: on that engine the query is answered by
# that function of the product's graph package (same parameters, same rows) instead of its text.
_PROGRAM = re.compile(r"^graph\.[a-z_][a-z0-9_]*:[a-z_][a-z0-9_]*$")
# `{{relations}}` in a query's text stands for every relationship type of data/ontology.yaml
# except the lexical ones (from a Passage: IN_DOCUMENT, MENTIONS), joined by `|`: a new type is
# reached by neighbourhood and path queries without anyone editing them.
RELATIONS_MARK = "{{relations}}"
# Words the engines' parsers take as keywords even after `$` (LadybugDB rejects `$group`).
_RESERVED = {"all", "and", "as", "asc", "ascending", "by", "call", "case", "contains", "count",
             "create", "delete", "desc", "descending", "detach", "distinct", "else", "end",
             "ends", "exists", "false", "group", "in", "is", "limit", "match", "merge", "not",
             "null", "optional", "or", "order", "remove", "return", "set", "shortest", "skip",
             "starts", "then", "true", "union", "unwind", "when", "where", "with", "xor",
             "yield", "profile", "explain", "load", "copy", "macro", "begin", "commit"}
_TRUE = {"true", "1", "yes", "y", "t", "si", "sí", "on"}
_FALSE = {"false", "0", "no", "n", "f", "off"}

__all__ = ["QueryError", "Param", "SavedQuery", "load_library", "parse_query", "store_query",
           "QUERIES_DIR", "STORE_QUERIES_DIR",
           "ENGINES", "PARAM_TYPES", "VIEWS"]


class QueryError(UserError, ValueError):
    """A saved query file is malformed, or a parameter value is not acceptable.

    The message is one line, `file:line: what is wrong`.
    """


def semantic_relations() -> tuple[str, ...]:
    """The relationship types a query expands over: every type of the ontology but the lexical
    ones (whose source is a Passage), in the ontology's order."""
    from graph.ontology import load_ontology
    return tuple(name for name, et in load_ontology().edge_types.items()
                 if et.sources != ("Passage",))


def _node_kinds() -> tuple[str, ...]:
    from graph.ontology import load_ontology
    return tuple(load_ontology().node_kinds)


@dataclass
class Param:
    name: str
    type: str
    default: Any = None
    choices: list | None = None
    choices_query: str | None = None
    label_es: str = ""
    label_en: str = ""
    required: bool = False
    # where it is declared, for messages (not part of the header)
    path: str = field(default="", repr=False, compare=False)
    line: int = field(default=0, repr=False, compare=False)

    def _where(self) -> str:
        return f"{self.path}:{self.line}"

    def convert(self, value: Any) -> Any:
        """One value as this parameter's type; QueryError naming the declaration if it can't be."""
        try:
            out = _convert(self.type, value)
        except (TypeError, ValueError) as exc:
            raise QueryError(f"{self._where()}: parameter {self.name!r} ({self.type}): "
                             f"{exc}") from None
        if self.choices is not None and out not in self.choices and out != "":
            raise QueryError(f"{self._where()}: parameter {self.name!r}: {out!r} is not one of "
                             f"{self.choices!r}")
        return out


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value == "")


def _text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"expected text, got {type(value).__name__}")
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text is not valid Unicode (lone surrogate)") from None
    return text


INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1   # what Neo4j and LadybugDB store as an integer


def _convert(ptype: str, value: Any) -> Any:
    if ptype in ("string", "entity"):
        return _text(value)
    if ptype == "strings":
        if isinstance(value, str):
            value = [x.strip() for x in value.split(",") if x.strip()]
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"expected a list of texts, got {type(value).__name__}")
        return [_text(x) for x in value]
    if ptype == "int":
        if isinstance(value, bool):
            raise ValueError("expected an integer, got a boolean")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        elif isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d{1,40}\s*", value):
            value = int(value)
        if not isinstance(value, int):
            raise ValueError(f"{str(value)[:40]!r} is not an integer")
        if not INT_MIN <= value <= INT_MAX:
            raise ValueError("the integer is out of range (both engines store 64-bit integers)")
        return value
    if ptype == "float":
        if isinstance(value, bool):
            raise ValueError("expected a number, got a boolean")
        try:
            out = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{value!r} is not a number") from None
        if not math.isfinite(out):
            raise ValueError(f"{value!r} is not a finite number")
        return out
    if ptype == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise ValueError(f"{value!r} is not true or false")
    if ptype == "date":
        if isinstance(value, _dt.datetime):
            return value.date().isoformat()
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return _dt.date.fromisoformat(value.strip()).isoformat()
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")
    if ptype == "kind":
        text = _text(value)
        for kind in _node_kinds():
            if kind.lower() == text.strip().lower():
                return kind
        raise ValueError(f"{text!r} is not a node kind ({', '.join(_node_kinds())})")
    raise ValueError(f"unknown parameter type {ptype!r}")


@dataclass
class SavedQuery:
    name: str
    path: Path
    title_es: str
    title_en: str
    description_es: str
    description_en: str
    params: list[Param]
    view: str
    cypher: str
    variants: dict[str, str] = field(default_factory=dict)
    # False for the questions the app's pages ask for themselves: runnable by name, not offered
    # in the Queries page or `query --list`
    listed: bool = True
    # engine -> "graph.<module>:<function>" answering the query there (see _PROGRAM)
    programs: dict[str, str] = field(default_factory=dict)
    # parameter names each text uses (common text under ""), filled by parse_query
    _uses: dict[str, frozenset] = field(default_factory=dict, repr=False, compare=False)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise QueryError(f"{self.path}:1: {self.name} has no parameter {name!r}; it takes "
                         f"{', '.join(p.name for p in self.params) or 'none'}")

    def text_for(self, engine: str) -> str:
        """The Cypher to run on `engine`: its variant if the file has one, else the common text."""
        text = self.variants.get(engine) or self.cypher
        if not text.strip():
            raise QueryError(f"{self.path}:1: {self.name} has no text for engine {engine!r}")
        return text

    def coerce(self, raw: dict | None) -> dict:
        """Typed values for every parameter: converted from text, defaulted and checked."""
        raw = dict(raw or {})
        known = {p.name for p in self.params}
        for key in raw:
            if key not in known:
                expected = ", ".join(sorted(known)) or "no parameters"
                raise QueryError(f"{self.path}:1: {self.name}: unknown parameter {key!r} "
                                 f"(expected {expected})")
        out = {}
        for p in self.params:
            value = raw.get(p.name)
            if _is_blank(value):
                if p.required and _is_blank(p.default):
                    raise QueryError(f"{p.path}:{p.line}: {self.name}: parameter {p.name!r} is "
                                     "required")
                value = p.default
            out[p.name] = p.convert(value) if not _is_blank(value) else value
        return out

    def bound(self, engine: str, raw: dict | None) -> tuple[str, dict]:
        """The text for `engine` and exactly the parameters it uses."""
        values = self.coerce(raw)
        text = self.text_for(engine)
        key = engine if engine in self.variants else ""
        uses = self._uses.get(key)
        if uses is None:
            uses = frozenset(_PARAM_REF.findall(strip_literals(text)))
        return text, {k: v for k, v in values.items() if k in uses}

    def program_for(self, engine: str):
        """The function answering this query on `engine` in place of its text, or None.

        It is called as `function(store, params, timeout=..., max_rows=...)` with the coerced
        parameters and returns the QueryResult the text would (see graph/embedded_neighbourhood.py).
        """
        target = self.programs.get(engine)
        if target is None:
            return None
        import importlib
        module, function = target.split(":")
        return getattr(importlib.import_module(module), function)

    def run(self, store, raw: dict | None = None, **kwargs):
        """Run on `store`, read-only, with the parameters bound (never formatted into the text);
        by the engine's program when the header names one (`programs`)."""
        program = self.program_for(store.engine)
        if program is not None:
            return program(store, self.coerce(raw), **kwargs)
        return self.run_text(store, raw, **kwargs)

    def run_text(self, store, raw: dict | None = None, **kwargs):
        """Run the query's Cypher text on `store` even where a program answers it (to compare)."""
        text, params = self.bound(store.engine, raw)
        return store.run(text, params, **kwargs)

    def options(self, store, param_name: str) -> list[tuple]:
        """(value, label) pairs a user may pick for a parameter."""
        p = self.param(param_name)
        if p.choices is not None:
            return [(c, str(c)) for c in p.choices]
        if p.choices_query:
            res = store.run(p.choices_query, {})
            cols = res.columns
            if "value" not in cols or "label" not in cols:
                raise QueryError(f"{p.path}:{p.line}: choices_query of {p.name!r} must return "
                                 f"columns value and label, not {cols}")
            vi, li = cols.index("value"), cols.index("label")
            return [(row[vi], row[li]) for row in res.rows]
        if p.type == "kind":
            return [(k, k) for k in _node_kinds()]
        if p.type == "bool":
            return [(True, "true"), (False, "false")]
        return []


# -- parsing --------------------------------------------------------------------------------------
def _split(text: str) -> tuple[list[str], int, list[tuple[int, str]]]:
    """(header lines without `//`, first line number of the header, body lines with numbers)."""
    lines = text.splitlines()
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    start = i + 1
    header = []
    while i < len(lines) and lines[i].lstrip().startswith("//") \
            and not _VARIANT.match(lines[i].strip()):
        body = lines[i].lstrip()[2:]
        header.append(body[1:] if body.startswith(" ") else body)
        i += 1
    return header, start, [(n + 1, lines[n]) for n in range(i, len(lines))]


def _mapping_lines(node, offset: int) -> dict[str, int]:
    return {k.value: k.start_mark.line + offset for k, _ in node.value
            if isinstance(k, yaml.ScalarNode)}


def parse_query(path: Path, text: str | None = None) -> SavedQuery:
    """Parse and check one query file; QueryError `file:line: ...` on the first problem."""
    path = Path(path)
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}:1: cannot read ({exc})") from None
    header, hstart, body = _split(text)

    def fail(line: int, what: str):
        raise QueryError(f"{path}:{line}: {what}")

    if not header:
        fail(hstart, "no header: the file must start with `//` comment lines holding YAML "
                     "(title_es, title_en, description_es, description_en, view, params)")
    offset = hstart  # YAML line 0 is file line hstart
    loader = yaml.SafeLoader("\n".join(header))
    try:
        root = loader.get_single_node()
        if root is None:
            fail(hstart, "the header is empty")
        if not isinstance(root, yaml.MappingNode):
            fail(root.start_mark.line + offset, "the header must be a YAML mapping (key: value)")
        seen: dict[str, int] = {}
        for k, _ in root.value:
            line = k.start_mark.line + offset
            if not isinstance(k, yaml.ScalarNode):
                fail(line, "header keys must be plain words")
            if k.value in seen:
                fail(line, f"duplicate header key {k.value!r} (first on line {seen[k.value]})")
            seen[k.value] = line
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + offset) if mark else hstart
        fail(line, f"bad YAML in header: {exc.problem or exc.context}")
    except yaml.YAMLError as exc:
        fail(hstart, f"bad YAML in header: {exc}")
    finally:
        loader.dispose()
    key_lines = _mapping_lines(root, offset)

    for key in data:
        if key not in _HEADER_KEYS:
            fail(key_lines.get(key, hstart), f"unknown header key {key!r} (allowed: "
                                             f"{', '.join(sorted(_HEADER_KEYS))})")
    for key in _REQUIRED_KEYS:
        value = data.get(key)
        if key not in data:
            fail(hstart, f"missing {key}")
        if not isinstance(value, str) or not value.strip():
            fail(key_lines[key], f"{key} must be non-empty text")
    view = data.get("view", "table")
    if view not in VIEWS:
        fail(key_lines.get("view", hstart), f"view {view!r} is not one of {', '.join(VIEWS)}")
    listed = data.get("listed", True)
    if not isinstance(listed, bool):
        fail(key_lines.get("listed", hstart), "listed must be true or false")
    programs = data.get("programs") or {}
    if not isinstance(programs, dict):
        fail(key_lines.get("programs", hstart), "programs must map an engine to module:function")
    for engine, target in programs.items():
        if engine not in ENGINES:
            fail(key_lines.get("programs", hstart), f"programs: unknown engine {engine!r} (use "
                                                    f"{' or '.join(ENGINES)})")
        if not isinstance(target, str) or not _PROGRAM.match(target):
            fail(key_lines.get("programs", hstart), f"programs: {engine}: {target!r} is not "
                                                    "graph.<module>:<function>")

    # parameters
    params: list[Param] = []
    raw_params = data.get("params") or []
    pnode = next((v for k, v in root.value if k.value == "params"), None)
    if not isinstance(raw_params, list):
        fail(key_lines.get("params", hstart), "params must be a list of parameters")
    item_nodes = pnode.value if isinstance(pnode, yaml.SequenceNode) else []
    names: dict[str, int] = {}
    for idx, spec in enumerate(raw_params):
        inode = item_nodes[idx] if idx < len(item_nodes) else None
        line = inode.start_mark.line + offset if inode is not None else key_lines["params"]
        klines = _mapping_lines(inode, offset) if isinstance(inode, yaml.MappingNode) else {}
        params.append(_parse_param(path, spec, line, klines, names, fail))

    # body and variants
    common: list[str] = []
    variants: dict[str, list[str]] = {}
    variant_line: dict[str, int] = {}
    first_line: dict[str, int] = {}
    current = ""
    for n, line in body:
        m = _VARIANT.match(line.strip())
        if m:
            engine = m.group(1)
            if engine not in ENGINES:
                fail(n, f"unknown engine {engine!r} in variant (use {' or '.join(ENGINES)})")
            if engine in variants:
                fail(n, f"second variant for {engine} (first on line {variant_line[engine]})")
            current = engine
            variants[engine] = []
            variant_line[engine] = n
            continue
        if line.lstrip().startswith("//"):
            continue                      # comments stay out of what the engines see
        line = line.replace(RELATIONS_MARK, "|".join(semantic_relations()))
        (variants[current] if current else common).append(line)
        if line.strip():
            first_line.setdefault(current, n)
    texts = {"": "\n".join(common).strip()}
    texts.update({e: "\n".join(ls).strip() for e, ls in variants.items()})
    for engine in variants:
        if not texts[engine]:
            fail(variant_line[engine], f"variant {engine} is empty")
    if not texts[""] and set(variants) != set(ENGINES):
        missing = [e for e in ENGINES if e not in variants]
        fail(body[0][0] if body else hstart,
             f"no Cypher: the common text is empty and there is no variant for "
             f"{', '.join(missing)}")

    declared = {p.name for p in params}
    uses: dict[str, frozenset] = {}
    for key, qtext in texts.items():
        if not qtext:
            continue
        where = first_line.get(key) or variant_line.get(key) or hstart
        try:
            check_read_only(qtext)
        except ReadOnlyError as exc:
            fail(where, f"{'variant ' + key + ': ' if key else ''}{exc}")
        refs = _PARAM_REF.findall(strip_literals(qtext))
        for ref in refs:
            if ref not in declared:
                lno = next((n for n, l in body if f"${ref}" in l), where)
                fail(lno, f"${ref} is used but not declared in params")
        uses[key] = frozenset(refs)
    used_any = set().union(*uses.values()) if uses else set()
    for p in params:
        if p.name not in used_any:
            fail(p.line, f"parameter {p.name!r} is declared but the query never uses ${p.name}")

    q = SavedQuery(name=path.stem, path=path, title_es=data["title_es"].strip(),
                   title_en=data["title_en"].strip(),
                   description_es=data["description_es"].strip(),
                   description_en=data["description_en"].strip(), params=params, view=view,
                   cypher=texts[""], variants={e: texts[e] for e in variants}, listed=listed,
                   programs=dict(programs))
    q._uses = uses
    return q


def _parse_param(path: Path, spec, line: int, klines: dict, names: dict, fail) -> Param:
    if not isinstance(spec, dict):
        fail(line, "each parameter must be a mapping (name, type, default, ...)")
    for key in spec:
        if key not in _PARAM_KEYS:
            fail(klines.get(key, line), f"unknown parameter key {key!r} (allowed: "
                                        f"{', '.join(sorted(_PARAM_KEYS))})")
    name = spec.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        fail(klines.get("name", line), f"parameter name {name!r} is not an identifier")
    if name.lower() in _RESERVED:
        fail(klines.get("name", line), f"parameter name {name!r} is a Cypher keyword; pick another")
    if name in names:
        fail(klines.get("name", line), f"duplicate parameter {name!r} (first on line "
                                       f"{names[name]})")
    names[name] = klines.get("name", line)
    ptype = spec.get("type")
    if ptype not in PARAM_TYPES:
        fail(klines.get("type", line), f"parameter {name!r}: unknown type {ptype!r} (use "
                                       f"{', '.join(PARAM_TYPES)})")
    for key in ("label_es", "label_en"):
        if not isinstance(spec.get(key), str) or not spec[key].strip():
            fail(klines.get(key, line), f"parameter {name!r}: {key} must be non-empty text")
    required = spec.get("required", False)
    if not isinstance(required, bool):
        fail(klines.get("required", line), f"parameter {name!r}: required must be true or false")
    p = Param(name=name, type=ptype, label_es=spec["label_es"].strip(),
              label_en=spec["label_en"].strip(), required=required, path=str(path),
              line=klines.get("name", line))
    choices = spec.get("choices")
    if choices is not None:
        if not isinstance(choices, list) or not choices:
            fail(klines.get("choices", line), f"parameter {name!r}: choices must be a non-empty list")
        try:
            p.choices = [_convert(ptype, c) for c in choices]
        except (TypeError, ValueError) as exc:
            fail(klines.get("choices", line), f"parameter {name!r}: choice {exc}")
    cq = spec.get("choices_query")
    if cq is not None:
        if not isinstance(cq, str) or not cq.strip():
            fail(klines.get("choices_query", line), f"parameter {name!r}: choices_query must be "
                                                     "Cypher text")
        try:
            check_read_only(cq)
        except ReadOnlyError as exc:
            fail(klines.get("choices_query", line), f"parameter {name!r}: choices_query: {exc}")
        if _PARAM_REF.search(strip_literals(cq)):
            fail(klines.get("choices_query", line), f"parameter {name!r}: choices_query may not "
                                                     "use parameters")
        p.choices_query = cq.strip()
    if "default" not in spec and not required:
        fail(line, f"parameter {name!r}: give a default or set required: true")
    default = spec.get("default")
    if not _is_blank(default):
        try:
            default = p.convert(default)
        except QueryError as exc:
            msg = str(exc).split(": ", 1)[1]
            fail(klines.get("default", line), f"default: {msg}")
    elif default is None and not required:
        fail(klines.get("default", line), f"parameter {name!r}: the default may be null only when "
                                          "the parameter is required")
    p.default = default
    return p


# -- the library ----------------------------------------------------------------------------------
_CACHE: dict[Path, tuple[tuple, dict[str, SavedQuery]]] = {}


def load_library(directory: str | Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """Every `*.cypher` of `directory` by name, all checked; cached until a file changes."""
    directory = Path(directory).resolve()
    files = sorted(directory.glob("*.cypher"))
    stamp = tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    cached = _CACHE.get(directory)
    if cached and cached[0] == stamp:
        return dict(cached[1])
    library = {}
    for f in files:
        q = parse_query(f)
        library[q.name] = q
    _CACHE[directory] = (stamp, library)
    return dict(library)


def store_query(name: str) -> SavedQuery:
    """The store's own read `queries/store/<name>.cypher` (checked like every saved query).

    Raises KeyError for a name with no file, QueryError for a malformed one."""
    return load_library(STORE_QUERIES_DIR)[name]
