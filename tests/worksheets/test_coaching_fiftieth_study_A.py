"""What the fiftieth blind set's first look taught (helper A), each as a general reading (the set's plans are
in tests/worksheets/holdout/fiftieth; these are other words for the same slips, in other trades, beside near
misses that must stay silent). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


# --- a count of things we send, beside a metric that counts what was done to them ---------------------------
@pytest.mark.parametrize(
    ("lever", "metric"),
    [
        # the figure's thousands comma no longer cuts the metric's clause in two
        (
            "how many claims go to the fraud desk",
            "Overpayments recovered per year: 2,450 claims, £1.2m. Claims wrongly paid: 31.",
        ),
        # the metric counts the things as what was done to them ("sold", "found", "left")
        (
            "how many crates go out on the first morning",
            "crates sold at the market: 410 of 600. crates left and sold to the wholesaler: 190.",
        ),
        ("how many parcels go on the early van", "Parcels lost in transit per month; parcels found damaged."),
    ],
)
def test_a_count_of_things_sent_is_no_choice_of_the_metrics_people(lever, metric):
    codes = codes_of(levers=[lever, "the deposit we ask per booking"], metric=metric)
    assert "lever_not_controllable" not in codes


@pytest.mark.parametrize(
    ("lever", "metric"),
    [
        # people the metric counts doing something of their own: still theirs
        ("how many learners sign up after the open day", "Learners per course and learners finishing it."),
        ("how many members renew before March", "Members renewed each year: 1,240 of 1,500."),
    ],
)
def test_a_count_of_the_metrics_people_acting_is_still_their_choice(lever, metric):
    codes = codes_of(levers=[lever, "the deposit we ask per booking"], metric=metric)
    assert "lever_not_controllable" in codes


# --- a party doing something to its own things, or to us ----------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "garden centres stocking their spring bulbs by January",
        "schools sending their year 9 classes in the autumn term",
        "hotel concierges recommending us to their guests",
        "3.2 florists placing their Valentine's orders two weeks earlier",
    ],
)
def test_a_party_acting_on_its_own_things_or_on_us_is_their_choice(lever):
    codes = codes_of(levers=["the deposit we ask per booking", lever])
    assert "lever_not_controllable" in codes


@pytest.mark.parametrize(
    "lever",
    [
        # our own act on their things, or what we give them
        "sending schools their booking forms in June",
        "the early-order discount we give garden centres",
        # a party that is ours ("our"), or our own people at work
        "our stockists placing their orders through the new portal",
        "tutors marking their own groups' mock papers",
    ],
)
def test_our_own_act_or_our_people_at_work_stay_levers(lever):
    codes = codes_of(levers=["the deposit we ask per booking", lever])
    assert "lever_not_controllable" not in codes


# --- the levers are the metric's own results with "more" or "fewer" in front --------------------------------
def test_comparatives_of_what_the_metric_counts_are_results_not_levers():
    codes = codes_of(
        metric="Tenancies ending in arrears within a year: 22 of 140. Voids re-let within 4 weeks: 61%.",
        levers=["fewer tenancies ending in arrears", "more voids re-let within 4 weeks", "tenants settled"],
    )
    assert "levers_missing" in codes


@pytest.mark.parametrize(
    "levers",
    [
        # comparatives of settings the metric does not count
        ["more caseworkers on Mondays", "shorter tenancy sign-up visits", "which voids are re-let first"],
        # one result row among settings: not the list
        ["fewer tenancies ending in arrears", "the rent-advice visit we offer", "which voids go first"],
    ],
)
def test_comparatives_of_settings_or_one_result_row_stay_levers(levers):
    codes = codes_of(
        metric="Tenancies ending in arrears within a year: 22 of 140. Voids re-let within 4 weeks: 61%.",
        levers=levers,
    )
    assert "levers_missing" not in codes


# --- the uncontrollables name who and what the plan works with, in a mix ------------------------------------
@pytest.mark.parametrize(
    "uncontrollables",
    [
        ["Priya (groomer)", "Mr Dale, bather", "the weekend receptionist", "our booking website"],
        ["Tom (head chef)", "the Sunday kitchen team", "the County Catering Association"],
    ],
)
def test_a_list_of_our_people_teams_and_tools_names_no_factor(uncontrollables):
    assert "uncontrollables_missing" in codes_of(uncontrollables=uncontrollables)


@pytest.mark.parametrize(
    "uncontrollables",
    [
        # what about them is out of our hands: factors, even beside a name
        ["Priya (groomer) being off sick", "dogs' coat condition", "our booking website"],
        ["Easter (date moves each year)", "Storm season (autumn)"],
        ["the weather", "the weekend receptionist"],
    ],
)
def test_factors_beside_people_stay_inputs(uncontrollables):
    assert "uncontrollables_missing" not in codes_of(uncontrollables=uncontrollables)


# --- a founder in charge is a person in charge, like an owner ----------------------------------------------
_MONTHLY = "Monthly: hours lost, deposits kept, complaints; looked at together every month."


def test_a_founder_who_can_change_the_models_choices_oversees_it():
    rollout = (
        "Two chairs use the model's deposits for a month, the rest as now; our founder (marta) looks "
        "over the list each morning and can change any deposit. All chairs after."
    )
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout, monitoring=_MONTHLY)


@pytest.mark.parametrize(
    "rollout",
    [
        "Two chairs use the model's deposits for a month, the rest as now. All chairs after.",
        # the founder named, but only told afterwards of what runs by itself
        "Two chairs use the model's deposits for a month, the rest as now; the deposits are set "
        "automatically and nobody approves them, the founder only sees the totals at the end of the year. "
        "All chairs after.",
    ],
)
def test_no_one_or_a_founder_told_afterwards_oversees_nothing(rollout):
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring=_MONTHLY)
