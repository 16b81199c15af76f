"""The seventy-second and seventy-third sets' misses and false alarms, each read for its general cause after
their first looks and tested in the orchard's packhouse in wordings of our own, with sound answers beside
them."""

import pytest

from studyguide.worksheets.coaching.novelty import familiar_item, names_novelty
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.records_claimed import new_lever_unrecorded
from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.rollout import power_given
from studyguide.worksheets.coaching.text import with_continuations_joined
from studyguide.worksheets.coaching.uptake_counts import counts_uptake
from studyguide.worksheets.coaching.work_described import only_its_history
from tests.worksheets.orchard import orchard_codes, orchard_findings


@pytest.mark.parametrize(
    "risk",
    [
        "Buyers with organic orders, whom we haven't had many of.",
        "Farm shops wanting mixed crates, which we've not packed for.",
        "Pear varieties, which hardly appear in our picking logs.",
        "Cider makers, which we have never supplied.",
    ],
)
def test_cases_we_have_met_little_are_new_inputs(risk):
    assert names_novelty(risk)
    assert not familiar_item(risk)


def test_little_met_said_of_our_own_kit_or_staff_stays_familiar():
    for risk in (
        "The grader, which we haven't serviced this year.",
        "Pickers off sick in the busy week.",
        "Staff turnover: packers leave and new ones need training.",
    ):
        assert familiar_item(risk)


def test_new_said_of_a_place_is_no_new_staff():
    # "business" before a noun is a kind of place, not more orders
    assert not familiar_item("New business park by the ring road: small shops, not home bakers.")
    # more of the usual, or our own new people, stay familiar
    assert familiar_item("New business next month may swamp the staff.")
    assert familiar_item("A new packhouse supervisor needs training.")


def test_a_strong_plan_naming_cases_met_little_gets_no_ood_note():
    risks = (
        "Buyers with organic orders, whom we haven't had many of. A grader breakdown. Pickers off sick in "
        "the busy week."
    )
    assert "no_ood_risk" not in orchard_codes(risks=risks)
    assert "no_ood_risk" in orchard_codes(risks="A grader breakdown. Pickers off sick. A late payment.")


def test_a_classifier_score_given_as_a_fraction_measures_the_model():
    metric = "Performance of the early-frost flag: recall 0.62 and precision 0.41 over last season."
    assert "metric_is_model_quality" in orchard_codes(metric=metric)
    assert "metric_is_model_quality" not in orchard_codes(
        metric="Tonnes of picked fruit thrown away per season (now 41 of 900); product recalls: 0."
    )
    assert "metric_is_model_quality" in orchard_codes(metric="Frost flag precision: 0.41, recall = .62.")
    assert "metric_is_model_quality" not in orchard_codes(
        metric="Batches with a product recall 0.5% or less."
    )


def test_our_acts_counted_by_the_round_or_hours_of_work_are_proxies():
    objective = "Young trees alive and above the grass by year 3."
    assert counted_activity("Trees weeded per round (about 9,000 of 24,000)", objective)
    assert counted_activity("contractor hours of weeding per year (140)", objective)
    # an objective that names the act itself is measured by it
    assert not counted_activity("Trees weeded per round", "All our young trees weeded twice a summer.")
    assert not counted_activity("volunteer hours of weeding per year", "More volunteer time on the weeding.")


def test_tickets_to_what_we_put_on_are_taken_up():
    objective = "More adults in town become regular borrowers."
    assert counts_uptake("Tickets taken for the evening talks: 410 last year", objective) == "evening talks"
    # "feel" is no fee: the objective's words are read whole
    assert counts_uptake("Tickets taken for the evening talks", "Readers feel at home.") == "evening talks"
    assert counts_uptake("Tickets sold for the evening talks", "More income from the evening talks.") is None


