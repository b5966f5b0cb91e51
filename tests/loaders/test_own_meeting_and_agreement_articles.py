"""A decision taken earlier to hold the very meeting the document records ("donde se acordó
organizar la presente reunión durante el mes de agosto", "it was agreed to convene the present
meeting during the month of June") delivers that meeting and is due in that month, the year taken
from the document's date (loaders.commitments, data/lang/*/commitments.yaml
own_meeting_deliverable, data/patterns.yaml commitments `due`); and an English agreement whose
articles follow "HAVE AGREED as follows:" reads every article as an article clause, the first
one included (loaders.commitments acta_commitments, report_decisions); and ministers or officials
named by their demonym ("Fijian Ministers undertook to ...") bind their state
(data/lang/en/commitments.yaml demonym_government_after)."""
from tests.loaders.batches import commitments, pairs, read
from tests.loaders.conftest import edges

DECLARACION = """DECLARACIÓN DE LA III REUNIÓN BINACIONAL DE MINISTROS DE PERÚ Y ECUADOR

Lima, Perú, 14 de agosto de 2019

Recordando el Encuentro Presidencial celebrado en Quito el 2 de marzo de 2019, donde se acordó organizar la presente reunión durante el mes de agosto del corriente.

Se reunieron en la ciudad de Lima los Ministros de Relaciones Exteriores del Perú y del Ecuador.
"""

COMMUNIQUE = """JOINT COMMUNIQUE OF THE SECOND MINISTERIAL MEETING OF FIJI AND SAMOA

Apia, Samoa, 20 June 2022

The Ministers recalled that at their meeting of January 2022 the Leaders agreed to convene the present meeting during the month of June.

The Ministers of Fiji and Samoa met in Apia to review their cooperation on fisheries.
"""


def _own_meeting_commitment(b, doc, snippet):
    (cid,) = [i for t, i in commitments(b).items() if snippet in t]
    meeting = f"event:{doc}:meeting"
    assert (cid, meeting) in pairs(b, "DELIVERABLE", src=cid)
    (e,) = edges(b, "DELIVERABLE", src=cid, dst=meeting)
    return cid, e


def test_an_earlier_decision_to_hold_this_meeting_delivers_it_and_is_due_in_its_month():
    b = read(DECLARACION, "binacional")
    cid, e = _own_meeting_commitment(b, "binacional", "organizar la presente reunión")
    assert e.sources[0].quote == "organizar la presente reunión"
    assert pairs(b, "DUE", src=cid) == {(cid, "date:2019-08")}
    assert b.nodes["date:2019-08"].properties["date"] == "2019-08-01"


def test_the_english_wording_of_a_decision_to_convene_this_meeting():
    b = read(COMMUNIQUE, "fiji-samoa")
    cid, e = _own_meeting_commitment(b, "fiji-samoa", "convene the present meeting")
    assert e.sources[0].quote == "convene the present meeting"
    # due within June 2022: the month, or the day this meeting was held in it
    (due,) = [t for _, t in pairs(b, "DUE", src=cid)]
    assert b.nodes[due].properties["date"].startswith("2022-06")


def test_a_decision_to_hold_another_meeting_is_not_this_one():
    b = read(DECLARACION.replace("organizar la presente reunión", "organizar una reunión técnica"), "otra")
    assert not pairs(b, "DELIVERABLE", dst="event:otra:meeting")


AGREEMENT = """AGREEMENT BETWEEN THE GOVERNMENT OF CHILE AND THE INTERNATIONAL LABOUR ORGANIZATION ON A REGIONAL TRAINING CENTRE

The Government of Chile and the International Labour Organization (ILO), hereinafter called the Organization,

CONSIDERING the need to train labour inspectors in the region,

HAVE AGREED as follows:

Article 1

The Organization shall establish a regional training centre for labour inspectors in Santiago.

Article 2

The Government of Chile shall provide the premises of the centre free of charge.

Article 3

The programme of the centre shall be fixed each year by mutual agreement between the Government and the Organization.
"""


def test_every_article_after_have_agreed_as_follows_is_an_article_clause():
    b = read(AGREEMENT, "ilo-centre")
    c = commitments(b)
    first = next(i for t, i in c.items() if t.startswith("The Organization shall establish"))
    second = next(i for t, i in c.items() if t.startswith("The Government of Chile shall provide"))
    mutual = next(i for t, i in c.items() if "by mutual agreement" in t)
    # one numbering: the first article is no acta agreement apart from the others
    assert all(":report:" in i for i in (first, second, mutual))
    assert {s for s, _ in pairs(b, "RESPONSIBLE_FOR", dst=first)} == {"organization:oit"}
    assert {s for s, _ in pairs(b, "RESPONSIBLE_FOR", dst=second)} == {"country:cl"}
    assert {s for s, _ in pairs(b, "RESPONSIBLE_FOR", dst=mutual)} == {"country:cl", "organization:oit"}


JOINT_STATEMENT = """JOINT STATEMENT OF THE THIRD FIJI-NEW ZEALAND MINISTERIAL CONSULTATIONS

Wellington, 4 March 2021

1. Fijian Ministers undertook to share the results of the reef survey with the regional fisheries agency.

2. Fijian officials will prepare a draft plan on seasonal workers before the next consultations.

3. Fijian Ministers agreed that trade in kava had grown since 2019.
"""


def test_ministers_or_officials_named_by_their_demonym_bind_their_state():
    b = read(JOINT_STATEMENT, "fj-nz")
    c = commitments(b)
    survey = next(i for t, i in c.items() if "reef survey" in t)
    plan = next(i for t, i in c.items() if "seasonal workers" in t)
    assert {s for s, _ in pairs(b, "RESPONSIBLE_FOR", dst=survey)} == {"country:fj"}
    assert {s for s, _ in pairs(b, "RESPONSIBLE_FOR", dst=plan)} == {"country:fj"}
    # agreeing that something is so binds no one
    assert not any("trade in kava" in t for t in c)
