"""The gold matcher on small hand-written batches: contains over any node, whole words, accents,
markup, post, Date spans, recall_only / absent, and summing reports."""
from graph.batch import GraphBatch, Source
from loaders.evaluate import combine, evaluate, spec_matches
from loaders.gold_run import details

DOC = "acta-prueba"


def _src(quote="x"):
    return [Source(DOC, "1", 1, 0, len(quote), quote)]


def _batch():
    b = GraphBatch(DOC)
    # a shared person (no doc property) named by the text, with an alias and a post
    b.add_node("person:ana-perez", "Person", "Ana Pérez Gómez", _src("Ana Pérez"),
               aliases=["A. Pérez"], post="Directora General de Migración")
    b.add_node("organization:europroofnet", "Organization", "EuroProofNet", _src())
    b.add_node("organization:oim", "Organization", "Organización Internacional para las Migraciones",
               _src(), acronym="OIM")
    b.add_node(f"event:{DOC}:meeting", "Event", "Reunión **extraordinaria** del Comité", _src(), doc=DOC)
    b.add_node("date:2023-09-21", "Date", "2023-09-21", _src(), date="2023-09-21",
               date_end="2023-09-21", precision="day")
    b.add_node("date:2024-03", "Date", "2024-03", _src(), date="2024-03-01",
               date_end="2024-03-31", precision="month")
    b.add_node("date:2024", "Date", "2024", _src(), date="2024-01-01", date_end="2024-12-31",
               precision="year")
    b.add_node("date:2023-09-20/2023-09-21", "Date", "2023-09-20/2023-09-21", _src(),
               date="2023-09-20", date_end="2023-09-21", precision="week")
    # a node the text does not name (no sources, not document-local): never counted
    b.add_node("country:fr", "Country", "Francia")
    b.add_edge("HELD_ON", f"event:{DOC}:meeting", "date:2023-09-21", _src())
    b.add_edge("REPRESENTS", "person:ana-perez", "organization:oim", _src())
    b.add_edge("REPRESENTS", "person:ana-perez", "organization:europroofnet", _src())
    return b


def test_contains_matches_shared_nodes_by_name_alias_or_acronym_ignoring_case_accents_markup():
    b = _batch()
    ana, oim, meeting = b.nodes["person:ana-perez"], b.nodes["organization:oim"], b.nodes[f"event:{DOC}:meeting"]
    assert spec_matches({"kind": "Person", "contains": "ana perez"}, ana, DOC)
    assert spec_matches({"kind": "Person", "contains": "A. PÉREZ"}, ana, DOC)          # alias
    assert spec_matches({"kind": "Organization", "contains": "oim"}, oim, DOC)          # acronym
    assert spec_matches({"kind": "Event", "contains": "reunión extraordinaria"}, meeting, DOC)
    assert spec_matches({"kind": "Organization", "contains": ["IOM", "Internacional para"]}, oim, DOC)
    assert not spec_matches({"kind": "Organization", "contains": "IOM"}, oim, DOC)
    assert not spec_matches({"kind": "Organization", "contains": "Ana Pérez"}, ana, DOC)  # wrong kind
    assert spec_matches(f"event:{{doc}}:meeting", meeting, DOC)
    assert spec_matches({"id": "event:{doc}:meeting", "kind": "Event"}, meeting, DOC)


def test_contains_is_whole_words():
    b = _batch()
    assert not spec_matches({"kind": "Organization", "contains": "EU"}, b.nodes["organization:europroofnet"], DOC)
    assert not spec_matches({"kind": "Person", "contains": "Pére"}, b.nodes["person:ana-perez"], DOC)
    assert spec_matches({"kind": "Organization", "contains": "EuroProofNet"}, b.nodes["organization:europroofnet"], DOC)


def test_post_must_match_when_given():
    ana = _batch().nodes["person:ana-perez"]
    assert spec_matches({"kind": "Person", "contains": "Ana Pérez", "post": "directora general"}, ana, DOC)
    assert spec_matches({"kind": "Person", "contains": "Ana Pérez", "post": ["Ministra", "Migración"]}, ana, DOC)
    assert not spec_matches({"kind": "Person", "contains": "Ana Pérez", "post": "Ministra"}, ana, DOC)


def test_dates_match_by_their_iso_span():
    b = _batch()
    day, month, year = b.nodes["date:2023-09-21"], b.nodes["date:2024-03"], b.nodes["date:2024"]
    week = b.nodes["date:2023-09-20/2023-09-21"]
    assert spec_matches({"kind": "Date", "iso": "2023-09-21"}, day, DOC)
    assert spec_matches({"kind": "Date", "iso": "2024-03"}, month, DOC)
    assert spec_matches({"kind": "Date", "iso": "2024"}, year, DOC)
    assert spec_matches({"kind": "Date", "iso": "2023-09-20", "end": "2023-09-21"}, week, DOC)
    assert not spec_matches({"kind": "Date", "iso": "2024"}, month, DOC)     # a month is not its year
    assert not spec_matches({"kind": "Date", "iso": "2024-01", "end": "2024-03"}, month, DOC)
    assert not spec_matches({"kind": "Date", "iso": "2023-09-21"}, week, DOC)