def test_our_helpers_doing_something_is_our_lever():
    ours = ["which rows we pick first each morning", "weekend helpers recommending varieties at the stall"]
    assert "lever_not_controllable" not in orchard_codes(levers=ours)
    theirs = ["which rows we pick first each morning", "the buyer's chain recommending our varieties"]
    assert "lever_not_controllable" in orchard_findings(levers=theirs)


def test_a_data_box_that_denies_records_and_gives_its_reasons_is_no_data():
    assert no_records_kept(
        "To be honest we don't keep anything on this. Crates are ordered by phone, pickers aren't logged at "
        "the gate, and complaints go to the buyer, not to us."
    )
    assert no_records_kept("Nothing extra planned; it would need someone on the gate all day.")
    # a record named after the denial is data after all
    assert not no_records_kept("We don't keep a formal log, but the weighbridge tickets show every lorry.")
    assert not no_records_kept("Crates are ordered by phone and logged in the packhouse book.")


def test_the_optimizer_refused_in_our_own_words_is_no_optimizer():
    for optimizer in (
        "We won't set anything from the models as such. Maya reads the forecast and splits crates as before.",
        "won't set anything - it'll show the predicted waste on the board and we keep the even split",
    ):
        assert "no_optimizer" in orchard_codes(optimizer=optimizer)
    # a setting held back is a constraint, not a refusal
    assert "no_optimizer" not in orchard_codes(
        optimizer="Sets the split and picking order for the least waste; we won't set anything past 70:30."
    )


def test_what_ifs_refused_for_a_trial_in_the_world_is_no_simulator():
    simulator = "not really doing what-ifs, will just switch the crate split over and see how it goes"
    assert "no_simulator" in orchard_codes(simulator=simulator)
    assert "no_simulator" not in orchard_codes(
        simulator="What if the crate split went to 70 / 30 in a hot week?"
    )


def test_a_model_put_off_until_there_is_more_data_is_no_model():
    for modeler in (
        "will sort a model later when there's more data",
        "will work out the model later once the crates come in",
    ):
        assert "model_missing" in orchard_codes(modeler=modeler)
    assert "model_missing" not in orchard_codes(
        modeler="Tonnes wasted per week from the crate split and the rows picked first; refitted later once "
        "the new variety is in."
    )


_TERMS_LEVERS = [
    "the minimum order (10, 5 or 2 crates)",
    "a small-order surcharge under 10 crates (£3 or £5)",
    "a one-variety-only rule for orders under 5",
    "free delivery over 10 crates",
]


def test_terms_with_their_options_listed_are_levers_and_shape_the_records():
    gains = "More small shops ordering, more of them coming back, fuller packing days, a stronger name."
    codes = orchard_codes(levers=_TERMS_LEVERS, went_really_well=gains)
    assert "levers_missing" not in codes
    assert "no_feedback_loop" in codes
    # rows that only state a level to reach are still no levers
    targets = ["waste under 30 tonnes", "rejections under 2 a week", "which rows we pick first each morning"]
    assert "levers_missing" in orchard_codes(levers=targets)


def test_no_need_to_collect_anything_said_at_length_is_no_data():
    assert no_records_kept("don't think we need to collect anything, i know the buyers")
    assert not no_records_kept("don't think we need to collect anything, the crate log has it all")


def test_a_start_once_it_is_agreed_is_no_rollout():
    rollout = (
        "Once the growers' committee agrees it, the new split will just go live for next year's harvest."
    )
    assert "no_rollout" in orchard_codes(rollout=rollout)
    staged = (
        "Once the committee agrees it, the new split goes live in one shed first, with Maya able to stop it."
    )
    assert "no_rollout" not in orchard_codes(rollout=staged)


def test_a_person_at_every_session_is_no_blanket_start():
    rollout = "Half the sheds this year. Maya can cancel any split. Me at every picking."
    assert "rollout_not_gradual" not in orchard_codes(rollout=rollout)
    assert "rollout_not_gradual" in orchard_codes(rollout="Every shed at once. Maya can cancel any split.")


def test_an_archivist_who_can_end_it_holds_the_power():
    assert power_given("The city archivist can end it.")
    assert power_given("The duty curator can stop it on the day.")
    assert not power_given("The booking system can end it.")


