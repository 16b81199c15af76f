"""What the thirty-ninth set's first look missed, read for its general cause, in sentences of our own from
another field (a leisure centre's swimming lessons): an answer handed to someone else's department or to a
meeting still to come, records wiped as they go, a risks box that only vouches for the practice, and the
sources of data listed as levers."""

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.lever_checks import _records_listed
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.unanswered import only_custom_vouched, put_off, says_nothing


def _denies_records(records):
    """How the coach reads the data fields: each line that denies any record is read as blank."""
    return all(says_nothing(line, "data") for line in records.split("\n") if line.strip())


def _plan(**fields):
    base = {
        "title": "Swimming lesson groups",
        "objective": "More children reaching the 25 m badge within a year of starting lessons.",
        "metric": "Children with the 25 m badge within 12 months of starting (last year 118 of 260).",
        "levers": [
            "which group each new child joins",
            "group size (6 or 8)",
            "whether a second teacher is in the water for stage 1",
        ],
        "uncontrollables": ["how often children miss lessons", "pool temperature", "school holidays"],
        "modeler": "Chance a child reaches 25 m within a year given group, group size and a second teacher, "
        "plus age, attendance and starting stage.",
        "simulator": "What if every stage 1 group had 6 children and a second teacher?",
        "optimizer": "Places each new child in a group each term to get the most children to 25 m within the "
        "pool hours we have.",
        "baseline": "Groups by age and sign-up order today: 118 of 260 reach 25 m within a year.",
        "rollout": "Saturday lessons first for a term, the swim coordinator Ana approves each placement and "
        "can undo it; then the weekday lessons.",
        "monitoring": "Ana each half term: badges gained, children who stop coming, group sizes.",
        "risks": "Children from the new school partnership, unlike anyone in our records; a pool closure "
        "that moves lessons to the small pool.",
        "went_really_well": "Groups the model favours get the second teacher, so their progress looks better "
        "in the records and the model may keep sending the same children there.",
        "data_have": "Lesson registers and badge records for four years: child, group, size, teachers.",
        "data_collect": "Starting stage assessed in the first lesson.",
        "experiment_needed": "yes",
        "experiment_notes": "For one term, half the stage 1 groups, at random, get a second teacher.",
    }
    return plan_from_mapping({**base, **fields})


def _codes(plan):
    return {n.code for n in coach(plan).notes}


def test_the_plan_these_tests_change_gets_no_note():
    assert _codes(_plan()) == set()


def test_an_answer_handed_to_another_department_or_a_later_meeting_is_put_off():
    assert put_off("Not my department - timetabling is a management matter.")
    assert put_off("The trustees will decide at the next meeting how we measure this.")
    # naming who decides, and what, is an answer
    assert not put_off("The head coach places each child every term to get the most to 25 m.")
    assert "no_optimizer" in _codes(_plan(optimizer="Not our call, that's a head office decision."))
    metric = "The managers will agree at the planning day how we judge it."
    objective = "More children swimming confidently by the end of their first year of lessons."
    assert "objective_no_metric" in _codes(_plan(objective=objective, metric=metric))


def test_records_wiped_as_they_go_are_no_data():
    assert _denies_records("Names go on the poolside board and get rubbed off each week.\nNot needed.")
    assert not _denies_records("Names go on the board and get wiped, but the booking system keeps 3 years.")
    plan = _plan(
        data_have="Groups go on the whiteboard and get wiped every term; that's it.",
        data_collect="No need, the teachers know the children.",
    )
    assert "no_data" in _codes(plan)


def test_a_risks_box_that_only_vouches_for_the_practice_names_no_risk():
    assert only_custom_vouched("Grouping by age is standard practice at every pool; it's well understood.")
    assert not only_custom_vouched("Standard practice, but a new partner school may send non-swimmers.")
    plan = _plan(
        risks="Lesson grouping has been done for decades; it's tried and tested.",
        went_really_well="More badges and a longer waiting list.",
    )
    assert "no_risks" in _codes(plan)


def test_sources_of_data_listed_as_levers_are_no_levers():
    rows = ["the badge records since 2021", "poolside video of stage 1 lessons", "parents' complaints"]
    assert _records_listed(rows) == rows
    # a choice about what we send or keep is a setting
    assert (
        _records_listed(["whether we send parents a progress video", "which complaints we answer first"])
        == []
    )
    assert "levers_missing" in _codes(_plan(levers=rows))
