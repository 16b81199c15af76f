"""What the fifty-second blind set's first look taught (helper C), each as a general reading (the set's plans
are in tests/worksheets/holdout/fiftysecond; these are other words for the same slips, in other trades,
beside near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.optimised import optimiser_sets
from studyguide.worksheets.coaching.waved_off import only_success
from tests.worksheets.test_coaching_evidence import BASE, codes_of


def notes_of(**changes):
    return {n.code: n for n in check_plan(Plan(**{**BASE, **changes}))}


# --- a simulator answered with a bare "No" ----------------------------------------------------------------
@pytest.mark.parametrize(
    "simulator",
    [
        "No - we'll let the optimizer settle it and see what happens.",
        "Nope, we'll just try it in the shop and see.",
        "No. The numbers will tell us soon enough.",
        "Q: What-ifs? A: No, the optimiser does that for us.",
    ],
)
def test_a_simulator_answered_with_a_bare_no_is_none(simulator):
    assert "no_simulator" in codes_of(simulator=simulator)


@pytest.mark.parametrize(
    "simulator",
    [
        # the "no" answers a question of its own, and the what-if follows
        "No separate tool: we ask the model what if the deposit is 30, 50 or 80.",
        "No - the model answers what if the deposit rises to 80 for large pieces.",
        # a no-show is a noun, not a refusal
        "No-shows at each deposit from 30 to 80, and with the reminder two days before.",
    ],
)
def test_a_no_beside_a_what_if_is_a_simulator(simulator):
    assert "no_simulator" not in codes_of(simulator=simulator)


# --- a floor the optimizer keeps is not a setting kept as it is --------------------------------------------
def test_an_optimizer_whose_limit_stays_at_a_floor_still_decides():
    optimizer = (
        "The deposit per booking type and the reminder time, to fill the most chair hours while the takings "
        "per chair stay at £60 or more."
    )
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)


def test_an_optimizer_that_keeps_the_levers_as_they_are_decides_nothing():
    optimizer = "The deposit and the reminder stay as they are; the forecast goes to the owner each Monday."
    assert "prediction_not_decision" in codes_of(
        optimizer=optimizer, modeler="Predicts no-shows per week from the season and the lead time."
    )


# --- what the optimizer sets, read past "which" and past the world's words ----------------------------------
def test_which_after_a_verb_of_choosing_opens_what_is_chosen():
    optimizer = "Chooses which vans go to which estates, on which days, to collect the most bags in budget."
    assert optimiser_sets("which vans go to which estates", optimizer)
    assert optimiser_sets("the days each estate is collected", optimizer)


def test_which_after_a_noun_still_opens_the_purpose():
    optimizer = "Sets the round order which gives the most bags collected per van."
    assert not optimiser_sets("bags collected per van", optimizer)


def test_a_lever_sharing_words_with_the_world_is_weighed_by_its_own_words():
    optimizer = "Chooses route, crew and loading for each job to finish the most jobs on time."
    uncontrollables = ["agency crew numbers", "weather"]
    assert optimiser_sets("loading by agency crew or our own", optimizer, uncontrollables)
    # the world's word alone is never what the optimizer sets
    assert not optimiser_sets("agency crew", optimizer, uncontrollables)


_LAUNDRY = dict(
    objective="More hotel linen washed on time with fewer re-washes.",
    metric="Share of hotel orders back on time; re-wash rate.",
    levers=[
        "which day each hotel's linen is collected",
        "wash programme: standard or heavy soil",
        "collection by our van or the hotel's porter",
    ],
    uncontrollables=["hotel occupancy", "the hotel's porter availability", "weather for drying"],
    data="Orders since 2020 with day, programme, collection, turnaround and re-wash.",
    simulator="What if heavy soil runs for every hotel? What if our van collects everything?",
    baseline="Collection on the hotel's chosen day, standard wash, porter drop-off.",
)


def test_a_model_of_the_world_beside_an_optimizer_setting_the_levers_is_said_outright():
    found = notes_of(
        **_LAUNDRY,
        modeler="Chance an order is back on time, from hotel size, star rating, distance and past orders.",
        optimizer="Chooses programme and collection for each order to get the most back on time.",
    )
    assert "model_no_lever" in found
    assert "though your optimizer sets them" in found["model_no_lever"].message


def test_a_model_reading_the_levers_the_optimizer_sets_is_silent():
    found = notes_of(
        **_LAUNDRY,
        modeler="Chance an order is back on time, from programme, collection, hotel size and past orders.",
        optimizer="Chooses programme and collection for each order to get the most back on time.",
    )
    assert "model_no_lever" not in found


# --- what if it went really well: the firm grown or in profit -----------------------------------------------
_PLAIN_RISKS = dict(risks="A new salon opening on the high street; a wet summer.")


@pytest.mark.parametrize(
    "went_really_well",
    [
        "We'd need a second chair and could open the room upstairs; I'd hire a junior.",
        "We could justify an extra stylist and the salon would make a profit every month.",
        "Open a second salon in the next town and take on an apprentice.",
    ],
)
def test_the_firm_grown_or_in_profit_passes_the_loop_by(went_really_well):
    assert "no_feedback_loop" in codes_of(went_really_well=went_really_well, **_PLAIN_RISKS)


@pytest.mark.parametrize(
    "went_really_well",
    [
        # the growth beside what it does to the clients the model learns from
        "We could open a second salon, but then the clients we see change and the data with them.",
        "A second chair fills with walk-ins who never booked before, unlike the regulars in our records.",
        # "could" said of the clients weighs a consequence
        "Clients could open an account and stop paying deposits, so no-shows creep back.",
    ],
)
def test_growth_beside_a_thought_on_the_data_is_thinking_on(went_really_well):
    assert not only_success(went_really_well, "Fewer empty chair hours. Chair hours lost to no-shows.")
    assert "no_feedback_loop" not in codes_of(went_really_well=went_really_well, **_PLAIN_RISKS)
