"""What the fifty-third and fifty-fourth blind sets taught the lead's study (their plans are in
tests/worksheets/holdout/fiftythird and fiftyfourth): each slip as a general reading, in other domains than
the sets' plans, beside near misses that must stay as they were. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.lever_options import names_its_options
from studyguide.worksheets.coaching.own_kit_rows import only_own_kit
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
