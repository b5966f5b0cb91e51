"""The loader must not be tied to the March 2017 report: variants, other layouts, random text."""
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from loaders.errors import SourceError
from loaders.pipeline import extract
from loaders.structure import parse_document
from tests.loaders.conftest import edges


def check_spans(batch):
    text = batch.nodes[batch.document].properties["text"]
    for n in batch.nodes.values():
        for s in n.sources:
            assert text[s.start:s.end] == s.quote
    for e in list(batch.edges.values()) + batch.derived_mentions():
        for s in e.sources:
            assert text[s.start:s.end] == s.quote


def test_variant_with_other_names_numbering_and_layout(report_text):
    """Roman numerals, "1)" lists, CRLF-free rewrap, other countries in the troikas."""
    text = report_text
    for n, roman in zip(range(1, 9), ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]):
        text = re.sub(rf"^(- )?{n}\. (?=[A-ZÁÉÍÓÚ][a-záéíóú]+ )", f"{roman}. ", text, count=1, flags=re.M)
    text = text.replace("(El Salvador, Honduras y Panamá)", "(Guatemala, Costa Rica y Belice)")
    text = text.replace("se designó a Chile", "se designó a Uruguay")
    text = re.sub(r"^- (\d+)\. ", r"\1) ", text, flags=re.M)
    doc = parse_document(text, "variante")
    assert [s.number for s in doc.sections][1:9] == [str(i) for i in range(1, 9)]
    assert [a.number for a in doc.agreements] == [str(i) for i in range(1, 12)]
    b = extract(text, "variante")
    check_spans(b)
    crm = {e.source for e in edges(b, "MEMBER_OF", dst="body:crm-troika")}
    assert crm == {"country:gt", "country:cr", "country:bz"}
    fp = {(e.source, e.properties["on_behalf_of"]) for e in edges(b, "FOCAL_POINT")}
    assert ("country:uy", "conference:csm") in fp


NO_ACTA = """Informe de la Reunión Intersesional de la CSM

Lima, 12 de octubre de 2018

1) Apertura

La PPT de la CSM propone revisar la agenda. Perú menciona que la trata de personas es prioritaria.

2) Cierre

Se acuerda que la ST de la CSM circulará el informe en noviembre.
"""


def test_report_without_acta():
    doc = parse_document(NO_ACTA, "sin-acta")
    assert doc.date == "2018-10-12" and doc.place == "Lima"
    assert [s.number for s in doc.sections] == ["0", "1", "2"] and doc.agreements == []
    b = extract(NO_ACTA, "sin-acta")
    check_spans(b)
    kinds = {e.type for e in b.edges.values()}
    assert {"PROPOSED", "SAID"} <= kinds
    decisions = [n for n in b.nodes.values() if n.properties.get("acta_group") == "report"]
    assert len(decisions) == 1 and decisions[0].id == "commitment:sin-acta:report:1"


DECLARATION = """Declaración de Asunción sobre Migrantes Extra-regionales

Asunción, 5 de mayo de 2018

Los Estados firmantes, reunidos en Asunción, se comprometen a:

1. Intercambiar información sobre migrantes extra-regionales y trata de personas.
2. Fortalecer la protección consular de sus nacionales.
3) Elaborar un calendario de eventos antes de junio de 2018.

Firmado por: Argentina, Chile, Perú y Paraguay
"""


def test_declaration_with_signatory_states():
    doc = parse_document(DECLARATION, "decl")
    assert [a.number for a in doc.agreements] == ["1", "2", "3"]
    assert [s.name for s in doc.signatories] == ["Argentina", "Chile", "Perú", "Paraguay"]
    b = extract(DECLARATION, "decl")
    check_spans(b)
    resp = {e.source for e in edges(b, "RESPONSIBLE_FOR", dst="commitment:decl:acta:1")}
    assert resp == {"country:ar", "country:cl", "country:pe", "country:py"}
    assert {e.target for e in edges(b, "DUE", src="commitment:decl:acta:3")} == {"date:2018-06"}
    assert {e.target for e in edges(b, "CONCERNS", src="commitment:decl:acta:1")} >= \
        {"topic:trata", "topic:migrantes-extrarregionales"}


ARTICLES = """Reglamento

Artículo 1

La Conferencia se reúne una vez al año.

Artículo 2

La Troika de la CRM (México, Panamá y Honduras) coordina.
"""


def test_article_headings():
    doc = parse_document(ARTICLES, "reglamento")
    assert [s.number for s in doc.sections] == ["0", "1", "2"]
    b = extract(ARTICLES, "reglamento")
    assert {e.source for e in edges(b, "MEMBER_OF", dst="body:crm-troika")} == \
        {"country:mx", "country:pa", "country:hn"}


PIECES = ["CRM ", "Chile ", "- 2. ", "Anexo 1\n", "han acordado:\n", "\n\n\n", "30 de marzo de 2017 ",
          "la última semana de abril ", "**", "propone ", "La PPT de la CSM ", "Firmado por: Chile y Perú\n",
          "(Panamá y Chile)", "1. ", "II. ", "Artículo 3 ", "\r\n", "\ufeff", "\x00"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet="abcdeñáéÉ ,.;:()-*#\n\t1234567890", max_size=12) |
                st.sampled_from(PIECES), max_size=40).map("".join))
def test_arbitrary_text_never_crashes(text):
    try:
        b = extract(text, "azar")
    except SourceError:
        return
    check_spans(b)
