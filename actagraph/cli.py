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

from graph.config import ENGINES
from graph.export_formats import cli_formats, export_format
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
    """What the CLI reports in one line: every UserError (graph/errors.py), and an integer too
    large for the engine."""
    from graph.errors import UserError
    return (UserError, OverflowError)


class OneLineErrors(click.Group):
    """The command group, with a wrong option or argument reported in one line
    (`actagraph query: Invalid value for '--format': 'xml' is not one of ...`) and exit status 1,
    as every other mistake a user can make, instead of click's usage text and status 2;
    everything else is click's."""

    def main(self, *args, **kwargs):
        kwargs.pop("standalone_mode", None)
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as err:
            # "actagraph query": the verb that was wrong, under the program's own name
            where = " ".join(["actagraph", *(err.ctx.command_path.split()[1:] if err.ctx is not None else [])])
            click.echo(f"{where}: {' '.join(err.format_message().split())}", err=True)
            sys.exit(1)
        except click.ClickException as err:
            click.echo(f"actagraph: {' '.join(err.format_message().split())}", err=True)
            sys.exit(err.exit_code)
        except click.exceptions.Abort:
            click.echo("actagraph: aborted", err=True)
            sys.exit(1)


@click.group(cls=OneLineErrors)
@click.option("--db", type=str, default=None, metavar="PATH",
              help="Embedded database file (default $ACTAGRAPH_DB or .actagraph/graph.lbug).")
@click.option("--engine", type=click.Choice(list(ENGINES)), default=None,
              help="Store to use (default: neo4j when NEO4J_URI is set, else embedded).")
@click.pass_context
def main(ctx, db, engine):
    """Turn meeting reports and actas into a knowledge graph and ask it questions."""
    # The driver logs each retry as a warning; the user gets one line when retries run out.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    logging.getLogger("neo4j").propagate = False
    ctx.obj = Context(db, engine)
    ctx.call_on_close(ctx.obj.report_notices)


PROGRESS_OVER = 3      # show a progress bar when loading more files than this (on a terminal)
# A document this large (ACTAGRAPH_LARGE_MB megabytes of file) takes long to read and extract: the
# load says so on stderr before it starts on it.
LARGE_MEGABYTES = float(os.environ.get("ACTAGRAPH_LARGE_MB", "1"))


def _reading_note(path: Path) -> str | None:
    """'reading PATH (2.0 MB) ...' for a file of LARGE_MEGABYTES or more, else None; None for a
    file over the loader's limit too (loaders.source_bytes.max_bytes), which is refused, not read."""
    from loaders.source_bytes import max_bytes
    try:
        size = path.stat().st_size
    except OSError:
        return None                      # read_document says what is wrong with it
    if size < LARGE_MEGABYTES * 1e6 or size > max_bytes():
        return None
    told = f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"
    return f"reading {path} ({told}) ..."


def _documents(paths) -> list[Path]:
    """The files to load: each file as given, and every readable document in a given folder."""
    from loaders.reading import format_of
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and format_of(f))
            if not found:
                fail(f"{p}: no .pdf, .docx, .md, .html or .txt file in this folder")
            out.extend(found)
        else:
            out.append(p)
    return out


def _describe(read, batch) -> str:
    """One line saying what was read: format, language, pages, paragraphs, title."""
    passages = sum(1 for n in batch.nodes.values() if n.kind == "Passage")
    parts = [read.format, read.language or "language unknown"]
    if read.pages:
        parts.append(f"{len(read.pages)} page{'s' if len(read.pages) != 1 else ''}")
    parts.append(f"{passages} paragraphs")
    title = read.title or "no title found"
    return f"{batch.document}: read {', '.join(parts)}; title: {title}"


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--engine", type=click.Choice(list(ENGINES)), default=None)
@click.option("--replace/--skip-unchanged", default=False,
              help="Reload documents even when their text has not changed.")
@click.option("--bulk", is_flag=True,
              help="First load into an empty store through the engine's bulk path (LadybugDB "
                   "COPY, Neo4j LOAD CSV); the same graph as a normal load, written faster.")
@click.option("--skip-bad", is_flag=True,
              help="Store the files that can be read and name each one that cannot, one line "
                   "each, then exit 1 (without it, one bad file stores nothing).")
