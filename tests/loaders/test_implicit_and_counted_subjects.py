"""Who a commitment binds when its subject is a pronoun, a verb with no subject, a count of the
parties or each of them ("They pledged to ...", "Se comprometieron a ...", "The five countries
will ...", "Cada Gobierno designará ..."), the numbered clauses of an exchange of letters in
"shall" and the future, and a commitment stated again ("remain committed to", "siguen
comprometidos con", "reiteran su compromiso de"), with what must not bind or commit
(loaders.commitments, data/lang/*/commitments.yaml `collective_subject`, `collective_commits`)."""
from tests.loaders.batches import bound, commitments, read

READOUT = """Joint Statement of the Foreign Ministers of Chile and Peru

Lima, 3 May 2019

The Foreign Minister of Chile, Ana Torres, and the Foreign Minister of Peru, Luis Vargas, met in Lima on 3 May 2019. They also spoke about Bolivia.

They pledged to exchange information on migration flows before the end of the year.

Both agreed to meet again in Arica in October.

The two countries will launch a joint programme on water management.

The ministers of both countries will visit the border crossings in June.

The ministers remain committed to strengthening the border committee.

Both governments remain fully committed to hold a census of the border population in 2020.

The ministers remain committed to the peace process.

We remain firmly committed to democracy.
"""

LECTURA = """Comunicado conjunto de los cancilleres de Chile y el Perú

Lima, 3 de mayo de 2019

La canciller de Chile, Ana Torres, y el canciller del Perú, Luis Vargas, se reunieron en Lima el 3 de mayo de 2019. Conversaron también sobre Bolivia.

Se comprometieron a intercambiar información sobre flujos migratorios antes de fin de año.

Ambos acordaron reunirse de nuevo en Arica en octubre.

Los dos gobiernos trabajarán en un programa conjunto de gestión del agua.

Chile y el Perú trabajarán juntos para mejorar los pasos fronterizos.

Los cancilleres reiteran su compromiso de fortalecer el comité de frontera.

Ambos gobiernos siguen plenamente comprometidos a realizar un censo de la población fronteriza en 2020.

Los cancilleres siguen comprometidos con el proceso de paz.

Seguimos firmemente comprometidos con la democracia.
"""

BOTH = {"country:cl", "country:pe"}


def _bound_to(batch, start: str) -> set:
    """Who binds the one commitment whose text starts with `start` (AssertionError otherwise)."""
    found = [i for t, i in commitments(batch).items() if t.startswith(start)]
    assert len(found) == 1, (start, list(commitments(batch)))
    return bound(batch, found[0])


def test_a_pronoun_or_a_count_of_the_parties_binds_the_states_that_met():
    b = read(READOUT, "readout")
    for start in ("They pledged to", "Both agreed to", "The two countries will",
                  "The ministers of both countries will"):
        # the states that met, not Bolivia, which they only spoke about
        assert _bound_to(b, start) == BOTH, start


def test_a_verb_with_no_subject_or_a_count_of_the_parties_binds_the_states_in_spanish():
    b = read(LECTURA, "lectura")
    for start in ("Se comprometieron a", "Ambos acordaron", "Los dos gobiernos trabajarán",
                  "Chile y el Perú trabajarán juntos"):
        assert _bound_to(b, start) == BOTH, start


def test_a_commitment_stated_again_binds_who_states_it():
    b = read(READOUT, "readout")
    assert _bound_to(b, "The ministers remain committed to strengthening") == BOTH
    assert _bound_to(b, "Both governments remain fully committed") == BOTH
    # a stance, with no action to take, is no commitment, with an adverb or without
    texts = list(commitments(b))
    assert not any("peace process" in t or "democracy" in t for t in texts), texts


def test_a_commitment_stated_again_in_spanish():
    b = read(LECTURA, "lectura")
    assert _bound_to(b, "Los cancilleres reiteran su compromiso") == BOTH
    assert _bound_to(b, "Ambos gobiernos siguen plenamente comprometidos") == BOTH
    texts = list(commitments(b))
    assert not any("proceso de paz" in t or "democracia" in t for t in texts), texts


