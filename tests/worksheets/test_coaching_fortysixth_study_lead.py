"""A reading the lead added after the forty-sixth study (the helpers' readings are in the _A to _D files
beside this one): a loop said in words the coach did not know, which a helper found credited only by luck on a
strong plan. Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of

OOD = "Summer tourists are unlike our regulars. "


@pytest.mark.parametrize(
    "risk",
    [
        "Clients we stop reminding drop out of our records, so the model later thinks they never book.",
        "Members we stop texting fall out of the data, so the system eventually believes they have left.",
        "Customers we stop calling drop out of our records.",
    ],
)
def test_people_our_act_drops_from_the_records_name_the_loop(risk):
    assert "no_feedback_loop" not in codes_of(risks=OOD + risk)


@pytest.mark.parametrize(
    "risk",
    [
        "Clients move house and drop out of our records.",
        "Card machines may fail; the model later learns nothing new from a blank day.",
    ],
)
def test_people_leaving_by_themselves_or_a_model_learning_late_name_no_loop(risk):
    assert "no_feedback_loop" in codes_of(risks=OOD + risk)
