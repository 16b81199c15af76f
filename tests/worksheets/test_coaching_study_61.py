"""The sixty-first set's misses and false alarms, each read for its general cause and tested in the orchard's
packhouse in several wordings of our own, with sound answers beside them (the set's own plans are measured by
``test_coaching.py``)."""

import pytest

from studyguide.worksheets.coaching.model_measures import told_versus_actual
from studyguide.worksheets.coaching.non_answers import is_non_answer
from studyguide.worksheets.coaching.optimised import optimiser_sets
from studyguide.worksheets.spec import FIELDS
from tests.worksheets.orchard import orchard_codes


@pytest.mark.parametrize(
    "placeholder", ["tbc", "To add", "see later", "to follow", "coming soon", "fill in later"]
)
def test_a_forms_placeholders_answer_nothing(placeholder):
    assert is_non_answer(placeholder)


@pytest.mark.parametrize(
    "answer", ["see later: the foreman decides by feel", "Pending: Maya reviews by hand"]
)
def test_a_placeholder_followed_by_a_practice_is_an_answer(answer):
    assert not is_non_answer(answer)


def test_a_form_of_placeholders_is_an_empty_plan():
    fields = {}
    for n, field in enumerate(f for f in FIELDS if f.name != "title"):
        filler = ("tbc", "?", "to add", "see later")[n % 4]
        fields[field.name] = [filler] if field.name in ("levers", "uncontrollables") else filler
    fields["experiment_needed"] = ""
    assert orchard_codes(**fields) == {"empty_plan"}


@pytest.mark.parametrize(
    "row",
    [
        "buyers placing their crate orders before the end of June",
        "pickers booking their own shifts online",
        "growers renewing their packing contract early",
        "the buyer promoting the apples on its own website every week",
    ],
)
def test_another_partys_own_dealings_are_no_lever(row):
    levers = ["how many crates go straight to the buyer vs our own cold store", row]
    assert "lever_not_controllable" in orchard_codes(levers=levers)


@pytest.mark.parametrize(
    "row",
    [
        "how early we open crate orders for the buyer",
        "which pickers we book on the early rows",
        "the offer we promote on our own website every week",
    ],
)
def test_our_own_dealings_stay_levers(row):
    levers = ["how many crates go straight to the buyer vs our own cold store", row]
    assert "lever_not_controllable" not in orchard_codes(levers=levers)


@pytest.mark.parametrize(
    "risks",
    [
        "Varieties we've not packed before. A buyer with grading rules we haven't met. Hail.",
        "- growers we haven't served before\n- a cold store fault\n- pickers leaving early",
        "Pickers with new injuries; a wholesale buyer moving to online auctions; a wet spring.",
        "Overseas buyers who want a different crate; staff sickness; the van breaking down.",
    ],
)
def test_risks_of_what_we_have_not_met_name_new_inputs(risks):
    assert "no_ood_risk" not in orchard_codes(risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "Staff sickness; a new packhouse manager; rising diesel costs.",
        "The van breaking down. The new pickers needing training. Late payment by the buyer.",
    ],
)
def test_risks_about_our_own_people_and_money_stay_familiar(risks):
    assert "no_ood_risk" in orchard_codes(risks=risks)


@pytest.mark.parametrize(
    "metric",
    [
        "Not decided yet. We'll run the first fortnight and pick our measures at the October meeting.",
        "We haven't agreed what to count yet; we'll set our targets after the first month.",
    ],
)
def test_measures_still_to_pick_are_no_metric(metric):
    assert "objective_no_metric" in orchard_codes(metric=metric)


@pytest.mark.parametrize(
    "sentence",
    [
        "The average difference between the tonnes I estimate each week and the tonnes it actually wastes",
        "the gap between what we forecast for each row and what the row really yields",
        "estimated vs actual tonnes wasted per week",
    ],
)
def test_the_gap_between_an_estimate_and_what_happened_scores_the_model(sentence):
    assert told_versus_actual(sentence)
    assert "metric_is_model_quality" in orchard_codes(
        metric=f"{sentence}: 9 tonnes now, aim to get it down to 3."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "the difference between the price we quote and what it actually costs us",
        "tonnes wasted against last season",
    ],
)
def test_a_margin_or_a_past_season_is_no_model_score(sentence):
    assert not told_versus_actual(sentence)


