"""Schemas of the project's data files (pydantic models) and the one reader that checks a YAML
file against its schema with `file:line: what is wrong` messages.

A data file that does not fit its schema (a missing key, a number where text is expected, a YAML
word such as `on` or `no` read as a boolean, a regular expression that does not compile, an
unknown key that would be silently ignored) is refused when it is read, in one line that names
the file and the line. Which schema a file has is stated by its reader (`load_checked(path,
Schema)`); this module must not know where files are (graph/data_files.py does) nor what their
content means (the modules that read them do).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (AfterValidator, BaseModel, ConfigDict, StrictInt, StrictStr,
                      ValidationError)

from graph.errors import UserError


class DataFileError(UserError, ValueError):
    """A data file of the project that cannot be used: `file:line: what is wrong`."""


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None
    return pattern


Regex = Annotated[StrictStr, AfterValidator(_compiles)]
"""A regular expression (Python `re` syntax) that compiles."""


class Strict(BaseModel):
    """Every schema: unknown keys are errors (a misspelt key would otherwise be ignored)."""
    model_config = ConfigDict(extra="forbid", strict=True)


# -- data/read_only.yaml -------------------------------------------------------------------------
class ReadOnlyRules(Strict):
    """data/read_only.yaml: the allow-list of the read-only guard (graph/readonly.py)."""
    first_clauses: list[StrictStr]
    allowed: list[StrictStr]
    refused: list[StrictStr]
    procedures: list[StrictStr]


# -- data/network.yaml ---------------------------------------------------------------------------
class Betweenness(Strict):
    exact_limit: StrictInt
    pivots: StrictInt
    seed: StrictInt


class NetworkSettings(Strict):
    """data/network.yaml: which kinds and relations graph/analytics.py measures."""
    actor_kinds: list[StrictStr]
    forum_kinds: list[StrictStr]
    tie_roles: dict[StrictStr, StrictStr]
    event_roles: dict[StrictStr, StrictStr]
    part_of_role: StrictStr
    betweenness: Betweenness
    louvain_seed: StrictInt


# -- data/kind_styles.yaml ----------------------------------------------------------------------
def _hex_colour(value: str) -> str:
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        raise ValueError(f"{value!r} is not a colour written #rrggbb")
    return value


# the shapes each drawing tool knows by name (vis-network node shapes without an image; Graphviz
# polygon-based node shapes): a misspelt shape would otherwise be drawn as the tool's default
VisShape = Literal["dot", "ellipse", "circle", "box", "database", "text", "diamond", "star",
                   "triangle", "triangleDown", "hexagon", "square"]
GraphvizShape = Literal[
    "box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext",
    "plain", "diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon", "septagon",
    "octagon", "doublecircle", "doubleoctagon", "tripleoctagon", "invtriangle", "invtrapezium",
    "invhouse", "Mdiamond", "Msquare", "Mcircle", "rect", "rectangle", "square", "star", "none",
    "underline", "cylinder", "note", "tab", "folder", "box3d", "component"]


class KindStyle(Strict):
    """How one node kind looks: a colour and its shape in each drawing tool."""
    colour: Annotated[StrictStr, AfterValidator(_hex_colour)]
    vis: VisShape
    graphviz: GraphvizShape


class KindStyles(Strict):
    """data/kind_styles.yaml: each node kind's look in the diagrams (views/kinds.py), and the
    look of a kind the file does not name."""
    default: KindStyle
    kinds: dict[StrictStr, KindStyle]


# -- data/dates.yaml -----------------------------------------------------------------------------
class DatePattern(BaseModel):
    """One date pattern of data/dates.yaml (`patterns:`): a regular expression and what it means;
    the keys beside `regex` are the pattern's own settings (loaders/dates.py reads them)."""
    model_config = ConfigDict(extra="allow", strict=True)
    regex: Regex


