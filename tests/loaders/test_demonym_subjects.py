"""Those who agree named by their countries' demonyms ("... que legisladores chilenos y peruanos
acordaron convocar ...", "Chilean and Peruvian legislators agreed to ..."): the commitment binds
those countries (loaders.commitments `demonym_subject`, data/lang/*/commitments.yaml)."""
from tests.loaders.batches import bound, commitments, read

REPORT_ES = """Cierra la reunión interparlamentaria Chile-Perú

Lima. El presidente del Senado informó que legisladores chilenos y peruanos acordaron convocar a una
primera reunión trilateral con Bolivia.

Empresarios chilenos y peruanos acordaron exportar más fruta.
"""

REPORT_EN = """Chile-Peru interparliamentary meeting closes

Lima. The Speaker said that Chilean and Peruvian legislators agreed to convene a first trilateral
meeting with Bolivia.
"""


def _bound(text: str, doc: str) -> dict:
    b = read(text, doc)
    return {" ".join(t.split()): bound(b, i) for t, i in commitments(b).items()}


def test_los_gentilicios_de_quienes_acuerdan_obligan_a_sus_paises():
    got = _bound(REPORT_ES, "gentilicios-es")
    (who,) = [w for t, w in got.items() if "reunión trilateral" in t]
    assert who == {"country:cl", "country:pe"}
    # business people are not the countries: their agreement binds neither state
    assert all(not w & {"country:cl", "country:pe"} for t, w in got.items() if "fruta" in t)


def test_the_demonyms_of_those_who_agree_bind_their_countries():
    got = _bound(REPORT_EN, "demonyms-en")
    (who,) = [w for t, w in got.items() if "trilateral" in t]
    assert who == {"country:cl", "country:pe"}