NEWS = """Foreign ministers of Canada and Mexico meet in Ottawa

Ottawa, 10 March 2022. The foreign ministers of Canada, Ruth Black, and of Mexico, Pablo Soto, met in Ottawa. They discussed trade with the United States.

They agreed to set up a working group on labour mobility.

The three countries will share their data on seasonal workers.
"""

NOTICIA = """Se reúnen los cancilleres de la Argentina y el Uruguay

Buenos Aires, 10 de marzo de 2022. El canciller de la Argentina, Raúl Blanco, recibió al canciller del Uruguay, Pablo Soto. Conversaron sobre el comercio con el Brasil.

Acordaron establecer un grupo de trabajo sobre movilidad laboral.

Los cinco países trabajarán en un plan común de transporte.
"""


def test_a_pronoun_never_binds_every_state_the_text_names():
    b = read(NEWS, "news")
    assert _bound_to(b, "They agreed to set up") == {"country:ca", "country:mx"}
    # "the three countries" are not the two that met: no one is bound by guess
    assert _bound_to(b, "The three countries will") == set()


def test_a_verb_with_no_subject_binds_who_met_not_a_state_named_in_passing():
    b = read(NOTICIA, "noticia")
    who = _bound_to(b, "Acordaron establecer")
    assert who and "country:br" not in who
    assert {b.nodes[i].name for i in who} <= {"Raúl Blanco", "Pablo Soto", "Argentina", "Uruguay"}
    assert _bound_to(b, "Los cinco países trabajarán") == set()


LETTERS = """Exchange of Letters establishing a Joint Commission between Chile and Peru

Santiago, 5 June 1975

I have the honour to propose the following arrangement between the Government of Chile and the Government of Peru:

1. A Joint Commission is hereby established to review cooperation between the two countries.

2. The Commission shall meet once a year, alternately in Santiago and in Lima.

3. Each Government shall designate a chairman of its section of the Commission.

4. The Commission may invite such experts as the Parties shall deem necessary.

5. If either Government shall so request, the date of a session may be changed.

6. In this arrangement, "session" shall mean a meeting of the Commission.

7. Each Government shall be represented by five members.

8. This arrangement shall enter into force on the date of the reply.

Ana Torres
Minister of Foreign Affairs of Chile
"""

NOTAS = """Canje de notas por el que se establece una Comisión Mixta entre Chile y el Perú

Santiago, 5 de junio de 1975

Tengo el honor de proponer el siguiente arreglo entre el Gobierno de Chile y el Gobierno del Perú:

1. Se establece una Comisión Mixta para examinar la cooperación entre los dos países.

2. La Comisión se reunirá una vez al año, alternadamente en Santiago y en Lima.

3. Cada Gobierno designará un presidente de su sección de la Comisión.

4. La Comisión podrá invitar a los expertos que las Partes estimen necesarios.

5. Cada Gobierno estará representado por cinco miembros.

6. La Comisión Mixta tendrá su sede en Lima.

7. Para los fines de este arreglo, "sesión" significará una reunión de la Comisión.

8. Este arreglo entrará en vigor en la fecha de la respuesta.

Ana Torres
Ministra de Relaciones Exteriores de Chile
"""


def test_the_clauses_of_an_exchange_of_letters_in_shall():
    b = read(LETTERS, "letters")
    (commission,) = _bound_to(b, "The Commission shall meet once a year")
    assert b.nodes[commission].kind == "Body"
    assert _bound_to(b, "Each Government shall designate") == BOTH
    # a measure, a condition, a definition, a composition, the arrangement's own life: no one
    texts = list(commitments(b))
    assert not any(w in t for t in texts for w in ("deem necessary", "so request", "shall mean",
                                                    "represented by", "enter into force")), texts


def test_the_clauses_of_an_exchange_of_notes_in_the_future():
    b = read(NOTAS, "notas")
    (commission,) = _bound_to(b, "La Comisión se reunirá una vez al año")
    assert b.nodes[commission].kind == "Body"
    assert _bound_to(b, "Cada Gobierno designará") == BOTH
    texts = list(commitments(b))
    assert not any(w in t for t in texts for w in ("estimen necesarios", "representado por",
                                                    "tendrá su sede", "significará",
                                                    "entrará en vigor")), texts