class DateWords(Strict):
    """data/dates.yaml: month names, number words, relative expressions and date patterns."""
    months: dict[StrictStr, StrictInt]
    english_months: list[StrictStr]
    range_separators: list[Regex]
    numbers: dict[StrictStr, StrictInt]
    written_numbers: dict[StrictStr, StrictInt] = {}      # "mil ochocientos veinte" in actas
    period_units: dict[StrictStr, list[StrictStr | StrictInt]]
    year_parts: dict[StrictStr, list[StrictInt]]
    weekdays: dict[StrictStr, StrictInt]
    relative_days: dict[StrictStr, StrictInt]
    relative_years: dict[StrictStr, StrictInt]
    month_parts: dict[StrictStr, list[StrictInt]]
    patterns: list[DatePattern]


# -- data/structure.yaml -------------------------------------------------------------------------
class AgreementGroup(BaseModel):
    """One entry of `agreement_groups`: a heading pattern and the group its agreements join."""
    model_config = ConfigDict(extra="allow", strict=True)


class StructureRules(Strict):
    """data/structure.yaml: how a text is cut into passages (headings, agreements, lists, tables,
    signatures, page furniture) and how a document's own title and date are found."""
    section_headings: list[Regex]
    keyword_heading: Regex
    max_heading_chars: StrictInt
    acta_start: list[Regex]
    agreements_intro: list[Regex]
    agreement_marker: Regex
    agreements_end: Regex
    agreement_groups: list[AgreementGroup]
    default_group: StrictStr
    item_marker: Regex
    terminal: Regex
    signature_posts: Regex
    signatories_intro: Regex
    place_patterns: list[Regex]
    date_line_prefix: Regex
    meeting_verbs: Regex
    furniture_lines: list[Regex]
    page_numbers: list[Regex] = []
    furniture_marks: list[Regex]
    list_marker: Regex
    list_marker_cased: Regex
    sentence_end: Regex
    letterhead: list[Regex]
    title_words: Regex
    meeting_date_cue: Regex
    languages: list[StrictStr]
    title_lowercase_words: list[StrictStr]
    long_paragraph_chars: StrictInt = 4000
    heading_lines: StrictInt = 2
    wrapped_line_chars: StrictInt = 60
    letterhead_max_chars: StrictInt = 200
    lone_bullet: Regex | None = None      # a bullet alone on its line, its item's text below


# -- data/world/countries.yaml -------------------------------------------------------------------
class CountryNames(BaseModel):
    """data/world/countries.yaml: additions to pycountry/CLDR names (long official forms,
    spellings), codes that are not countries, and names that alone are not a country."""
    model_config = ConfigDict(extra="allow", strict=True)
    not_countries: list[StrictStr] = []
    extra: dict[StrictStr, list[StrictStr]] = {}


# -- data/ontology.yaml and data/patterns.yaml -----------------------------------------------------
class OntologyFile(BaseModel):
    """data/ontology.yaml at the top level (graph/ontology.py checks each kind and type)."""
    model_config = ConfigDict(extra="allow", strict=True)


class PatternsFile(BaseModel):
    """data/patterns.yaml at the top level: its sections are mappings or lists (loaders/patterns.py
    compiles each rule and reports a bad one)."""
    model_config = ConfigDict(extra="allow", strict=True)
    speech: dict
    commitments: dict
    sentence: dict
    rules: list


# -- language packs: data/lang/<lang>/*.yaml ----------------------------------------------------
def _no_yaml_booleans(value: Any) -> Any:
    """Lists of a language pack hold words: a boolean among them is always a YAML accident (`no`,
    `on`, `yes` unquoted). Booleans as values of a mapping are flags (`case_sensitive: true`)."""
    if isinstance(value, dict):
        for v in value.values():
            _no_yaml_booleans(v)
    if isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, bool):
                raise ValueError(f"item {i} is a word read by YAML as {str(v).lower()}: quote it")
            _no_yaml_booleans(v)
    return value


class LanguagePack(BaseModel):
    """A file of a language pack (data/lang/<lang>/*.yaml): named word lists, patterns and
    tables; their keys vary with the file, their words are text (never YAML booleans)."""
    model_config = ConfigDict(extra="allow", strict=True)

    def model_post_init(self, context: Any) -> None:
        for key, value in (self.model_extra or {}).items():
            try:
                _no_yaml_booleans(value)
            except ValueError as exc:
                raise ValueError(f"{key}: {exc}") from None


