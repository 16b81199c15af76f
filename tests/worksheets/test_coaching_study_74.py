"""Readings added with the seventy-fourth and seventy-fifth sets: first, before those sets were read, two
general causes the earlier studies left as questions or misses (a figure another party fixes, a model's
verbless outcome naming what the aim counts); each tested in the orchard's packhouse in wordings of our own,
with sound answers beside them."""

from studyguide.worksheets.coaching.gerund_parties import names_another_acting
from studyguide.worksheets.coaching.metric_wording import names_a_count, without_non_counts
from studyguide.worksheets.coaching.model_inputs import listed_inputs, without_outcome_head
from studyguide.worksheets.coaching.money_count import counts_money_for_acts
from studyguide.worksheets.coaching.optimizer_refused import refuses_to_optimise
from studyguide.worksheets.coaching.ownership import fixed_by_another
from studyguide.worksheets.coaching.placeholders import deferred
from studyguide.worksheets.coaching.risks_shrugged import risks_shrugged
from studyguide.worksheets.coaching.text import content_stems
from studyguide.worksheets.coaching.whole_scope import without_scope_words
from studyguide.worksheets.coaching.world_outright import names_market_price
from tests.worksheets.orchard import orchard_codes, orchard_findings

# a loop named under what if it went really well, so that the risks box is read for new inputs alone
_GAINS_ONLY_LOOP = (
    "The rows we pick first look best in the data, so we may never learn what the others would have given."
)
_OWN_LEVERS = [
    "how many crates go straight to the buyer vs our own cold store",
    "which rows we pick first each morning",
]


def test_a_figure_another_party_fixes_is_said_not_asked():
    assert fixed_by_another("the rent the estate's landlord charges for the packhouse each year")
    assert fixed_by_another("the collection day the district council sets for the lane")
    rented = [*_OWN_LEVERS, "the rent the estate's landlord charges for the packhouse each year"]
    assert "lever_not_controllable" in orchard_codes(levers=rented)


def test_a_clause_with_no_verb_of_fixing_is_no_other_party():
    # "a key drop the night before for early birds": "birds" ends the phrase, it is no verb of deciding
    assert not fixed_by_another("a key drop the night before for early birds")
    assert not fixed_by_another("a bonus for shifts accepted within the last 12 hours")
    # one of our own teams setting it is ours
    assert not fixed_by_another("the loading order the packing team sets")
    staffed = [*_OWN_LEVERS, "the loading order the packing team sets"]
    assert "lever_not_controllable" not in orchard_codes(levers=staffed)


def test_a_model_headed_by_what_the_aim_counts_reads_no_lever_through_it():
    aim = {"objective": "More crate-days of cold storage let to other growers.", "metric": "Crate-days let"}
    levers = ["the daily crate price we charge growers", "a discount for a whole season's storage"]
    modeler = "Crates per day, from frost dates, the buyer's order and the week of the season."
    assert without_outcome_head(modeler, content_stems("crate-days")).lstrip().startswith("per day")
    assert "model_no_lever" in orchard_findings(**aim, levers=levers, modeler=modeler)
    # reading the price is reading a lever
    priced = modeler.replace("the week of the season", "the crate price we charge that week")
    assert "model_no_lever" not in orchard_findings(**aim, levers=levers, modeler=priced)
    # a head of more than three words may be a clause whose words the levers hold: kept
    clause = "Chance a grower rents a crate given the price we charge."
    assert without_outcome_head(clause, content_stems("crate-days")) == clause


# --- the seventy-fourth and seventy-fifth sets, read after their first looks ------------------------------


def test_risks_shrugged_off_with_a_reason_are_no_risks():
    shrugged = "Honestly I can't think of anything much. We know our buyers well and it's the same fruit."
    assert risks_shrugged(shrugged) is not None
    assert "no_risks" in orchard_codes(risks=shrugged)
    assert "no_risks" in orchard_codes(risks="nothing much to worry about - we've packed fruit for years")
    # a second thought in the same breath names a risk
    assert risks_shrugged("Nothing much to worry about, but a new variety could ripen earlier.") is None
    assert risks_shrugged("I can't think of any others besides a new variety.") is None


def test_a_model_put_off_until_the_data_comes_in_is_no_model():
    assert "model_missing" in orchard_codes(
        modeler="tbc - we'll work out a model once we have a season of data"
    )
    # how a choice is made when the forecast comes is no deferral
    assert not deferred("we'll set the split when we see the forecast each Monday")


def test_asking_the_model_nothing_and_watching_how_things_sell_is_no_simulator():
    declined = "not going to ask it anything as such - we'll just see how the early crates sell"
    assert "no_simulator" in orchard_codes(simulator=declined)
    assert "no_simulator" not in orchard_codes(simulator="What if a third of the crates went to the store?")


def test_so_everybody_wins_after_gains_is_no_thought_on_the_data():
    gains = "Less fruit thrown away, the buyer gets fuller crates and we spend less, so everybody wins."
    assert "no_feedback_loop" in orchard_codes(went_really_well=gains)
    # "so" with a consequence for the data is a thought
    loop = "Less fruit thrown away, so the rows we pick first will fill the records and hide the others."
    assert "no_feedback_loop" not in orchard_codes(went_really_well=loop)


