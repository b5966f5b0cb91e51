"""Every source slices its quote out of the one normalised text, on every format; pages cover
the text in order."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from loaders.pipeline import load_file
from loaders.reading import read_document
from tests.loaders.reading.make_documents import docx, pdf

WORDS = st.sampled_from("Chile Perú la CRM acordó informe reunión de el en Lima sobre "
                        "migración Secretaría Técnica presentará 2024 marzo y con".split())
SENTENCE = st.lists(WORDS, min_size=3, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPHS = st.lists(st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join),
                      min_size=1, max_size=5)


def _write(fmt: str, folder: Path, paragraphs: list[str]) -> Path:
    title = "Acta de la Reunión de Prueba"
    if fmt == "pdf":
        half = max(1, len(paragraphs) // 2)
        return pdf(folder / "d.pdf", [[title] + paragraphs[:half], paragraphs[half:] or ["Fin."]],
                   footer=["Página {n} de {total}"])
    if fmt == "docx":
        return docx(folder / "d.docx", [title] + paragraphs)
    if fmt == "md":
        path = folder / "d.md"
        path.write_text("---\ntitle: Prueba\n---\n# " + title + "\n\n" +
                        "\n\n".join(f"- **{p}**" if i % 2 else p for i, p in enumerate(paragraphs)),
                        encoding="utf-8")
        return path
    if fmt == "html":
        path = folder / "d.html"
        path.write_text("<h1>" + title + "</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs),
                        encoding="utf-8")
        return path
    path = folder / "d.txt"
    path.write_text(title + "\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return path


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fmt=st.sampled_from(["pdf", "docx", "md", "html", "txt"]), paragraphs=PARAGRAPHS)
def test_every_quote_slices_the_text(fmt, paragraphs):
    with tempfile.TemporaryDirectory() as tmp:
        path = _write(fmt, Path(tmp), paragraphs)
        read = read_document(path)
        batch = load_file(path)
    assert batch.nodes[batch.document].properties["text"] == read.text
    for item in list(batch.nodes.values()) + list(batch.edges.values()):
        for s in item.sources:
            assert read.text[s.start:s.end] == s.quote
            assert s.page == read.page_at(s.start)
            assert (s.page is not None) == (fmt == "pdf")
    for p in paragraphs:                     # each sentence is read whole, never split
        for sentence in p.split(". "):
            assert sentence.rstrip(".") in read.text
    if read.pages:
        assert read.pages[0][0] == 0 and read.pages[-1][1] == len(read.text)
        assert all(a[1] == b[0] for a, b in zip(read.pages, read.pages[1:]))
