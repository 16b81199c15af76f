"""What the fifty-third and fifty-fourth blind sets taught about rollout, oversight, monitoring and
feedback loops (their plans are in tests/worksheets/holdout/fiftythird and fiftyfourth): each slip as a
general reading, in other domains than the sets' plans, beside near misses that must stay as they were.
Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.counted_share import counted_part_of_whole
from studyguide.worksheets.coaching.first_stage_watch import watched_in_first_stage_only
from studyguide.worksheets.coaching.joined_holder import holder_of_joined_verb
from studyguide.worksheets.coaching.rollout import person_in_charge, power_given
from studyguide.worksheets.coaching.rollout_unplanned import waved_off_as_small
from studyguide.worksheets.coaching.stage_gates import without_stage_conditions
from studyguide.worksheets.coaching.waved_off import only_success
from tests.worksheets.test_coaching_evidence import codes_of


# --- a first stage told as a counted part of a counted whole ------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Two of the four bays this winter, the others on our usual way. The yard manager signs off every "
        "start and can stop it. All four bays next winter if it behaves.",
        "3 of our 12 depots from March; the depot manager approves each route and can switch back. All "
        "depots in the autumn if late deliveries fall.",
        "One of the two clinics this term, with the practice nurse checking every list and able to stop it. "
        "Every clinic from September if no-shows drop.",
    ],
)
def test_a_counted_part_of_the_whole_is_a_limited_start(rollout):
    assert counted_part_of_whole(rollout)
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        # every one of them, or all but a share, is no part
        "On launch day every one of the 14 stations takes the new hours; the station manager can override.",
        "From 1 May all three of the four kitchens switch together; the head chef can stop it.",
    ],
)
def test_every_one_of_the_whole_is_no_part_and_stays_everywhere_at_once(rollout):
    assert not counted_part_of_whole(rollout)
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


def test_a_count_no_smaller_than_its_whole_is_no_part():
    assert not counted_part_of_whole("four of the four ovens from Monday")
    assert not counted_part_of_whole("two of the questions we were asked")


# --- the rollout waved off, starting with the next event ----------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "- No rollout needed as such - when the next storm hits, all three crews work the new order.",
        "Nothing much to roll out really: from the next intake every class uses the new groups.",
        "No real rollout needed - with the next delivery every shop gets the new order sizes.",
    ],
)
def test_a_rollout_waved_off_and_started_with_the_next_event_plans_no_rollout(rollout):
    assert waved_off_as_small(rollout)
    assert "no_rollout" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        # a stage named after the wave is a plan
        "No rollout needed as such - one crew first when the next storm hits, the others after.",
        "Nothing much to roll out: the first intake on paper, then the next intake on the new groups.",
    ],
)
def test_a_wave_with_a_stage_after_it_is_still_a_plan(rollout):
    assert not waved_off_as_small(rollout)
    assert "no_rollout" not in codes_of(rollout=rollout)


# --- what if it went really well: the writer's own gains ----------------------------------------------------
_PLAIN_RISKS = dict(risks="A new salon opening on the high street; a wet summer.")


@pytest.mark.parametrize(
    "went_really_well",
    [
        "id hit my target, buy a proper chair and mirror, get a sponsor for the shop front",
        "We'd reach 500 regulars, buy a new van and maybe move into a bigger unit.",
        "The council might give us 10 more market days, and we'd put the money saved towards a new awning.",
    ],
)
def test_the_writers_own_gains_pass_the_loop_by(went_really_well):
    assert only_success(went_really_well, "Fewer empty chair hours. Chair hours lost to no-shows.")
    assert "no_feedback_loop" in codes_of(went_really_well=went_really_well, **_PLAIN_RISKS)


@pytest.mark.parametrize(
    "went_really_well",
    [
        # what people do because of our choices: "customers buy", "might give us", is a thought on the data
        "Customers buy the cheap slots instead of the full-price ones, so the bookings we learn from shift.",
        "Clients might give us fake reasons to jump the queue.",
    ],
)
def test_what_people_do_because_of_us_is_no_gain_of_our_own(went_really_well):
    assert not only_success(went_really_well, "Fewer empty chair hours. Chair hours lost to no-shows.")
    assert "no_feedback_loop" not in codes_of(went_really_well=went_really_well, **_PLAIN_RISKS)


# --- the rollout's next stage said by when it comes is no loop named ----------------------------------------
@pytest.mark.parametrize(
    ("rollout", "condition"),
    [
        ("Weekdays only for six weeks. Weekends later if it works.", "if it works"),
        ("Two of the four bays this winter. All four bays next winter if it behaves.", "if it behaves"),
        ("The north site first; the others afterwards if it goes well.", "if it goes well"),
    ],
)
def test_a_stage_said_by_when_it_comes_has_its_condition_set_aside(rollout, condition):
    assert condition not in without_stage_conditions(rollout)


def test_a_condition_with_no_later_stage_is_kept():
    rollout = "Sam checks every rota and stops it if it works against the part-timers."
    assert without_stage_conditions(rollout) == rollout


# --- a lever that sets when we put on what people come to ---------------------------------------------------
_DROP_IN = dict(
    objective="More young people at the drop-in, and more of them coming back.",
    metric="Young people per session: 14. Coming back within a month: 38%.",
    levers=["which evenings we open", "which of the three halls we use", "whether we lay on food"],
    modeler="Young people per session from evening, hall, food, weather and school holidays.",
    optimizer="Picks the evenings, hall and food each month for the most young people coming back.",
    risks="A new youth club in the next estate; the bus route changing.",
)
_STREAM = dict(
    objective="More listeners to our community radio phone-in.",
    metric="Listeners per show: 220. Calls per show: 9.",
    levers=["which nights we broadcast the phone-in", "how long the show runs", "whether a guest comes in"],
    modeler="Listeners and calls per show from night, length, guest and what else is on.",
    optimizer="Picks the nights, length and guests each month for the most listeners.",
    risks="A rival station moving its show to our slot; a big football season.",
)


@pytest.mark.parametrize("plan", [_DROP_IN, _STREAM])
def test_when_we_put_it_on_shapes_the_records_and_gains_alone_pass_the_loop_by(plan):
    went_well = "We'd get a grant for a second worker, buy new equipment and win the council's award."
    assert "no_feedback_loop" in codes_of(**plan, went_really_well=went_well)


def test_a_machine_timed_by_night_reaches_nobody():
    plan = dict(
        objective="Better snow on the lower pistes for less power.",
        metric="Days the lower pistes are open: 61. Power: 410 MWh.",
        levers=["which nights we run the snow cannons", "how many cannons per piste"],
        modeler="Snow depth from nights run, cannons, temperature and humidity.",
        optimizer="Picks the nights and cannons each week for the most open days within the power cap.",
        risks="A warm winter beyond our records; a new cannon model.",
    )
    went_well = "We'd get a grant for a second groomer, buy new equipment and win the council's award."
    assert "no_feedback_loop" not in codes_of(**plan, went_really_well=went_well)


# --- watched in the trial, then handed to the supplier's upkeep ---------------------------------------------
_METRIC = "Bookings kept: 81%. Patients seen within a week: 64%."


@pytest.mark.parametrize(
    "monitoring",
    [
        "Ana checks bookings kept each week of the autumn trial terms. From January the booking tool goes "
        "over to the software firm, who keep it running and fix it if it crashes.",
        "During the 3 months: weekly bookings kept and patients seen. From month 4 the rules are locked in "
        "and the supplier's support team takes care of it.",
        "During the 8 weeks, weekly checks of bookings kept by the practice manager. Once the pilot ends the "
        "booking module becomes part of the practice system and their help desk makes sure it loads each "
        "morning.",
    ],
)
def test_a_trial_watch_handed_to_the_suppliers_upkeep_watches_no_outcome(monitoring):
    assert watched_in_first_stage_only(monitoring, _METRIC)
    assert "no_monitoring" in codes_of(monitoring=monitoring, metric=_METRIC)


@pytest.mark.parametrize(
    "monitoring",
    [
        # the outcomes still looked at after the handover
        "During the 3 months: weekly bookings kept. From month 4 the supplier's support team takes care of "
        "it, and the practice manager checks bookings kept each month.",
        # the trial's watch is no first stage: it goes on
        "Ana checks bookings kept every week; the software firm keeps it running.",
    ],
)
def test_outcomes_still_watched_after_the_handover_are_monitoring(monitoring):
    assert not watched_in_first_stage_only(monitoring, _METRIC)
    assert "no_monitoring" not in codes_of(monitoring=monitoring, metric=_METRIC)


# --- stated automation: a bare review of results puts nobody in charge ------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "The east depot first, then the rest. There the system books the vans itself and nobody can cancel "
        "a booking. Weekly to the board: vans booked, late loads, cost. Reviewed by the fleet director.",
        "One ward first. The tool sends the reminders automatically; no one checks them. Monthly report of "
        "no-shows and cancellations. Checked by the practice lead.",
    ],
)
def test_a_bare_review_of_results_puts_nobody_in_charge_of_an_automated_system(rollout):
    assert not person_in_charge(rollout)
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring="")


def test_a_review_with_a_power_still_puts_a_person_in_charge():
    rollout = (
        "The east depot first. The system books the vans itself. Weekly to the board: vans booked, late "
        "loads. Reviewed by the fleet director, who can switch it off."
    )
    assert person_in_charge(rollout)


# --- a power given in a verb joined by "and" ----------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "i (jo) run the classes myself and can call off a session or go back to the old timetable any time.",
        "Priya plans each round and may pull it any week.",
        "The site manager signs each plan and can stop it.",
    ],
)
def test_the_clause_subject_holds_the_power_of_its_joined_verb(sentence):
    assert power_given(sentence)


@pytest.mark.parametrize(
    "before",
    [
        "the app sets the price and",
        "Customers book online and",
        "Two wheels first with the yard master choosing and",
        "The rota goes out and",
    ],
)
def test_the_system_its_people_a_count_or_a_determiner_hold_nothing(before):
    assert not holder_of_joined_verb(before)


_BOOKS_REVIEWED = (
    "takings and sessions noted monthly; jo, who does my books, goes through them with me each quarter."
)


@pytest.mark.parametrize(
    "rollout",
    [
        "members first for the first month, walk-ins after. i (sam) run the sessions myself and can call "
        "off a session or go back to my old way any time.",
        "regulars first for the first month, everyone after. i (sam) run the tastings myself and can call "
        "off a tasting or go back to the old menu any time.",
    ],
)
def test_a_joined_power_answers_the_oversight_question(rollout):
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout, monitoring=_BOOKS_REVIEWED)


def test_a_joined_verb_of_the_system_leaves_the_oversight_question():
    rollout = (
        "members first for the first month, walk-ins after. The app books the sessions itself and can call "
        "off a session; nobody checks it."
    )
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring=_BOOKS_REVIEWED)
