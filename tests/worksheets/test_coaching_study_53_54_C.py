"""What the fifty-third and fifty-fourth sets taught about the objective, the metric and a prediction left
undecided (helper C): each slip as a general reading, in other domains than the sets' plans, beside near
misses that must stay as they were. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.metric_unchosen import metric_unchosen, objective_sets_a_level
from studyguide.worksheets.coaching.work_described import only_its_history
from tests.worksheets.test_coaching_evidence import codes_of


# --- a metric not chosen yet, and an objective whose figures set no level ----------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Havent decided - the new till arrives in May and we'll choose what to track then.",
        "Not sure yet, we'll see how the families feel about it at the end of term.",
        "Dont know yet. Something once the new website is live.",
        "Undecided: I'll work it out with the head gardener after the first season.",
    ],
)
def test_a_metric_box_that_puts_the_choice_off_names_no_metric(metric):
    assert metric_unchosen(metric)
    assert "objective_no_metric" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Not decided yet, but the share of deliveries made on time each week.",
        "Not chosen yet - the hours the hall stands empty each week, or lessons cancelled.",
        "Not sure yet: probably chair hours lost to no-shows per month.",
        "Chair hours lost to no-shows per month; not sure yet how often to report it.",
    ],
)
def test_an_undecided_opening_that_still_names_a_count_is_a_metric(metric):
    assert not metric_unchosen(metric)
    assert "objective_no_metric" not in codes_of(metric=metric)


@pytest.mark.parametrize(
    "objective",
    [
        "Our choir has 40 singers paying £5 a session; I want everyone to keep coming through the winter.",
        "Families who book a 45-minute slot get seen on time, without me doing 12 slots in a day.",
        "Parcels handed over before the 4pm van (the depot has 3 loading bays) reach customers undamaged.",
    ],
)
def test_figures_that_only_describe_how_things_are_do_not_stand_in_for_a_metric(objective):
    assert not objective_sets_a_level(objective)
    assert "objective_no_metric" in codes_of(metric="Not sure yet.", objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Cut the singers we lose over the winter by a third, to under 5 a season.",
        "Get 90% of parcels to customers within 2 days.",
        "Double the families who book a second visit.",
        "At least 30 volunteers on each litter pick, up from 18.",
    ],
)
def test_an_objective_with_a_level_to_reach_still_stands_in(objective):
    assert objective_sets_a_level(objective)
    assert "objective_no_metric" not in codes_of(metric="", objective=objective)


# --- an objective box that tells the project's story --------------------------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "The allotment society was founded in 1987 and took over the second field when membership grew in "
        "2015. Last spring the council raised the question of the waiting list at the AGM.",
        "background: the bakery opened 2021, Sam does the proving overnight, the old order book got lost in "
        "the move and the owner asked me to write things up before I go back to college",
        "Our youth football club started in 2012 with one team and moved to the leisure centre pitches in "
        "2019. This sheet was put together over the summer by two of the coaches.",
    ],
)
def test_an_objective_that_only_tells_the_projects_history_states_no_outcome(objective):
    assert only_its_history(objective)
    assert "objective_missing" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        # the same history, then the wish
        "The allotment society was founded in 1987. We want fewer plots left untended by midsummer.",
        "Since the bakery opened in 2021 we have thrown away too much bread; waste should come down.",
        "Our youth football club started in 2012, and I want the under-12s to keep playing into their teens.",
        # a change the box asks for, with a date for when
        "Get every new member a plot by March 2026, without turning anyone away.",
    ],
)
def test_a_history_that_goes_on_to_want_something_is_an_objective(objective):
    assert not only_its_history(objective)
    assert "objective_missing" not in codes_of(objective=objective)


# --- a free step counted for an objective of paying -------------------------------------------------------
@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        (
            "More members paying the monthly fee and still training after six months.",
            "Free taster session bookings a month: 45 now, target 90.",
        ),
        (
            "More pupils paying for a full term of lessons, so the teachers have steady work.",
            "Trial lesson sign-ups per term.",
        ),
        (
            "We need more listeners paying for the premium feed, and staying a year.",
            "Sign-ups for the free sample episodes each month.",
        ),
    ],
)
def test_uptake_of_a_free_step_is_on_the_way_to_paying(objective, metric):
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        # the objective asks for the free step itself
        ("More families try our free taster class.", "Free taster bookings a month: 45 now, target 90."),
        # a paid booking is the sale the objective wants
        ("More income from lessons.", "Lesson bookings per term, and the fees taken."),
        # attention itself as the aim: views measure it
        ("More people read our local stories online.", "Page views of our local stories a month."),
    ],
)
def test_the_free_step_asked_for_paid_uptake_and_attention_aims_stay_silent(objective, metric):
    assert "metric_proxy" not in codes_of(objective=objective, metric=metric)


# --- a figure written beside each case, the levers carrying on as they do --------------------------------
@pytest.mark.parametrize(
    "optimizer",
    [
        "Each booking in the book gets a coloured dot next to it - its chance of a no-show - so reception "
        "can see which look shaky. Deposits and reminders carry on as they do now.",
        "Every client has a small percentage beside their name, the chance they miss. The deposit and the "
        "reminder time stay as they are.",
        "Each appointment gets a risk figure alongside it so the artists can see which are likely to be "
        "missed. Deposits, reminders and the waiting list carry on as we do today.",
    ],
)
def test_a_prediction_written_beside_each_case_with_the_levers_kept_is_no_decision(optimizer):
    assert "prediction_not_decision" in codes_of(optimizer=optimizer)


@pytest.mark.parametrize(
    "optimizer",
    [
        # the figure beside each case, then a choice made with it
        "Each booking gets its chance of a no-show beside it, and the deposit is set from it to fill the "
        "most chair hours.",
        # one lever kept, the others chosen
        "Reminders carry on as they do now; choose the deposit per booking type to fill the most chair "
        "hours.",
        # a setting written beside each case is a decision shown, not a prediction
        "Each booking gets the deposit we choose for it beside it, to fill the most chair hours.",
    ],
)
def test_a_figure_beside_each_case_that_goes_on_to_choose_stays_silent(optimizer):
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)