@pytest.mark.parametrize(
    "modeler",
    [
        "We won't build anything. We'll ask Maya, our packhouse manager, what she reckons will go to waste.",
        "No model: I'll check with the foreman which rows he thinks will spoil first.",
    ],
)
def test_a_persons_view_asked_for_is_no_model(modeler):
    assert "model_missing" in orchard_codes(modeler=modeler)


@pytest.mark.parametrize(
    "rollout",
    [
        "Early variety first. The tool sets the split each morning and the packhouse system is locked to it, "
        "so pickers and the manager cannot hold, change or switch off a split it has set.",
        "Two weeks on the early rows; supervisors aren't able to override the split the software picks.",
    ],
)
def test_our_people_denied_the_power_to_step_in_is_no_oversight(rollout):
    assert "rollout_no_human_oversight" in orchard_codes(
        rollout=rollout, monitoring="Monthly report to the owner."
    )


def test_our_people_denied_except_one_keeps_a_person_in_charge():
    rollout = "Two weeks on the early rows; pickers cannot change the split, but Maya can stop it any day."
    assert "rollout_no_human_oversight" not in orchard_codes(rollout=rollout)


_OLD_DAYS = [
    "The orchard has been in the family since the 1890s: my grandfather used to pack every crate by hand in "
    "the barn, and there's still a photo of him with the first cold store by the door. These days the buyer "
    "collects on Tuesdays and Fridays, the pickers come from the village, and most of the fruit goes to the "
    "same wholesaler in town that my father sold to.",
    "Back then we had one variety, two pickers and a horse and cart; my mother used to sell the seconds at "
    "the gate on Saturdays. Nowadays there are eleven rows of five varieties, a cold store by the barn and a "
    "wholesaler who collects twice a week. The packhouse runs from March to October with six of us on the "
    "busiest days.",
]


@pytest.mark.parametrize("objective", _OLD_DAYS)
def test_a_story_of_the_old_days_wants_nothing(objective):
    assert "objective_missing" in orchard_codes(objective=objective)


def test_a_story_that_says_what_it_wants_is_an_objective():
    objective = (
        "The orchard has been in the family since the 1890s: my grandfather used to pack every crate by "
        "hand. These days too much fruit spoils between the rows and the buyer. We want less of it thrown "
        "away."
    )
    assert "objective_missing" not in orchard_codes(objective=objective)


@pytest.mark.parametrize(
    "modeler",
    [
        "Tonnes wasted per week, predicted from the market's crate price, frost dates and the tonnes wasted "
        "in the same week last year.",
        "It predicts waste per week from the forecast, the council's collection days and the number wasted "
        "in the same week last season.",
    ],
)
def test_another_partys_setting_or_the_outcomes_past_reads_no_lever(modeler):
    optimizer = (
        "Chooses how many crates go straight on and which rows we pick first each morning, for the least "
        "waste."
    )
    assert "model_no_lever" in orchard_codes(modeler=modeler, optimizer=optimizer)


def test_a_model_reading_our_split_stays_linked():
    modeler = (
        "Tonnes wasted per week from the market's crate price, the split of crates we send and frost dates."
    )
    assert "model_no_lever" not in orchard_codes(modeler=modeler)


@pytest.mark.parametrize(
    ("optimizer", "sets"),
    [
        ("Sets the minimum crate load and picking order to waste the least.", True),
        ("Chooses the picking order, minimum 3 pickers a row.", False),
        ("Sets the picking order to minimise waste.", False),
    ],
)
def test_a_minimum_the_optimiser_sets_is_a_setting_and_a_bound_is_not(optimizer, sets):
    assert optimiser_sets("minimum crate load", optimizer) is sets
