"""A declaration written in the first person plural by the leaders who sign it ("We intend to
...", "To that end, we will launch ...", "Reafirmamos nuestro compromiso de ...", "Con ese fin,
impulsaremos ..."): each commitment binds the states of its "we", one node per commitment
(loaders.commitments `first_plural_commits`, data/lang/*/commitments.yaml)."""
from loaders.commitments import first_plural_commits
from tests.loaders.batches import bound, commitments, read

DECLARATION_EN = """Declaration of the Presidents of Chile, Peru and Bolivia

This week, we – the presidents of the Republic of Chile, the Republic of Peru and the
Plurinational State of Bolivia – met in Arica and commit to the following.

We recognize the progress made since the first trilateral meeting in 2019. We intend to open
three new border crossings along the Andean highway. To that end, we will launch a trilateral
customs dialogue. Recognizing the drought, we remain committed to sharing water data every
month. We reaffirm our commitment to protecting migrant workers. We recognize the value of the
format, reaffirm our friendship, and commit to meet again in Lima.

“We will see what the season brings,” said one of the guests.

Arica, 3 May 2024
"""

DECLARATION_ES = """Declaración de los Presidentes de Chile, Perú y Bolivia

Los presidentes de Chile, Perú y Bolivia se reunieron en Arica el 3 de mayo de 2024 y
declaran lo siguiente.

Reconocemos los avances logrados desde la primera reunión trilateral de 2019. Nos comprometemos a
abrir tres nuevos pasos fronterizos. Con ese fin, impulsaremos un diálogo aduanero trilateral.
Reafirmamos nuestro compromiso de compartir datos hídricos cada mes. Podremos evaluar los
resultados en 2025.

“Trabajaremos mucho este año”, dijo uno de los invitados.

Arica, 3 de mayo de 2024
"""

STATES = {"country:cl", "country:pe", "country:bo"}


def test_first_person_plural_commitments_bind_the_states_of_the_declaration():
    b = read(DECLARATION_EN, "declaration-chile-peru-bolivia-en")
    c = {" ".join(t.split()): i for t, i in commitments(b).items()}
    for text in ("We intend to open three new border crossings along the Andean highway.",
                 "To that end, we will launch a trilateral customs dialogue.",
                 "Recognizing the drought, we remain committed to sharing water data every month.",
                 "We reaffirm our commitment to protecting migrant workers.",
                 "We recognize the value of the format, reaffirm our friendship, and commit to meet again in Lima."):
        assert bound(b, c[text]) == STATES, text
    # what is only recognised, and a guest's quoted words, commit no one
    assert not any(t.startswith("We recognize the progress") for t in c)
    assert not any("season brings" in t for t in c)


def test_primera_persona_del_plural_obliga_a_los_estados_de_la_declaracion():
    b = read(DECLARATION_ES, "declaracion-chile-peru-bolivia-es")
    c = {" ".join(t.split()): i for t, i in commitments(b).items()}
    for text in ("Nos comprometemos a abrir tres nuevos pasos fronterizos.",
                 "Con ese fin, impulsaremos un diálogo aduanero trilateral.",
                 "Reafirmamos nuestro compromiso de compartir datos hídricos cada mes."):
        assert bound(b, c[text]) == STATES, text
    assert not any(t.startswith("Reconocemos") or t.startswith("Podremos") for t in c)
    assert not any("Trabajaremos" in t for t in c)


def test_what_first_plural_commits_reads():
    assert first_plural_commits("we also intend to take significant steps.")
    assert first_plural_commits("further, we affirm our commitment to further strengthen cooperation.")
    assert first_plural_commits("asimismo, nos comprometemos a crear una comision.")
    assert first_plural_commits("trabajaremos juntos en la frontera.")
    # not a commitment: what is recognised, a capacity, what a quoted speaker says
    assert not first_plural_commits("we recognize the value of the format.")
    assert not first_plural_commits("we will be glad to host it.")
    assert not first_plural_commits("podremos evaluar los resultados.")
    assert not first_plural_commits("\u201ctrabajaremos mucho\u201d, dijo.")
    assert not first_plural_commits("we affirm our commitment to activities in the region.")
