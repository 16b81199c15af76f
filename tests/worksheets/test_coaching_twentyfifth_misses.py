"""Coaching study 63 (the twenty-fifth set's misses that study 60 should have caught), by general cause: a
figure another party gets or asks for as the baseline, stages that all start on one day, a one-day launch
after which every unit follows the model, our own tastings or checks counted for an outcome, and a forecast
shown on a website. Each with the right plans that must stay clean. Pure: the rules alone, no model. Our own
sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.baseline_stand_ins import stands_in
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.report_landing import lands_in_a_report
from studyguide.worksheets.coaching.rollout import stages_share_one_day

# A cider press plan that deserves no note; each test changes one field.
STRONG = dict(
    objective="Sell more bottles of cider and pour fewer batches away.",
    metric="Bottles sold per month (now 2,300) and batches poured away per year (now 6).",
    levers=["pressing temperature", "yeast dose per litre", "price of a six-pack"],
    uncontrollables=["apple harvest", "weather"],
    data="Three years of batch sheets and till records; yeast dose alternated by batch for two months.",
    modeler="Chance a batch spoils given temperature, yeast dose and harvest; bottles sold given price and "
    "weather.",
    simulator="If we press at 12 °C with 0.3 g/l of yeast after a wet harvest, how many batches spoil?",
    optimizer="Chooses pressing temperature, yeast dose and the six-pack price each month for the most "
    "bottles sold, at most one batch poured away.",
    baseline="Today the cider maker presses at 15 °C with 0.4 g/l, as always, and a six-pack is £12.",
    rollout="One press for two months with the cider maker approving each batch's settings, then the "
    "second press.",
    monitoring="The owner checks bottles sold and batches poured away every month against last year.",
    risks="A new apple variety unlike anything in our sheets; if we always press the same way we never learn "
    "about others, so some batches keep the old settings.",
)


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**STRONG, **changes}))}


def test_the_strong_cider_plan_gets_no_note():
    assert codes_of() == set()


# --- a figure another party gets, or a level another party asks for, as the baseline ---
@pytest.mark.parametrize(
    "baseline",
    [
        "The press down the road tells us they lose 3% of batches.",
        "Our neighbours get 5% spoiled batches.",
        "Competitors report about 2,000 bottles a month.",
        "The supermarket asks every supplier for no more than 1% spoiled batches; that is our bar.",
        "The bar we hold ourselves to: at most one spoiled batch a year.",
    ],
)
def test_someone_elses_figure_or_a_level_asked_for_is_no_baseline(baseline):
    assert stands_in(baseline)
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "Last year we poured away 6 batches; the press down the road tells us they lose 3%.",
        "We lose 4% of batches now; our neighbours get 5%.",
        "Today we press at 15 °C; the supermarket asks for no more than 1% spoiled batches.",
        "We press at the temperature our neighbours use, 15 °C, every batch.",  # a rule followed
    ],
)
def test_our_own_figure_beside_anothers_is_a_baseline(baseline):
    assert not stands_in(baseline)
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- stages that all start on one day; a one-day launch after which everything follows ---
SAME_DAY = (
    "Stage 1: the new temperatures start on 1 March at all three presses. Stage 2: the yeast dose "
    "also from 1 March at all three. The cider maker checks every batch and can stop it."
)


def test_stages_that_start_on_one_day_are_not_gradual():
    assert stages_share_one_day(SAME_DAY)
    assert "rollout_not_gradual" in codes_of(rollout=SAME_DAY)


@pytest.mark.parametrize(
    "rollout",
    [
        "Stage 1: the new temperatures from 1 March at the first press. Stage 2: from 1 May at both presses. "
        "The cider maker checks every batch and can stop it.",
        "Stage 1 on 1 March at the first press; if it goes well, stage 2 from 1 March next year at both. The "
        "cider maker checks every batch and can stop it.",
    ],
)
def test_staged_rollouts_whose_stages_differ_in_time_are_gradual(rollout):
    assert not stages_share_one_day(rollout)
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


def test_a_one_day_launch_after_which_every_batch_follows_the_model_is_not_gradual():
    rollout = (
        "A 'trial launch' on Monday 2 March: from that morning every batch and every price follows the "
        "model. The cider maker checks each day and can switch back."
    )
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


def test_a_one_day_start_in_one_press_is_gradual():
    rollout = (
        "Trial on Monday 2 March in the first press only: from that morning its batches follow the "
        "model; the second press after a month. The cider maker checks each day and can switch back."
    )
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


# --- our own tastings or checks counted for an outcome ---
@pytest.mark.parametrize(
    "clause",
    [
        "Number of tastings poured per week at the cellar door",
        "temperature checks logged per batch (100% compliance)",
        "hygiene inspections carried out per month",
    ],
)
def test_our_own_tastings_or_checks_counted_are_activity(clause):
    assert counted_activity(clause, "Sell more bottles of cider and fewer spoiled batches.")


@pytest.mark.parametrize(
    "clause, objective",
    [
        ("Number of tastings poured per week", "More tastings at the cellar door, our paid experience."),
        ("tastings poured that were paid for", "Sell more bottles."),  # a sale after the act
        ("batches poured away per year", "Pour fewer batches away."),  # the outcome itself
        ("incidents logged per 100 visits", "Fewer injuries at the cellar door."),  # the world, recorded
        ("temperature checks logged per batch", "Every batch checked on time, for the inspector."),
    ],
)
def test_tastings_the_objective_asks_for_or_the_outcome_recorded_is_no_activity(clause, objective):
    assert not counted_activity(clause, objective)


def test_tastings_counted_for_bottles_sold_are_a_proxy():
    metric = "Number of tastings poured per week at the cellar door, now 300, target 450."
    assert "metric_proxy" in codes_of(
        objective="Sell more bottles of cider at the cellar door.", metric=metric
    )


# --- a forecast shown on a website or a label ---
@pytest.mark.parametrize(
    "optimizer",
    [
        "Each morning the shop website shows the forecast as 'today's cider: dry / sweet'.",
        "The label displays the predicted sweetness for customers.",
    ],
)
def test_a_forecast_shown_on_a_website_or_label_lands_there(optimizer):
    assert lands_in_a_report(optimizer)


def test_a_forecast_only_shown_to_customers_decides_nothing():
    optimizer = (
        "The shop website shows the forecast sweetness each morning; the cider maker presses as always."
    )
    assert "prediction_not_decision" in codes_of(optimizer=optimizer, simulator="We read the forecast.")


def test_a_forecast_on_a_label_that_also_feeds_the_optimizer_decides():
    optimizer = (
        "Chooses the pressing temperature and yeast dose each batch for the fewest poured away; the "
        "predicted sweetness is also printed on the label."
    )
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)


def test_checks_counted_with_a_grading_band_are_a_proxy():
    metric = "Temperature checks logged per batch (100% compliance). Meets expectations at 90%."
    assert "metric_proxy" in codes_of(objective="Fewer cider batches that spoil.", metric=metric)


def test_a_grading_band_on_the_outcome_is_no_proxy():
    metric = "Spoiled batches per 100. Meets expectations at 2 or fewer."
    assert "metric_proxy" not in codes_of(objective="Fewer cider batches that spoil.", metric=metric)
