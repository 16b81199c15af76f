"""What the forty-fifth blind set's first look taught (helper C), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortyfifth; these are other words for the same slips, in other domains,
beside near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.unanswered import says_nothing
from tests.worksheets.test_coaching_evidence import BASE, codes_of

# --- an opinion counted for an objective about what people do ----------------------------------------------
GYM = "More members coming to the gym at least twice a week, without losing the off-peak income."


@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        (
            GYM,
            "The measure is the share of members rating the classes as excellent value in the spring survey, "
            "which stood at 61% last year. We aim for 75%.",
        ),
        (
            "Fewer pupils missing school on Mondays.",
            "% of parents who say the new timetable is clear (termly questionnaire): 54% now, target 70%.",
        ),
        (
            "More households putting their food waste in the caddy every week.",
            "Share of households satisfied with the collection service in the annual residents' poll.",
        ),
    ],
)
def test_a_counted_opinion_is_a_proxy_for_an_act(objective, metric):
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        # the opinion is the objective
        (
            "More diners who see our set menu as good value.",
            "Share of diners rating the set menu as good value on the feedback card (now 48%).",
        ),
        # the act is counted too, the opinion beside it
        (
            GYM,
            "Members attending twice a week or more (now 38%); share rating the classes as excellent value.",
        ),
        # the quality judged is the objective's own
        (
            "More guests seeing seals on the boat trip.",
            "Share of guests rating the trip as good for seeing seals (exit card, 64% last summer).",
        ),
        # a reported act, not a view
        (
            "More children walking to school.",
            "Share of pupils who say they walked to school on the termly hands-up survey (now 41%).",
        ),
    ],
)
def test_an_opinion_the_objective_wants_or_an_act_beside_it_is_no_proxy(objective, metric):
    assert "metric_proxy" not in codes_of(objective=objective, metric=metric)


def test_an_opinion_nobody_counts_is_left_to_the_number_check():
    codes = codes_of(objective=GYM, metric="Members feeling the classes are great value.")
    assert "metric_proxy" not in codes


def test_a_relative_clause_with_last_years_figure_only_gives_its_level():
    # "which stood at 61% last year" measures nothing of its own beside the clause before it
    metric = "Share of members rating the classes as excellent value, which stood at 61% last year."
    assert "metric_proxy" in codes_of(objective=GYM, metric=metric)


# --- an income that only says who is meant ------------------------------------------------------------------
LEGAL = "People on low incomes in the district get legal advice before their housing case is heard."


@pytest.mark.parametrize(
    "metric",
    [
        "Debt advice that is really open to people on low incomes in the district, and a service that can "
        "keep going.",
        "Advice that is within reach of low-income families, and a clinic that can keep its doors open.",
    ],
)
def test_a_metric_whose_only_count_word_is_who_is_meant_names_no_number(metric):
    assert "metric_no_number" in codes_of(objective=LEGAL, metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Share of clients on low incomes who are advised before their hearing (now 44%).",
        "Income per month from paying clients, and clients on low incomes advised each month.",
    ],
)
def test_an_income_or_a_share_counted_is_still_a_number(metric):
    assert "metric_no_number" not in codes_of(objective=LEGAL, metric=metric)


# --- the metric left to someone else's advice ---------------------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "We'll ask the county adviser what we should measure.",
        "Need to ask our bookkeeper what to track.",
        "I will ask the vet how we should count it.",
    ],
)
def test_asking_someone_what_to_measure_is_no_metric(metric):
    assert "objective_no_metric" in codes_of(
        objective="Fewer calves lost in their first month.", metric=metric
    )


@pytest.mark.parametrize(
    "metric",
    [
        "I'll ask the vet what to measure, and meanwhile we weigh each calf weekly and count calves lost.",
        "Calves lost in their first month; we ask the vet what to measure beyond that each spring.",
    ],
)
def test_an_errand_beside_a_measure_leaves_the_measure(metric):
    assert "objective_no_metric" not in codes_of(
        objective="Fewer calves lost in their first month.", metric=metric
    )


@pytest.mark.parametrize("key", ["data", "monitoring"])
def test_asking_people_how_they_travel_is_still_an_answer(key):
    assert not says_nothing("We'll ask members how they travel to the hall.", key)


# --- an objective that only places and governs the project --------------------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "This review is part of the trust's Digital Front Door work. It is overseen by the deputy director, "
        "runs from May to November and reports to the board each quarter.",
        "The pilot forms part of the county's Active Travel scheme, is funded by the transport grant and "
        "lasts from April to March.",
    ],
)
def test_an_objective_of_programme_team_and_dates_is_missing(objective):
    assert "objective_missing" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        "This pilot forms part of the county's Active Travel scheme: more children cycling to school, with "
        "no more accidents at the gates.",
        "Led by the deputy director, the review aims to cut the wait for a first appointment.",
    ],
)
def test_a_programme_with_an_outcome_in_it_is_an_objective(objective):
    assert "objective_missing" not in codes_of(objective=objective)


# --- nothing to compare, said in dialect --------------------------------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "N/A - we don't take deposits now, so there's nowt to compare it wi'.",
        "We've never had a loyalty card, so there's zilch to compare against.",
    ],
)
def test_nothing_to_compare_in_any_spelling_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "Nowt fancy: today we take a flat deposit of 50 from everyone.",
        "There's nowt new to compare with but last year's 140 no-show hours a month.",
    ],
)
def test_a_dialect_nothing_beside_todays_way_is_a_baseline(baseline):
    assert "no_baseline" not in codes_of(baseline=baseline)


def test_the_note_on_a_counted_opinion_says_it_counts_what_people_think():
    metric = "Share of members rating the classes as excellent value (spring survey)."
    notes = check_plan(Plan(**{**BASE, "objective": GYM, "metric": metric}))
    proxy = next(n for n in notes if n.code == "metric_proxy")
    assert "counts what people think" in proxy.message
