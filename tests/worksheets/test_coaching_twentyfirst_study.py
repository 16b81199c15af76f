"""Study 53 (twenty-first set, levers and the data note): each rule on sentences of our own, both ways, so a
rule that fits only the plan it came from would show here."""

from studyguide.worksheets.coaching.context import Context
from studyguide.worksheets.coaching.experiment_checks import _sets_no_lever
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, core_phrase, read_lever
from studyguide.worksheets.coaching.plan import Plan, as_read
from studyguide.worksheets.coaching.world_outright import names_contest_result, names_world_outright


def test_a_set_point_is_one_noun_a_setting():
    assert core_phrase("the kiln set-point") == "the kiln setpoint"
    assert read_lever("oven temperature set point").verdict == CONTROL
    assert read_lever("the frost set points for the polytunnel").verdict == CONTROL
    assert core_phrase("the set of points we award") == "the set of points we award"


def test_which_of_two_parties_does_a_task_is_our_allocation():
    assert read_lever("whether the warden or the tenant reads the meter").verdict == CONTROL
    assert read_lever("who delivers: the driver or the customer").verdict != WORLD
    # one party, or no party on one side of "or": left to the rest of the reader
    assert read_lever("whether the tenant reads the meter").reason != "allocation"
    assert read_lever("whether the tenant pays or not").reason != "allocation"


def test_a_clause_about_the_weather_itself_is_named_outright():
    assert names_world_outright("how thick the fog lies over the estuary at dawn")
    assert names_world_outright("whether it freezes overnight")
    assert names_world_outright("when the rain comes on match days")
    assert not names_world_outright("how deep the snow is packed on the nursery slope")
    assert not names_world_outright("whether the rain covers go on the pitch")
    assert not names_world_outright("how much snow we make overnight")
    assert not names_world_outright("when the frost fans start in each block")


def test_a_contests_result_is_named_outright():
    assert names_contest_result("the away side losing by three goals")
    assert names_contest_result("a local horse winning the feature race")
    assert not names_contest_result("a prize for the team winning the raffle")
    assert not names_contest_result("which supplier wins the catering contract")
    assert not names_contest_result("our team winning the league")
    assert not names_contest_result("the team wins a bonus for a clean audit day")


def _sets_no_lever_in(optimizer: str, simulator: str = "") -> bool:
    plan = as_read(
        Plan(levers=["which van goes out first"], optimizer=optimizer, simulator=simulator, experiment="no")
    )
    return _sets_no_lever(Context(plan, None, levers=plan.levers))


def test_an_optimizer_that_sets_nothing_asks_no_experiment_yet():
    assert _sets_no_lever_in("The chances are pinned on the staff noticeboard so everyone knows.")
    assert not _sets_no_lever_in("Picks which van goes out first to cut late drops.")
    assert not _sets_no_lever_in("Puts the riskiest van in the garage first.")
    assert not _sets_no_lever_in("The chances are pinned up.", "What if the old van goes out first?")
    assert not _sets_no_lever_in("")  # no optimizer at all is another gap (no_optimizer)
