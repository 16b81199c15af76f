"""Misses of the fifty-ninth blind set's first look (and one of the fifty-eighth), fixed for their general
cause and tested here in another trade (the orchard's packhouse): a data box that opens with "nothing really"
and names only someone else's records, a prediction shown beside each case while the booking goes on "the same
way", a simulator box that says "Skip this part", nobody able to cancel or switch off what the system buys, a
staged start turned down with "from then" as its only time word, a feeling with nothing counted, places filled
and performers turning up as proxies, success answered with "if it takes off" and a wish list, a history that
picks work up "over time", and a trial turned down in words with no experiment planned."""

from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.rules import coach
from tests.worksheets.orchard import orchard_codes, orchard_plan

_PRICED = ["the price per crate we charge the buyer", "which rows we pick first each morning"]


def test_someone_elses_records_after_nothing_really_are_no_data():
    data_have = (
        "nothing really - I've only just taken over the orchard and the old owners kept all the picking "
        "logs and invoices. I haven't had a buyer of my own yet."
    )
    data_collect = "not planning to collect anything special, I'll have my invoices for the accounts."
    codes = orchard_codes(data_have=data_have, data_collect=data_collect, experiment_notes="")
    assert "no_data" in codes
    # records of our own, or records not opened by a denial, are data
    assert not no_records_kept("the old owners kept the picking logs, which we have on a memory stick")
    assert not no_records_kept("nothing really, apart from five seasons of our own picking logs")


def test_a_figure_shown_beside_each_case_while_booking_goes_on_the_same_way():
    optimizer = (
        "the packhouse screen shows the % chance of going soft next to each crate, in red over 50%. we'll "
        "still send crates the same way - half and half, whatever the buyer wants."
    )
    assert "prediction_not_decision" in orchard_codes(optimizer=optimizer)
    chosen = "The packhouse screen shows the % chance of going soft next to each crate; Maya sets the split."
    assert "prediction_not_decision" not in orchard_codes(optimizer=chosen)


def test_a_simulator_box_that_says_skip_this_part():
    simulator = (
        "Skip this part. The optimizer will produce the best split each week and we'll pick the rows it "
        "gives us."
    )
    assert "no_simulator" in orchard_codes(simulator=simulator)
    asked = "Skip the fancy part; what if a third of the crates went to the cold store in a hot week?"
    assert "no_simulator" not in orchard_codes(simulator=asked)


def test_nobody_here_can_cancel_what_the_system_does():
    rollout = (
        "early variety only for the first 3 weeks then all varieties. the software runs on the buyer's side: "
        "it sets the split itself each night and we can't cancel one, change the split or turn it off from "
        "the packhouse. our director sees the invoice at the end of the month"
    )
    monitoring = "i'll look at waste, crates and spend every week, and with the director every month"
    assert "rollout_no_human_oversight" in orchard_codes(rollout=rollout, monitoring=monitoring)
    can = rollout.replace("we can't cancel one", "Maya can cancel one")
    assert "rollout_no_human_oversight" not in orchard_codes(rollout=can, monitoring=monitoring)


def test_a_staged_start_turned_down_running_from_a_date():
    rollout = (
        "We do not see a need for a phased start. The new split starts for all rows on 1 August and runs "
        "from then."
    )
    assert "no_rollout" in orchard_codes(rollout=rollout)


def test_a_feeling_with_nothing_counted_is_no_number_not_a_proxy():
    objective = "Visitors enjoying our apple days and recommending us."
    metric = "A yard that feels packed all day, and visitors telling me afterwards it felt like their day."
    codes = orchard_codes(objective=objective, metric=metric)
    assert "metric_no_number" in codes and "metric_proxy" not in codes


