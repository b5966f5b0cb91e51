"""A name that joins two countries goes on over both: a dash ("Comisión Binacional Chile —
Argentina"), "y de"/"and of" ("... de Nacionales de Chile y de Argentina"), "entre"/"between"
two countries ("Comisión Binacional de Migración entre Chile y Perú"). Every quote must be the
text at its span."""
import pytest

from tests.loaders.batches import read


def _names(b, kind) -> set[str]:
    return {n.name for n in b.nodes.values() if n.kind == kind}


@pytest.mark.parametrize("sentence, kind, name", [
    ("La reunión se celebró en el marco de la Comisión Binacional Chile — Argentina.",
     "Body", "Comisión Binacional Chile — Argentina"),
    ("Las delegaciones revisaron el Memorándum de Entendimiento sobre Protección Consular de "
     "Nacionales de Uruguay y de Brasil.", "Instrument",
     "Memorándum de Entendimiento sobre Protección Consular de Nacionales de Uruguay y de Brasil"),
    ("La Comisión Binacional de Migración entre Ecuador y Perú sesionará en mayo.",
     "Body", "Comisión Binacional de Migración entre Ecuador y Perú"),
    ("The Joint Commission between Canada and Mexico will meet again in 2020.",
     "Body", "Joint Commission between Canada and Mexico"),
])
def test_a_name_goes_on_over_two_countries(sentence, kind, name):
    b = read("Informe\n\n" + sentence + "\n", "two-countries")
    assert name in _names(b, kind)
    node = next(n for n in b.nodes.values() if n.name == name)
    assert any(s.quote == name for s in node.sources)


def test_two_bodies_joined_by_y_stay_two():
    # "y" between two names, not two countries: still two bodies
    text = ("Informe\n\nParticiparon el Grupo de Trabajo sobre Migración Laboral y el Comité "
            "Técnico de Asuntos Consulares de Chile.\n")
    b = read(text, "two-bodies")
    assert not [n for n in _names(b, "Body") if " y el " in n]
