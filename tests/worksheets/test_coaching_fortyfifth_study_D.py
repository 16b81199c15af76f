"""What the forty-fifth blind set's first look taught (helper D's share), each as a general reading: other
words for the same slips, in other trades than the set's plans, beside near misses that must stay silent.
Pure: the rules alone."""

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.waved_off import only_success
from tests.worksheets.test_coaching_evidence import BASE, codes_of

# A climbing wall that sets its own prices: who signs up answers to them.
PRICED = dict(
    objective="More climbers signed up each month without queues on the walls.",
    metric="New memberships per month (41 last month) and climbers per wall at peak (9).",
    levers=["the monthly membership price", "an off-peak discount for students"],
    modeler="Sign-ups per month from the price, the discount, the season and school terms.",
    optimizer="Choose the price and discount for the most members within the walls' capacity.",
    risks="A cold snap that keeps everyone indoors for weeks, more than any winter before.",
)


def codes(**changes):
    return codes_of(**{**PRICED, **changes})


# --- the loop passed by: prices that decide who comes, and a success told only as its gains -----------------
def test_a_success_told_as_the_owners_own_finances_passes_the_loop_by():
    assert "no_feedback_loop" in codes(went_really_well="I'd clear the bank loan and retire in a few years.")
    assert "no_feedback_loop" in codes(
        went_really_well="We'd get out of the overdraft and sell up for a fair price."
    )


def test_a_success_told_as_a_name_made_passes_the_loop_by():
    said = "We'd be the go-to wall in the county and get our name in the national climbing guide."
    assert only_success(said, PRICED["objective"])
    assert "no_feedback_loop" in codes(went_really_well=said)


def test_the_loop_told_beside_the_gains_is_named():
    said = (
        "If the discount works, students fill the off-peak sessions, so our sign-up data ends up being about "
        "the people our prices drew in."
    )
    assert "no_feedback_loop" not in codes(went_really_well=said)


def test_a_loop_told_as_growth_is_no_growth_alone():
    # "will grow" reads as growth, but the sentence ties our prices to the data we learn from
    said = (
        "If sessions are cheap the waiting list will grow and slow climbers drop out, so our drop-out data "
        "will change because of our own prices."
    )
    assert "no_feedback_loop" not in codes(went_really_well=said)


def test_the_gains_alone_ask_nothing_of_a_plan_whose_levers_reach_no_one():
    # a fee paid by no one we serve and no lever that reaches people: no loop to name
    machine = dict(
        levers=["the oven temperature", "the proving time"],
        modeler="Loaves passing the bake check from oven temperature, proving time and flour batch.",
        optimizer="Choose temperature and proving time for the most loaves passing the check.",
    )
    assert "no_feedback_loop" not in codes(went_really_well="I'd clear the bank loan and retire.", **machine)


# --- "our data" in a condition is what we hold, not what we do ----------------------------------------------
def test_a_rival_that_our_data_does_not_cover_is_no_loop_of_ours():
    risks = (
        "If a chain opens a bouldering hall nearby thats competition weve never had and nothing in our data "
        "covers it."
    )
    assert "no_feedback_loop" in codes(risks=risks, went_really_well="I'd clear the bank loan and retire.")


def test_a_condition_of_our_own_doing_still_states_the_loop():
    risks = "If we raise the price our data fills up with the climbers who can afford it."
    assert "no_feedback_loop" not in codes(
        risks=risks, went_really_well="I'd clear the bank loan and retire."
    )


# --- a new crowd the data lacks, brought by the world, is no loop -------------------------------------------
def test_a_crowd_brought_by_something_new_in_the_world_names_no_loop():
    risks = "A new climbing wall in the next town would bring a different crowd we have no data on."
    assert "no_feedback_loop" in codes(risks=risks, went_really_well="I'd clear the bank loan and retire.")


def test_a_crowd_brought_by_our_own_lever_names_the_loop():
    risks = "Cheaper memberships would bring a different crowd we have no data on."
    assert "no_feedback_loop" not in codes(
        risks=risks, went_really_well="I'd clear the bank loan and retire."
    )


# --- records kept and then thrown out are no data -----------------------------------------------------------
def test_records_put_in_the_bin_and_denied_noun_first_are_no_data():
    data = (
        "Honestly there's nothing worth having. Proper records they aren't - the sign-in sheets go into the "
        "recycling bin every month, and the waivers are shredded after a year.\nNothing for now."
    )
    assert "no_data" in codes_of(data=data, records=data)


def test_a_record_kept_beside_the_binned_sheets_is_data():
    data = (
        "The sign-in sheets go into the recycling bin every month, but the booking app keeps three years of "
        "visits.\nNothing for now."
    )
    assert "no_data" not in codes_of(data=data, records=data)


# --- records said to teach a lever when only other levers moved ---------------------------------------------
BOILERS = dict(
    levers=["how often we service the boilers", "which engineer covers which estate"],
    modeler="Chance a boiler breaks down next month from the service interval, its age and the estate.",
    optimizer="Choose the service interval per estate for the fewest breakdowns within engineer hours.",
    experiment="no",
)


def test_records_claimed_to_teach_a_lever_that_never_moved_need_an_experiment():
    data = (
        "Service logs since 2018 for every boiler. Engineer rotas have varied by estate.\n"
        "We have eight years of logs, so the model can learn the service interval from those."
    )
    notes = {n.code: n for n in check_plan(Plan(**{**BASE, **BOILERS, "data": data}))}
    assert "lever_no_data_experiment" in notes
    assert "how often we service the boilers" in notes["lever_no_data_experiment"].message


def test_records_claimed_to_teach_a_lever_that_did_move_need_none():
    data = (
        "Service logs since 2018 for every boiler. Service intervals have varied by estate, some every six "
        "months, others yearly.\nWe have eight years of logs, so the model can learn the service interval "
        "from those."
    )
    assert "lever_no_data_experiment" not in codes_of(data=data, **BOILERS)
