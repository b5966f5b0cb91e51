"""The document's title is its first heading-like block: a paragraph under it that reads as a
sentence (a full stop at its end, eight words or more) is never the title, even when it holds a
word that names a record ("comisión", "commission", "reunión"); where no heading comes first, a
heading-like block holding such a word still is the title (Spanish and English)."""
from __future__ import annotations

import pytest

from loaders.reading.metadata import find_title, title_text


@pytest.mark.parametrize("text, title", [
    ("Cancilleres relanzan la integración andina\n\nQuito, 5 de junio de 2010\n\nLa Comisión de "
     "la Comunidad Andina sesionó hoy en Quito para revisar el plan de trabajo del año.\n",
     "Cancilleres relanzan la integración andina"),
    ("Ministers revive regional cooperation\n\nThe Commission of the Andean Community met today "
     "in Quito to review the work plan for next year.\n",
     "Ministers revive regional cooperation"),
    ("Hoja informativa\n\nLa reunión de la Comisión Nacional de Moralización se celebró hoy en la "
     "Casa de Gobierno.\n", "Hoja informativa"),
])
def test_a_sentence_under_the_first_heading_is_no_title(text, title):
    assert title_text(text, find_title(text)) == title


@pytest.mark.parametrize("text, title", [
    # a heading that names the record, after a first heading without such a word
    ("República de Ejemplo\n\nActa de la Comisión Mixta de Cooperación\n\nLa Comisión se reunió "
     "en Lima el 3 de mayo de 2019 para revisar los proyectos del programa.\n",
     "Acta de la Comisión Mixta de Cooperación"),
    ("Joint Commission on Fisheries\n\nThe Commission met in Apia on 2 May 2019 to review the "
     "catch limits for the coming season.\n", "Joint Commission on Fisheries"),
    # a short heading ending with a full stop is still a heading
    ("Nota de prensa\n\nActa de la Comisión.\n\nLa Comisión se reunió en Lima el 3 de mayo de "
     "2019 para revisar los proyectos.\n", "Acta de la Comisión."),
])
def test_a_heading_naming_the_record_stays_the_title(text, title):
    assert title_text(text, find_title(text)) == title
