"""What the fifty-third and fifty-fourth blind sets taught the lead's study (their plans are in
tests/worksheets/holdout/fiftythird and fiftyfourth): each slip as a general reading, in other domains than
the sets' plans, beside near misses that must stay as they were. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.before_launch import watched_only_before_launch
from studyguide.worksheets.coaching.counted_outcome import counts_the_outcome
from studyguide.worksheets.coaching.lever_options import names_its_options
from studyguide.worksheets.coaching.lever_units import setting_part
from studyguide.worksheets.coaching.own_kit_rows import only_own_kit
from studyguide.worksheets.coaching.plan import Plan, answers_only
from tests.worksheets.test_coaching_evidence import codes_of


# --- a lever row that lists the values it is set to is a menu of ours --------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "how much detail a new member gives us when joining (short or long form)",
        "start time (9:30/10:15)",
        "class size offered (6, 8 or 10 pupils)",
        "which van a job goes in vs. which waits (small or large van)",
        "the reminder a client gets (text or e-mail)",
    ],
)
def test_a_row_that_lists_its_options_is_a_menu(lever):
    assert names_its_options(lever)


@pytest.mark.parametrize(
    "lever",
    [
        "price per month (£16 now)",  # one value: the current setting, no options
        "whether the landlord agrees (yes or no)",  # a yes/no is their answer, not a menu of ours
        "letting shops send stock back (sale-or-return)",  # a hyphened compound
        "the rent (set by the landlord, reviewed yearly)",  # an aside, no alternatives
        "how the customer feels (happy or unhappy about the wait, as they tell us in the survey afterwards)",
    ],
)
def test_brackets_without_options_are_no_menu(lever):
    assert not names_its_options(lever)


def test_a_menu_row_is_no_other_partys_act_but_the_weather_stays_the_weather():
    levers = [
        "how much detail a new member gives us when joining (short or long form)",
        "monthly fee (£20 or £25)",
    ]
    assert "lever_not_controllable" not in codes_of(levers=levers)
    assert "lever_not_controllable" in codes_of(
        levers=["monthly fee (£20 or £25)", "the weather (dry or wet)"]
    )


# --- an uncontrollables list of our own kit, premises and people names no input from the world -------------
@pytest.mark.parametrize(
    "rows",
    [
        ["The proving cabinet", "Our delivery van", "Saturday staff rota", "The bakers' holidays in August"],
        [
            "3.1 the label printer",
            "3.2 space in the cold store",
            "3.3 the warehouse",
            "3.4 the till software",
        ],
        ["Our surveyors' laptops", "Office opening hours", "The drone kit"],
    ],
)
def test_a_list_of_our_own_kit_and_people_is_no_list_of_uncontrollables(rows):
    assert only_own_kit(rows)
    assert "uncontrollables_missing" in codes_of(uncontrollables=rows)


@pytest.mark.parametrize(
    "rows",
    [
        ["The weather", "Our delivery van"],  # the world named beside our kit
        ["Competitors' opening hours", "The label printer"],  # another party's hours are the world's
        ["School holidays", "Bank holidays"],  # holidays nobody of ours takes
        ["The oven breaking down", "Staff sickness"],  # events that befall our kit and people
        ["Customers' cars", "The car park"],
    ],
)
def test_the_world_or_what_befalls_our_kit_stays_an_uncontrollable(rows):
    assert not only_own_kit(rows)


# --- a model's inputs against what a lever sets ------------------------------------------------------------
@pytest.mark.parametrize(
    "lever, setting",
    [
        ("price per cm3 by material", "price"),  # "by material": the segment the price is set for
        ("discount by region", "discount"),
        ("which jobs are done by the apprentice", "which jobs are done by the apprentice"),  # a doer
        ("orders placed by 2pm", "orders placed by 2pm"),  # a time
    ],
)
def test_a_bare_noun_after_by_is_the_segment_not_the_setting(lever, setting):
    assert setting_part(lever) == setting


def test_a_bare_answer_label_is_the_forms_not_the_answers():
    plan = Plan(modeler="A: Chance a booking is kept, from the guest's town, party size and lead time.")
    assert (
        answers_only(plan).modeler
        == "Chance a booking is kept, from the guest's town, party size and lead time."
    )
    kept = Plan(modeler="Area: chance a booking is kept, from the guest's town.")
    assert answers_only(kept).modeler == kept.modeler


def test_a_model_reading_only_the_segment_a_price_is_set_for_reads_no_lever():
    levers = ["price per litre by grade", "delivery slot offered (am or pm)", "discount above 1,000 litres"]
    modeler = "A: Chance a customer buys, from the customer's grade of oil, county and tank size."
    optimizer = "A: Sets price per litre, slots and discounts for the most margin."
    assert "model_no_lever" in codes_of(levers=levers, modeler=modeler, optimizer=optimizer)


# --- the fifty-fifth set's false alarms (its first look is recorded; these are general readings) ------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "Every Monday the manager and I go through bookings, refunds and waits, and again before next season",
        "The clerk reports the counts to each monthly committee, through to March and again before next year",
    ],
)
def test_a_look_again_before_next_season_is_a_later_look_not_one_before_launch(monitoring):
    assert not watched_only_before_launch(monitoring)
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


def test_a_look_before_the_season_alone_still_ends_at_launch():
    assert watched_only_before_launch("Before the season we check the plans against last year's data.")


@pytest.mark.parametrize(
    "lever, counted",
    [
        ("how many riders go in each group", False),  # a group's size, which we make up
        ("how many walkers go out with each leader", False),
        ("how many riders book each week", True),  # who chose to come, counted
        ("how many riders go out each morning", True),  # a count per time
    ],
)
def test_how_many_go_in_each_unit_we_form_is_a_size_not_an_outcome(lever, counted):
    metric = "Riders who book again within a year: 22%; walkers who come back: 40%."
    assert counts_the_outcome(lever, metric) is counted
