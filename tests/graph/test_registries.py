"""The registries of export formats and engines, and the one base class of user errors: what the
CLI and the app offer comes from them, and a new entry is all a new format or engine needs."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from graph import config, export_formats
from graph.errors import UserError
from graph.store import QueryResult, StoreError

NODES = [{"id": "country:cl", "kind": "Country", "name": "Chile", "properties": {}},
         {"id": "forum:crm", "kind": "Forum", "name": "CRM", "properties": {}}]
EDGES = [{"id": "e1", "type": "MEMBER_OF", "source": "country:cl", "target": "forum:crm",
          "properties": {"sources": [{"document": "d", "quote": "Chile, miembro de la CRM"}]}}]


def graph_result() -> QueryResult:
    return QueryResult(["name"], [["Chile"]], {n["id"]: n for n in NODES},
                       {e["id"]: e for e in EDGES})


def table_result() -> QueryResult:
    return QueryResult(["name", "n"], [["Chile", 3], ["Perú", 10]])


def test_the_app_offers_graph_formats_only_for_a_graph():
    assert export_formats.app_formats(table_result()) == ["csv", "json"]
    offered = export_formats.app_formats(graph_result())
    assert offered == ["html", "svg", "png", "csv", "json", "graphml", "gexf", "edges_csv"]


def test_table_writers_give_the_rows():
    rows = list(csv.reader(io.StringIO(export_formats.export_format("csv").write(
        table_result()).decode("utf-8"))))
    assert rows == [["name", "n"], ["Chile", "3"], ["Perú", "10"]]
    data = json.loads(export_formats.export_format("json").write(table_result()))
    assert data == {"columns": ["name", "n"], "rows": [["Chile", 3], ["Perú", 10]]}


def test_graph_writers_carry_the_edge_and_its_quote():
    for name in ("json", "graphml", "gexf", "edges_csv"):
        text = export_formats.export_format(name).write(graph_result()).decode("utf-8")
        assert "Chile, miembro de la CRM" in text, name
        assert "MEMBER_OF" in text, name


def test_an_unknown_format_names_the_known_ones():
    with pytest.raises(KeyError, match="graphml"):
        export_formats.export_format("docx")
    assert export_formats.mime_of("ics") == "text/calendar"
    assert export_formats.mime_of("svg") == "image/svg+xml"


def test_every_format_the_app_offers_has_its_button_label_in_both_languages():
    """A new format offered in the app needs `export.<name>` in views/strings.yaml, nothing else
    of the app (the walkthrough in ARCHITECTURE.md)."""
    from views.i18n import strings
    offered = [f.name for f in export_formats.EXPORT_FORMATS.values() if f.in_app]
    assert "svg" in offered and "edges_csv" in offered
    for name in offered:
        entry = strings().get(f"export.{name}")
        assert entry and entry.get("es") and entry.get("en"), name


def test_the_cli_offers_what_the_registry_says(monkeypatch, tmp_path):
    from actagraph.cli import main
    out = CliRunner().invoke(main, ["export", "--help"]).output
    assert "[csv|json|graphml|gexf]" in out.replace("\n", "").replace(" ", "")
    bad = CliRunner().invoke(main, ["--db", str(tmp_path / "g.lbug"), "export", "--format", "svg"])
    assert bad.exit_code == 1 and "'svg' is not one of" in bad.output


class NotesStore:
    """Stands for a new engine's store class: the registry only needs its `from_env`."""

    made_with: dict = {}

    @classmethod
    def from_env(cls, env, db=None):
        NotesStore.made_with = {"env": dict(env), "db": db}
        return cls()


def test_a_new_engine_is_one_registry_entry(monkeypatch):
    monkeypatch.setitem(config.ENGINES, "notes", f"{__name__}:NotesStore")
    store = config.open_store("notes", "somewhere", {"X": "1"})
    assert isinstance(store, NotesStore)
    assert NotesStore.made_with == {"env": {"X": "1"}, "db": "somewhere"}
    assert config.choose_engine(None, {"ACTAGRAPH_ENGINE": "notes"}) == "notes"


def test_the_default_engine_and_an_unknown_one(tmp_path):
    from graph.embedded_store import EmbeddedStore
    store = config.open_store(None, tmp_path / "g.lbug", {})
    assert isinstance(store, EmbeddedStore) and store.path == tmp_path / "g.lbug"
    assert config.choose_engine(None, {"NEO4J_URI": "bolt://h:1"}) == "neo4j"
    with pytest.raises(StoreError, match="use embedded or neo4j"):
        config.choose_engine("sqlite", {})


def test_every_error_a_user_can_cause_is_a_user_error():
    from graph.analytics import AnalyticsError
    from graph.batch import BatchError
    from graph.neo4j_server import ServerError
    from graph.ontology import OntologyError
    from graph.readonly import ReadOnlyError
    from graph.review import ReviewError
    from loaders.errors import SourceError
    from queries.library import QueryError
    for cls in (AnalyticsError, BatchError, ServerError, OntologyError, ReadOnlyError,
                ReviewError, SourceError, QueryError, StoreError):
        assert issubclass(cls, UserError), cls
    # and they stay what callers caught before
    assert issubclass(SourceError, ValueError) and issubclass(ReadOnlyError, PermissionError)
