"""Study 51 (twentieth set, objective / metric / levers / model / data / baseline side): each rule on
sentences of our own, both ways, so a rule that fits only the plan it came from would show here."""

from studyguide.worksheets.coaching.baseline_stand_ins import (
    baseline_is_a_due_level,
    baseline_is_own_forecast,
)
from studyguide.worksheets.coaching.metric_fit import without_who_numbers
from studyguide.worksheets.coaching.model_handoff import model_left_to_a_tool
from studyguide.worksheets.coaching.named_staff import _subjects
from studyguide.worksheets.coaching.onlooker_counts import counts_onlookers
from studyguide.worksheets.coaching.placeholders import filler_typed
from studyguide.worksheets.coaching.score_continuation import continues_model_score
from studyguide.worksheets.coaching.variation import lever_never_varied
from studyguide.worksheets.coaching.world_outright import names_world_outright


def test_the_models_own_forecast_is_no_baseline():
    assert baseline_is_own_forecast("Compare the week's sales with what the model predicted for it.")
    assert baseline_is_own_forecast("Bookings set against the forecast made by the system.")
    assert not baseline_is_own_forecast("The usual rota; the model's forecast is only shown beside it.")
    assert not baseline_is_own_forecast("Last year's takings: 4,100 a week.")


def test_a_level_that_is_due_is_no_baseline():
    assert baseline_is_a_due_level("90 % of tables full, which a cafe like ours should reach.")
    assert not baseline_is_a_due_level("Today we fill 70 %; we should reach 90 %.")
    assert not baseline_is_a_due_level("Ann's rota as now: 12 hours of overtime a week.")


def test_people_who_come_to_look_are_a_proxy_for_a_sale():
    goal = "More sofas sold at a better margin."
    assert counts_onlookers("showroom visitors per week", goal)
    assert counts_onlookers("people watching the upholsterer in the window each day", goal)
    assert not counts_onlookers("visitors who order a sofa", goal)
    assert not counts_onlookers("visitors per day", "More visitors to the gallery, and more income.")
    assert not counts_onlookers("visitors per day", "Fewer falls on the ward.")


def test_a_bare_score_after_the_models_score_is_the_models():
    clauses = ["F-score of the leak detector above 0.7", "and precision at least 0.9"]
    assert continues_model_score(clauses[1], clauses, lambda c: "detector" in c)
    assert not continues_model_score("recall of faulty kettles per 1,000 sold", clauses, lambda c: True)
    assert not continues_model_score(clauses[1], clauses, lambda c: False)


def test_filler_typed_as_the_objective():
    assert filler_typed("xxx") and filler_typed(" TBD ") and filler_typed("asdf")
    assert not filler_typed("More lessons booked") and not filler_typed("x-ray waits shorter")


def test_a_number_describing_a_thing_is_no_target():
    assert "8" not in without_who_numbers("more people who finish our 8-week course join")
    assert "20" in without_who_numbers("cut waits to 20 minutes")


def test_the_tool_will_sort_it_out():
    assert model_left_to_a_tool("The till software has a planner; it will work it all out.")
    assert not model_left_to_a_tool("It predicts sales from price; the app will sort that out for us.")


def test_names_in_any_alphabet_are_read():
    assert ("Hélène", "opens") in list(_subjects("how many places the coach, Hélène, opens"))


def test_a_price_held_since_the_shop_opened_never_varied():
    assert lever_never_varied("The fee has been 30 pounds since the studio opened.")
    assert not lever_never_varied("The fee went up twice since the studio opened.")


def test_the_weather_or_passers_about_named_outright_as_a_lever():
    assert names_world_outright("Q3: wet, windy mornings in March")
    assert names_world_outright("the number of day-trippers staying in the village")
    assert not names_world_outright("the heating on cold evenings")
    assert not names_world_outright("which dry days we book the crew")
    assert not names_world_outright("the number of visitors we admit per slot")