def test_a_count_of_people_who_decide_is_their_choice_not_a_lever():
    levers = [*_OWN_LEVERS, "number of current growers who decide to store with us another year"]
    assert "lever_not_controllable" in orchard_codes(levers=levers)
    shares = [*_OWN_LEVERS, "share of buyers that choose a weekly collection instead of delivery"]
    assert "lever_not_controllable" in orchard_codes(levers=shares)
    # a count of what we do to them is ours
    sent = [*_OWN_LEVERS, "number of growers we call before the season"]
    assert "lever_not_controllable" not in orchard_codes(levers=sent)


def test_enquiries_for_homes_let_are_on_the_way_and_a_clause_reading_back_counts_nothing():
    assert without_non_counts(
        "views per listing (410) and enquiries (14), both of which we can read daily"
    ) == ("views per listing (410) and enquiries (14)")
    objective = "Our landlords' homes let sooner to tenants who suit them."
    metric = "Enquiries received per listing (average 14), both of which we read each day."
    assert "metric_proxy" in orchard_codes(objective=objective, metric=metric)
    assert "metric_proxy" not in orchard_codes(
        objective=objective, metric="Days from listing to let (now 23)."
    )


def test_an_optimizer_that_only_shows_the_prediction_and_keeps_the_planners_settings_decides_nothing():
    shown = (
        "None at present. The predicted waste is shown on the packhouse screen; the split and the picking "
        "order stay as the managers set them each week."
    )
    assert "prediction_not_decision" in orchard_codes(optimizer=shown)
    refused = "won't set anything from it - Maya notes the forecast and keeps the split as she does now"
    assert "no_optimizer" in orchard_codes(optimizer=refused)
    assert refuses_to_optimise(refused)


def test_a_gerund_before_an_events_noun_names_the_event_not_a_party_acting():
    levers = [*_OWN_LEVERS, "grower briefing evening at the packhouse (free)"]
    assert "lever_not_controllable" not in orchard_findings(levers=levers)
    assert not names_another_acting("grower briefing evening at the packhouse")
    assert names_another_acting("boutiques placing autumn orders by the end of February")


def test_an_inputs_bracketed_examples_end_no_list():
    assert listed_inputs("Waste from variety (early, late), frost dates and the buyer's order.") == [
        ["variety", "frost dates", "the buyer's order"]
    ]


def test_a_counted_start_day_is_no_first_step_of_the_rollout():
    assert "first" not in without_scope_words(
        "From the first of next month every buyer moves onto the split."
    )
    everyone = (
        "From the first of next month every buyer, old and new, moves onto the split the optimizer picks. "
        "Maya, the packhouse manager, can move any buyer back if it looks wrong."
    )
    assert "rollout_not_gradual" in orchard_codes(rollout=everyone)


def test_a_person_who_can_put_everyone_back_names_power_not_the_scope():
    limited = (
        "Only the early variety for the first six weeks (the late rows stay on the fixed split). Maya, the "
        "packhouse manager, can put everyone back on the fixed split."
    )
    assert "rollout_not_gradual" not in orchard_codes(rollout=limited)


def test_staff_doing_exactly_what_the_system_says_is_no_oversight():
    rollout = (
        "Two weeks of the early variety first, then the rest. The system splits every crate as it is picked "
        "and the packers load exactly where it says; no crate can be moved on the day."
    )
    assert "rollout_no_human_oversight" in orchard_codes(
        rollout=rollout, monitoring="I read waste each month."
    )


def test_a_price_rise_of_new_goods_is_money_not_a_new_input():
    risks = "The cold store failing. A rise in the price of new crates. A buyer paying late."
    assert "no_ood_risk" in orchard_codes(risks=risks, went_really_well=_GAINS_ONLY_LOOP)


def test_a_list_of_unusual_cases_names_new_inputs_without_the_word_new():
    risks = (
        "A supermarket buyer with 90-day terms. Buyers arriving with their own crates. A school wanting one "
        "crate a week."
    )
    assert "no_ood_risk" not in orchard_codes(risks=risks, went_really_well=_GAINS_ONLY_LOOP)
    # one customer among failures and prices is no list of cases
    familiar = "The cold store failing. A rise in the price of crates. A large buyer disputing invoices."
    assert "no_ood_risk" in orchard_codes(risks=familiar, went_really_well=_GAINS_ONLY_LOOP)


def test_working_out_which_will_happen_is_a_prediction_objective():
    objective = "Work out which of our buyers are going to switch to another packer in the next season"
    assert "objective_is_prediction" in orchard_codes(objective=objective)


def test_calling_a_feeling_the_measure_counts_nothing():
    metric = "The crew feeling less rushed. If Maya isn't working until ten at night, that's the measure."
    assert "metric_no_number" in orchard_codes(metric=metric)
    assert not names_a_count("that's the measure")
    assert names_a_count("tonnes thrown away per week")


