"""A decision listed with no subject under an operative heading ("APPROVED / 1. To adopt ...",
"ACUERDAN: / 1. Adoptar ...") binds, in either language, the forum the meeting is of; one that
charges a body only in a later clause ("To accept ... and to request that the Presidency ...")
binds the forum and that body; at a meeting of no one forum such an item binds the states that
met, and never a forum (loaders.commitments meeting_forum)."""
from tests.loaders.batches import bound, commitments, read

ENGLISH = """XXI REGIONAL CONFERENCE ON MIGRATION
JOINT COMMUNIQUE

The XXI Regional Conference on Migration (RCM) took place in Managua, Nicaragua, on 20 and 21 June 2016, with the participation of Belize, Canada, Mexico and Nicaragua.

APPROVED

  1. To adopt "Migration and Decent Work" as the theme of the Conference for the coming year.
  2. To take note of the study on return flows, and to request that the Pro-Tempore Presidency circulate it among the member countries.
  3. To request that the Pro-Tempore Presidency convene a seminar on border health.
"""

SPANISH = """COMUNICADO CONJUNTO DE LA XXI CONFERENCIA REGIONAL SOBRE MIGRACIÓN

La XXI Conferencia Regional sobre Migración (CRM) se celebró en Managua, Nicaragua, el 20 de junio de 2016, con la participación de Belice, Canadá, México y Nicaragua.

ACUERDAN:

1. Adoptar el lema "Migración y Trabajo Decente" para el próximo año.
2. Tomar nota del estudio sobre retornos y solicitar a la Presidencia Pro Tempore que lo circule entre los países miembros.
"""

NO_FORUM = """Joint Communique of the Ministerial Meeting of Chile and Peru

Lima, 3 March 2011

The Ministers of Chile and Peru met in Lima on 3 March 2011.

The Vice-Ministers agreed to:

1. To adopt the work plan on border crossings for the coming year.
"""


def _item(batch, opening: str) -> str:
    return next(i for t, i in commitments(batch).items() if t.startswith(opening))


def test_an_english_decision_with_no_subject_is_the_conferences():
    b = read(ENGLISH, "rcm-managua")
    assert bound(b, _item(b, "To adopt")) == {"conference:crm"}


def test_a_later_clause_charging_a_body_adds_it_to_the_conference():
    b = read(ENGLISH, "rcm-managua")
    owners = bound(b, _item(b, "To take note of the study"))
    assert "conference:crm" in owners and len(owners) == 2
    assert any(b.nodes[o].kind == "Body" for o in owners)


def test_an_item_that_opens_with_the_charge_binds_only_the_body_charged():
    b = read(ENGLISH, "rcm-managua")
    owners = bound(b, _item(b, "To request that the Pro-Tempore Presidency convene"))
    assert "conference:crm" not in owners and owners


def test_a_spanish_decision_charging_a_body_in_a_later_clause_is_also_the_conferences():
    b = read(SPANISH, "crm-managua")
    owners = bound(b, _item(b, "Tomar nota del estudio"))
    assert "conference:crm" in owners and len(owners) == 2


def test_a_spanish_bare_infinitive_binds_the_conference_as_the_english_one_does():
    es, en = read(SPANISH, "crm-managua"), read(ENGLISH, "rcm-managua")
    assert bound(es, _item(es, "Adoptar el lema")) == {"conference:crm"}
    assert bound(es, _item(es, "Adoptar el lema")) == bound(en, _item(en, "To adopt"))


MEETING_EN = """Joint Communique of the Ministerial Meeting of Chile and Peru

Lima, 3 March 2011

The Ministers of Chile and Peru met in Lima on 3 March 2011.

APPROVED

  1. To entrust the Secretariat with a report on border crossings.
  2. To adopt the work plan on border health for the coming year.
"""

MEETING_ES = """Comunicado conjunto de la Reunión Ministerial de Chile y Perú

Lima, 3 de marzo de 2011

Los Ministros de Chile y Perú se reunieron en Lima el 3 de marzo de 2011.

ACUERDAN:

  1. Encomendar a la Secretaría un informe sobre los pasos fronterizos.
  2. Adoptar el plan de trabajo sobre salud en la frontera para el próximo año.
"""


def test_at_a_meeting_of_no_forum_a_bare_infinitive_binds_the_states_in_both_languages():
    en, es = read(MEETING_EN, "cl-pe-en"), read(MEETING_ES, "cl-pe-es")
    states = {"country:cl", "country:pe"}
    assert bound(en, _item(en, "To entrust the Secretariat")) == states
    assert bound(en, _item(en, "To adopt the work plan")) == states
    assert bound(es, _item(es, "Encomendar a la Secretaría")) == states
    assert bound(es, _item(es, "Adoptar el plan de trabajo")) == states


