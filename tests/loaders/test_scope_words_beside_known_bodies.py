"""A known body's name written with a capitalised word of scope right beside it names another
body, a state's own ("the National Security Council" is not the United Nations Security Council;
loaders.mentions, data/lang/*/heads.yaml `scope_words`)."""
import pytest

from tests.loaders.batches import read

UNSC = "body:un-security-council"


def ids(text: str) -> set[str]:
    """The ids of the organisations, bodies and conferences of `text`."""
    return {n.id for n in read(text).nodes.values() if n.kind in ("Organization", "Body", "Conference")}


@pytest.mark.parametrize("text", [
    "Readout\n\nJane Roe, Senior Director at the National Security Council, met the delegation of "
    "Chile in Washington on 3 May 2023.\n",
    "Comunicado\n\nAna Ejemplo, del Consejo de Seguridad Nacional, recibió a la delegación de Chile "
    "en Lima el 3 de mayo de 2023.\n",
    "Minutes\n\nThe Federal Security Council of the country met on 4 June 2022.\n",
])
def test_a_scope_word_beside_a_known_body_names_another_body(text):
    assert UNSC not in ids(text)


@pytest.mark.parametrize("text", [
    "Report\n\nThe Security Council met in New York on 3 May 2023.\n",
    "Informe\n\nEl Consejo de Seguridad se reunió en Nueva York el 3 de mayo de 2023.\n",
])
def test_the_known_body_named_alone_is_still_found(text):
    assert UNSC in ids(text)