def test_records_denied_for_want_of_time_or_wiped_or_kept_for_the_accountant_are_no_data():
    data_have = (
        "nothing written down really. picks are in my head and on the van's tracker history, which wipes "
        "after a month. invoices go to the accountant but don't say which rows they came from"
    )
    data_collect = "Not planning to start - too much hassle with two orchards and a full-time job."
    assert "no_data" in orchard_codes(data_have=data_have, data_collect=data_collect)
    kept = "Five seasons of picking logs, which Maya exports each month."
    assert "no_data" not in orchard_codes(data_have=kept, data_collect=data_collect)


def test_a_trade_price_with_prices_to_choose_from_is_ours():
    assert not names_market_price("Trade price per crate (for 10kg: £2.40 or £2.70)")
    assert names_market_price("the trade price of apples")
    priced = [*_OWN_LEVERS, "Trade price per crate (for 10kg: £2.40 or £2.70)"]
    assert "lever_not_controllable" not in orchard_codes(levers=priced)


# --- the seventy-sixth and seventy-seventh sets, read after their first looks ------------------------------


def test_money_beside_a_count_of_the_act_is_no_money_only_metric():
    objective = "More people hiring our crates for weekend jobs, and the crates coming back whole."
    metric = "weekend crate hires per month (9 avg). crates damaged per month (1 in 9). delivery income."
    assert "metric_proxy" not in orchard_codes(objective=objective, metric=metric)
    assert not counts_money_for_acts(metric, objective)
    # the money alone, with its target, still counts what people leave, not what they do
    giving = "More people picking fruit at our open days."
    assert counts_money_for_acts("Donations in the tins: £2,140 last year. Our target is £3,500.", giving)


def test_people_described_by_what_they_did_with_us_are_whom_we_reach():
    levers = [*_OWN_LEVERS, "texts to buyers who had their crates with us last year"]
    assert "lever_not_controllable" not in orchard_findings(levers=levers)


def test_clients_lost_to_competitors_are_our_own_figure():
    baseline = "Fixed split, no cold store: 38 of 57 buyers kept, 13% margin, 11 lost to competitors."
    assert "no_baseline" not in orchard_codes(baseline=baseline)
    assert "no_baseline" in orchard_codes(baseline="The farm next door throws away 30 tonnes a season.")


def test_a_person_who_can_do_one_thing_or_cancel_is_in_charge():
    rollout = (
        "The early variety only. The split is set automatically and no one needs to watch it; our driver can "
        "refuse a load, and Maya can move or cancel any crate."
    )
    assert "rollout_no_human_oversight" not in orchard_codes(rollout=rollout)


def test_a_review_of_the_next_step_is_no_one_in_charge_of_the_system():
    rollout = (
        "Phase 1 covers the early variety only. The system sends every crate without anyone in the packhouse "
        "touching it; staff are told not to alter its loads. Other varieties stay manual. The monthly review "
        "decides whether to add more varieties."
    )
    assert "rollout_no_human_oversight" in orchard_codes(rollout=rollout)


def test_half_a_risks_list_of_unusual_cases_names_new_inputs():
    risks = (
        "- A supermarket buyer needing halal labels on every crate\n- A school group on a tight budget\n"
        "- Summer heat spoiling fruit\n- A packer nearby offering cheaper storage"
    )
    assert "no_ood_risk" not in orchard_codes(risks=risks, went_really_well=_GAINS_ONLY_LOOP)


def test_a_model_to_be_put_together_once_figures_come_in_is_no_model():
    deferred_model = "We'll put together a model once we have a few months of figures from the new split."
    assert "model_missing" in orchard_codes(modeler=deferred_model)


def test_a_safe_to_open_is_no_wish_for_safety():
    objective = "To forecast how many hours each safe opening will take, from the make and the lock type."
    assert "objective_is_prediction" in orchard_codes(objective=objective)
    assert "objective_is_prediction" not in orchard_codes(objective="Keep pickers safe and waste less fruit.")


def test_a_zero_percent_offer_is_no_share_of_the_scope():
    rollout = (
        "From 1 July the 0% offer applies to every crate over 20kg at both packhouses. Maya may decline any "
        "buyer, and I can withdraw the offer at any time."
    )
    assert "rollout_not_gradual" in orchard_codes(rollout=rollout)
    assert "rollout_not_gradual" not in orchard_codes(rollout="10% of buyers first, then the rest in June.")


def test_a_story_of_trouble_with_in_hope_wants_nothing():
    story = (
        "On weekday mornings the packhouse is half empty while the pickers wait for crates, and the drivers "
        "stand around until the van comes back. Buyers ring to ask when their order will come, and last "
        "winter we threw away tonnes of fruit we had picked in hope. One buyer told me she would order again "
        "if the crates came sooner, and a few others said the same."
    )
    assert "objective_missing" in orchard_codes(objective=story)
    assert "objective_missing" not in orchard_codes(objective=story + " We hope to waste less fruit.")


def test_a_rate_with_no_figure_beside_the_money_is_a_second_measure():
    wanted = "More people sitting down to play the street pianos."
    assert not counts_money_for_acts(
        "Donations in the tins. Plays per piano, noted by the volunteers.", wanted
    )
    assert counts_money_for_acts("Donations in the tins. Emptied by the volunteers.", wanted)