BINATIONAL_EN = """Joint Communique of the III Meeting of the Bolivia - Paraguay Binational Commission

Asunción, 8 July 2016

The Foreign Ministers of Bolivia and Paraguay met in Asunción on 8 July 2016.

APPROVED

  1. To set up a technical table on the bi-oceanic corridor.
"""


def test_a_body_of_the_two_states_that_met_binds_those_states_in_english_as_in_spanish():
    b = read(BINATIONAL_EN, "bo-py-en")
    assert bound(b, _item(b, "To set up a technical table")) == {"country:bo", "country:py"}


PREAMBLE_EN = """IX VICE-MINISTERIAL MEETING OF THE REGIONAL CONFERENCE ON MIGRATION

Joint Communique

The Vice-Ministers and Heads of Delegation of Belize, Canada, Mexico and Nicaragua, meeting in Tegucigalpa, Honduras, on 14 and 15 March 2004,

APPROVED

  1. To adopt the Regional Plan of Action against Trafficking in Persons as a reference document.
"""

PREAMBLE_ES = """IX REUNIÓN VICEMINISTERIAL DE LA CONFERENCIA REGIONAL SOBRE MIGRACIÓN

Comunicado Conjunto

Los Viceministros y Jefes de Delegación de Belice, Canadá, México y Nicaragua, reunidos en Tegucigalpa, Honduras, los días 14 y 15 de marzo de 2004,

APROBARON

Adoptar el Plan de Acción Regional contra la Trata de Personas como documento de referencia.
"""


def test_a_preamble_naming_the_states_delegates_as_who_decides_binds_the_states_in_both_languages():
    states = {"country:bz", "country:ca", "country:mx", "country:ni"}
    en, es = read(PREAMBLE_EN, "rcm-ix-en"), read(PREAMBLE_ES, "crm-ix-es")
    assert bound(en, _item(en, "To adopt the Regional Plan")) == states
    assert bound(es, _item(es, "Adoptar el Plan")) == states


def test_a_meeting_of_no_forum_binds_no_forum():
    b = read(NO_FORUM, "cl-pe")
    assert not any(b.nodes[o].kind in ("Conference", "Body") for o in bound(b, _item(b, "To adopt the work plan")))


APPROVALS = """XXI REGIONAL CONFERENCE ON MIGRATION
JOINT COMMUNIQUE

The XXI Regional Conference on Migration (RCM) took place in Managua, Nicaragua, on 20 and 21 June 2016, with the participation of Belize, Canada, Mexico and Nicaragua.

APPROVED

  1. To strengthen the protection of migrant children. To this end, they have approved the attached Managua Declaration on Migrant Children.
  2. To accept the proposal entitled "Guidelines for Labour Mobility" as a reference document, and to request that the Pro-Tempore Presidency circulate it.
  3. To recall the rights set out in the Vienna Convention on Consular Relations.
"""


def _supporters(batch, fragment: str) -> set[str]:
    return {e.source for e in batch.edges.values() if e.type == "SUPPORTED"
            and fragment in (batch.nodes[e.target].name or "")}


def test_the_forum_supports_the_instruments_its_decisions_approve():
    b = read(APPROVALS, "rcm-approvals")
    assert _supporters(b, "Managua Declaration") == {"conference:crm"}
    # the body a later clause charges does not approve the guidelines
    assert _supporters(b, "Guidelines for Labour Mobility") == {"conference:crm"}
    # an instrument only cited is supported by no one
    assert _supporters(b, "Vienna Convention") == set()


APROBACIONES = """COMUNICADO CONJUNTO DE LA XXI CONFERENCIA REGIONAL SOBRE MIGRACIÓN

La XXI Conferencia Regional sobre Migración (CRM) se celebró en Managua, Nicaragua, el 20 de junio de 2016, con la participación de Belice, Canadá, México y Nicaragua.

ACUERDAN:

1. Aprobar la Declaración de Managua sobre Niñez Migrante.
2. Recordar los derechos que establece la Convención de Viena sobre Relaciones Consulares.
"""


def test_a_spanish_decision_that_approves_an_instrument_makes_its_parties_support_it():
    b = read(APROBACIONES, "crm-aprobaciones")
    who = _supporters(b, "Declaración de Managua")
    c = commitments(b)
    approve = next(i for t, i in c.items() if t.startswith("Aprobar la Declaración"))
    assert who and who == bound(b, approve)
    assert _supporters(b, "Convención de Viena") == set()
