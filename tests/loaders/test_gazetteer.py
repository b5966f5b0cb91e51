import pytest

from loaders.errors import SourceError
from loaders.gazetteer import parse_gazetteer


def test_loads_and_is_consistent(gazetteer):
    assert gazetteer.get("country:cl").kind == "Country"
    assert gazetteer.body_of("conference:crm", "troika") == ["body:crm-troika"]
    assert gazetteer.body_of("conference:csm", "secretariat") == ["body:csm-st"]
    crm = {f.source for f in gazetteer.facts if f.type == "MEMBER_OF" and f.target == "conference:crm"}
    assert len(crm) == 11 and "country:pa" in crm
    assert all(f.reference for f in gazetteer.facts)


@pytest.mark.parametrize("text,line,what", [
    ("entities:\n  - {id: country:cl, kind: Country, name: Chile}\n  - {id: country:cl, kind: Country, name: Chile}\n", 3, "duplicate id"),
    ("entities:\n  - {id: x:y, kind: Planet, name: Marte}\n", 2, "unknown kind"),
    ("entities:\n  - {id: body:x, kind: Body, name: X}\n", 2, "subtype"),
    ("entities:\n  - {id: country:cl, kind: Country, name: Chile, Norte}\n", 2, "unknown keys"),
    ("entities: [\n  {id: country:cl\n", 3, "malformed"),
    ("entities:\n  - {id: country:cl, kind: Country, name: Chile}\nfacts:\n  - {type: MEMBER_OF, from: country:cl, to: conference:zz, reference: r}\n", 4, "unknown entity"),
    ("entities:\n  - {id: country:cl, kind: Country, name: Chile}\n  - {id: conference:c, kind: Conference, name: C}\nfacts:\n  - {type: MEMBER_OF, from: country:cl, to: conference:c}\n", 5, "reference"),
])
def test_bad_gazetteer_names_line(text, line, what):
    with pytest.raises(SourceError) as exc:
        parse_gazetteer(text, "gazetteer.yaml")
    assert str(exc.value).startswith(f"gazetteer.yaml:{line}: ")
    assert what in str(exc.value)