class ParticipantWords(Strict):
    """data/lang/<lang>/participants.yaml: the words of lists of who took part (headings and cues,
    table columns, membership roles, cells that name no organisation, meeting words, country codes
    that are not ISO codes). Read by loaders/participant_words.py."""
    headings: list[StrictStr] = []
    observer_headings: list[StrictStr] = []
    name_columns: list[StrictStr] = []
    organisation_columns: list[StrictStr] = []
    country_columns: list[StrictStr] = []
    status_columns: list[StrictStr] = []
    post_columns: list[StrictStr] = []
    member_roles: list[StrictStr] = []
    observer_roles: list[StrictStr] = []
    observer_qualifiers: list[StrictStr] = []
    guest_roles: list[StrictStr] = []
    no_organisation: list[StrictStr] = []
    meeting_words: list[StrictStr] = []
    country_codes: dict[StrictStr, StrictStr] = {}
    body_acronyms: dict[StrictStr, StrictStr] = {}
    delegate_headings: list[StrictStr] = []
    roll_openers: list[StrictStr] = []
    chair_marks: list[StrictStr] = []
    note_words: list[StrictStr] = []
    group_words: list[StrictStr] = []
    group_verbs: list[StrictStr] = []


# -- reading -------------------------------------------------------------------------------------
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader on libyaml's parser where PyYAML has it (its wheels do): the same YAML
1.1 reading and constructors as `yaml.SafeLoader`, several times faster on the large gazetteer,
language-pack and gold files."""


class UniqueKeyLoader(SafeLoader):
    """A safe YAML loader that refuses a mapping holding the same key twice (YAML itself keeps
    the last value silently, so a comment line missing its `#` would hide the first one)."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: dict = {}
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = (key_node.tag, key_node.value)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key_node.value!r} (first at line {seen[key]})",
                        key_node.start_mark)
                seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


def _line_of(node: yaml.Node | None, loc: tuple) -> int:
    """The 1-based line of the YAML node at `loc` (keys and indices), or of its nearest parent."""
    line = node.start_mark.line + 1 if node is not None else 1
    for step in loc:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == step:
                    node, line = v, k.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _what(err: dict) -> str:
    # pydantic adds the validator's and the union member's names to `loc`; keep only the keys
    loc = ".".join(str(p) for p in err["loc"]
                   if str(p) not in ("str", "int", "bool") and not str(p).startswith("function-after["))
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        msg = "unknown key (misspelt? see the schema in graph/data_schemas.py)"
    if err["type"] in ("string_type", "int_type") and isinstance(err.get("input"), bool):
        msg += f" (YAML read it as {str(err['input']).lower()}: quote it)"
    return f"{loc}: {msg}" if loc else msg


def check_data(data: Any, schema: type[BaseModel], path: str | Path, text: str | None = None) -> Any:
    """Check parsed YAML `data` against `schema`; return `data` unchanged when it fits.

    Raises DataFileError `path:line: key.path: what is wrong` for the first problem (the line is
    found in `text`, the file's YAML, when given)."""
    try:
        schema.model_validate(data if data is not None else {})
    except ValidationError as exc:
        errors = exc.errors()
        # an unknown key first: a misspelt key also makes the right one "missing"
        err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
        try:
            root = yaml.compose(text) if text is not None else None
        except yaml.YAMLError:
            root = None
        line = _line_of(root, tuple(err["loc"]))
        raise DataFileError(f"{path}:{line}: {_what(err)}") from None
    return data


def load_checked(path: str | Path, schema: type[BaseModel]) -> Any:
    """Read the YAML file at `path` and check it against `schema`; return the parsed data.

    Raises DataFileError `path:line: what` for YAML syntax errors and schema violations."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = yaml.load(text, Loader=UniqueKeyLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise DataFileError(f"{path}:{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    return check_data(data, schema, path, text)