@click.pass_obj
def load(obj: Context, files, engine, replace, bulk, skip_bad):
    """Extract FILES (.pdf, .docx, .md, .html, .txt, or folders of them) and store them, one
    atomic transaction per document. Prints what was read from each file, then what was stored;
    a file of 1 MB or more (ACTAGRAPH_LARGE_MB) is announced on stderr before it is read.

    Example: actagraph load data/sources/
    """
    from graph.config import choose_engine
    try:
        paths = _documents(files)
        loaded, bad = _read_all(paths, skip_bad)   # extract all first: bad input stores nothing
        for read, batch in loaded:
            click.echo(_describe(read, batch))
        if loaded:
            from loaders.reference import reference_batch
            batches = [batch for _read, batch in loaded]
            batches.append(reference_batch())          # curated knowledge, never a document's
            engine = choose_engine(engine or obj.engine)
            write = _bulk_batches if bulk else _store_batches
            if engine == "embedded" and hasattr(os, "fork"):
                _load_in_child(obj, engine, batches, replace, write)
            else:
                with obj.store(engine) as store:
                    write(store, batches, replace)
    except _user_errors() as exc:
        fail(str(exc))
    if bad:
        fail(f"{len(bad)} of {len(paths)} files could not be read (each named above); "
             f"the other {len(paths) - len(bad)} are stored")


def _read_all(paths: list[Path], skip_bad: bool) -> tuple[list, list[str]]:
    """Read and extract every path, in order: ([(ReadDocument, GraphBatch)], [error line]).
    A file that cannot be read raises its UserError (one line), unless `skip_bad`: then its
    line is printed on stderr as `actagraph: <line>`, kept in the second list, and the reading
    goes on. A progress bar on a terminal only: in a log a bar is noise."""
    from loaders.pipeline import extract
    from loaders.reading import read_document
    loaded, bad = [], []

    def read_one(path):
        try:
            read = read_document(path)
            loaded.append((read, extract(read.text, path.stem, str(path), read=read)))
        except _user_errors() as exc:
            if not skip_bad:
                raise
            bad.append(str(exc))
            click.echo(f"actagraph: {exc}", err=True)

    if len(paths) > PROGRESS_OVER and sys.stderr.isatty():
        with click.progressbar(paths, label="reading", file=sys.stderr,
                               item_show_func=lambda p: p and _reading_note(p)) as bar:
            for path in bar:
                read_one(path)
    else:
        for path in paths:
            note = _reading_note(path)
            if note:
                click.echo(note, err=True)
            read_one(path)
    return loaded, bad


def _bulk_batches(store, batches, replace: bool) -> None:
    """Write every batch at once through the engine's bulk path (graph.bulk_load), after the
    analysts' review decisions, as _store_batches does; one line per batch, then the totals."""
    from actagraph.review import open_log, prepare
    from graph.bulk_load import bulk_load
    import_dir = None
    if store.engine == "neo4j" and not os.environ.get("NEO4J_URI"):
        from graph.neo4j_server import LocalServer
        import_dir = LocalServer().root / "import"
    decisions = open_log(store).decisions()
    for batch in batches:
        for line in prepare(batch, decisions):
            click.echo(f"actagraph: review: {line}", err=True)
    written = bulk_load(store, batches, import_dir=import_dir)
    for batch in batches:
        n_nodes, n_edges = batch.counts()
        click.echo(f"{batch.document}: {n_nodes} nodes, {n_edges} edges")
    click.echo(f"bulk: {written['nodes']} nodes, {written['edges']} relationships written")


def _store_batches(store, batches, replace: bool) -> None:
    """Write each batch in its own transaction, after applying the analysts' review decisions
    (which survive every reload); one line per batch stored, one per decision that no longer
    applies."""
    from actagraph.review import open_log, prepare
    with store.writing():
        decisions = open_log(store).decisions()
        for batch in batches:
            for line in prepare(batch, decisions):
                click.echo(f"actagraph: review: {line}", err=True)
            rep = store.load(batch, replace=replace)
            state = "unchanged" if rep.unchanged else f"{rep.nodes} nodes, {rep.edges} edges"
            if rep.replaced:
                state += "; replaces the other version of this document that was stored"
            click.echo(f"{rep.document}: {state}")


