"""Three more misses of the fifty-seventh and fifty-eighth first looks, fixed for their general cause and
tested here in another trade (the orchard's packhouse): success answered only with the kit and hands it
would call for ("a second grading line, a part-timer for the autumn", a numbered list that buys a trailer),
"feedback" in the monitoring box meaning what people tell us (no loop named), and a metric that counts what
we make ("cases of juice bottled per week") when the objective is less waste."""

from studyguide.worksheets.coaching.loop_phrases import comments_not_loops
from studyguide.worksheets.coaching.proxies import counted_activity, counts_what_we_make
from tests.worksheets.orchard import orchard_codes

# the price lever makes the records show only what the price drew in: a loop worth naming
_PRICED = ["the price per crate we charge the buyer", "which rows we pick first each morning"]


def test_success_answered_with_the_kit_it_needs_passes_the_loop_by():
    kit = (
        "We'd need a second grading line, probably a bigger cold store, and a part-timer for the autumn. "
        "Maybe a new tractor."
    )
    assert "no_feedback_loop" in orchard_codes(levers=_PRICED, went_really_well=kit)
    numbered = (
        "3.1 Open a farm shop at the gate. 3.2 Buy a trailer for the markets. 3.3 Put the extra income "
        "into new trees."
    )
    assert "no_feedback_loop" in orchard_codes(levers=_PRICED, went_really_well=numbered)


def test_the_kit_beside_a_loop_is_an_answer():
    answered = (
        "We'd need a second grading line. The buyer would then order on our price, so the records would only "
        "show the weeks our price drew in."
    )
    assert "no_feedback_loop" not in orchard_codes(levers=_PRICED, went_really_well=answered)


def test_feedback_watched_is_comments_not_a_loop():
    assert (
        comments_not_loops("Weekly: waste, income, buyer feedback.")
        == "Weekly: waste, income, buyer comments."
    )
    assert comments_not_loops("a feedback loop on who buys") == "a feedback loop on who buys"
    kit = "We'd need a second grading line and a part-timer for the autumn."
    monitoring = "Maya each Friday: tonnes thrown away, buyer feedback, cold-store use."
    assert "no_feedback_loop" in orchard_codes(levers=_PRICED, went_really_well=kit, monitoring=monitoring)


def test_a_count_of_what_we_make_is_a_proxy_for_less_waste():
    assert "metric_proxy" in orchard_codes(metric="Cases of juice bottled per week: 300 now, aiming for 380.")
    assert "metric_proxy" in orchard_codes(metric="Jars of chutney cooked per season: 2,000, aim 2,600.")
    # what became of it, or an objective about the making, is the outcome
    assert counted_activity("cases bottled and sold per week", "less waste") is None
    assert counted_activity("loaves baked per market", "bake more loaves for the market") is None
    assert counts_what_we_make("loaves baked per market")
    assert not counts_what_we_make("loaves sold per market")
