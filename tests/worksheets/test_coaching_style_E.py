"""The same plan written as bullet points reads as the same plan: each box's sentences put on their own lines,
each opened by "- ", get the notes the plain paragraph gets. The plans are built as the web form and the JSON
files build them (``plan_from_mapping``)."""

from __future__ import annotations

from studyguide.worksheets.coaching import check_plan
from studyguide.worksheets.coaching.plan import plan_from_mapping

from .test_coaching_evidence import BASE


def form_codes(**fields) -> set[str]:
    """The rules' codes for the base plan with some fields changed, read from the form's own field names."""
    worksheet = {**BASE, **fields}
    if {"data_have", "data_collect"} & set(fields):
        worksheet.pop("data")  # the old one-text "data" would stand before the records given here
    return {n.code for n in check_plan(plan_from_mapping(worksheet))}


def bulleted(text: str) -> str:
    return "\n".join(f"- {point}" for point in text.split("\n"))


# --- an objective that is a timetable of the work, run on or listed -----------------------------------------
PHASES = (
    "Phase 1 (Jan-Mar): pull the ward rota and sickness extracts together.\n"
    "Phase 2 (Apr-Jun): build the staffing model with the data team.\n"
    "Phase 3 (Jul-Sep): pilot on two wards.\n"
    "Phase 4 (Oct): hand over to business as usual."
)


def test_phases_of_the_work_are_no_objective_whether_listed_or_run_on():
    assert "objective_missing" in form_codes(objective=bulleted(PHASES))
    assert "objective_missing" in form_codes(objective=PHASES.replace("\n", " "))


# --- a loop said in a risk point: success shrinks the group the model scores --------------------------------
LOOP_RISKS = (
    "Summer tourists are unlike our regulars.\n"
    "If the reminders work, the list of no-show clients shrinks and the old risk scores go stale "
    "(we refit each spring)."
)


def test_a_loop_of_success_shrinking_the_scored_group_is_heard_in_either_layout():
    assert "no_feedback_loop" in form_codes(risks="Summer tourists are unlike our regulars.")
    assert "no_feedback_loop" not in form_codes(risks=LOOP_RISKS.replace("\n", " "))
    assert "no_feedback_loop" not in form_codes(risks=bulleted(LOOP_RISKS))
