"""What the ninth held-out set taught about levers: the planner's own body, named in the third person in
several levers ("the Council"), is us even when the objective does not name it as owner; a relative clause
that only says for whom ("each visitor who opens the page") does not make the lever the visitor's act; a
noun followed by a clause in which another party acts on it ("the speed limit the county sets") is that
party's. Each test changes one part of a complete plan. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.ownership import (
    owned_in_complement,
    planner_in_third_person,
    set_by_another,
    tokens_of,
    without_relative_clause,
)
from studyguide.worksheets.coaching.variation import lever_never_varied
from tests.worksheets.test_coaching_evidence import codes_of

COUNCIL_LEVERS = [
    "which pitches the Council lets to visiting clubs",
    "whether the Council pays for floodlights on the second pitch",
]


# --- the planner's own body, named in the third person ---
def test_a_body_acting_in_two_levers_is_the_planner():
    assert planner_in_third_person(COUNCIL_LEVERS[0], [COUNCIL_LEVERS[1]])
    assert "lever_not_controllable" not in codes_of(levers=COUNCIL_LEVERS)


def test_a_body_named_once_or_listed_as_uncontrollable_is_not_the_planner():
    assert not planner_in_third_person(COUNCIL_LEVERS[0], ["when we mow the grass"])
    assert not planner_in_third_person(COUNCIL_LEVERS[0], [COUNCIL_LEVERS[1]], ["what the Council decides"])


def test_a_body_named_in_the_constraints_only_is_not_the_planner():
    # the constraints name the parties whose consent binds the plan; they do not say who the planner is
    levers = ["whether the Council pays for floodlights on the second pitch", "when we mow the grass"]
    assert "lever_not_controllable" in codes_of(
        levers=levers, constraints="Lettings need the Council's consent."
    )


# --- a relative clause that only says for whom ---
def test_a_relative_clause_after_the_main_verb_is_dropped():
    lever = "which voucher you show each visitor who opens the booking page"
    assert without_relative_clause(lever) == "which voucher you show each visitor"
    assert read_lever(lever).verdict == CONTROL


@pytest.mark.parametrize(
    "lever",
    ["the donors who turn up", "which members who renews get a discount", "which families that move"],
)
def test_a_relative_clause_that_is_the_lever_stays(lever):
    assert without_relative_clause(lever) == lever


# --- a noun set by another party's clause ---
@pytest.mark.parametrize(
    "lever,theirs",
    [
        ("the speed limit the regional roads authority sets on the lane", True),
        ("the fee the landlord charges", True),
        ("the discount the customer gets", False),  # what we give them
        ("the hour the reduced labels go on", False),  # "labels" is no verb
        ("the price we charge", False),
    ],
)
def test_a_noun_set_by_another_party(lever, theirs):
    assert set_by_another(lever) is theirs


def test_a_noun_set_by_another_party_is_noted():
    levers = ["the fee the landlord charges for the hall", "when we send the reminder"]
    assert "lever_not_controllable" in codes_of(levers=levers)


# --- a possessive in what a passive clause is done with ---
@pytest.mark.parametrize(
    "lever,verdict",
    [
        ("whether a trainee shift is matched with a senior nurse's rota", CONTROL),
        ("whether the member's mood is low", WORLD),  # the possessive is the subject: their state
    ],
)
def test_a_possessive_in_the_complement_does_not_own_the_lever(lever, verdict):
    tokens = tokens_of(lever)
    owned = next(k for k, t in enumerate(tokens) if t.endswith("'s"))
    assert owned_in_complement(tokens, owned) is (verdict == CONTROL)
    assert read_lever(lever).verdict == verdict


# --- a setting held since the author (not only "we") began ---
def test_a_setting_held_since_i_opened_is_a_lever_never_varied():
    data = "Till records for four years; the repair fee has stayed at 30 since I started the stall."
    assert lever_never_varied(data)
    assert "lever_no_data_experiment" in codes_of(data=data, experiment="no")
