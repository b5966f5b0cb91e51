"""The `actagraph` command: verbs that read like English over the loaders, stores and queries.

Every failure a user can cause ends here as one line on stderr and a non-zero exit; tracebacks are
for bugs only. The CLI opens the store, does one thing, and closes it.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from graph.store import StoreError


class Context:
    def __init__(self, db: str | None, engine: str | None):
        self.db, self.engine = db, engine

    def store(self, engine: str | None = None):
        from graph.config import open_store
        return open_store(engine or self.engine, self.db)


def fail(message: str) -> None:
    click.echo(f"actagraph: {message}", err=True)
    sys.exit(1)


def _user_errors():
    from graph.batch import BatchError
    from graph.readonly import ReadOnlyError
    from graph.review import ReviewError
    from loaders.errors import SourceError
    errs = [StoreError, ReadOnlyError, BatchError, SourceError, ReviewError]
    try:
        from queries.library import QueryError
        errs.append(QueryError)
    except ImportError:
        pass
    return tuple(errs)


@click.group()
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Embedded database file (default $ACTAGRAPH_DB or .actagraph/graph.lbug).")
@click.option("--engine", type=click.Choice(["embedded", "neo4j"]), default=None,
              help="Store to use (default: neo4j when NEO4J_URI is set, else embedded).")
@click.pass_context
def main(ctx, db, engine):
    """Turn meeting reports and actas into a knowledge graph and ask it questions."""
    # The driver logs each retry as a warning; the user gets one line when retries run out.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    logging.getLogger("neo4j").propagate = False
    ctx.obj = Context(db, engine)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--engine", type=click.Choice(["embedded", "neo4j"]), default=None)
@click.option("--replace/--skip-unchanged", default=False,
              help="Reload documents even when their text has not changed.")
@click.pass_obj
def load(obj: Context, files, engine, replace):
    """Extract FILES and store them, one atomic transaction per document.

    Example: actagraph load data/sources/*.txt
    """
    from actagraph.review import open_log, prepare
    from loaders.pipeline import load_file
    try:
        batches = [load_file(Path(f)) for f in files]   # extract all first: bad input stores nothing
        with obj.store(engine) as store, store.writing():
            decisions = open_log(store).decisions()      # analysts' decisions survive every reload
            for batch in batches:
                for line in prepare(batch, decisions):
                    click.echo(f"actagraph: review: {line}", err=True)
                rep = store.load(batch, replace=replace)
                state = "unchanged" if rep.unchanged else f"{rep.nodes} nodes, {rep.edges} edges"
                click.echo(f"{rep.document}: {state}")
    except _user_errors() as exc:
        fail(str(exc))


@main.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@click.option("--list", "list_", is_flag=True, help="List the saved queries and their parameters.")
@click.option("--cypher", default=None, help="Run this read-only Cypher instead of a saved query.")
@click.option("--reviewed", is_flag=True,
              help="Only reviewed facts (accepted, corrected, added by an analyst, or curated).")
@click.pass_obj
def query(obj: Context, name, params, fmt, list_, cypher, reviewed):
    """Run a saved query (or --cypher TEXT) read-only and print the result.

    Example: actagraph query commitments_of_actor --param actor=Chile --format csv
    """
    from graph.export import rows_to_csv
    try:
        from queries.library import load_library
        library = load_library()
        if list_:
            for q in library.values():
                ps = ", ".join(f"{p.name}:{p.type}={p.default!r}" for p in q.params)
                click.echo(f"{q.name}\t{q.title_en}\t{ps}")
            return
        pairs = _pairs(params)
        with obj.store() as store:
            if cypher:
                result = store.run(cypher, pairs)
            elif name:
                if name not in library:
                    fail(f"no saved query named {name!r}; see `actagraph query --list`")
                result = library[name].run(store, _reviewed(library[name], pairs, reviewed))
            else:
                fail("give a query NAME, --cypher TEXT or --list")
        result = _only_reviewed(result, reviewed, name)
    except _user_errors() as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(result.records(), ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        click.echo(rows_to_csv(result.columns, result.rows), nl=False)
    else:
        _print_table(result.columns, result.rows)
    if result.truncated:
        click.echo("(row limit reached: result truncated)", err=True)


def _reviewed(saved, pairs: dict, reviewed: bool) -> dict:
    """A saved query with a `reviewed` parameter limits itself to reviewed facts."""
    if reviewed and any(p.name == "reviewed" for p in saved.params):
        return {**pairs, "reviewed": "true"}
    return pairs


def _only_reviewed(result, reviewed: bool, name: str | None = None):
    """Drop the unreviewed facts a result returns; a result holding no relationship cannot be
    limited that way (unless its query has a `reviewed` parameter, which _reviewed set)."""
    if not reviewed:
        return result
    from graph.review import only_reviewed
    from queries.library import load_library
    saved = load_library().get(name) if name else None
    if saved is not None and any(p.name == "reviewed" for p in saved.params):
        return result
    if not result.edges:
        fail(f"{name or '--cypher'}: returns no relationships, so it cannot be limited to "
             "reviewed facts (return the relationships, or give the query a `reviewed` parameter)")
    return only_reviewed(result)


def _pairs(params) -> dict[str, str]:
    pairs = {}
    for item in params:
        if "=" not in item:
            fail(f"--param {item!r}: expected KEY=VALUE")
        key, value = item.split("=", 1)
        pairs[key] = value
    return pairs


def _print_table(columns, rows):
    from graph.export import _cell
    cells = [[str(_cell(v)) if v is not None else "" for v in row] for row in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for r in cells:
        click.echo("  ".join(v[:w].ljust(w) for v, w in zip(r, widths)))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "gexf", "csv"]),
              default="json")
@click.option("--query", "query_name", default=None, help="Export this saved query's result.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-")
@click.option("--reviewed", is_flag=True,
              help="Only reviewed facts (accepted, corrected, added, curated) and the text's structure.")
@click.pass_obj
def export(obj: Context, fmt, query_name, params, output, reviewed):
    """Write the graph (or a saved query's result) as node-link JSON, GraphML, GEXF or CSV.

    With --query, CSV is the result table; the graph formats hold the nodes the result names
    and their relationships.
    Example: actagraph export --format json -o graph.json
    """
    from graph import export as ex
    from graph.subgraph import graph_of_result
    try:
        with obj.store() as store:
            if query_name:
                from queries.library import load_library
                library = load_library()
                if query_name not in library:
                    fail(f"no saved query named {query_name!r}; see `actagraph query --list`")
                table = library[query_name].run(
                    store, _reviewed(library[query_name], _pairs(params), reviewed))
                # a table names nodes by id: the graph formats carry those nodes and their links
                result = graph_of_result(store.run, table)
            else:
                table, result = None, ex.graph_of_store(store)
        if reviewed:
            from graph.review import only_reviewed
            result = only_reviewed(result)
    except _user_errors() as exc:
        fail(str(exc))
    if fmt == "csv" and table is not None:
        text = ex.rows_to_csv(table.columns, table.rows)
    else:
        text = {"json": ex.to_json, "graphml": ex.to_graphml, "gexf": ex.to_gexf,
                "csv": ex.edges_to_csv}[fmt](result)
    if output == "-":
        click.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


@main.command()
@click.pass_obj
def stats(obj: Context):
    """Count stored nodes by kind and edges by type."""
    try:
        with obj.store() as store:
            click.echo(store.describe())
            click.echo(json.dumps(store.stats(), indent=2))
    except _user_errors() as exc:
        fail(str(exc))


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--min-recall", default=0.90, show_default=True)
@click.option("--min-precision", default=0.95, show_default=True)
def evaluate(files, min_recall, min_precision):
    """Score extraction against data/gold/<document>.yaml: precision and recall per kind.

    Exits non-zero when the overall scores miss the targets.
    Example: actagraph evaluate data/sources/informe-troikas-crm-csm-2017-03-30.txt
    """
    from graph.config import REPO
    from loaders.evaluate import evaluate as score, load_gold
    from loaders.pipeline import load_file
    gold_dir = REPO / "data" / "gold"
    targets = [Path(f) for f in files] or [p for p in sorted((REPO / "data" / "sources").iterdir())
                                           if (gold_dir / f"{p.stem}.yaml").exists()]
    missed = False
    try:
        for path in targets:
            gold = gold_dir / f"{path.stem}.yaml"
            if not gold.exists():
                fail(f"{path}: no gold file {gold.relative_to(REPO)}")
            report = score(load_file(path), load_gold(gold))
            click.echo(f"# {path.name}")
            click.echo(report.table())
            o = report.overall
            missed |= o.recall < min_recall or o.precision < min_precision
    except _user_errors() as exc:
        fail(str(exc))
    sys.exit(1 if missed else 0)


@main.group()
def review():
    """Accept, reject, correct and add facts; decisions survive every reload.

    Decisions are kept apart from the graph, in the graph's review file (beside the embedded
    database, or $ACTAGRAPH_REVIEW), and applied whenever a document is loaded again.
    """


def _report(problems) -> None:
    for line in problems:
        click.echo(f"actagraph: review: {line}", err=True)


REVIEW_COLUMNS = ("id", "status", "type", "source_name", "target_name", "role", "confidence",
                  "document", "quote")


@review.command("list")
@click.option("--doc", default=None, help="Only this document (its id).")
@click.option("--status", type=click.Choice(["pending", "accepted", "rejected", "corrected", "added"]),
              default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_obj
def review_list(obj: Context, doc, status, fmt):
    """The facts to check, least certain first (JSON: id, status, type, source, target, quote...).

    Example: actagraph review list --status pending --format json
    """
    from actagraph.review import listing, open_log
    try:
        with obj.store() as store:
            rows = listing(store, open_log(store), doc, status)
    except _user_errors() as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _print_table(list(REVIEW_COLUMNS), [[r[c] for c in REVIEW_COLUMNS] for r in rows])


def _decide(obj: Context, fid: str, action: str, reason: str, changes: dict | None = None):
    from actagraph.review import decide, open_log
    try:
        with obj.store() as store:
            decision, problems = decide(store, open_log(store), fid, action, reason, changes)
    except _user_errors() as exc:
        fail(str(exc))
    _report(problems)
    click.echo(f"{decision.id}: {decision.describe()}")


@review.command("accept")
@click.argument("fact_id")
@click.option("--reason", default="", help="A note kept with the decision.")
@click.pass_obj
def review_accept(obj: Context, fact_id, reason):
    """Mark the fact FACT_ID (an id or a unique prefix) as checked and right."""
    _decide(obj, fact_id, "accept", reason)


@review.command("reject")
@click.argument("fact_id")
@click.option("--reason", default="", help="Why the fact is wrong.")
@click.pass_obj
def review_reject(obj: Context, fact_id, reason):
    """Take the fact FACT_ID out of the graph, now and after every reload."""
    _decide(obj, fact_id, "reject", reason)


@review.command("correct")
@click.argument("fact_id")
@click.option("--from", "source", default=None, help="New source entity (id or name).")
@click.option("--to", "target", default=None, help="New target entity (id or name).")
@click.option("--role", default=None, help="New role ('' removes it).")
@click.option("--date", default=None, help="New date of a DUE/HELD_ON fact: YYYY[-MM[-DD]].")
@click.option("--reason", default="")
@click.pass_obj
def review_correct(obj: Context, fact_id, source, target, role, date, reason):
    """Change an end, the role or the date of the fact FACT_ID (its quote stays)."""
    _decide(obj, fact_id, "correct", reason,
            {"source": source, "target": target, "role": role, "date": date})


@review.command("undo")
@click.argument("fact_id")
@click.pass_obj
def review_undo(obj: Context, fact_id):
    """Forget the decision about FACT_ID: the fact is again as the extractor finds it."""
    from actagraph.review import open_log, withdraw
    try:
        with obj.store() as store:
            problems = withdraw(store, open_log(store), fact_id)
    except _user_errors() as exc:
        fail(str(exc))
    _report(problems)
    click.echo(f"{fact_id}: decision withdrawn")


@review.command("add")
@click.option("--doc", "document", required=True, help="The document that states the fact.")
@click.option("--quote", required=True, help="The exact words of the document that state it.")
@click.option("--type", "etype", required=True, help="Relationship type, e.g. RESPONSIBLE_FOR.")
@click.option("--from", "source", required=True, help="Source entity (id or name).")
@click.option("--to", "target", required=True, help="Target entity (id or name).")
@click.option("--role", default=None)
@click.option("--start", type=int, default=None,
              help="Character offset of the quote, when it occurs more than once.")
@click.option("--reason", default="")
@click.pass_obj
def review_add(obj: Context, document, quote, etype, source, target, role, start, reason):
    """Add a fact the extractor missed, anchored on a quote of the document.

    Example: actagraph review add --doc D --quote "Chile será el punto focal" --type FOCAL_POINT
    --from Chile --to body:adhoc-crm-csm-pmm
    """
    from actagraph.review import add_fact, open_log
    try:
        with obj.store() as store:
            decision, problems = add_fact(store, open_log(store), document, quote, etype,
                                          source, target, role, start, reason)
    except _user_errors() as exc:
        fail(str(exc))
    _report(problems)
    click.echo(f"{decision.id}: {decision.describe()}")


@review.command("export")
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_obj
def review_export(obj: Context, file):
    """Write every decision to FILE as JSON ('-' for standard output)."""
    from actagraph.review import open_log
    try:
        with obj.store() as store:
            text = open_log(store).export_text()
    except _user_errors() as exc:
        fail(str(exc))
    if file == "-":
        click.echo(text, nl=False)
    else:
        Path(file).write_text(text, encoding="utf-8")
        click.echo(f"wrote {file}", err=True)


@review.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_obj
def review_import(obj: Context, file):
    """Merge the decisions of FILE (as written by export) and apply them to the graph."""
    from actagraph.review import import_text, open_log
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{file}:1: {getattr(exc, 'strerror', None) or exc}")
    try:
        with obj.store() as store:
            n, problems = import_text(store, open_log(store), text, file)
    except _user_errors() as exc:
        fail(str(exc))
    _report(problems)
    click.echo(f"imported {n} decision(s) from {file}")


@main.group()
def neo4j():
    """Manage the local Neo4j Community server (in .actagraph/neo4j)."""


@neo4j.command("start")
def neo4j_start():
    from graph.neo4j_server import LocalServer, ServerError
    try:
        server = LocalServer()
        server.fetch()
        server.start()
        click.echo(server.status())
    except ServerError as exc:
        fail(str(exc))


@neo4j.command("stop")
def neo4j_stop():
    from graph.neo4j_server import LocalServer
    LocalServer().stop()
    click.echo("stopped")


@neo4j.command("status")
def neo4j_status():
    from graph.neo4j_server import LocalServer
    click.echo(LocalServer().status())


@main.command()
@click.option("--port", default=8501, show_default=True)
@click.option("--headless/--open", default=True)
def serve(port, headless):
    """Start the Streamlit app on 127.0.0.1:PORT."""
    from graph.config import REPO
    args = [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"),
            "--server.address", "127.0.0.1", "--server.port", str(port),
            "--server.headless", "true" if headless else "false",
            "--browser.gatherUsageStats", "false"]
    os.execv(sys.executable, args)


if __name__ == "__main__":
    main()
