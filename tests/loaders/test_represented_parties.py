"""A commitment of the persons who met ("Both ministers agreed to ...", "Ambos ministros acordaron
...") in a readout where only the persons take part binds the states they represent, read after
the commitments step (loaders.represented_parties); no state is bound when the two are of one
state or one of them represents no state the text says."""
import pytest

from tests.loaders.batches import bound, commitments, read


def _bound_to(batch, start: str) -> set:
    """Who binds the one commitment whose text starts with `start` (AssertionError otherwise)."""
    found = [i for t, i in commitments(batch).items() if t.startswith(start)]
    assert len(found) == 1, sorted(commitments(batch))
    return bound(batch, found[0])


@pytest.mark.parametrize("text, start", [
    ("Ministers meet in Lima\n\nLima, 3 March 2025\n\nChilean Foreign Minister Ana Torres met her "
     "Peruvian counterpart Luis Vega in Lima on Monday.\n\nBoth ministers agreed to set up a joint "
     "commission on border trade.\n", "Both ministers agreed"),
    ("Reunión en Lima\n\nLima, 3 de marzo de 2025\n\nLa canciller chilena, Ana Torres, recibió a su "
     "homólogo peruano, Luis Vega, en Lima el lunes.\n\nAmbos ministros acordaron crear una comisión "
     "conjunta de comercio fronterizo.\n", "Ambos ministros acordaron"),
])
def test_the_states_the_two_persons_represent_are_bound(text, start):
    assert {"country:cl", "country:pe"} <= _bound_to(read(text), start)


@pytest.mark.parametrize("text, start", [
    ("Ministers meet in Lima\n\nLima, 3 March 2025\n\nChilean Foreign Minister Ana Torres met "
     "Chilean Trade Minister Luis Vega in Lima on Monday.\n\nBoth ministers agreed to set up a "
     "joint commission on border trade.\n", "Both ministers agreed"),
    ("Reunión en Lima\n\nLima, 3 de marzo de 2025\n\nLa canciller chilena, Ana Torres, recibió al "
     "ministro chileno de Comercio, Luis Vega, en Lima el lunes.\n\nAmbos ministros acordaron crear "
     "una comisión conjunta de comercio fronterizo.\n", "Ambos ministros acordaron"),
    ("Ministers meet in Lima\n\nLima, 3 March 2025\n\nAna Torres met Luis Vega in Lima on Monday.\n\n"
     "Both ministers agreed to set up a joint commission on border trade.\n", "Both ministers agreed"),
    ("Reunión en Lima\n\nLima, 3 de marzo de 2025\n\nAna Torres recibió a Luis Vega en Lima el "
     "lunes.\n\nAmbos ministros acordaron crear una comisión conjunta de comercio fronterizo.\n",
     "Ambos ministros acordaron"),
])
def test_no_state_is_bound_for_two_of_one_state_or_persons_of_no_state(text, start):
    assert not any(a.startswith("country:") for a in _bound_to(read(text), start))
