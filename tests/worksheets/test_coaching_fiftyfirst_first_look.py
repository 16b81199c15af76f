"""The three false alarms on strong plans at the fifty-first set's first look, each read for its general cause
and each beside the slip the reading is there for, which still raises its note. Pure: the rules alone."""

from tests.worksheets.test_coaching_evidence import codes_of


def test_every_other_unit_is_a_share_not_the_whole_scope():
    rollout = (
        "Every other new client this year. The manager checks each deposit before it is sent and can change "
        "it. All clients next year if no-shows fall."
    )
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


def test_every_unit_from_one_start_still_goes_everywhere_at_once():
    rollout = (
        "Every new client next month. The manager checks each deposit before it is sent and can change it."
    )
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


def test_the_first_weeks_of_each_season_come_round_every_season():
    monitoring = (
        "No-shows weekly in the first six weeks of each season, chair hours monthly, to the manager and the "
        "owner; continues after year one."
    )
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


def test_watching_said_to_carry_on_after_the_first_stretch_is_watching():
    monitoring = "No-shows weekly in the first six weeks, chair hours monthly, to Jo; continues after year 1."
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


def test_watching_said_to_stop_after_the_first_stretch_still_stops():
    monitoring = (
        "No-shows weekly in the first six weeks, chair hours monthly, to the manager; stops after year one."
    )
    assert "no_monitoring" in codes_of(monitoring=monitoring)


def test_money_made_said_without_a_money_word_is_money_wanted():
    codes = codes_of(
        objective="More diners on quiet nights, and make more from each table without anyone feeling robbed.",
        metric="Takings per table on weeknights: 48 now.",
    )
    assert "metric_proxy" not in codes


def test_money_left_for_an_act_wanted_is_still_on_the_way():
    codes = codes_of(
        objective="More people, children too, sit down and play the street pianos in summer.",
        metric="Donations in the collection tins on the pianos: 2,140 last summer.",
    )
    assert "metric_proxy" in codes