def test_a_story_comparing_more_than_we_could_cope_with_wants_nothing():
    story = (
        "Last autumn we picked far more early apples than the packhouse could cope with. Three big buyer "
        "orders came in the same fortnight, two of them wanting graded fruit, and we ended up packing at "
        "weekends while small orders sat in the cold store. Two shops cancelled and one left a review that "
        "still comes up first on a search."
    )
    assert only_its_history(story)
    assert not only_its_history(story + " This year we want fewer orders cancelled.")


def test_a_list_worked_in_the_order_given_has_no_one_overseeing_it():
    rollout = (
        "The early variety first for two weeks, then the rest. The picking list goes to the crews' phones "
        "each morning and is worked in the order given; late orders go into tomorrow's list, not today's."
    )
    assert "rollout_no_human_oversight" in orchard_findings(rollout=rollout)


def test_a_new_setting_the_model_reads_with_no_record_needs_an_experiment():
    levers = ["cold store first instead of straight to the buyer", "which rows we pick first each morning"]
    modeler = "Tonnes wasted per week, from cold store first, the rows picked first and the frost dates."
    plan = {"levers": levers, "modeler": modeler, "experiment_needed": "no", "experiment_notes": ""}
    assert "lever_no_data_experiment" in orchard_codes(**plan)
    # named in the records, or tried in an experiment, it is answered
    recorded = "Five seasons of picking logs; cold store first was used in 2021 and 2023."
    assert new_lever_unrecorded(recorded, levers, modeler) is None
    assert new_lever_unrecorded("", levers, modeler) == levers[0]
    tried = {
        **plan,
        "experiment_needed": "yes",
        "experiment_notes": "Alternate weeks: cold store first or not.",
    }
    assert "lever_no_data_experiment" not in orchard_codes(**tried)


def test_the_measure_said_as_a_sentence_is_a_label_not_a_count():
    feeling = "2. The measure will be buyers telling us they feel more confident their crates are right."
    assert "metric_no_number" in orchard_codes(metric=feeling)
    counted = "The measure will be tonnes thrown away per season (41 of 900 now)."
    assert "metric_no_number" not in orchard_codes(metric=counted)


def test_a_prediction_printed_as_a_guide_with_the_levers_kept_as_set_decides_nothing():
    optimizer = (
        "- we'll print the predicted waste for each week on the packhouse board as a guide\n"
        "- the crate split and picking order stay as we set them in August"
    )
    assert "prediction_not_decision" in orchard_codes(optimizer=optimizer)


def test_records_full_of_those_a_setting_drew_in_state_a_loop():
    said = (
        "If more shops can pay, more sign up, so we may need a second van, and next year's data will be full "
        "of shops who only came because of the small crate price."
    )
    assert "no_feedback_loop" not in orchard_findings(
        went_really_well=said, levers=["the price per crate we charge the buyer", "which rows we pick first"]
    )


def test_an_act_we_pay_for_in_the_row_is_our_offer():
    levers = [
        "which rows we pick first each morning",
        "the grower bringing their own crates, for a lower fee",
    ]
    assert "lever_not_controllable" not in orchard_findings(levers=levers)
    theirs = ["which rows we pick first each morning", "the buyer's chain recommending our varieties"]
    assert "lever_not_controllable" in orchard_findings(levers=theirs)


def test_a_gain_with_a_reason_tacked_on_is_still_gains_only():
    gains = (
        "Less waste. Fewer rejected crates. Pickers happier. Packhouse busier in August, which helps the "
        "case for a second shed."
    )
    levers = ["the price per crate we charge the buyer", "a text reminder to the buyer the day before"]
    assert "no_feedback_loop" in orchard_codes(went_really_well=gains, levers=levers)
    assert with_continuations_joined(["busier in August", "which helps", "fewer crates"]) == [
        "busier in August, which helps",
        "fewer crates",
    ]
