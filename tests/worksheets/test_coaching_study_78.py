"""Readings added with the seventy-eighth and seventy-ninth sets: first, before those sets were read, general
causes the earlier studies left as misses (two outcomes a model predicts, another party acting on what is
ours); each tested in the orchard's packhouse in wordings of our own, with sound answers beside them."""

from studyguide.worksheets.coaching.gerund_parties import names_another_acting
from studyguide.worksheets.coaching.model_measures import scores_a_forecast
from studyguide.worksheets.coaching.non_answers import is_non_answer
from studyguide.worksheets.coaching.novelty import names_novelty
from studyguide.worksheets.coaching.placeholders import deferred
from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.risk_cases import describes_a_case
from studyguide.worksheets.coaching.risks_shrugged import risks_shrugged
from studyguide.worksheets.coaching.rollout_unplanned import just_started
from tests.worksheets.orchard import orchard_codes, orchard_findings

_OWN_LEVERS = [
    "how many crates go straight to the buyer vs our own cold store",
    "which rows we pick first each morning",
]


def test_a_party_named_with_the_acting_on_an_object_is_read_even_through_a_noun_in_ing():
    # "opening" names hours in "the opening hours", but a party opening its own car park acts
    assert names_another_acting("the district council opening its park-and-ride on our market days")
    assert not names_another_acting("the opening hours of the farm gate stall")
    levers = [*_OWN_LEVERS, "the district council opening its park-and-ride on our market days"]
    assert "lever_not_controllable" in orchard_codes(levers=levers)


def test_a_bare_party_doing_a_step_we_ask_for_is_read_as_before():
    # "sending" as a noun in -ing keeps its reading when no party is named with "the"
    assert not names_another_acting("pickers sending a photo of each bin before it leaves")


def test_our_kind_of_place_named_for_another_acting_on_our_goods_is_theirs():
    # "shop" is ours in "the shop opening on Sundays"; "the village shop putting our juice by the till" is
    # the village shop's decision
    assert names_another_acting("the village shop putting our juice by the till")
    assert not names_another_acting("the shop opening on Sundays in the autumn")
    levers = [*_OWN_LEVERS, "the village shop putting our juice by the till"]
    assert "lever_not_controllable" in orchard_codes(levers=levers)
    # our own staff acting on what is ours stay ours
    assert not names_another_acting("the packhouse supervisors putting our best crates at the front")
    assert "lever_not_controllable" not in orchard_findings(
        levers=[*_OWN_LEVERS, "the packhouse supervisors putting our best crates at the front"]
    )


# a loop named under what if it went really well, so that the risks box is read for new inputs alone
_GAINS_ONLY_LOOP = (
    "The rows we pick first look best in the data, so we may never learn what the others would have given."
)


def test_worse_than_the_records_is_beyond_the_record_like_any_comparative():
    risks = "Pickers off sick. A run of frosty nights worse than the records. The tractor breaking down."
    assert "no_ood_risk" not in orchard_codes(risks=risks, went_really_well=_GAINS_ONLY_LOOP)
    # the same list without the comparison names nothing new
    familiar = "Pickers off sick. A run of frosty nights. The tractor breaking down."
    assert "no_ood_risk" in orchard_codes(risks=familiar, went_really_well=_GAINS_ONLY_LOOP)


def test_people_visitors_and_races_told_as_cases_are_unusual_inputs():
    risks = (
        "A fell race bringing two hundred runners past the farm gate. People arriving by minibus for a "
        "pick-your-own day. The cold store failing."
    )
    assert "no_ood_risk" not in orchard_codes(risks=risks, went_really_well=_GAINS_ONLY_LOOP)


def test_another_party_acting_or_our_own_people_instead_is_our_choice():
    lever = "a grower leading the farm walk (with our picker beside) or our foreman leading it"
    assert not names_another_acting(lever)
    assert "lever_not_controllable" not in orchard_findings(levers=[*_OWN_LEVERS, lever])
    # without our own alternative, the grower leading is the grower's act
    assert names_another_acting("the grower leading the farm walk each Saturday")


def test_risks_no_one_can_see_are_risks_shrugged_off():
    for risks in (
        "Honestly I can't see what would go wrong. We've picked these rows for twenty years.",
        "cant really see what could go wrong, the pickers know the routine",
        "We can't imagine any problems - the buyers have always taken what we send.",
    ):
        assert risks_shrugged(risks) is not None, risks
        assert "no_risks" in orchard_codes(risks=risks), risks
    # a risk seen, however it opens, is named
    assert risks_shrugged("I can't see the buyer taking more than 40 crates a week in a wet July.") is None


def test_a_start_for_everyone_in_one_casual_breath_is_no_rollout():
    for rollout in (
        "after the 6 wks the new crate price just goes on for everyone",
        "Once the trial's done we simply switch the texts on for every picker.",
    ):
        assert just_started(rollout), rollout
        assert "no_rollout" in orchard_codes(rollout=rollout), rollout
    # a person who checks, or a stage, makes it a plan for the other rollout notes to read
    checked = "after the 6 wks the price just goes on for every buyer; Meg checks each week and can stop it"
    assert not just_started(checked)
    assert not just_started("We just start with the two home orchards, then the rented ones next season.")


def test_a_limit_at_or_above_a_figure_is_no_lever_kept_as_it_is():
    optimizer = (
        "Sets the rows and the crate split to keep waste lowest while crates a week stay at or above 160."
    )
    assert "prediction_not_decision" not in orchard_codes(optimizer=optimizer)


