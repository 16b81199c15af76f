"""What the fifty-third and fifty-fourth held-out sets taught about data, baselines, the simulator and the
risks of inputs unlike the data: each slip as a general reading, in other domains and wordings than the
sets' plans, beside near misses that must stay as they were. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.denials import no_comparison
from studyguide.worksheets.coaching.drawn_by_levers import led_by_a_lever
from studyguide.worksheets.coaching.non_answers import COMPARISON_WORDS
from studyguide.worksheets.coaching.novelty import familiar_item, names_novelty
from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.simulator_declined import simulator_declined
from tests.worksheets.test_coaching_evidence import codes_of

# Three risks about staff, kit and money: a list that names no input unlike the data.
_FAMILIAR = "Staff off sick in winter. The card machine failing. A power cut on a busy night."


# --- risks: another party changing its ways, or a kind the record holds little of ---------------------------
@pytest.mark.parametrize(
    "risk",
    [
        "The landlord changing its lease terms",
        "A rival gym changing how it prices memberships",
        "The exam board changing what it asks for",
        "Heavy-goods customers, whom we have seen little of",
        "Oat milk orders, with no prices in our records",
    ],
)
def test_another_party_changing_its_ways_or_a_kind_barely_on_record_is_new(risk):
    assert names_novelty(risk) and not familiar_item(risk)


@pytest.mark.parametrize(
    "risk",
    [
        "Changing the filters every month",  # upkeep of ours
        "Volunteers changing how we sort donations",  # our own way of working
        "Little rain in August",
        "A new manager changing how the rota is set",  # our own staff
    ],
)
def test_our_upkeep_our_own_ways_and_our_staff_stay_familiar(risk):
    assert familiar_item(risk)


def test_a_risk_list_with_another_party_changing_its_terms_gets_no_ood_note():
    risks = "Staff off sick in winter. The card machine failing. The council changing its parking rules."
    assert "no_ood_risk" not in codes_of(risks=risks)
    assert "no_ood_risk" in codes_of(risks=_FAMILIAR)


# --- what a lever of ours would do is no new input ---------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "levers"),
    [
        (
            "Longer loan periods would let students keep books past exams, shifting when returns come.",
            ["the loan period for each kind of book"],
        ),
        ("17.2 Paid holds would let clients put off decisions.", ["offering clients a paid longer hold"]),
        ("Reminders may change when people pay.", ["text reminders"]),
    ],
)
def test_a_sentence_led_by_a_lever_is_our_settings_doing(sentence, levers):
    assert led_by_a_lever(sentence, levers)


@pytest.mark.parametrize(
    "sentence",
    [
        "Storms would shift when the boats come in.",
        "Tourist numbers may shift to spring.",
        "If it works we'd open a second shop.",
    ],
)
def test_the_world_as_subject_is_no_lever(sentence):
    assert not led_by_a_lever(sentence, ["the deposit we ask per booking", "when we send the reminder"])


def test_a_shift_a_lever_brings_about_does_not_stand_in_for_new_inputs():
    ours = "Deposits would let clients put off booking, shifting when demand comes."
    assert "no_ood_risk" in codes_of(risks=_FAMILIAR, went_really_well=ours)
    world = "Tourist numbers may shift to spring as the town gets busier."
    assert "no_ood_risk" not in codes_of(risks=_FAMILIAR, went_really_well=world)


# --- baseline: a comparison declined as a phrase, or said not to be fair -----------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "Can't give one. Every batch behaves its own way, so last season's yields don't line up with any.",
        "Comparing with last winter wouldn't be fair, it was mild. We'll see how this one goes.",
        "There isn't one: the old timetable's figures won't stack up against the new routes.",
        "A comparison with 2024 isn't really valid since the hall was shut for months.",
    ],
)
def test_a_comparison_declined_in_other_words_is_no_baseline(baseline):
    assert no_comparison(baseline, COMPARISON_WORDS)
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "Today's rota by hand: 12% of shifts unfilled; we line up cover by phone.",
        "Last year's 14% rejects; comparing with it is fair since the mix is the same.",
        "A flat deposit of 50 and a reminder the day before.",
    ],
)
def test_a_present_way_or_a_fair_comparison_stays_a_baseline(baseline):
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- data: records thrown away, an impression in their place, no room for them -----------------------------
@pytest.mark.parametrize(
    "data",
    [
        "Nothing so far - it's all on my phone and I delete the texts each week",
        "None. The order slips get binned at the end of the day, we don't keep them.",
        "We won't log anything, it's only me; I'll get a feel for it from what customers say.",
        "I only opened in March and haven't written anything down.",
    ],
)
def test_records_thrown_away_or_replaced_by_an_impression_are_no_data(data):
    assert no_records_kept(data)
    assert "no_data" in codes_of(data=data)


@pytest.mark.parametrize(
    "data",
    [
        "Bin weights logged daily since 2022, though we haven't kept the old paper sheets.",
        "We delete duplicate bookings; the booking system holds three years of the rest.",
        "Discards per haul, recorded by the skipper since 2019.",
        "I only started in March, but every booking since is in the diary.",
    ],
)
def test_records_held_beside_a_deletion_or_a_recent_start_are_data(data):
    assert not no_records_kept(data)


# --- simulator: the what-ifs refused as an act to come, the choice handed to the optimizer ------------------
@pytest.mark.parametrize(
    "simulator",
    [
        "We won't do the what-ifs. The model will set the deposits and we follow them.",
        "We're not going to run any scenarios; the optimizer picks the reminder times.",
        "I will not ask those questions, the tool decides the deposit and that's simpler.",
    ],
)
def test_what_ifs_refused_with_the_levers_handed_to_the_optimizer_are_no_simulator(simulator):
    levers = ["the deposit we ask per booking", "when we send the reminder"]
    assert simulator_declined(simulator, levers)
    assert "no_simulator" in codes_of(simulator=simulator)


@pytest.mark.parametrize(
    "simulator",
    [
        "We won't do many: what if the deposit is 80 instead of 50?",
        "Not going to run fancy ones - we'll just try a deposit of 30 against 50.",
        "If small pieces need a deposit of 30, how many more no-shows?",
    ],
)
def test_a_what_if_or_a_lever_asked_about_stays_a_simulator(simulator):
    assert "no_simulator" not in codes_of(simulator=simulator)
