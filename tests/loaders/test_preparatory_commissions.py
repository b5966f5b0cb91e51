"""A preparatory commission of an organisation is an organisation of its own, named whole; an
acronym a name defines after "hereinafter referred to as" / "en adelante" names it as a bare
bracketed acronym would."""
import pytest

from tests.loaders.batches import read


def nodes(text: str, kind: str) -> dict:
    return {n.id: n for n in read(text).nodes.values() if n.kind == kind}


@pytest.mark.parametrize("text,ident", [
    ("The Government of Chile and the Preparatory Commission of the Ocean Shipping Organisation (PCOSO) "
     "signed the arrangement.", "organization:preparatory-commission-of-the-ocean-shipping-organisation"),
    ("Staff of the Preparatory Commission for the Harbour Safety Organization (PrepCom) arrived in May.",
     "organization:preparatory-commission-for-the-harbour-safety-organization"),
    ("Firmaron el Gobierno del Perú y la Comisión Preparatoria de la Organización Marítima Austral (CPOMA).",
     "organization:comision-preparatoria-de-la-organizacion-maritima-austral"),
])
def test_a_preparatory_commission_is_one_organisation_named_whole(text, ident):
    orgs = nodes(text, "Organization")
    assert ident in orgs
    assert not [i for i in nodes(text, "Body") if "preparatoria" in i or "preparatory" in i]


def test_a_commission_of_an_organisation_stays_its_body():
    text = "The Executive Commission of the Ocean Shipping Organisation (OSO) met in Lima."
    assert "body:executive-commission" in nodes(text, "Body")
    assert "organization:ocean-shipping-organisation" in nodes(text, "Organization")


@pytest.mark.parametrize("text,ident,acronym", [
    ("The Government and the Preparatory Commission of the Coral Trade Organisation (hereinafter "
     "referred to as PCCTO) agreed as follows. PCCTO shall pay the fares.",
     "organization:preparatory-commission-of-the-coral-trade-organisation", "PCCTO"),
    ("El Estado y la Fundación Mar Azul (en adelante, la FMAZ) acuerdan lo siguiente. La FMAZ cubrirá los gastos.",
     "organization:fundacion-mar-azul", "FMAZ"),
])
def test_an_acronym_after_hereinafter_names_the_defined_organisation(text, ident, acronym):
    org = nodes(text, "Organization")[ident]
    assert org.properties.get("acronym") == acronym
    assert [s.quote for s in org.sources].count(acronym) >= 1
