"""Study 68 on the twenty-seventh set: a lever that is what the people we serve pick or use themselves,
named by the clause after its noun ("the dessert each diner orders"). Our own wording, other trades and
shapes than the set's, and near phrasings of what we set or give that must stay silent. Pure: no model."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.ownership import their_pick
from tests.worksheets.test_coaching_evidence import BASE

OUR_LEVER = "the deposit we ask per booking"


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


@pytest.mark.parametrize(
    ("lever", "uncontrollables"),
    [
        ("the dessert each diner orders", ["diners' budgets", "rain"]),
        ("the seat every passenger chooses", ["strikes"]),
        ("the painkillers patients take at home", ["flu season"]),
        ("the treatment option each client selects", ["school holidays"]),
        ("the shampoo guests use in the rooms", ["tourist numbers"]),
        ("the ticket type a visitor buys (day, week, season)", ["weather"]),
        ("the size of tub the shopper picks", ["payday"]),
    ],
)
def test_what_the_people_we_serve_pick_for_themselves_is_no_lever(lever, uncontrollables):
    assert their_pick(lever, uncontrollables)
    codes = codes_of(levers=[lever, OUR_LEVER], uncontrollables=uncontrollables)
    assert "lever_not_controllable" in codes


@pytest.mark.parametrize(
    "lever",
    [
        "the discount each customer gets",  # what we give them
        "the portion each diner is served",  # done to them, by us
        "the flavours customers choose from",  # the range is ours
        "the cone size we give each customer",  # first person
        "free water for each rider at the feed",  # a gift, for whom
        "the rota the duty manager picks",  # one of our people picks
    ],
)
def test_what_we_give_set_or_offer_is_not_their_pick(lever):
    assert not their_pick(lever, ["weather"])
    assert "lever_not_controllable" not in codes_of(levers=[lever, OUR_LEVER], uncontrollables=["weather"])
