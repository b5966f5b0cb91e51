"""Documents added from the app (views/upload.py) on both engines: a good file is stored with
what was read from it, a bad one is refused in one line and changes nothing."""
from __future__ import annotations

from tests.shared_documents import CASES
from views.upload import load_upload, safe_name


def test_uploaded_text_is_stored_and_summarised(store):
    data = (CASES / "04-membrete.txt").read_bytes()
    out = load_upload(store, "04-membrete.txt", data)
    assert out.error is None and out.document == "04-membrete"
    assert [d["id"] for d in store.documents()] == ["04-membrete"]
    assert out.counts.get("Country", 0) >= 9, out.counts     # the nine CSM delegations
    again = load_upload(store, "04-membrete.txt", data, replace=False)
    assert again.unchanged and again.error is None


def test_bad_upload_changes_nothing(store):
    load_upload(store, "04-membrete.txt", (CASES / "04-membrete.txt").read_bytes())
    before = store.stats()
    empty = load_upload(store, "vacío.txt", b"   \n")
    assert empty.error == f"{safe_name('vacío.txt')}:1: the file is empty"
    # named by the upload's name, never by the temporary file it was read from
    pdf = load_upload(store, "acta.pdf", b"Acta en texto\n")
    assert pdf.error.startswith("acta.pdf:1: this is not a PDF (no %PDF- header)"), pdf.error
    exe = load_upload(store, "payload.exe", b"MZ")
    assert exe.error == "payload.exe: not a document actagraph reads (use pdf, docx, md, html, htm, txt)"
    assert store.stats() == before and [d["id"] for d in store.documents()] == ["04-membrete"]


def test_uploaded_names_are_plain_file_names():
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\Acta `1`.md") == "Acta-1.md"
    assert safe_name("[click](javascript:alert(1)).txt") == "click-javascript-alert-1.txt"
