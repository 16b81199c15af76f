"""What the forty-seventh blind set's first look missed (helper C), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortyseventh; these are other words for the same slips, in other domains,
beside near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from tests.worksheets.test_coaching_evidence import BASE, codes_of


def said(code, **changes):
    """Whether the code is raised as a note, not only asked as a question."""
    return any(n.code == code and not n.question for n in check_plan(Plan(**{**BASE, **changes})))


# --- an uncontrollables list of the plan's own means, said as a stock --------------------------------------
@pytest.mark.parametrize(
    "rows",
    [
        ["number of vans (3)", "size of our kitchen", "chefs' contracted hours"],
        ["boats in the fleet (4)", "length of our pontoon", "the grant budget"],
        ["capacity of my workshop", "number of looms (6)", "weavers' contracted days"],
    ],
)
def test_a_list_of_our_own_means_as_a_stock_is_no_uncontrollables(rows):
    assert "uncontrollables_missing" in codes_of(uncontrollables=rows)


@pytest.mark.parametrize(
    "rows",
    [
        # the world's own counts and sizes beside them: inputs the model reads
        ["number of vans (3)", "size of our kitchen", "walk-in customers on market days"],
        ["number of tourists in town", "size of the lunchtime crowd", "suppliers' delivery times"],
        ["the contractor's availability", "rain on the day"],
    ],
)
def test_a_list_with_the_worlds_factors_stays_silent(rows):
    assert "uncontrollables_missing" not in codes_of(uncontrollables=rows)


# --- a lever row that counts the people served recording a preference of their own --------------------------
@pytest.mark.parametrize(
    "row",
    [
        "the share of members who opt in to text reminders",
        "the proportion of patients who nominate a pharmacy for collection",
        "the share of subscribers who select paper-free billing",
        "the number of tenants who set a preferred visit slot online",
    ],
)
def test_a_count_of_clients_setting_their_own_preference_is_said_to_be_no_lever(row):
    assert said("lever_not_controllable", levers=["the deposit we ask per booking", row])


@pytest.mark.parametrize(
    "row",
    [
        "the share of members we sign up to text reminders",
        "the share of customers offered a preferred slot",
        "the number of passengers set down at the old stop",
        "which preferred slot we set for each customer",
    ],
)
def test_what_we_set_or_offer_for_them_is_not_said_to_be_theirs(row):
    assert not said("lever_not_controllable", levers=["the deposit we ask per booking", row])


# --- a lever row that is an outside business's own work ---------------------------------------------------
@pytest.mark.parametrize(
    "row",
    [
        "local hauliers delivering feed by Friday",
        "catering companies delivering staff lunches by noon",
        "scaffolding firms striking their scaffolds within 3 days",
    ],
)
def test_an_outside_business_doing_the_work_is_said_to_be_no_lever(row):
    assert said("lever_not_controllable", levers=["the deposit we ask per booking", row])


@pytest.mark.parametrize(
    "row",
    [
        "asking hauliers to deliver by Friday",
        "which hauliers we book for each load",
        "our suppliers delivering by Friday",
        "paying firms offering night collections",
    ],
)
def test_our_asking_or_choosing_a_business_is_not_said_to_be_theirs(row):
    assert not said("lever_not_controllable", levers=["the deposit we ask per booking", row])


# --- a model whose own inputs leave every lever out --------------------------------------------------------
GYM = dict(
    levers=["class size cap", "juice bar at the studio", "evening class times"],
    optimizer="Choose the class size cap and evening class times per studio for the most visits.",
)


def test_a_verbless_outcome_heading_the_model_is_no_input():
    modeler = "- Visits and juice spend per member, from membership type, age, weather and school holidays"
    assert "model_no_lever" in codes_of(modeler=modeler, **GYM)


@pytest.mark.parametrize(
    "modeler",
    [
        # a lever among the inputs
        "- Visits and juice spend per member, from class size cap, evening class times and the weather",
        # what heads the line may be the very thing a lever supplies: not read as only the outcome
        "- Juice bars sold per day, from membership type, age, weather and school holidays",
    ],
)
def test_a_model_reading_a_lever_or_heading_with_its_thing_stays_silent(modeler):
    assert "model_no_lever" not in codes_of(modeler=modeler, **GYM)


PLUMBING = dict(
    levers=[
        "which plumber we send",
        "call-out at night or the next morning",
        "whether we pay for parts first",
    ],
    optimizer="Choose the plumber and call-out per job for the fewest days to fix.",
)


def test_whether_and_particles_link_no_input_to_a_lever():
    modeler = (
        "Predicts the cost of each job from the boiler's age, the postcode, the season and whether it came "
        "in out of hours."
    )
    assert "model_no_lever" in codes_of(modeler=modeler, **PLUMBING)


def test_a_model_reading_the_plumber_stays_silent():
    modeler = (
        "Predicts the cost of each job from the plumber sent, the boiler's age, the postcode and whether it "
        "came in out of hours."
    )
    assert "model_no_lever" not in codes_of(modeler=modeler, **PLUMBING)
