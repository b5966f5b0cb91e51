"""`curation=False` drops the per-document curated facts; the default keeps them."""
import pytest

from loaders.facts import load_facts
from loaders.pipeline import extract, load_file
from tests.loaders.conftest import DOC, REPORT


def _has(batch, fact) -> bool:
    return any(e.type == fact.type and e.source == fact.source and e.target == fact.target
               and e.properties.get("doc") == DOC for e in batch.edges.values())


@pytest.mark.slow      # the report extracted twice more; `make test` runs it
def test_general_extraction_holds_none_of_the_documents_curated_facts(batch, report_text):
    facts = [f for f in load_facts() if f.document == DOC]
    assert len(facts) >= 5
    general = load_file(REPORT, curation=False)
    assert all(_has(batch, f) for f in facts)
    assert not any(_has(general, f) for f in facts)
    # an explicit facts list is ignored too when curation is off
    assert not any(_has(extract(report_text, DOC, str(REPORT), facts=facts, curation=False), f)
                   for f in facts)
