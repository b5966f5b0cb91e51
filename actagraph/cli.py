"""The `actagraph` command: verbs that read like English over the loaders, stores and queries.

Every failure a user can cause ends here as one line on stderr and a non-zero exit; tracebacks are
for bugs only. The CLI opens the store, does one thing, and closes it. Only `load` creates an
embedded database; the reading commands refuse a path where none exists.

An embedded load writes from a forked child process: LadybugDB aborts the whole process from C++
when a write fails (disk full, I/O error), which no Python code can catch. The parent sees the
child die, lets the store recover the file (see graph/embedded_store.py) and reports one line.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sys
import tempfile
from pathlib import Path

import click

from graph.store import StoreError


class Context:
    def __init__(self, db: str | None, engine: str | None):
        self.db, self.engine = db, engine
        self.opened: list = []

    def store(self, engine: str | None = None):
        from graph.config import open_store
        store = open_store(engine or self.engine, self.db)
        self.opened.append(store)
        return store

    def report_notices(self) -> None:
        """What the stores repaired by themselves (one line each), after the command's output."""
        for store in self.opened:
            for note in getattr(store, "notices", []):
                click.echo(f"actagraph: {note}", err=True)
            store.notices = []


def fail(message: str) -> None:
    click.echo(f"actagraph: {message}", err=True)
    sys.exit(1)


def _user_errors():
    from graph.batch import BatchError
    from graph.readonly import ReadOnlyError
    from loaders.errors import SourceError
    errs = [StoreError, ReadOnlyError, BatchError, SourceError, OverflowError]
    try:
        from queries.library import QueryError
        errs.append(QueryError)
    except ImportError:
        pass
    return tuple(errs)


@click.group()
@click.option("--db", type=str, default=None, metavar="PATH",
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
    ctx.call_on_close(ctx.obj.report_notices)


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
    from graph.config import choose_engine
    from loaders.pipeline import load_file
    try:
        batches = [load_file(Path(f)) for f in files]   # extract all first: bad input stores nothing
        engine = choose_engine(engine or obj.engine)
        if engine == "embedded" and hasattr(os, "fork"):
            _load_in_child(obj, engine, batches, replace)
        else:
            with obj.store(engine) as store:
                _store_batches(store, batches, replace)
    except _user_errors() as exc:
        fail(str(exc))


def _store_batches(store, batches, replace: bool) -> None:
    with store.writing():
        for batch in batches:
            rep = store.load(batch, replace=replace)
            state = "unchanged" if rep.unchanged else f"{rep.nodes} nodes, {rep.edges} edges"
            click.echo(f"{rep.document}: {state}")


def _load_in_child(obj: Context, engine: str, batches, replace: bool) -> None:
    """Write from a child process; if the engine kills it, recover the file and say so."""
    err = tempfile.TemporaryFile()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:                                           # the child: write, then _exit
        code = 2
        try:
            os.dup2(err.fileno(), 2)
            try:
                store = obj.store(engine)
                with store:
                    _store_batches(store, batches, replace)
                obj.report_notices()
                code = 0
            except _user_errors() as exc:
                obj.report_notices()
                click.echo(f"actagraph: {exc}", err=True)
                code = 1
            except KeyboardInterrupt:
                click.echo("actagraph: interrupted; the documents reported above are stored, "
                           "the one being written is not", err=True)
                code = 130
            except BaseException:                          # a bug: its traceback, as is
                import traceback
                traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    import signal
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the child's to handle
    try:
        _, status = os.waitpid(pid, 0)
    finally:
        signal.signal(signal.SIGINT, previous)
    err.seek(0)
    text = err.read().decode("utf-8", "replace")
    err.close()
    if os.WIFEXITED(status):
        sys.stderr.write(text)
        sys.stderr.flush()
        if os.WEXITSTATUS(status):
            sys.exit(os.WEXITSTATUS(status))
        return
    found = re.search(r"Error: ([^.\n]+)", text) or re.search(r"what\(\):\s*(.+)", text)
    reason = found.group(1).strip() if found else f"killed by signal {os.WTERMSIG(status)}"
    store = obj.store(engine)
    with store:
        kept = [b for b in batches
                if store.document_hash(b.document) == b.nodes[b.document].properties["sha256"]]
        notes, store.notices = store.notices, []
    repaired = "; ".join(n.split(": ", 1)[-1] for n in notes) or "the stored graph is readable"
    fail(f"{getattr(store, 'path', engine)}: the load stopped ({reason}); {repaired}; "
         f"{len(kept)} of {len(batches)} documents of this load are stored")


@main.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@click.option("--list", "list_", is_flag=True, help="List the saved queries and their parameters.")
@click.option("--cypher", default=None, help="Run this read-only Cypher instead of a saved query.")
@click.pass_obj
def query(obj: Context, name, params, fmt, list_, cypher):
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
                result = library[name].run(store, pairs)
            else:
                fail("give a query NAME, --cypher TEXT or --list")
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
@click.option("-o", "--output", type=str, default="-", metavar="PATH",
              help="File to write (default: standard output).")
@click.pass_obj
def export(obj: Context, fmt, query_name, params, output):
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
                table = library[query_name].run(store, _pairs(params))
                # a table names nodes by id: the graph formats carry those nodes and their links
                result = graph_of_result(store.run, table)
            else:
                table, result = None, ex.graph_of_store(store)
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
        _write_output(Path(output), text)
        click.echo(f"wrote {output}", err=True)


def _write_output(path: Path, text: str) -> None:
    """Write the whole file or nothing: a temporary file beside it, renamed when complete."""
    shown = str(path) if len(str(path)) <= 120 else str(path)[:119] + "…"
    tmp = None
    try:
        data = text.encode("utf-8")
        if path.is_dir():
            fail(f"{shown}: is a folder; give a file name after -o")
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.name[:60]}.",
                                         delete=False) as fh:
            tmp = Path(fh.name)
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
    except FileNotFoundError:
        fail(f"{shown}: the folder {str(path.parent)[:120]} does not exist")
    except OSError as exc:
        from graph.embedded_store import _os_reason
        fail(f"{shown}: cannot write ({_os_reason(exc)})")
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


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
@click.pass_obj
def serve(obj: Context, port, headless):
    """Start the Streamlit app on 127.0.0.1:PORT (refuses an embedded path with no database)."""
    from graph.config import REPO, choose_engine
    try:
        if choose_engine(obj.engine) == "embedded":
            with obj.store() as store:
                store.run("MATCH (n) RETURN count(n) AS n LIMIT 1")
            obj.report_notices()
    except _user_errors() as exc:
        fail(str(exc))
    if obj.db:
        os.environ["ACTAGRAPH_DB"] = str(obj.db)
    if obj.engine:
        os.environ["ACTAGRAPH_ENGINE"] = obj.engine
    args = [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"),
            "--server.address", "127.0.0.1", "--server.port", str(port),
            "--server.headless", "true" if headless else "false",
            "--browser.gatherUsageStats", "false"]
    os.execv(sys.executable, args)


if __name__ == "__main__":
    main()
