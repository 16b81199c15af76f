"""What the fifty-first blind set's first look taught (helper C), each as a general reading (the set's plans
are in tests/worksheets/holdout/fiftyfirst; these are other words for the same slips, in other trades, beside
near misses that must stay silent). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of

# A risks box that names something new and no loop, so the loop is asked of "what if it went really well".
NO_LOOP_RISKS = "Summer tourists are unlike our regulars. A new ink brand when ours is discontinued."


# --- its false alarm: one writer's own offer, and growth that is the aim ------------------------------------
@pytest.mark.parametrize(
    "went_really_well",
    [
        # the loop said with "my own" and a singular decision, beside a word of growth
        "As we expand, regulars will expect the late slots, so my own offer could empty the daytime chairs.",
        "As the studio grows, clients learn to wait for the quiet-week deal, so my own choice shapes who "
        "books.",
        # growth named as the aim, beside what people would then do
        "Once the evenings are full, clients will get used to them and book less at weekends, which would "
        "cut the weekend trade I'm trying to grow.",
    ],
)
def test_a_loop_told_by_one_writer_or_beside_growth_aimed_at_is_a_loop_named(went_really_well):
    assert "no_feedback_loop" not in codes_of(risks=NO_LOOP_RISKS, went_really_well=went_really_well)


def test_growth_alone_still_passes_the_loop_by():
    went_really_well = "We'd open a second studio and roll it out across the city."
    assert "no_feedback_loop" in codes_of(risks=NO_LOOP_RISKS, went_really_well=went_really_well)


# --- gains hoped for with "could" or "may" ------------------------------------------------------------------
@pytest.mark.parametrize(
    "went_really_well",
    [
        "A fuller diary could raise more money for the studio fund and may win us the city's parlour award.",
        "We could bid for the festival's contract next year, and the artists could earn the new bonus.",
        "Fewer empty chairs might bring in enough to take on an apprentice.",
    ],
)
def test_gains_hoped_for_with_could_or_may_pass_the_loop_by(went_really_well):
    assert "no_feedback_loop" in codes_of(risks=NO_LOOP_RISKS, went_really_well=went_really_well)


@pytest.mark.parametrize(
    "went_really_well",
    [
        "Fuller diaries could change who books: nervous first-timers may go elsewhere.",
        "Clients could plan better, and the ones who book late would vanish from our records.",
    ],
)
def test_a_could_about_what_people_then_do_is_a_thought_on_the_loop(went_really_well):
    assert "no_feedback_loop" not in codes_of(risks=NO_LOOP_RISKS, went_really_well=went_really_well)


# --- how often we look is a lever that shapes what is found -------------------------------------------------
LIFTS = dict(
    objective="Fewer lift breakdowns in the housing association's blocks.",
    metric="Breakdowns per lift per year: 3.1 last year.",
    uncontrollables=["lift age", "vandalism"],
    modeler="Chance of a breakdown in a month from checks per year, lift age and the door grease used.",
    optimizer="Choose the checks and the grease for each lift to have the fewest breakdowns in our hours.",
    risks="A lift make we have never serviced.",
    went_really_well="We could bid for the hospital's lift contract and the engineers could earn the bonus.",
)


@pytest.mark.parametrize(
    "lever, modeler",
    [
        ("checks per year per lift (4, 6 or 12)", LIFTS["modeler"]),
        ("inspection frequency for each block", "Breakdowns from inspection frequency, lift age and grease."),
        ("how often we inspect each lift", "Breakdowns from how often we inspect, lift age and grease."),
    ],
)
def test_how_often_we_look_answered_with_gains_only_passes_the_loop_by(lever, modeler):
    changes = {**LIFTS, "modeler": modeler}
    assert "no_feedback_loop" in codes_of(**changes, levers=[lever, "which door grease the engineer uses"])


def test_a_lever_that_sets_no_round_of_looking_asks_no_loop_of_gains():
    levers = ["which door grease the engineer uses", "the door closing speed setting"]
    assert "no_feedback_loop" not in codes_of(**LIFTS, levers=levers)


def test_how_often_we_look_beside_a_loop_named_is_answered():
    went_really_well = (
        "More checks find more worn doors, so our breakdown records would change because of our own rounds."
    )
    changes = {**LIFTS, "went_really_well": went_really_well}
    assert "no_feedback_loop" not in codes_of(**changes, levers=["checks per year per lift"])


# --- watching bound to the trial, behind the box's question asked back -------------------------------------
def test_a_trial_only_look_behind_a_question_asked_back_still_stops():
    monitoring = (
        "Who keeps an eye on it? In the trial month the owner reads no-show hours each Friday. After that, "
        "the booking firm keeps the nightly job running and fixes it if the page doesn't load."
    )
    assert "no_monitoring" in codes_of(monitoring=monitoring)


def test_a_look_that_goes_on_behind_a_question_asked_back_is_monitoring():
    monitoring = (
        "Who keeps an eye on it? In the trial month the owner reads no-show hours each Friday. After that, "
        "she reads them at the end of every month."
    )
    assert "no_monitoring" not in codes_of(monitoring=monitoring)
