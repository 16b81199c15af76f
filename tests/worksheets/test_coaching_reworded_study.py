"""What the reworded set taught (tests/worksheets/holdout/reworded: eighty plans of the last ten blind sets
told again in other words and styles, substance kept): each slip as a general reading, in other domains than
the set's plans, beside near misses that must stay as they were. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.baseline_stand_ins import baseline_is_an_asked_limit
from studyguide.worksheets.coaching.before_launch import watched_for_the_trial_only
from studyguide.worksheets.coaching.capacity_rates import busy_rates
from studyguide.worksheets.coaching.gerund_parties import names_another_acting
from studyguide.worksheets.coaching.held_outputs import left_alone_for_a_while
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.model_inputs import inputs_exclude_levers, listed_inputs
from studyguide.worksheets.coaching.money_count import counts_for_money
from studyguide.worksheets.coaching.opinion_counts import counts_opinion
from studyguide.worksheets.coaching.record_shapers import STOCK_SET
from studyguide.worksheets.coaching.target_clauses import only_a_target
from studyguide.worksheets.coaching.text import sentences
from studyguide.worksheets.coaching.waved_off import only_success
from tests.worksheets.test_coaching_evidence import codes_of


# --- whose act a lever row names ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "how many days ahead we'll take a table booking",  # a contracted "we" is still the planner
        "which courses they're offered once we've seen the form",
        "how full the oven must be before we bake",  # a time clause of our own act keeps the row ours
    ],
)
def test_our_own_acts_stay_ours_however_the_pronoun_is_written(lever):
    assert read_lever(lever).verdict == CONTROL


def test_a_we_after_another_partys_act_is_no_actor():
    reading = read_lever("how long the supplier takes to deliver once we've placed the order")
    assert reading.verdict == WORLD


@pytest.mark.parametrize(
    "lever",
    [
        "boutiques placing autumn orders by end of Feb",
        "timber merchant holding kiln-dried boards in stock for us",
        "Landlords letting us put the sign up in March",
        "The county's highways team agreeing, on the day, to shut the road",
    ],
)
def test_another_party_acting_is_read_bare_or_with_its_owner(lever):
    assert names_another_acting(lever)


@pytest.mark.parametrize(
    "lever",
    [
        "autumn or spring planting",
        "doubles pairing rules (mixed/level)",
        "crusher running hours",
        "letter asking the tenant to come in with ID",
        "summer pruning or not",
        "seed roasting minutes",
        "Q: Department chasing? A: whether highways are chased at day 3 or day 6",
    ],
)
def test_things_and_seasons_before_an_ing_word_are_no_party(lever):
    assert not names_another_acting(lever)


# --- which inputs a model lists -----------------------------------------------------------------------------
def test_options_after_a_colon_are_examples_not_the_setting():
    levers = [
        "The reminder shown to a member: a banner, a seat-count e-mail or a call",
        "discount offered (0, 10 or 25%)",
    ]
    modeler = "Chance a member renews, from club size, seats in use, months on the plan and region."
    assert inputs_exclude_levers(modeler, levers)


def test_a_label_before_a_colon_is_no_name_of_a_setting():
    levers = ["Line 1: price of rose fudge, 100 g box", "Line 2: price of rose fudge, 250 g box"]
    assert not inputs_exclude_levers("Boxes sold per week from price, season and tourists.", levers)


def test_an_abbreviated_number_and_a_colon_open_the_input_list():
    found = listed_inputs("Predicted queue length (min) from no. of buses due, the weather and the hour.")
    assert found and "number of buses due" in found[0]
    assert listed_inputs("predicts footfall from: the weather, school holidays, town events")


# --- what a metric measures ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "clause", ["with a target of 90 by year end.", "aim 20 by next spring", "hoping to reach 900 by March"]
)
def test_a_deadline_on_a_target_measures_nothing(clause):
    assert only_a_target(clause)


def test_a_count_per_period_is_one_measure_however_it_is_punctuated():
    metric = "Vouchers handed out by hotel porters; about 410 a month; target 900 a month."
    objective = "More paying guests on the evening boats without commission eating the margin."
    assert counts_for_money(metric, objective, measures=1)
    assert not counts_for_money("Takings from vouchers: about £410 a month.", objective, measures=1)
    assert not counts_for_money(metric, objective, measures=3)


def test_work_counted_daily_or_as_throughput_is_busyness():
    objective = "More of our clay sold as grade A bricks at the full price."
    baseline = "Now: 40% of bricks sold as grade A, the rest as seconds."
    assert busy_rates(["Monthly kiln throughput in tonnes"], objective, baseline)
    seabirds = "More of the oiled birds survive after release."
    counted = "Of the birds washed, 60% survived release last year."
    assert busy_rates(["During a spill we count the number of birds washed daily"], seabirds, counted)
    assert not busy_rates(["Share of bricks sold as grade A each month"], objective, baseline)


def test_a_rating_counted_without_as_is_an_opinion():
    objective = "More people taking the train instead of driving."
    assert counts_opinion("% of survey respondents who rate our trains good value", objective)
    assert (
        counts_opinion("% of respondents who rate our trains good value", "Riders feel the fares are fair")
        is None
    )


# --- baselines that are no baseline -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        # a comparison that "cannot be made", in a numbered list whose item numbers are no figures
        "1. A fair comparison with last year cannot be made: the prices changed. 2. The first year will be "
        "judged on its own.",
        # a yardstick still to be put out by someone else
        "We'll set ourselves against the trade's best once the association puts out a figure for our size.",
        # a level someone set for us
        "Our yardstick is what the council has set us: 300 home visits a year.",
    ],
)
def test_a_baseline_that_is_no_comparison_is_noted(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


def test_a_minimum_we_set_ourselves_is_our_own_rule():
    assert not baseline_is_an_asked_limit("In 2025 we charged £20 a head and required at least 40 guests.")
    assert baseline_is_an_asked_limit("The venue requires at least 40 guests.")


# --- watching, oversight and rollout ------------------------------------------------------------------------
def test_watching_only_for_the_trials_stated_span_ends():
    assert watched_for_the_trial_only(
        "For those 6 weeks the supervisor checks refunds daily. Once that's done, the rules go in the book."
    )
    assert not watched_for_the_trial_only(
        "For the 6 weeks the supervisor checks refunds daily. After that she checks them monthly."
    )


def test_a_pilot_left_to_itself_until_a_review_is_left_alone():
    assert left_alone_for_a_while("The trial is left to itself till the March review.")
    assert not left_alone_for_a_while("The trial runs while Sam checks every order.")


def test_a_start_confined_to_one_place_with_the_rest_afterwards_is_gradual():
    rollout = (
        "Three months, confined to Mia's chair; she can switch back. All four artists afterwards if it works."
    )
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "text, parts",
    [
        ("Our IT support co. keeps it running. Dr. Patel checks it.", 2),
        ("We said no. Then we left.", 2),
        ("From no. of storms above 2 m, peak surge and swell.", 1),
    ],
)
def test_an_abbreviations_full_stop_ends_no_sentence(text, parts):
    assert len(sentences(text)) == parts


# --- what success would do ----------------------------------------------------------------------------------
_GOAL = "More hot lunches sold from the van each weekday."


@pytest.mark.parametrize(
    "answer",
    [
        "Another van would be needed and a second cook would be recruited.",
        "The team would earn the bonus and the council would then fund the next round.",
        "second van by spring, no more late nights doing the books",
    ],
)
def test_gains_in_other_words_are_success_alone(answer):
    assert only_success(answer, _GOAL)


def test_a_thought_on_the_data_is_more_than_success():
    assert not only_success("No more data on the quiet days, since we would not open then.", _GOAL)


@pytest.mark.parametrize(
    "lever",
    ["which parts we order the day before", "how many cases I buy in for the weekend", "stock held per shop"],
)
def test_what_is_put_on_hand_ahead_shapes_the_records(lever):
    assert STOCK_SET.search(lever)