def test_a_party_named_again_elsewhere_is_not_us_when_it_acts_for_what_is_ours():
    # "the Mill's" again in the optimizer would make it our own body named in the third person, but a party
    # holding something for our crates is not us
    lever = "the Mill holding a loading bay for our crates at 7am"
    optimizer = "Sets the crate split, picking order and the Mill's loading bay for the least waste."
    assert "lever_not_controllable" in orchard_codes(levers=[*_OWN_LEVERS, lever], optimizer=optimizer)


def test_a_party_acting_through_a_verb_and_its_particle_is_read():
    assert names_another_acting("the farmer next door switching off his floodlights on our open evenings")
    assert not names_another_acting("the lights switching off at 10")


def test_watching_declined_in_a_loose_sentence_is_no_monitoring():
    monitoring = "dont think we need to keep an eye once its in, the till does it all and people will say"
    assert "no_monitoring" in orchard_codes(monitoring=monitoring)
    assert "no_monitoring" not in orchard_codes(monitoring="Maya keeps an eye on waste per row every Friday.")


def test_nothing_really_is_a_placeholder_like_nothing():
    assert is_non_answer("nothing really, it's a new service")
    assert "no_baseline" in orchard_codes(baseline="nothing really, it's a new service")
    # what follows may still name today's practice
    assert not is_non_answer("Nothing really, we pick the rows in the order the foreman likes each morning.")


def test_a_risks_list_of_cases_in_words_no_list_holds_names_new_inputs():
    for risks in (
        "A cider maker hiring the press for a week. Pickers off sick. A farm shop sending 40 crates back.",
        "School groups of 30 on a farm walk. A corporate order for 200 gift boxes. The cold store failing.",
        "A cold June with little fruit set. A buyer asking for organic labels. Crate prices going up.",
    ):
        assert "no_ood_risk" not in orchard_codes(risks=risks, went_really_well=_GAINS_ONLY_LOOP), risks
    # failures, staff and money are no cases, whatever verb they carry
    familiar = "The cold store failing. A tractor breakdown delaying the picking. The booking app going down."
    assert "no_ood_risk" in orchard_codes(risks=familiar, went_really_well=_GAINS_ONLY_LOOP)
    assert not describes_a_case("The booking website going down in September.")
    assert not describes_a_case("A hiring manager leaving mid-season.")


def test_what_we_have_done_little_of_is_new():
    assert names_novelty("a pear variety we've only picked a few times")
    assert names_novelty("late plums that we've not sold much of")
    assert not names_novelty("late plums that we sell every week")


def test_a_model_put_off_until_after_a_season_is_no_model():
    for modeler in (
        "We'll build a model after the season, once we have enough pick-your-own visits to go on.",
        "We will build a model after the first winter, when there is enough data on the new crates.",
    ):
        assert deferred(modeler), modeler
        assert "model_missing" in orchard_codes(modeler=modeler), modeler


def test_levers_kept_as_a_named_person_decides_them_are_no_decision():
    for optimizer in (
        "The predicted crates per day go on the whiteboard. The split stays as Maya decides each week.",
        "I'll put the forecast on the office board so I know what's coming. The split I'll keep choosing "
        "myself each Monday, like now.",
    ):
        assert "prediction_not_decision" in orchard_codes(optimizer=optimizer), optimizer


def test_trying_it_for_real_over_a_few_months_declines_the_what_ifs():
    simulator = "not going to ask it anything yet, will just see how the first few months of picking go"
    assert "no_simulator" in orchard_codes(simulator=simulator)


def test_not_thinking_much_could_go_wrong_shrugs_the_risks_off():
    shrugged = "dont think much could go wrong tbh, the pickers have done this for years"
    assert risks_shrugged(shrugged) is not None
    assert "no_risks" in orchard_codes(risks=shrugged)


def test_a_forecasts_error_named_beside_its_subject_measures_the_model():
    for metric in (
        "The forecast of weekly crate orders, measured as mean absolute percentage error: 31% in June.",
        "The mean absolute percentage error of our forecast of buyers per evening, 6pm to 10pm: 28%.",
    ):
        assert scores_a_forecast(metric), metric
        assert "metric_is_model_quality" in orchard_codes(metric=metric), metric
    # another measure joined on is not the model's alone
    assert not scores_a_forecast("The forecast error of weekly crates and the waste per week: 31%, 40.")


def test_consent_given_to_us_is_anothers_whoever_acts():
    # rangers may be ours in another plan; letting us park is the park's consent
    assert names_another_acting("the rangers letting us park our van by the lake")
    assert not names_another_acting("staff letting us know when crates run low")
    lever = "the rangers letting us park our van by the lake"
    assert "lever_not_controllable" in orchard_codes(levers=[*_OWN_LEVERS, lever])


def test_mid_season_is_when_a_familiar_risk_happens_not_a_season_unlike_the_data():
    risks = "The tractor breaking down. A picker leaving mid-season. The council putting up the rent."
    assert "no_ood_risk" in orchard_codes(risks=risks, went_really_well=_GAINS_ONLY_LOOP)
    unusual = "The tractor breaking down. A wetter season than any we have. The council putting up the rent."
    assert "no_ood_risk" not in orchard_codes(risks=unusual, went_really_well=_GAINS_ONLY_LOOP)


def test_a_memory_or_a_need_denied_in_place_of_records_is_no_data():
    assert no_records_kept("nothing written down really, Maya just remembers which rows were picked")
    assert no_records_kept("Don't think we need to, Maya knows her buyers and her regulars")
    assert no_records_kept("Don't think we need to, Maya knows her regulars")
    assert "no_data" in orchard_codes(
        data_have="nothing written down really, Maya just remembers which rows were picked",
        data_collect="Don't think we need to, Maya knows her regulars",
    )
    # a record kept beside what someone remembers is a record
    assert not no_records_kept("The packhouse book logs every crate; Maya remembers the regulars too.")
