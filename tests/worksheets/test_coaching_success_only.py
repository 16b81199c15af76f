"""A "went really well" box made only of what success would buy us, said in the lead's own words before the
sixty-first set was read: the next steps we would take ("we'd dig the second lake", "I'd buy an electric
van"), success as the premise however it is put ("if it goes really, really well, ..."), relief and time off.
Each is tested in the orchard's packhouse beside sound answers that see a loop, so a fix cannot fit one
wording. On the code before these rules, the rules alone caught two of the seven gains-only answers here."""

import pytest

from studyguide.worksheets.coaching.waved_off import only_success, only_wider_use
from tests.worksheets.orchard import orchard_codes

_GAINS_ONLY = [
    "If it goes really well we'd dig a second cold store and put in a proper grading line.",
    "Honestly we'd just be relieved. Fewer tonnes in the skip, fewer arguments at the gate, and Maya could "
    "take a proper holiday in August.",
    "The packhouse would run smoother, the buyer would praise our grading and we'd win the regional award.",
    "if it went really, really well: we'd need a second forklift and a packer on Saturdays",
    "Profit goes up, so we can afford a second packing line by next spring.",
    "If it works we'd take a stand at the county show and I'd finally hire a full-time foreman.",
    "We'd perform better than the big packhouse in town and we'd sponsor the village fete.",
]


@pytest.mark.parametrize("went_really_well", _GAINS_ONLY)
def test_gains_and_our_own_next_steps_pass_the_loop_by(went_really_well):
    assert "no_feedback_loop" in orchard_codes(went_really_well=went_really_well)


_LOOPS_SEEN = [
    "If the buyer sees fewer rejects they may tighten grade one, and then our own history of rejects no "
    "longer describes what they accept.",
    "Once the model picks the split, the only weeks we see are its weeks: we'd lose sight of what "
    "half-and-half would have done, so one week a month stays on the old split.",
    "More crates to the buyer means fewer in the cold store, so the cold-store records the model learns from "
    "shrink and get skewed toward the hot weeks.",
    "pickers learn which rows come first and start rushing them - that changes the very waste figures we "
    "train on",
    "If it goes really well we'd be turning buyers away, and the orders we turn down never reach the "
    "records.",
    "If it works, growers from further afield would send us fruit unlike any in our five seasons.",
    "We'd keep a random tenth of the crates on the old split, since the rest only show what the model chose.",
]


@pytest.mark.parametrize("went_really_well", _LOOPS_SEEN)
def test_a_loop_seen_however_put_is_not_passed_by(went_really_well):
    assert "no_feedback_loop" not in orchard_codes(went_really_well=went_really_well)


@pytest.mark.parametrize(
    "went_really_well",
    [
        "If it goes really well, the buyer would stop phoning in complaints.",
        "if this takes off by June we'd buy a second van",
        "If we sell out by August, we could open a farm shop.",
    ],
)
def test_success_said_as_the_premise_is_read_past(went_really_well):
    outcome = "Less fruit wasted. Tonnes thrown away per season."
    assert only_success(went_really_well, outcome) or only_wider_use(went_really_well)


@pytest.mark.parametrize(
    "went_really_well",
    [
        "If prices rise, we'd buy a second van.",  # a condition of the world, not success
        "If it goes well, people ask for it next year and my data will be shaped by what I chose to pour.",
    ],
)
def test_other_conditions_and_the_data_keep_the_answer_a_thought(went_really_well):
    outcome = "Less fruit wasted. Tonnes thrown away per season."
    assert not only_success(went_really_well, outcome)
    assert not only_wider_use(went_really_well)
