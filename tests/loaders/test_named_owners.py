"""Named offices and organisations that take on an action, together or charged by the parties
("The Department of State and the Inter-American Development Bank will work to establish ...",
"they directed the Ministry of X and the Ministry of Y to engage ...", "El Departamento de
Estado y el Banco Mundial trabajarán para ...", "Instruyeron al Banco Mundial a preparar ...")
are bound by it (data/patterns.yaml commitments `actor_commits`)."""
from tests.loaders.batches import bound, commitments, read

OPENING_EN = "The Ministers of Chile and Peru met in Lima on 3 May 2024. "
OPENING_ES = "Los ministros de Chile y Perú se reunieron en Lima el 3 de mayo de 2024. "


def _bound(text: str, doc: str) -> dict[str, set]:
    """{commitment text, on one line: its bound actors} of `text` read as `doc`."""
    b = read(text, doc)
    return {" ".join(t.split()): bound(b, i) for t, i in commitments(b).items()}


def test_two_organisations_that_will_act_together_are_both_bound():
    got = _bound(OPENING_EN + "To that end, the U.S. Department of State and the Center for Private "
                 "Enterprise Studies (CPES) – an affiliate of the World Bank – will work to establish "
                 "a business platform.", "owners-en")
    (text, who), = got.items()
    assert text.startswith("To that end, the U.S. Department of State")
    # the bank named in the aside between dashes is not bound
    assert who == {"organization:us-department-of-state", "organization:center-for-private-enterprise-studies"}


def test_offices_the_parties_direct_are_bound():
    got = _bound(OPENING_EN + "Respectively, they directed the Ministry of Foreign Affairs of Chile and the "
                 "Ministry of Foreign Affairs of Peru to engage with the governments of neighbouring countries.",
                 "directed-en")
    (who,) = got.values()
    assert who == {"organization:ministry-of-foreign-affairs-of-chile",
                   "organization:ministry-of-foreign-affairs-of-peru"}


def test_organizaciones_que_actuaran_juntas_quedan_obligadas():
    got = _bound(OPENING_ES + "El Departamento de Estado y el Banco Mundial trabajarán para establecer una "
                 "plataforma empresarial.", "duenos-es")
    assert got == {"El Departamento de Estado y el Banco Mundial trabajarán para establecer una plataforma "
                   "empresarial.": {"organization:us-department-of-state", "organization:banco-mundial"}}
    got = _bound(OPENING_ES + "Los ministros instruyeron al Banco Mundial a preparar un estudio.", "instruyeron-es")
    assert got == {"Los ministros instruyeron al Banco Mundial a preparar un estudio.": {"organization:banco-mundial"}}


def test_what_an_organisation_is_or_was_binds_nothing():
    # a state of affairs, a past act and a capacity are no commitments of the organisation
    assert _bound(OPENING_EN + "The World Bank will be present at the next meeting. The World Bank "
                  "directed a study last year.", "not-owners-en") == {}
    assert _bound(OPENING_ES + "El Banco Mundial será anfitrión. El Banco Mundial podrá participar.",
                  "no-duenos-es") == {}
