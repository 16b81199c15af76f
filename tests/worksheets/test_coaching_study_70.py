"""The seventieth set's false alarms and misses (and two of the seventy-first's), each read for its general
cause after its first look and tested in the orchard's packhouse in wordings of our own, with sound answers
beside them."""

import pytest

from studyguide.worksheets.coaching.field_judge import JUDGED
from studyguide.worksheets.coaching.levers import read_lever
from studyguide.worksheets.coaching.money_count import counts_money_for_acts
from studyguide.worksheets.coaching.novelty import names_novelty
from studyguide.worksheets.coaching.proposals_only import only_proposals_checked
from studyguide.worksheets.coaching.system_upkeep_watch import only_system_running_watched
from tests.worksheets.orchard import orchard_codes, orchard_findings, orchard_plan

_METRIC = "Crates sold to the buyer: 610 last season. Crates rejected: 14. Income per crate: £24."


def test_a_watch_while_letters_are_out_is_no_check_that_they_went():
    watch = "Maya checks replies and switches weekly while letters are out."
    assert not only_system_running_watched(watch, _METRIC)
    assert only_system_running_watched("Maya checks each week that the letters are out on time.", _METRIC)


def test_bookings_and_a_turned_away_list_are_what_people_did():
    assert not only_proposals_checked("maya checks bookings and the turned-away list every friday", _METRIC)
    assert only_proposals_checked("maya checks the picking list before it goes out each friday", _METRIC)


def test_money_beside_labelled_counts_of_the_act_is_no_money_only_metric():
    objective = "Fill the cold store midweek with growers who want space, without losing the regulars."
    assert not counts_money_for_acts(_METRIC, objective)
    assert "metric_proxy" not in orchard_codes(objective=objective, metric=_METRIC)
    # money alone, with its target, still counts only what people leave
    assert counts_money_for_acts(
        "Donations in the tins: 2,140 last summer. Target: 3,000.", "more children play"
    )


@pytest.mark.parametrize(
    "risk",
    [
        "Growers with huge orchards.",
        "Varieties on ancient rootstock.",
        "A newer cold store design.",
        "A very cold April.",
        "Frost damage the model knows nothing about.",
        "Buyers in far time zones.",
        "Export rule changes.",
        "Pick-your-own visitors, who mostly go to the farm shop we don't cover.",
    ],
)
def test_risks_of_inputs_unlike_the_data_said_in_plain_words(risk):
    assert names_novelty(risk)


def test_plain_risks_stay_familiar():
    for risk in (
        "Pickers off sick in the busy week.",
        "The van breaking down.",
        "We don't see any other risks.",
        "We don't take risks with the van.",
        "We don't cover the costs of a second van.",
    ):
        assert not names_novelty(risk)


def test_the_judge_does_not_overrule_a_new_input_named():
    applies = JUDGED["no_ood_risk"].applies
    assert not applies(orchard_plan(risks="Growers with huge orchards. Pickers off sick. The van breaking."))
    assert applies(orchard_plan(risks="Pickers off sick. The van breaking. A late payment."))
    # a bare "change", a shift or "never" may be about our staff, our costs or the plan: left to the judge
    assert applies(
        orchard_plan(
            risks="Pickers moved off the shifts they like. Maya overriding it so it never gets a fair test."
        )
    )
    assert applies(
        orchard_plan(risks="A change in VAT on crates. Pickers upset by a change of foreman. The van.")
    )


def test_who_does_it_with_us_among_the_answers_is_our_choice():
    assert read_lever("who does it: us, or a guided self-pick").verdict == "control"
    assert read_lever("who sends us the pickers").verdict == "world"


def test_an_optimizer_refused_outright_is_no_optimizer():
    refused = "I'm not going to let the model set anything. The split stays as it has always been."
    assert "no_optimizer" in orchard_codes(optimizer=refused)
    # one setting kept back is a constraint of a real optimizer
    kept = "Sets each week's split for the least waste; I won't let it change the Saturday picking."
    assert "no_optimizer" not in orchard_codes(optimizer=kept)


def test_a_predicted_date_only_printed_is_a_prediction_not_a_decision():
    optimizer = (
        "None. The expected run-out date is printed beside each row on the office list. Maya splits as now."
    )
    codes = orchard_codes(optimizer=optimizer)
    assert "prediction_not_decision" in codes
    assert "no_optimizer" not in codes


def test_switched_on_once_built_and_priced_is_no_rollout():
    rollout = (
        "Q: How does it start? A: We'll switch it on once the models are built and we've agreed the price."
    )
    assert "no_rollout" in orchard_codes(rollout=rollout)


def test_a_date_of_another_event_reads_no_date_lever():
    levers = [
        "the date the balance is due (6 or 10 weeks before)",
        "which rows we pick first each morning",
    ]
    modeler = "Tonnes wasted per week from frost dates, the variety and the date the van arrives."
    assert "model_no_lever" in orchard_findings(levers=levers, modeler=modeler)
    reads = "Tonnes wasted per week from frost dates, the variety and the date the balance is due."
    assert "model_no_lever" not in orchard_findings(levers=levers, modeler=reads)


def test_a_story_that_only_wonders_wants_nothing():
    story = (
        "I took over the orchard from my uncle in 2019, after twenty years of him selling to the same buyer. "
        "The first season the buyer rejected a third of the crates for bruising in the hot spell, which "
        "went better the year after once we picked in the early mornings, and since then I have wondered "
        "whether a cold store of our own would be better."
    )
    codes = orchard_codes(objective=story)
    assert "objective_missing" in codes
    assert "objective_is_prediction" not in codes
    wish = story + " I want less fruit wasted between the orchard and the buyer."
    assert "objective_missing" not in orchard_codes(objective=wish)