def _load_in_child(obj: Context, engine: str, batches, replace: bool,
                   write=_store_batches) -> None:
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
                    write(store, batches, replace)
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
        documents = [b for b in batches if b.document in b.nodes]   # not the reference layer
        kept = [b for b in documents
                if store.document_hash(b.document) == b.nodes[b.document].properties["sha256"]]
        notes, store.notices = store.notices, []
    repaired = "; ".join(n.split(": ", 1)[-1] for n in notes) or "the stored graph is readable"
    fail(f"{getattr(store, 'path', engine)}: the load stopped ({reason}); {repaired}; "
         f"{len(kept)} of {len(documents)} documents of this load are stored")


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
            for q in (q for q in library.values() if q.listed):
                ps = ", ".join(f"{p.name}:{p.type}={p.default!r}" for p in q.params)
                click.echo(f"{q.name}\t{q.title_en}\t{ps}")
            return
        pairs = _pairs(params)
        with obj.store() as store:
            if cypher:
                result = _run_or_say(lambda: store.run(cypher, pairs))
            elif name:
                if name not in library:
                    fail(f"no saved query named {name!r}; see `actagraph query --list`")
                saved = library[name]
                result = _run_or_say(
                    lambda: saved.run(store, _reviewed(saved, pairs, reviewed)), saved,
                    store.engine)
                if not result.rows:
                    _say_absent_entities(library[name], store, pairs)
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


def _run_or_say(run, saved=None, engine: str | None = None):
    """`run()`'s result; a query the engine cannot parse or bind ends the command in one line
    naming the query (`--cypher`, or the saved query's file and line) and the place in it."""
    from graph.query_syntax import QuerySyntaxError
    try:
        return run()
    except QuerySyntaxError as exc:
        if saved is None:
            fail(f"--cypher: {exc}")
        fail(_saved_query_place(exc, saved, engine))


def _saved_query_place(exc, saved, engine: str) -> str:
    """'FILE:LINE: NAME: syntax error at column C: ...' for an error at a line of a saved query's
    text that the file holds once; else the place in the query's text."""
    if exc.line:
        wanted = saved.text_for(engine).split("\n")[exc.line - 1].rstrip()
        try:
            lines = saved.path.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError):
            lines = []
        found = [n for n, text in enumerate(lines, 1) if text.rstrip() == wanted]
        if len(found) == 1:
            return f"{saved.path}:{found[0]}: {saved.name}: syntax error at column " \
                   f"{exc.column}: {exc.what}"
        return f"{saved.path}:1: {saved.name}: {exc.what} (line {exc.line}, column {exc.column} " \
               "of its Cypher)"
    return f"{saved.path}:1: {saved.name}: {exc.what}"


def _say_absent_entities(saved, store, pairs: dict) -> None:
    """An empty answer asked about an actor or entity the store does not hold: say that in one
    line (the first such parameter) and exit 1, instead of printing an empty table."""
    from queries.absent import absent_entities, absent_note
    missing = absent_entities(saved, store, pairs)
    if missing:
        fail(f"{saved.name}: {absent_note(*missing[0])}")


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
        if value == "":
            fail(f"--param {key}=: the value is empty; give one, or leave the parameter out to "
                 "use its default")
        pairs[key] = value
    return pairs


_LINE_BREAKS = re.compile(r"[ \t]*(?:\r\n|[\n\r\x0b\x0c\x85\u2028\u2029])[ \t]*")


def table_cell(value) -> str:
    """`value` as one cell of the terminal table: "" for None, and every line break inside it
    (with the blanks around it) shown as one space, so a quote that wraps in its document
    ("Both\\nleaders") stays on its row ("Both leaders"). CSV and JSON keep the text as it is."""
    from graph.export import _cell
    return "" if value is None else _LINE_BREAKS.sub(" ", str(_cell(value)))


TABLE_CELL_WIDTH = 60


def is_id_column(column: str) -> bool:
    """Whether a result column holds ids ("id", "edge_id", "event_ids"): the terminal table never
    cuts those, so an id can be copied back into a parameter (`-p id=...`)."""
    return column == "id" or column.endswith(("_id", "_ids"))


def fitted_cell(text: str, width: int, whole: bool) -> str:
    """`text` padded to `width`; a longer text is cut to `width` with its last character shown as
    "…" so a cut is never mistaken for the whole value, unless `whole` (an id column)."""
    if len(text) > width and not whole:
        text = text[:width - 1] + "…"
    return text.ljust(width)


def _print_table(columns, rows):
    """The result as a terminal table on standard output; "(no rows)" on standard error when the
    answer is empty, so an empty answer is not read as a command that printed nothing."""
    cells = [[table_cell(v) for v in row] for row in rows]
    whole = [is_id_column(str(c)) for c in columns]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) if whole[i] else
              min(TABLE_CELL_WIDTH, max([len(c)] + [len(r[i]) for r in cells]))
              for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for r in cells:
        click.echo("  ".join(fitted_cell(v, w, k) for v, w, k in zip(r, widths, whole)).rstrip())
    if not rows:
        click.echo("(no rows)", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(cli_formats()), default="json")
