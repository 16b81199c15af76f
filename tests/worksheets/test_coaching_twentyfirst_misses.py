"""Study 54 (twenty-first set, the misses outside the levers): each rule on sentences of our own, both ways,
so a rule that fits only the plan it came from would show here."""

from studyguide.worksheets.coaching.declined import declined_as_unneeded
from studyguide.worksheets.coaching.lexicon import HANDS_OVER, MEASURABLE, WHAT_IF
from studyguide.worksheets.coaching.loops import _act_roots
from studyguide.worksheets.coaching.metric_fit import states_a_condition
from studyguide.worksheets.coaching.model_handoff import model_left_to_a_tool
from studyguide.worksheets.coaching.novelty import familiar_item
from studyguide.worksheets.coaching.onlooker_counts import counts_onlookers
from studyguide.worksheets.coaching.text import content_stems, has_any


def test_an_act_named_by_its_noun_is_the_same_act():
    # "chooses the invitations" sets the lever "whom the secretary invites"
    assert {"invit"} <= _act_roots(content_stems("chooses the invitations for each evening"))
    assert {"select"} <= _act_roots(content_stems("makes the selection"))
    assert content_stems("which members the secretary invites") & {"invit"}
    # a short root says too little: "lion" is no act of "li"
    assert _act_roots({"lion"}) == {"lion"}


def test_a_change_of_contractor_is_about_who_does_our_work():
    assert familiar_item("the council could change contractor")
    assert familiar_item("we may change subcontractors next year")
    assert not familiar_item("the council could change the bridge bearings to a new type")
    assert not familiar_item("visitors could change what they want")


def test_totally_is_no_total():
    assert not has_any("you'll totally love it", MEASURABLE)
    assert has_any("total takings per week", MEASURABLE)
    assert has_any("the weekly total", MEASURABLE)


def test_success_left_to_what_one_will_see():
    assert states_a_condition("regulars coming back happier, you'll see it straight away")
    assert states_a_condition("the whole street will notice the difference")
    assert not states_a_condition("repeat customers per month")


def test_the_tool_will_work_all_that_out():
    assert model_left_to_a_tool("The till's planner will work all that out for us.")
    assert not model_left_to_a_tool("It predicts sales from price; the app will work all that out for us.")


def test_a_simulator_declined_as_of_no_use():
    assert declined_as_unneeded("We don't need one, we go by feel.", WHAT_IF)
    assert declined_as_unneeded("No need for that: the rota is the rota.", WHAT_IF)
    assert not declined_as_unneeded("Price 3 not 4 on Mondays: more cups sold?", WHAT_IF)
    assert not declined_as_unneeded("We don't need a tool: what if we open at 7 instead of 8?", WHAT_IF)


def test_what_customers_take_home_to_try_is_a_proxy_for_a_sale():
    goal = "More carpets sold and fitted this year."
    assert counts_onlookers("swatches customers take home per week", goal)
    assert counts_onlookers("colour cards shoppers borrow each month", goal)
    assert not counts_onlookers("carpets customers take home per week", goal)
    assert not counts_onlookers("swatches customers take home per week", "Fewer falls on the ward.")


def test_a_prediction_put_up_for_people_to_read_is_handed_over():
    assert has_any("The risk scores go up on the office screen each morning.", HANDS_OVER)
    assert has_any("The chances are pinned up in the staff room.", HANDS_OVER)
    assert not has_any("Prices go up on Saturdays when demand is high.", HANDS_OVER)
