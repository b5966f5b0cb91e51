import pytest

from loaders.errors import SourceError
from loaders.facts import parse_facts, place_facts
from loaders.gazetteer import load_gazetteer
from loaders.pipeline import extract
from tests.loaders.conftest import edges

YAML = """facts:
  - document: d
    quote: "UNODC organiza"
    type: ORGANISES
    from: organization:unodc
    to: event:negocio-mortal-launch-2017
"""


def test_fact_edges_cite_their_quote(batch):
    e = edges(batch, "ORGANISES", src="organization:unodc")[0]
    assert e.sources[0].quote == "lanzamiento de la campaña de UNODC #NegocioMortal"


def test_absent_quote_names_file_and_line():
    facts = parse_facts(YAML)
    with pytest.raises(SourceError) as exc:
        place_facts("otro texto", "d", facts)
    assert str(exc.value).startswith("facts.yaml:2: quote not found in d")


def test_absent_quote_fails_extract():
    with pytest.raises(SourceError):
        extract("Informe\n\nNada de esto.\n", "d", facts=parse_facts(YAML))


def test_present_quote_becomes_edge():
    # the event is the report's own entity (its curation layer)
    b = extract("Informe\n\nLa UNODC organiza el #NegocioMortal.\n", "d", facts=parse_facts(YAML),
                gazetteer=load_gazetteer("informe-troikas-crm-csm-2017-03-30"))
    (e,) = edges(b, "ORGANISES")
    assert b.nodes["d"].properties["text"][e.sources[0].start:e.sources[0].end] == "UNODC organiza"


def test_malformed_fact():
    with pytest.raises(SourceError) as exc:
        parse_facts("facts:\n  - {document: d, quote: q, type: LIKES, from: a, to: b}\n")
    assert str(exc.value).startswith("facts.yaml:2: ")