@click.option("--query", "query_name", default=None, help="Export this saved query's result.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE")
@click.option("-o", "--output", type=str, default="-", metavar="PATH",
              help="File to write (default: standard output).")
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
                saved = library[query_name]
                table = _run_or_say(
                    lambda: saved.run(store, _reviewed(saved, _pairs(params), reviewed)), saved,
                    store.engine)
                # a table names nodes by id: the graph formats carry those nodes and their links
                result = graph_of_result(lambda n, p: library[n].run(store, p), table)
            else:
                table, result = None, ex.graph_of_store(store)
        if reviewed:
            from graph.review import only_reviewed
            result = only_reviewed(result)
    except _user_errors() as exc:
        fail(str(exc))
    # CSV of a saved query is its table; CSV of the whole graph is its edges; every other
    # export is of the graph the result names
    if fmt == "csv":
        text = (export_format("csv").write(table) if table is not None
                else export_format("edges_csv").write(result)).decode("utf-8")
    else:
        text = export_format(fmt).write(result).decode("utf-8")
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
        # a temporary file is private (0600); an export is a file like any other the user writes
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
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
@click.argument("what", type=click.Choice(["metrics", "brokers", "overlap", "communities", "path"]))
@click.option("--doc", default=None, help="Only relations stated by this document id.")
@click.option("--since", default=None, help="Only documents dated on or after (YYYY[-MM[-DD]]).")
@click.option("--until", default=None, help="Only documents dated on or before (YYYY[-MM[-DD]]).")
@click.option("--types", default=None, metavar="T1,T2",
              help="Only these relation types (e.g. MEMBER_OF,FOCAL_POINT).")
@click.option("--curated/--documents-only", default=False,
              help="Also count curated facts (data/gazetteer.yaml); default: what documents state.")
