"""The briefing pack's tables are for reading: translated column names and relation names in
both languages, no ids, raw codes or JSON arrays; every download button says what it gives."""
from __future__ import annotations

import re

import pytest

from views import briefing
from views.i18n import strings, t

RAW_CODES = re.compile(r"\b(RESPONSIBLE_FOR|MEMBER_OF|FOCAL_POINT|DUE|signing_party|troika_member|"
                       r"acta_group|commitment:|actor:|country:|organization:|body:)")


@pytest.fixture
def report_store(_embedded_report):
    """The session's embedded store holding the report as `actagraph load` stores it (read-only)."""
    return _embedded_report


def _table_part(doc: str) -> str:
    return doc.split("<table>", 1)[1].split("</table>", 1)[0]


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("name", ["responsibility_register", "commitments_of_actor", "forum_members",
                                  "due_before", "focal_points"])
def test_briefing_table_is_readable(report_store, name, lang):
    from queries.library import load_library
    from views.panel import diagram_result

    class Ctx:
        def saved(self, n, raw):
            return load_library()[n].run(report_store, raw)

    result = load_library()[name].run(report_store, {})
    assert result.rows, name
    graph = diagram_result(Ctx(), result)
    combined = type(result)(result.columns, result.rows, graph.nodes, graph.edges, result.truncated)
    doc = briefing.briefing_html(combined, name, lang)
    table = _table_part(doc)
    heads = re.findall(r"<th>(.*?)</th>", table)
    for col in result.columns:
        assert col not in heads or f"column.{col}" in strings() and t(f"column.{col}", lang) == col, (col, heads)
    assert "id" not in [h.lower() for h in heads]
    assert not RAW_CODES.search(table), RAW_CODES.search(table).group()
    assert "[&quot;" not in table and '["' not in table          # no JSON arrays in cells
    for li in re.findall(r"<li><strong>(.*?)</strong>", doc):      # citations name relations in words
        assert not RAW_CODES.search(li), li
    md = briefing.briefing_markdown(combined, name, lang)
    table_md = md.split(f"## {t('briefing.table', lang)}", 1)[1].split("## ", 1)[0]
    assert not RAW_CODES.search(table_md.replace("\\_", "_"))


def test_responsibility_register_reads_in_both_languages(report_store):
    from queries.library import load_library
    result = load_library()["responsibility_register"].run(report_store, {})
    es = _table_part(briefing.briefing_html(result, "r", "es"))
    en = _table_part(briefing.briefing_html(result, "r", "en"))
    assert "<th>Acuerdo</th><th>Responsable</th>" in es and "<th>Apartado del acta</th>" in es
    assert "<th>Commitment</th><th>Responsible</th>" in en and "<th>Acta section</th>" in en
    assert "<td>acuerdos generales</td><td>1</td>" in es and "<td>general agreements</td><td>1</td>" in en
    assert "<td>Troika de la CRM; Troika de la CSM</td>" in es     # a list, as words
    assert "commitment:informe" not in es + en                     # no ids


def test_export_labels_are_full_and_distinct():
    keys = [k for k in strings() if k.startswith("export.")]
    assert len(keys) >= 10
    for lang in ("es", "en"):
        labels = [t(k, lang) for k in keys]
        assert len(set(labels)) == len(labels), labels
        for label in labels:       # says what it is and its format, e.g. "Diagram as picture (PNG)"
            assert re.search(r"\w+ .*\(.+\)$", label), label


@pytest.mark.parametrize("page", ["queries", "responsibilities", "forums", "network", "timeline"])
def test_download_buttons_of_a_page_are_distinct(app_env, page):
    from tests.app.test_pages import run_page
    for lang in ("es", "en"):
        at = run_page(page, lang)
        labels = [b.proto.label for b in at.get("download_button")]
        assert labels, page
        assert len(set(labels)) == len(labels), sorted(labels)
