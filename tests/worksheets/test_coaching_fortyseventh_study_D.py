"""What the forty-seventh blind set's first look taught (helper D's share), each as a general reading: other
words for the same slips, in other trades than the set's plans, beside near misses that must stay silent.
Pure: the rules alone, and a stand-in for the embedding model where the slip hid behind its resemblance."""

import pytest

from studyguide.worksheets.coaching import Plan
from studyguide.worksheets.coaching.records_claimed import records_said_enough
from studyguide.worksheets.coaching.sensors import reads_images
from tests.worksheets.test_coaching_evidence import BASE, codes_of


class _SeesItEverywhere:
    """An embedding model that finds every concept it is asked about: the worst case for a rule that must not
    let a resemblance outweigh what the words settle."""

    def lever_uncontrollable(self, lever, uncontrollables, lean=None):
        return False

    def means_any(self, text, concept, slack=0.0):
        return True

    def mentions_lever(self, text, levers):
        return True


# --- records said to be enough by their size, with the experiment turned down -----------------------------
_MENTORING = dict(
    levers=["whether a new starter gets a mentor", "how often the team lead checks in"],
    modeler="Chance a new starter leaves within a year, from role, pay, check-ins and mentor.",
    optimizer="Choose mentor and check-ins per new starter for the fewest leavers within the budget.",
    experiment="no",
)


@pytest.mark.parametrize(
    "data",
    [
        "HR records since 2016: starts, leavers, check-ins logged.\nNot needed. Our records cover 3,000 "
        "starters, which should be enough to see what helps.",
        "Ten years of staff history. No experiment: that is plenty of data to learn what works.",
        "Exit interviews and HR records. The data is sufficient for the model to tell what keeps people.",
    ],
)
def test_records_said_enough_by_their_size_need_an_experiment(data):
    assert records_said_enough(data)
    assert "lever_no_data_experiment" in codes_of(_SeesItEverywhere(), data=data, **_MENTORING)


@pytest.mark.parametrize(
    "data",
    [
        # the settings differed: the size is then of records that can show it
        "HR records since 2016. Mentors were given in some offices and not in others, enough to see what "
        "helps.",
        "Ten years of staff history, with check-ins varied by team lead: plenty of data to learn what works.",
        # enough said of something else than what the records can show
        "HR records since 2016: starts, leavers, check-ins. Enough budget for 40 mentors a year.",
    ],
)
def test_records_that_varied_or_enough_of_something_else_are_no_such_claim(data):
    assert not records_said_enough(data)


# --- the loop passed by: levers that reach people said in words the coach did not know ----------------------
_POOL = dict(
    objective="Fewer swimmers turned away from lanes, and fewer lessons cancelled.",
    metric="Swimmers turned away per week (140) and lessons cancelled per term (22).",
    levers=["which lanes close for cleaning each day", "lane closures announced on the website a day ahead"],
    modeler="Swimmers turned away per session from the day, the season, lanes closed and the announcement.",
    optimizer="Choose the cleaning days and when closures are announced for the fewest swimmers turned away.",
    risks="A new leisure centre across town, unlike anything in our records.",
    went_really_well="The cleaning crew would win the council's award, and we'd be strong when the contract "
    "comes up.",
)


def test_closures_announced_to_people_reach_them_so_success_alone_passes_the_loop_by():
    assert "no_feedback_loop" in codes_of(**_POOL)


def test_the_announcement_with_its_loop_named_is_answered():
    wrw = (
        "If we announce closures early, regulars shift to other days, so our turned-away data then shows the "
        "days our announcements left quiet."
    )
    assert "no_feedback_loop" not in codes_of(**{**_POOL, "went_really_well": wrw})


def test_a_closure_not_told_to_anyone_asks_for_no_loop():
    # cleaning the filter overnight reaches no swimmer: the gains alone are no gap
    machine = dict(
        levers=["which night the filters are cleaned", "how long the backwash runs"],
        modeler="Water clarity next day from filter age, backwash time and swimmers per day.",
        optimizer="Choose cleaning nights and backwash time for the clearest water.",
    )
    assert "no_feedback_loop" not in codes_of(**{**_POOL, **machine})


_BUSES = dict(
    objective="Members in the hill villages get a bus they can rely on to reach town, and stay members.",
    metric="Late buses per week on the hill routes (31) and members lost per month (9).",
    levers=[
        "which of the 6 routes gets the new minibuses first",
        "which villages get new members first from the waiting list",
    ],
    modeler="Late buses per route and chance a member leaves, from route, vehicle, weather, and new members "
    "added.",
    optimizer="Pick the order of minibuses for the fewest late buses within the grant.",
    risks="A new rail halt in the lower villages, unlike anything in our data.",
    went_really_well="We win the county transport award and the council match-funds the next round.",
)


def test_a_lever_the_model_reads_in_its_own_two_words_is_set_by_the_system():
    # "new members" ties the waiting-list lever to the model though "villages" and "members" are the plan's
    # own subject
    assert "no_feedback_loop" in codes_of(**_BUSES)


def test_the_waiting_list_lever_left_out_of_the_model_asks_nothing_of_the_gains():
    modeler = "Late buses per route from route, vehicle and weather."
    assert "no_feedback_loop" not in codes_of(**{**_BUSES, "modeler": modeler})


def test_a_video_call_is_what_people_do_not_a_picture_the_model_reads():
    said = dict(BASE, objective="Households get a connection good enough for video calls in the evening.")
    assert not reads_images(Plan(**said))
    shown = dict(BASE, modeler="Chance of a fault from the video of each mast, taken by drone.")
    assert reads_images(Plan(**shown))


# --- risks of our own settings told apart for different people ----------------------------------------------
_GYM = dict(
    levers=["the joining fee offered (none / £10 / £20)", "which month the renewal offers go out"],
    modeler="Chance a member renews from joining fee, renewal offer timing, visits and age.",
    risks="Staff may not keep up with new sign-ups\nA strike by the cleaners would close the changing rooms\n"
    "Fee cuts might cost more than budget allows\nComplaints if friends are charged different joining fees",
)


def test_people_charged_different_settings_of_ours_is_no_new_input():
    assert "no_ood_risk" in codes_of(**_GYM)


@pytest.mark.parametrize(
    "risk",
    [
        # a different kind of person met: an input unlike the data
        "Members who join in January are different from those in our records",
        # what differs is no setting of ours
        "Complaints if friends get different results from the classes",
    ],
)
def test_different_people_or_something_not_ours_differing_is_still_novelty(risk):
    risks = _GYM["risks"].rsplit("\n", 1)[0] + "\n" + risk
    assert "no_ood_risk" not in codes_of(**{**_GYM, "risks": risks})
