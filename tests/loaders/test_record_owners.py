"""The initials before an action that minutes keep as a record line name its owner when one
person of the document has them (loaders.record_owners)."""
from pathlib import Path

from loaders.pipeline import load_file
from tests.loaders.batches import bound, check_spans, commitments

BOARD = """# Board meeting minutes, 5 May 2021

Present: Paul Rogers (chair), Emma Edwards, Pia Rao, Sofia Lind.

1. **Actions**
    - EE - [Action-BD-2021-01 Update the membership register](https://example.org/1)
    - SL - [Action-BD-2021-02 Draft the annual report](https://example.org/2)
    - PR - [Action-BD-2021-03 Book the venue](https://example.org/3)
    - ZZ - [Action-BD-2021-04 Renew the domain](https://example.org/4)
"""

JUNTA = """# Acta de la reunión de la junta, 5 de mayo de 2021

Asistentes: Marta Gil (presidenta), Luis Ortega, Ana Beltrán.

1. **Acciones**
    - LO - [Action-JD-2021-01 Actualizar el registro de socios](https://example.org/1)
    - AB - [Action-JD-2021-02 Preparar la memoria anual](https://example.org/2)
"""


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    b = load_file(path, curation=False)
    check_spans(b)
    return b, commitments(b)


def test_initials_name_the_one_person_who_has_them(tmp_path):
    b, c = _read(tmp_path, "board.md", BOARD)
    assert bound(b, c["Update the membership register"]) == {"person:emma-edwards"}
    assert bound(b, c["Draft the annual report"]) == {"person:sofia-lind"}
    # two persons share "PR" (Paul Rogers, Pia Rao), and nobody has "ZZ": no owner
    assert bound(b, c["Book the venue"]) == set()
    assert bound(b, c["Renew the domain"]) == set()

    b, c = _read(tmp_path, "junta.md", JUNTA)
    assert bound(b, c["Actualizar el registro de socios"]) == {"person:luis-ortega"}
    assert bound(b, c["Preparar la memoria anual"]) == {"person:ana-beltran"}
