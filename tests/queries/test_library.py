"""The query library: every saved file loads and is valid; malformed headers fail with file:line."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.queries.conftest import required_values
from queries.library import (ENGINES, PARAM_TYPES, VIEWS, Param, QueryError, SavedQuery,
                             load_library, parse_query)

QUERIES = Path(__file__).resolve().parents[2] / "queries"

# The questions the library must answer, by the query that answers each.
REQUIRED = ["responsibility_register", "commitments_of_actor", "due_before", "forum_members",
            "focal_points", "shared_members", "multi_forum_actors", "events", "positions",
            "statements_of_actor", "neighbourhood", "shortest_path", "commitments_by_topic",
            "gaps_no_responsible", "gaps_no_deadline", "acta_without_discussion",
            "report_decisions_unmatched", "sources_of", "people_posts", "documents",
            "entity_search", "timeline"]

GOOD = """\
// title_es: Prueba
// title_en: Test
// description_es: Una consulta de prueba.
// description_en: A test query.
// view: table
// params:
//   - name: who
//     type: string
//     default: Chile
//     label_es: Quién
//     label_en: Who
MATCH (n) WHERE n.name = $who RETURN n.id AS id ORDER BY id
"""


def write(tmp_path: Path, text: str, name: str = "q") -> Path:
    path = tmp_path / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


def expect_error(tmp_path: Path, text: str, line: int, words: str) -> QueryError:
    path = write(tmp_path, text)
    with pytest.raises(QueryError) as info:
        load_library(tmp_path)
    msg = str(info.value)
    assert msg.startswith(f"{path}:{line}: "), msg
    assert "\n" not in msg
    assert re.search(words, msg, re.I), msg
    return info.value


# -- the shipped library -----------------------------------------------------------------------
def test_library_loads_every_file_and_covers_the_questions():
    lib = load_library()
    files = sorted(p.stem for p in QUERIES.glob("*.cypher"))
    assert sorted(lib) == files
    assert len(lib) >= 22
    missing = [n for n in REQUIRED if n not in lib]
    assert not missing
    for q in lib.values():
        assert isinstance(q, SavedQuery)
        assert q.name == q.path.stem
        assert q.title_es and q.title_en and q.description_es and q.description_en
        assert q.view in VIEWS
        for engine in ENGINES:
            text = q.text_for(engine)
            assert "ORDER BY" in text.upper(), f"{q.name}: no ORDER BY on {engine}"
        names = [p.name for p in q.params]
        assert len(names) == len(set(names))
        for p in q.params:
            assert isinstance(p, Param) and p.type in PARAM_TYPES
            assert p.label_es and p.label_en
            # defaults are valid values of their own parameter (a required one may have none)
            if p.default is not None:
                assert q.coerce(required_values(q))[p.name] == p.default


def test_library_is_cached_and_reloads_changed_files(tmp_path):
    write(tmp_path, GOOD)
    first = load_library(tmp_path)
    assert load_library(tmp_path)["q"] is first["q"]
    write(tmp_path, GOOD.replace("title_en: Test", "title_en: Changed test"))
    import os
    os.utime(tmp_path / "q.cypher", ns=(1, 1))     # a new stamp even within one clock tick
    assert load_library(tmp_path)["q"].title_en == "Changed test"


def test_variants_are_engine_specific(tmp_path):
    path = write(tmp_path, GOOD + "// variant: neo4j\nMATCH (n) WHERE n.id = $who RETURN n.id AS id "
                                  "ORDER BY id\n")
    q = parse_query(path)
    assert q.text_for("embedded").startswith("MATCH (n) WHERE n.name")
    assert q.text_for("neo4j").startswith("MATCH (n) WHERE n.id")
    assert set(q.variants) == {"neo4j"}
    lib = load_library()
    assert set(lib["shortest_path"].variants) == {"embedded", "neo4j"}


# -- malformed headers -------------------------------------------------------------------------
def test_bad_yaml_names_file_and_line(tmp_path):
    expect_error(tmp_path, GOOD.replace("//     type: string", "//     type: string: oops"), 8,
                 "bad YAML.*mapping values")
    # an unclosed flow list is noticed where YAML gives up: the next line
    expect_error(tmp_path, GOOD.replace("//     type: string", "//     type: [string"), 9,
                 "bad YAML")


def test_unknown_param_type(tmp_path):
    expect_error(tmp_path, GOOD.replace("type: string", "type: text"), 8, "unknown type 'text'")


def test_missing_title(tmp_path):
    text = GOOD.replace("// title_es: Prueba\n", "")
    expect_error(tmp_path, text, 1, "missing title_es")


def test_empty_title(tmp_path):
    expect_error(tmp_path, GOOD.replace("title_en: Test", "title_en: ''"), 2, "title_en")


def test_duplicate_param(tmp_path):
    dup = ("//   - name: who\n//     type: int\n//     default: 1\n//     label_es: Otro\n"
           "//     label_en: Other\n")
    text = GOOD.replace("MATCH", dup + "MATCH", 1)
    expect_error(tmp_path, text, 12, "duplicate parameter 'who'.*line 7")


@pytest.mark.parametrize("change, line, words", [
    (("// view: table", "// view: pie"), 5, "view 'pie'"),
    (("// view: table", "// colour: red"), 5, "unknown header key 'colour'"),
    (("// view: table", "// view: table\n// view: graph"), 6, "duplicate header key 'view'"),
    (("//     label_en: Who", "//     label_en: Who\n//     size: 3"), 12, "unknown parameter key"),
    (("//     default: Chile\n", ""), 7, "default or set required"),
    (("//     default: Chile", "//     default: x\n//     choices: [a, b]"), 9, "not one of"),
    (("name: who", "name: group"), 7, "keyword"),
    (("$who", "$whom"), 12, r"\$whom is used but not declared"),
    (("n.name = $who", "n.name = 'x'"), 7, "never uses"),
    (("MATCH (n) WHERE", "MATCH (n) DETACH DELETE n WITH n MATCH (n) WHERE"), 12, "read-only: DETACH is not allowed"),
    (("MATCH (n) WHERE", "// variant: oracle\nMATCH (n) WHERE"), 12, "unknown engine 'oracle'"),
    (("// title_es: Prueba", "title_es: Prueba"), 1, "no header"),
    (("// view: table", "// programs: {oracle: graph.x:y}"), 5, "programs: unknown engine"),
    (("// view: table", "// programs: {embedded: os:system}"), 5,
     r"programs: embedded: 'os:system' is not graph\.<module>:<function>"),
    (("// view: table", "// programs: graph.x:y"), 5, "programs must map an engine"),
])
def test_other_header_errors(tmp_path, change, line, words):
    old, new = change
    assert old in GOOD
    expect_error(tmp_path, GOOD.replace(old, new, 1), line, words)


def test_int_and_date_defaults_are_typed(tmp_path):
    text = GOOD.replace("type: string\n//     default: Chile", "type: date\n//     default: 2017-04-30")
    q = parse_query(write(tmp_path, text))
    assert q.params[0].default == "2017-04-30"
    with pytest.raises(QueryError, match=r"q\.cypher:9: .*not a date"):
        parse_query(write(tmp_path, text.replace("2017-04-30", "abril")))


# -- coercion ----------------------------------------------------------------------------------
def test_coerce_converts_text_and_applies_defaults():
    lib = load_library()
    bounds = {"relations": [], "passages": False, "max_nodes": 500}
    assert lib["neighbourhood"].coerce({"hops": "2"}) == {"actor": "Chile", "hops": 2, **bounds}
    assert lib["neighbourhood"].coerce({"actor": "", "hops": None}) == \
        {"actor": "Chile", "hops": 1, **bounds}
    assert lib["neighbourhood"].coerce({"relations": "MEMBER_OF, PART_OF"})["relations"] == \
        ["MEMBER_OF", "PART_OF"]
    assert lib["responsibility_register"].coerce({"include_report": "false"})["include_report"] is False
    assert lib["responsibility_register"].coerce({"include_report": "Sí"})["include_report"] is True
    assert lib["due_before"].coerce({"before": dt.date(2017, 5, 1)})["before"] == "2017-05-01"
    assert lib["due_before"].coerce({"before": "2017-05-01"})["before"] == "2017-05-01"
    assert lib["entity_search"].coerce({"kind": "country"})["kind"] == "Country"
    assert lib["multi_forum_actors"].coerce({"min_forums": 3}) == {"min_forums": 3}


@pytest.mark.parametrize("name, raw, words", [
    ("neighbourhood", {"hops": "4"}, "not one of"),
    ("neighbourhood", {"hops": "two"}, "not an integer"),
    ("neighbourhood", {"hops": True}, "boolean"),
    ("neighbourhood", {"depth": "2"}, "unknown parameter 'depth'"),
    ("due_before", {"before": "30/04/2017"}, "not a date"),
    ("due_before", {"before": "2017-02-30"}, "date"),
    ("responsibility_register", {"include_report": "maybe"}, "true or false"),
    ("entity_search", {"kind": "Planet"}, "not a node kind"),
    ("positions", {"stance": "IGNORED"}, "not one of"),
    ("entity_search", {"q": "\ud800"}, "surrogate"),
])
def test_coerce_rejects_bad_values(name, raw, words):
    q = load_library()[name]
    with pytest.raises(QueryError) as info:
        q.coerce(raw)
    msg = str(info.value)
    assert re.match(rf"{re.escape(str(q.path))}:\d+: ", msg), msg
    assert re.search(words, msg), msg


def test_required_param_without_default(tmp_path):
    text = GOOD.replace("//     default: Chile\n", "//     required: true\n")
    q = parse_query(write(tmp_path, text))
    with pytest.raises(QueryError, match=r"q\.cypher:7: .*'who' is required"):
        q.coerce({})
    assert q.coerce({"who": "Perú"}) == {"who": "Perú"}


def test_options_from_choices_and_kinds():
    lib = load_library()
    assert lib["neighbourhood"].options(None, "hops") == [(1, "1"), (2, "2"), (3, "3")]
    kinds = [v for v, _ in lib["entity_search"].options(None, "kind")]
    assert "Country" in kinds and "Commitment" in kinds
    with pytest.raises(QueryError, match="no parameter 'nope'"):
        lib["neighbourhood"].options(None, "nope")


def test_relation_lists_come_from_the_ontology():
    from graph.ontology import load_ontology
    from queries.library import semantic_relations
    lib = load_library()
    expected = [t for t, et in load_ontology().edge_types.items() if et.sources != ("Passage",)]
    assert list(semantic_relations()) == expected and "MENTIONS" not in expected
    for name in ("neighbourhood", "shortest_path"):
        for text in [lib[name].cypher, *lib[name].variants.values()]:
            if "*" in text:
                assert "|".join(expected) in text, name
            assert "{{relations}}" not in text


def test_the_app_holds_no_cypher_of_its_own():
    """Every question a page asks is a saved query file (the app's own are `listed: false`);
    the Cypher page's own text is the user's."""
    import re
    from tests.conftest import REPO
    pattern = re.compile(r"""["'](?:OPTIONAL )?MATCH \(""")
    offenders = [str(p.relative_to(REPO)) for folder in ("views", "graph/subgraph.py")
                 for p in ((REPO / folder).rglob("*.py") if (REPO / folder).is_dir() else [REPO / folder])
                 if p.name != "cypher.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    lib = load_library()
    hidden = {n for n, q in lib.items() if not q.listed}
    assert {"app_document_text", "app_around", "app_edge_list"} <= hidden
    assert all(n.startswith("app_") for n in hidden)