@click.option("--from", "source", default=None, help="path: the first actor (id, name or acronym).")
@click.option("--to", "target", default=None, help="path: the second actor.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@click.pass_obj
def analyse(obj: Context, what, doc, since, until, types, curated, source, target, fmt):
    """Network analysis: measures per actor, brokers between forums, country x forum overlap,
    communities, or the shortest paths between two actors (path --from A --to B).

    Example: actagraph analyse brokers --since 2017 --until 2017 --format csv
    """
    from graph import analytics as an
    from graph.export import rows_to_csv
    if what == "path" and not (source and target):
        fail("analyse path needs --from ACTOR and --to ACTOR")
    try:
        with obj.store() as store:
            g = an.network(store, doc=doc, since=since, until=until, curated=curated,
                           types=types.split(",") if types else None)
        if what == "path":
            paths = an.shortest_paths(g, source, target)
            columns = ["path", "hop", "from", "relations", "to"]
            rows = [[i, j, s["from_name"], [_relation_text(r) for r in s["relations"]],
                     s["to_name"]] for i, p in enumerate(paths) for j, s in enumerate(p)]
            data = paths
        else:
            columns, rows = an.table(what, g)
            data = [dict(zip(columns, r)) for r in rows]
    except (an.AnalyticsError, *_user_errors()) as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    flat = [["; ".join(map(str, v)) if isinstance(v, list) else v for v in r] for r in rows]
    if fmt == "csv":
        click.echo(rows_to_csv(columns, flat), nl=False)
    else:
        _print_table(columns, flat)


def _relation_text(r: dict) -> str:
    """'MEMBER_OF (focal_point) →' when stored from the step's start, '← TYPE' otherwise."""
    text = r["type"] + (f" ({r['role']})" if r["role"] else "")
    return f"{text} →" if r["direction"] == "->" else f"← {text}"


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
@click.argument("files", nargs=-1, type=click.Path())
@click.option("--gold-dir", type=click.Path(file_okay=False), default=None,
              help="Folder of gold files named <document stem>.yaml (default data/gold).")
@click.option("--general", is_flag=True,
              help="Switch off per-document curation: measure the general extractor alone.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--min-recall", default=0.75, show_default=True,
              help="Target for overall recall (the project's own target by default).")
@click.option("--min-precision", default=0.95, show_default=True,
              help="Target for overall precision (the project's own target by default).")
@click.option("-v", "--verbose", is_flag=True, help="List every missed gold fact and wrong prediction.")
def evaluate(files, gold_dir, general, fmt, min_recall, min_precision, verbose):
    """Score extraction against gold facts: precision and recall per document, kind and type.

    FILES are documents or folders (a folder stands for its files that have a gold file). Exits
    non-zero when the overall scores over all documents miss the targets, or when a document
    cannot be read (it is then scored as an empty extraction).
    Example: actagraph evaluate --general --gold-dir tests/gold/corpus ../shared/corpus
    """
    from graph.config import REPO
    from loaders import gold_run
    gold = Path(gold_dir) if gold_dir else REPO / "data" / "gold"
    try:
        targets = (gold_run.gold_targets(files, gold) if files else
                   gold_run.gold_targets([REPO / "data" / "sources"], gold))
        if not targets:
            fail(f"no document with a gold file in {gold}")
        results = gold_run.evaluate_documents(targets, curation=not general)
    except _user_errors() as exc:
        fail(str(exc))
    click.echo(gold_run.render_json(results, general, verbose) if fmt == "json"
               else gold_run.render_table(results, general, verbose))
    for r in results:
        if r.error:
            click.echo(f"actagraph: {r.error}", err=True)
    o = gold_run.total(results).overall
    missed = [f"{name} {value:.3f} is below --min-{name} {target:.2f}"
              for name, value, target in (("recall", o.recall, min_recall),
                                          ("precision", o.precision, min_precision))
              if value < target]
    if missed:
        click.echo(f"actagraph: the targets are missed: {'; '.join(missed)}", err=True)
    sys.exit(1 if missed or any(r.error for r in results) else 0)


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


def _decide(obj: Context, fid: str, action: str, reason: str, changes: dict | None = None,
            reason_required: bool = False):
    """Record one decision about the fact `fid`; with `reason_required`, a blank reason is refused
    in one line (after the check that the fact exists) and nothing is written."""
    from actagraph.review import decide, open_log, reviewable_fact
    try:
        with obj.store() as store:
            log = open_log(store)
            if reason_required and not reason.strip():
                reviewable_fact(store, log, fid)          # an unknown id is said first
                fail(f"review {action} {fid}: give the reason with --reason TEXT; nothing was "
                     "changed")
            decision, problems = decide(store, log, fid, action, reason, changes)
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
@click.option("--reason", default="", help="Why the fact is wrong (required).")
@click.pass_obj
def review_reject(obj: Context, fact_id, reason):
    """Take the fact FACT_ID out of the graph, now and after every reload; --reason says why."""
    _decide(obj, fact_id, "reject", reason, reason_required=True)


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


def _refuse_a_busy_port(port: int) -> None:
    """One line and exit 1 when 127.0.0.1:`port` cannot be listened on (another server holds
    it), before Streamlit starts and logs its own failure."""
    import socket
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # as the app's server does: a port left in TIME_WAIT is free, a listening one is not
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            import errno
            if exc.errno == errno.EADDRINUSE:
                fail(f"port {port} on 127.0.0.1 is in use by another server; stop it or give "
                     "another port with --port")
            fail(f"cannot listen on port {port} of 127.0.0.1 ({exc.strerror or exc}); give "
                 "another port with --port")


@main.command()
@click.option("--port", default=8501, show_default=True, type=click.IntRange(1, 65535))
@click.option("--headless/--open", default=True)
@click.pass_obj
def serve(obj: Context, port, headless):
    """Start the Streamlit app on 127.0.0.1:PORT (refuses an embedded path with no database)."""
    from graph.config import REPO, choose_engine
    from loaders.source_bytes import upload_limit_mb
    try:
        if choose_engine(obj.engine) == "embedded":
            with obj.store() as store:
                from queries.library import load_library
                load_library()["app_store_check"].run(store)
            obj.report_notices()
    except _user_errors() as exc:
        fail(str(exc))
    _refuse_a_busy_port(port)
    if obj.db:
        os.environ["ACTAGRAPH_DB"] = str(obj.db)
    if obj.engine:
        os.environ["ACTAGRAPH_ENGINE"] = obj.engine
    args = [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"),
            "--server.address", "127.0.0.1", "--server.port", str(port),
            "--server.headless", "true" if headless else "false",
            "--browser.gatherUsageStats", "false",
            # the upload box says what the loader takes (ACTAGRAPH_MAX_MB, loaders/source_bytes.py)
            "--server.maxUploadSize", str(upload_limit_mb())]
    os.execv(sys.executable, args)


if __name__ == "__main__":
    main()
