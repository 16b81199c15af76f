"""Study 68 on the twenty-seventh set: a ranking's score at a cut-off as the metric ("precision@10"), and
settings held since a machine came, with an experiment turned down in words. Our own wording, other trades
and shapes than the set's, and near strong phrasings that must stay silent. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.experiment_words import EXPERIMENT_WORDS
from studyguide.worksheets.coaching.metric_fit import wishes_a_quality
from studyguide.worksheets.coaching.stayers_only import counts_only_stayers
from studyguide.worksheets.coaching.variation import experiment_in_words, lever_never_varied
from tests.worksheets.test_coaching_evidence import BASE


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


# --- a ranking's score at a cut-off grades the list, not the world ---------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Recall@5 of the lead ranking on last year's enquiries, aiming for 0.7.",
        "- NDCG@20 on the held-back month\n- target 0.65",
        "We'll judge it by hits@3: how often the right plumber is in the top three suggestions.",
        "Top-5 accuracy of the part finder on old tickets (now 0.62).",
        "precision @ 10 for the fraud shortlist; goal 0.9",
    ],
)
def test_a_rankings_score_at_a_cut_off_is_model_quality(metric):
    assert "metric_is_model_quality" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Share of the top 10 call-outs treated the same day (now 58%).",
        "Revenue from our top-5 customers per month (now £12,400).",
        "Kettles recalled per 1,000 sold (now 3); refunds per month.",
    ],
)
def test_a_count_of_the_top_of_a_list_in_the_world_is_no_model_score(metric):
    assert "metric_is_model_quality" not in codes_of(metric=metric)


# --- settings held since the machine came, the experiment turned down -------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        "Shift logs since 2019. The oven has stayed at 220 C since it was installed; only the flour batches "
        "vary.",
        "Five years of press records; the dwell time has been left at the factory value since we bought it. "
        "We cannot afford trials on customer orders.",
        "Kiln logs: the firing curve has remained the same since the kiln was commissioned. No tests, the "
        "glaze is too dear.",
        "Pump logs.\n- flow rate has been 40 l/min since the pump was fitted\n- only the rainfall varies",
        "mixer speed has run at 3 since the mixer arrived. We won't risk a batch on trials.",
    ],
)
def test_settings_held_since_the_machine_came_with_trials_turned_down_get_a_note(data):
    assert lever_never_varied(data)
    assert not experiment_in_words(data, EXPERIMENT_WORDS)
    assert "lever_no_data_experiment" in codes_of(data=data, experiment="no")


@pytest.mark.parametrize(
    "data",
    [
        "Temperature has stayed at 165 C since the ironer was installed; for four weeks we try 170 and 175 C "
        "on alternate days.",
        "Logs where speed was varied between 15 and 20 m/min by shift; we can't risk a trial at 25.",
        "The roll has been at 165 C since it was installed, except in 2022 when we tested 150 to 180 C on "
        "random days.",
    ],
)
def test_an_experiment_stated_beside_a_held_setting_or_a_refusal_is_still_one(data):
    assert experiment_in_words(data, EXPERIMENT_WORDS)
    assert "lever_no_data_experiment" not in codes_of(data=data, experiment="no")


# --- a quality wished on a thing, as a taster or a lullaby says it: no number ---------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "A sweeter crumb and a crisper crust, the loaves singing on the rack.",
        "- a quieter chair\n- a calmer waiting room",
        "Rock-a-bye: a richer diary and a lighter heart by spring.",
        "Think of a brighter nose, a silkier finish, the studio humming.",
        "A healthier hive and a heavier comb come September.",
    ],
)
def test_a_quality_wished_on_a_thing_names_no_number(metric):
    assert wishes_a_quality(metric)
    assert "metric_no_number" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Fewer falls at night.",
        "Kg of comb per hive at the September pull.",
        "A water bill under 200 a month.",
        "A higher share of bookings kept, counted each week.",
    ],
)
def test_a_count_however_plainly_put_is_still_a_number(metric):
    assert "metric_no_number" not in codes_of(metric=metric)


# --- a metric taken only among those who stayed, for an objective about people leaving --------------------
@pytest.mark.parametrize(
    ("metric", "objective"),
    [
        (
            "Mean lessons booked per month across learners who remain on the books in December.",
            "Fewer learner drivers giving up before their test.",
        ),
        (
            "- average spend per member, current members only\n- counted in March",
            "Keep more gym members past their first year.",
        ),
        (
            "Hours volunteered per quarter for volunteers who stayed all year.",
            "Fewer volunteers walking away after a bad first shift.",
        ),
        (
            "Satisfaction score of tenants still signed up at renewal time (now 7.2/10).",
            "Fewer tenants leaving when their lease ends.",
        ),
        (
            "Average visits per week among those still coming at the end of the course.",
            "Fewer people dropping out of the couch-to-5k course.",
        ),
    ],
)
def test_a_metric_over_those_who_stayed_cannot_see_the_leavers(metric, objective):
    assert counts_only_stayers(metric, objective)
    assert "metric_proxy" in codes_of(metric=metric, objective=objective)


@pytest.mark.parametrize(
    ("metric", "objective"),
    [
        (
            "Share of beginners who stayed a second term (now 15 of 24).",
            "Fewer beginners quitting the choir.",
        ),
        (
            "Learners who gave up before the test, as a share of those who started (now 9 of 24).",
            "Fewer learner drivers giving up before their test.",
        ),
        (
            "Average sessions among current members (now 8), and the share who left by June (now 30%).",
            "Fewer members leaving the club.",
        ),
        (
            "Repair cost per van per month among vans still in service in December (now £310).",
            "Lower repair cost per van.",
        ),
        # the stayers counted as a share of everyone, written with a percent sign (the twenty-eighth set's
        # strong hardship fund plan: "- % of first-years still enrolled in the summer term")
        (
            "- % of first-years still enrolled in the summer term - now: 84%",
            "- fewer students dropping out for money reasons",
        ),
        ("% of members still coming in March (now 61%)", "Fewer gym members quitting after January."),
        ("Tenants still renting with us after a year: 78%", "Fewer tenants leaving in their first year."),
    ],
)
def test_the_leavers_counted_or_an_aim_not_about_leaving_is_no_filter(metric, objective):
    assert not counts_only_stayers(metric, objective)
    assert "metric_proxy" not in codes_of(metric=metric, objective=objective)
