from loaders.evaluate import evaluate, load_gold
from tests.loaders.conftest import ROOT


def test_targets_on_the_report(batch):
    gold = load_gold(ROOT / "data" / "gold" / "informe-troikas-crm-csm-2017-03-30.yaml")
    assert len(gold["entities"]) + len(gold["relations"]) >= 80
    report = evaluate(batch, gold)
    assert report.overall.recall >= 0.90, report.table()
    assert report.overall.precision >= 0.95, report.table()
    assert "OVERALL" in report.table()


def test_perfect_and_empty_scores(batch):
    gold = {"document": batch.document, "entities": [{"id": "country:cl", "kind": "Country"}],
            "relations": [{"type": "FOCAL_POINT", "from": "country:cl", "to": "body:adhoc-crm-csm-pmm",
                           "on_behalf_of": "conference:csm"}]}
    r = evaluate(batch, gold)
    assert r.rows["relation:FOCAL_POINT"].recall == 1.0
    assert r.rows["relation:FOCAL_POINT"].precision == 0.5        # Panamá is not in this gold
    gold["relations"][0]["on_behalf_of"] = "conference:crm"
    assert evaluate(batch, gold).rows["relation:FOCAL_POINT"].recall == 0.0
