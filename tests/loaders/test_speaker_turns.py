"""Who said what in press releases: a speaker with a post in apposition, a speaker named after
"de acuerdo con" / "according to", and a turn that goes on in the next paragraphs (a quotation
closed by "dijo", "Señaló que ...", the items of a list the turn opened) (loaders.statements)."""
from tests.loaders.conftest import edges
from tests.loaders.batches import check_spans, read
from tests.shared_documents import corpus_batch

PRESS_ES = """Organizaciones piden al Congreso aprobar la ley de archivos

Bogotá, 5 de mayo de 2022

Marta Lucía Gómez, directora ejecutiva de la Fundación Archivos Abiertos (FAA), subrayó la urgencia de aprobar la ley.

“Sin archivos no hay memoria ni rendición de cuentas”, dijo.

Señaló que el plazo vence en junio.

De acuerdo con Andrés Felipe Rojas, investigador del Instituto de Memoria, la ley protege a quienes consultan los archivos.

El evento terminó a mediodía.
"""


def _said(b, name):
    pid = next(i for i, n in b.nodes.items() if n.kind == "Person" and name in n.name)
    return [b.nodes[e.target].properties["text"] for e in edges(b, "SAID") if e.source == pid]


def test_spanish_speakers_in_apposition_and_after_de_acuerdo_con_and_their_turns():
    b = read(PRESS_ES, "comunicado-archivos")
    (turn,) = _said(b, "Marta Lucía Gómez")
    # the turn takes the quotation and the subjectless "Señaló que ..." after it, not the closing line
    assert turn.startswith("Marta Lucía Gómez, directora ejecutiva")
    assert "Sin archivos no hay memoria" in turn and turn.endswith("Señaló que el plazo vence en junio.")
    assert "mediodía" not in turn and "Andrés Felipe Rojas" not in turn
    (rojas,) = _said(b, "Andrés Felipe Rojas")
    assert rojas == ("De acuerdo con Andrés Felipe Rojas, investigador del Instituto de Memoria, "
                     "la ley protege a quienes consultan los archivos.")


PRESS_EN = """Ministers discuss coastal erosion

Wellington, 2 March 2021

Mary Ellen Jones, Director of the Coastal Institute, said that funding must double.

'We cannot wait another decade,' she said.

The meeting closed with lunch.
"""


def test_english_speaker_in_apposition_and_a_quotation_closing_her_turn():
    b = read(PRESS_EN, "coastal-erosion")
    (turn,) = _said(b, "Mary Ellen Jones")
    assert turn.startswith("Mary Ellen Jones, Director of the Coastal Institute, said")
    assert turn.endswith("'We cannot wait another decade,' she said.")
    assert "lunch" not in turn


def test_corpus_press_release_speakers():
    """The civil-society press release on the INAI (Mexico, 2023): speakers with their posts in
    apposition, and a turn that ends in a quotation paragraph."""
    b = corpus_batch("18-osc-inai-cumbre-gobierno-abierto-mexico-2023.md")
    check_spans(b)
    (aparicio,) = _said(b, "Néstor Aparicio")
    assert "vale la pena pensar" in aparicio
    (santiago,) = _said(b, "José Ángel Santiago")
    assert "Acatar una orden de suspensión" in santiago
    (alvarado,) = _said(b, "Liliana Alvarado")
    assert alvarado.startswith("De acuerdo con Liliana Alvarado")


FORUM = """Joint Ministerial Forum of Chile and Peru

Lima, 14 August 2019

Ministers of Chile and Peru met in Lima on 14 August 2019 and reviewed the year of cooperation.

Ministers reviewed the water agenda at length. Chilean Ministers proposed a joint study of the desalination of sea water.

Trade had grown in the year. The Peruvian delegation requested that Chile reconsider its fishing quota.

The forum closed with a visit to the port of Callao and a lunch offered by the mayor.
"""


def test_a_state_speaking_through_its_ministers_named_by_demonym():
    b = read(FORUM, "forum-chile-peru")
    proposed = {(e.source, b.nodes[e.target].properties["text"]) for e in edges(b, "PROPOSED")}
    assert ("country:cl", "Chilean Ministers proposed a joint study of the desalination of sea water.") in proposed
    assert ("country:pe", "The Peruvian delegation requested that Chile reconsider its fishing quota.") in proposed
    assert not any("port" in b.nodes[e.target].properties["text"]
                   for t in ("SAID", "PROPOSED") for e in edges(b, t))