def test_scores_with_contains_and_dates():
    gold = {"document": DOC,
            "entities": [{"kind": "Person", "contains": "Ana Pérez"},
                         {"kind": "Organization", "contains": "OIM"},
                         {"kind": "Organization", "contains": "Naciones Unidas"},
                         {"kind": "Date", "iso": "2023-09-21"}],
            "relations": [{"type": "HELD_ON", "from": "event:{doc}:meeting",
                           "to": {"kind": "Date", "iso": "2023-09-21"}},
                          {"type": "REPRESENTS", "from": {"kind": "Person", "contains": "Ana Pérez"},
                           "to": {"kind": "Organization", "contains": "OIM"}}]}
    r = evaluate(_batch(), gold)
    assert (r.rows["entity:Person"].found, r.rows["entity:Person"].predicted) == (1, 1)
    org = r.rows["entity:Organization"]
    assert (org.gold, org.found, org.predicted, org.correct) == (2, 1, 2, 1)   # EuroProofNet is extra
    assert r.rows["entity:Date"].predicted == 4 and r.rows["entity:Date"].correct == 1
    assert "entity:Country" not in r.rows                                    # Francia is not named
    rep = r.rows["relation:REPRESENTS"]
    assert (rep.found, rep.predicted, rep.correct) == (1, 2, 1)
    assert r.rows["relation:HELD_ON"].recall == 1.0
    assert (r.overall.gold, r.overall.found) == (6, 5)
    lines = details(r)
    assert "MISSED entity:Organization {'kind': 'Organization', 'contains': 'Naciones Unidas'}" in lines
    assert "WRONG  entity:Organization organization:europroofnet" in lines


def test_recall_only_drops_precision_and_absent_counts_every_prediction_wrong():
    gold = {"document": DOC, "recall_only": ["Organization", "REPRESENTS"], "absent": ["Commitment", "HELD_ON"],
            "entities": [{"kind": "Organization", "contains": "OIM"}],
            "relations": [{"type": "REPRESENTS", "from": {"kind": "Person", "contains": "Ana"},
                           "to": {"kind": "Organization", "contains": "OIM"}}]}
    b = _batch()
    b.add_node(f"commitment:{DOC}:acta:1", "Commitment", "Acuerdo 1", _src(), doc=DOC, number="1", text="Acuerdo 1")
    r = evaluate(b, gold)
    assert r.rows["entity:Organization"].recall == 1.0 and r.rows["entity:Organization"].predicted == 0
    assert r.rows["relation:REPRESENTS"].recall == 1.0 and r.rows["relation:REPRESENTS"].predicted == 0
    assert (r.rows["entity:Commitment"].predicted, r.rows["entity:Commitment"].correct) == (1, 0)
    assert (r.rows["relation:HELD_ON"].predicted, r.rows["relation:HELD_ON"].precision) == (1, 0.0)


def test_combine_sums_documents():
    gold = {"document": DOC, "entities": [{"kind": "Organization", "contains": "OIM"},
                                          {"kind": "Organization", "contains": "CEPAL"}], "relations": []}
    one = evaluate(_batch(), gold)
    both = combine([one, one])
    assert (both.overall.gold, both.overall.found, both.overall.predicted) == (4, 2, 4)
    assert both.rows["entity:Organization"].recall == 0.5


def test_pairs_gold_and_predictions_one_to_one():
    """A second node for a person already found is a wrong prediction, and one commitment node
    never finds two gold commitments."""
    b = _batch()
    b.add_node("person:directora-ana-perez", "Person", "Ana Pérez", _src("Ana Pérez"))
    b.add_node(f"commitment:{DOC}:1", "Commitment", "Acuerdo 1", _src(), doc=DOC,
               text="Elaborar un informe y organizar un taller regional")
    gold = {"document": DOC,
            "entities": [{"kind": "Person", "contains": "Ana Pérez"},
                         {"kind": "Commitment", "contains": "informe"},
                         {"kind": "Commitment", "contains": "taller regional"}],
            "relations": []}
    r = evaluate(b, gold)
    person = r.rows["entity:Person"]
    assert (person.gold, person.found, person.predicted, person.correct) == (1, 1, 2, 1)
    assert len(person.wrong) == 1 and person.wrong[0] in ("person:ana-perez", "person:directora-ana-perez")
    commitment = r.rows["entity:Commitment"]
    assert (commitment.gold, commitment.found, commitment.predicted, commitment.correct) == (2, 1, 1, 1)
    assert len(commitment.missed) == 1


def test_a_post_glued_to_a_name_does_not_name_the_person():
    b = _batch()
    b.add_node("person:ministra-de-comercio-exterior-lucia-soto", "Person",
               "Ministra de Comercio Exterior Lucía Soto", _src())
    b.add_node("person:juan-carlos-de-la-vega", "Person", "Juan Carlos de la Vega", _src())
    glued, full = (b.nodes["person:ministra-de-comercio-exterior-lucia-soto"],
                   b.nodes["person:juan-carlos-de-la-vega"])
    assert not spec_matches({"kind": "Person", "contains": "Soto"}, glued, DOC)
    assert not spec_matches({"kind": "Person", "contains": "Lucía Soto"}, glued, DOC)
    assert spec_matches({"kind": "Person", "contains": "Vega"}, full, DOC)    # a surname: 1 of 3
    assert spec_matches({"kind": "Person", "contains": "Juan Carlos"}, full, DOC)
