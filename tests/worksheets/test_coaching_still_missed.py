"""Plans the earlier studies left missed (listed in docs/coaching-first-look.md), each read for its general
cause and tested in the orchard's packhouse in wordings of our own, with sound answers beside them."""

from studyguide.worksheets.coaching.counted_choices import without_counted_choices, without_demand_head
from studyguide.worksheets.coaching.denials import no_comparison
from studyguide.worksheets.coaching.non_answers import COMPARISON_WORDS
from studyguide.worksheets.coaching.uptake_counts import counts_uptake
from studyguide.worksheets.coaching.whole_scope import stage_words
from tests.worksheets.orchard import orchard_codes, orchard_findings

_PICKED = "which rows we pick first each morning"


def test_a_baseline_refused_because_the_work_is_new_is_no_baseline():
    refused = (
        "Nothing to hold it up against. The Sunday picking crews at 6am are new for us, so this season "
        "becomes the yardstick."
    )
    assert no_comparison(refused, COMPARISON_WORDS)
    assert "no_baseline" in orchard_codes(baseline=refused)
    # a figure of the old way beside the same words still names one
    assert not no_comparison("The crews are new for us; last season 41 tonnes were wasted.", COMPARISON_WORDS)


def test_no_optimizer_because_the_prediction_is_only_shown_is_a_prediction_not_a_decision():
    optimizer = (
        "none; the waste forecast is shown on the packhouse board. Maya splits the crates the way we always "
        "have, half and half."
    )
    codes = orchard_codes(optimizer=optimizer)
    assert "prediction_not_decision" in codes
    assert "no_optimizer" not in codes
    # denied with nothing handed over, it is still no optimizer
    assert "no_optimizer" in orchard_codes(optimizer="none; Maya splits the crates the way we always have.")


def test_a_count_of_what_a_lever_picks_among_reads_no_choice():
    assert without_counted_choices("from the number of rows ready that day", [_PICKED]).split()[-3:] == [
        "ready",
        "that",
        "day",
    ]
    # the count of a thing a lever supplies is kept: "how many crates" is the lever itself
    kept = without_counted_choices("from the number of crates sent", ["how many crates go straight on"])
    assert "crates" in kept


def test_a_demand_model_beside_a_stock_lever_reads_no_lever():
    assert without_demand_head("How many buyers want early fruit each week from frost dates") == (
        "from frost dates"
    )
    modeler = (
        "How many buyers want early fruit each week, from frost dates, the number of rows ready that day and "
        "the buyer's order"
    )
    assert "model_no_lever" in orchard_findings(modeler=modeler)
    reads = modeler + " and the crates we send straight on"
    assert "model_no_lever" not in orchard_findings(modeler=reads)


def test_a_start_on_a_counted_day_is_no_step():
    start = "From the first Monday next month every row is picked in the new order, all in one go."
    assert not stage_words(start) & {"first", "next"}
    assert stage_words("First the early variety, next the late one.") >= {"first", "next"}


_PRICED_LEVERS = [
    "the price per crate we charge the buyer",
    "which rows we pick first each morning",
    "a text reminder to the buyer the day before",
]


def test_gains_passed_on_by_word_of_mouth_are_still_gains_only():
    gains = "The cold store would be full every week, we'd earn more, and buyers would tell their friends."
    assert "no_feedback_loop" in orchard_codes(went_really_well=gains, levers=_PRICED_LEVERS)


def test_a_condition_on_who_may_stop_the_rollout_states_no_loop():
    gains = "Less waste, fewer rejected crates, happier pickers. Great all round"
    for holder in ("Maya", "Maya, the packhouse manager,"):
        rollout = (
            f"Two weeks of the early variety first. {holder} can stop the split for any buyer, e.g. if a "
            "buyer checks the crates and finds bruising."
        )
        codes = orchard_codes(went_really_well=gains, rollout=rollout, levers=_PRICED_LEVERS)
        assert "no_feedback_loop" in codes
        assert "rollout_no_human_oversight" not in codes
    # a loop said in the rollout is still one
    rollout = (
        "Two weeks of the early variety first; Maya can stop it. If we pick the best rows first, the data "
        "will only show those rows, so keep one row in ten in the old order."
    )
    said = orchard_codes(went_really_well=gains, rollout=rollout, levers=_PRICED_LEVERS)
    assert "no_feedback_loop" not in said


def test_our_own_work_counted_by_the_shift_is_a_proxy():
    for metric in (
        "Crate washes completed per packhouse shift: 140 last season; target 180.",
        "Grading runs done per week: 14 now, target 20.",
    ):
        assert "metric_proxy" in orchard_codes(metric=metric)
    # the objective that names the work done is measured by it
    rows = orchard_codes(
        objective="More rows picked each day before the fruit overripens.",
        metric="Rows done per picking shift: 40 now, target 55.",
    )
    assert "metric_proxy" not in rows


def test_sign_ups_do_not_measure_an_aim_beside_money():
    objective = (
        "More shops keeping our fruit on the shelf week after week, which is what keeps the orchard going, "
        "and more profit from the packhouse."
    )
    metric = "The number of shops who sign up for the weekly crate scheme: 40 by the end of the year."
    assert "metric_proxy" in orchard_codes(objective=objective, metric=metric)
    assert counts_uptake(metric, objective) == "weekly crate scheme"
    # an aim of taking up the offer itself, or money alone: the sign-ups measure it
    joined = "More shops join the weekly crate scheme, and more profit from the packhouse."
    assert counts_uptake(metric, joined) is None
    assert counts_uptake(metric, "More profit from the packhouse.") is None
    # "a signed will" is the outcome's own word, no signing up
    assert counts_uptake("Clients who sign up for our will evenings.", "More people with a signed will.")
