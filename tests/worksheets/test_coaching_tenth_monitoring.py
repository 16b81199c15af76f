"""What the tenth held-out set taught about monitoring declined (tests/worksheets/holdout/tenth): the look can
be named by a noun a few words before the moment it stops ("no checking is planned after the handover"), and
the denial can be set off by a dash or comma ("Nothing, once it is up we leave it"). Pure: the rules alone, no
model. Our own wording, not the set's."""

import pytest

from studyguide.worksheets.coaching.denials import watching_ends
from tests.worksheets.test_coaching_evidence import codes_of


@pytest.mark.parametrize(
    "monitoring",
    [
        "No measurements will be taken after the handover to the caretaker.",
        "No checking of any kind is planned once the timer is fitted.",
        "What will we watch? To be frank, nothing - once it is fitted it looks after itself.",
        "Nothing, once it is up we leave it alone.",
    ],
)
def test_monitoring_that_is_declined_is_noted(monitoring):
    assert watching_ends(monitoring)
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "The caretaker takes measurements each week after the handover.",
        "Nothing goes unchecked: the caretaker reads the meter every Friday once the timer is fitted.",
    ],
)
def test_monitoring_that_goes_on_is_left_alone(monitoring):
    assert not watching_ends(monitoring)