def test_places_filled_and_performers_turning_up_are_proxies():
    joining = "More people joining our apple club and still members a year later."
    assert "metric_proxy" in orchard_codes(objective=joining, metric="Taster places filled per season: 40.")
    tried = "More people trying our apples at a taster."
    assert "metric_proxy" not in orchard_codes(objective=tried, metric="Taster places filled per season: 40.")
    till = "More money through the farm shop till on apple days."
    assert "metric_proxy" in orchard_codes(
        objective=till, metric="Musicians turning up to each apple day: 6."
    )
    music = "More musicians playing at our apple days."
    assert "metric_proxy" not in orchard_codes(
        objective=music, metric="Musicians turning up to each apple day: 6."
    )


def test_success_answered_with_if_it_takes_off_and_a_wish_list():
    went = (
        "we'd start a second packing line and get a proper big cold store. maybe a juice press with the "
        "cider maker. if it really takes off we could run an apple day with the other farms"
    )
    assert "no_feedback_loop" in orchard_codes(levers=_PRICED, went_really_well=went)
    answered = went + ". if it takes off the buyer would only order at our price, so the data would shift"
    assert "no_feedback_loop" not in orchard_codes(levers=_PRICED, went_really_well=answered)


def test_a_history_that_picks_work_up_over_time_wants_nothing():
    objective = (
        "My father planted the first rows in 1988, and over time we took on the next field and a small "
        "packhouse. Since 2019 I have run it with my sister, and a lot of the week goes on sorting crates."
    )
    assert "objective_missing" in orchard_codes(objective=objective)


def test_a_trial_turned_down_with_no_experiment_planned():
    fields = {
        "data_have": "Five seasons of picking logs, crates sent and waste per week, always at half and half.",
        "experiment_needed": "no",
        "experiment_notes": "We won't trial another split. The co-op says farms like ours save a third; "
        "we'll put that in as our own figure and set the split from it.",
    }
    assert "lever_no_data_experiment" in orchard_codes(**fields)
    unsure = {**fields, "experiment_needed": "unsure"}
    assert "lever_no_data_experiment" not in orchard_codes(**unsure)


def test_inputs_the_notes_hold_few_of_are_unlike_the_data():
    risks = "A buyer changing grade rules. Old trees on the top field, {} A frost in May."
    assert "no_ood_risk" in orchard_codes(risks=risks.format("which we replant soon."))
    assert "no_ood_risk" not in orchard_codes(risks=risks.format("not many in my notes."))
    assert "no_ood_risk" not in orchard_codes(risks=risks.format("hardly any of them in our records."))


def test_word_spreading_with_its_consequence_is_a_loop_not_growth():
    went = (
        "Word spreads that our price is low and we draw buyers who only want the cheap crates, so the order "
        "mix changes for reasons of our own making."
    )
    codes = orchard_codes(levers=_PRICED, went_really_well=went)
    assert "no_feedback_loop" not in codes


def test_the_weather_held_to_a_level_is_no_lever():
    split = "how many crates go straight to the buyer vs our own cold store"
    held = [split, "keeping the wind below 20 mph on picking days"]
    assert "lever_not_controllable" in orchard_codes(levers=held)
    covered = [split, "keeping the rain off the crates in the yard"]
    assert "lever_not_controllable" not in orchard_codes(levers=covered)


def test_a_word_of_when_shared_with_a_lever_is_no_lever_read():
    levers = ["the weekend picking rate we pay (£12 an hour)", "how many crates go to our cold store"]
    optimizer = (
        "Sets the weekend picking rate and the crates for the cold store each week for the least waste."
    )
    calendar = (
        "Tonnes wasted per week, from the frost dates, whether it is a bank holiday weekend and the "
        "buyer's order."
    )
    assert "model_no_lever" in _raised(levers=levers, modeler=calendar, optimizer=optimizer)
    rate = "Tonnes wasted per week, from the picking rate, the crates in cold store and the frost dates."
    assert "model_no_lever" not in _raised(levers=levers, modeler=rate, optimizer=optimizer)


def _raised(**fields):
    """The codes the rules raise, as notes or as questions."""
    feedback = coach(orchard_plan(**fields), None)
    return {n.code for n in (*feedback.notes, *feedback.questions)}
