"""Documents added from the browser: each uploaded file is read and extracted first, then
written as one atomic load, so a bad file changes nothing and others never see half a document.

Pure of Streamlit: the Documents page calls `load_upload` per file and shows its `Outcome`.
It must not decide what a document means (that is the loader's job) nor talk to the store in any
way other than the store contract's `load` and `remove_document`.
"""
from __future__ import annotations

import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from graph.store import GraphStore, StoreError
from loaders.errors import SourceError

# What `actagraph load` reads; the uploader offers the same list.
EXTENSIONS = ("pdf", "docx", "md", "html", "htm", "txt")
# Kinds counted in the summary shown after a load, in this order.
SUMMARY_KINDS = ("Event", "Country", "Organization", "Body", "Person", "Place", "Commitment",
                 "Date")


@dataclass
class Outcome:
    """What happened to one uploaded file: `document` id and its title/date/language/format and
    pages when it loaded; `error` (one line, `file: what is wrong`) when it did not."""

    file: str
    document: str | None = None
    error: str | None = None
    unchanged: bool = False
    title: str | None = None
    date: str | None = None
    language: str | None = None
    format: str | None = None
    pages: int | None = None
    counts: dict = field(default_factory=dict)
    review_notes: list = field(default_factory=list)   # decisions that no longer apply


def safe_name(name: str) -> str:
    """The uploaded file's own name reduced to a plain file name (no folders, no control or
    markup characters), which becomes the document id's stem.

    >>> safe_name("../../etc/Acta [final](x).PDF")
    'Acta-final-x.PDF'
    """
    base = Path(name.replace("\\", "/")).name
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = re.sub(r"[^\w.-]+", "-", stem, flags=re.UNICODE).strip("-.") or "document"
    return f"{stem[:120]}.{ext}" if ext else stem[:120]


def load_upload(store: GraphStore, name: str, data: bytes, replace: bool = True) -> Outcome:
    """Read, extract and store one uploaded file. Never raises for bad input: a SourceError or
    StoreError becomes `Outcome.error` and the store is left as it was."""
    from loaders.pipeline import load_file
    clean = safe_name(name)
    out = Outcome(file=clean)
    if clean.rpartition(".")[2].lower() not in EXTENSIONS:
        out.error = f"{clean}: not a document actagraph reads (use {', '.join(EXTENSIONS)})"
        return out
    with tempfile.TemporaryDirectory(prefix="actagraph-upload-") as folder:
        path = Path(folder) / clean
        path.write_bytes(data)
        try:
            batch = load_file(path)
        except SourceError as exc:
            # the user gave the upload's name, not the temporary path it was read from
            out.error = (f"{clean}:{exc.line}: {exc.what}" if exc.file == str(path)
                         else str(exc))
            return out
    from actagraph.review import open_log, prepare
    try:
        # an analyst's decisions on this document's facts survive a replacement from the app too
        out.review_notes = prepare(batch, open_log(store).decisions())
        report = store.load(batch, replace=replace)
    except StoreError as exc:
        out.error = f"{clean}: {exc}"
        return out
    doc = batch.nodes[batch.document].properties
    kinds = Counter(n.kind for n in batch.nodes.values())
    out.document = batch.document
    out.unchanged = report.unchanged
    out.title, out.date = doc.get("title"), doc.get("date")
    out.language, out.format = doc.get("language"), doc.get("format")
    out.pages = doc.get("page_count")
    out.counts = {k: kinds[k] for k in SUMMARY_KINDS if kinds.get(k)}
    return out
