"""Study 56 (twenty-second set, levers nobody in the plan sets): each rule on sentences of our own, both
ways, so a rule that fits only the plan it came from would show here."""

from studyguide.worksheets.coaching.levers import WORLD, read_lever
from studyguide.worksheets.coaching.world_outright import (
    names_property_of_theirs,
    names_weather_measure,
    names_world_outright,
)


def test_a_measure_of_the_weather_at_a_place_is_the_world():
    assert names_weather_measure("the gust strength at the harbour mouth")
    assert names_weather_measure("Sea temperature at the pier")
    assert names_weather_measure("rainfall level")
    assert names_world_outright("the tide height at the slipway")
    # ours when anyone of ours or anything we do is in it, or when it is inside a building we heat
    assert not names_weather_measure("the wind speed we sail in")
    assert not names_weather_measure("the wind speed at which the lift is closed")
    assert not names_weather_measure("the air temperature in the showroom")
    assert not names_weather_measure("the wind turbine speed setting")
    assert not names_weather_measure("the sea temperature at which staff stop the swim session")


def test_how_things_are_that_others_bring_is_theirs():
    assert names_property_of_theirs("how clean the wetsuits are that the divers bring")
    assert names_property_of_theirs("how heavy the bags are the passengers bring")
    # how things are that we or our people bring or make, or a count or timing, is read elsewhere
    assert not names_property_of_theirs("how fresh the rolls are that we bring")
    assert not names_property_of_theirs("how big the portions are that the kitchen makes")
    assert not names_property_of_theirs("how full the vans are that the drivers bring")
    assert not names_property_of_theirs("how clean the boats are that the owners bring")
    assert not names_property_of_theirs("how many bags the passengers bring")
    assert not names_property_of_theirs("how long the sessions are that the players book")


def test_a_time_clause_is_not_the_subject_acting_on_its_own():
    # one of the people served acting on other people may be a part they play for us: no firm reading
    assert not read_lever("whether an older pupil rings them after their first lesson").firm
    assert not read_lever("whether a regular member rings them before their first session").firm
    # their own conduct stays theirs, with a time clause or without
    reading = read_lever("whether the patient visits after the reminder")
    assert reading.verdict == WORLD and reading.firm
    assert read_lever("whether customers visit before noon").verdict == WORLD
