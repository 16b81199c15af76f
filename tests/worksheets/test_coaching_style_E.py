"""The same plan written as bullet points reads as the same plan: each box's sentences put on their own lines,
each opened by "- ", get the notes the plain paragraph gets (``coaching.bullet_lines``). The plans are built
as the web form and the JSON files build them (``plan_from_mapping``), where a field's bulleted lines are read
as its paragraph."""

from __future__ import annotations

import pytest

from studyguide.worksheets.coaching import check_plan
from studyguide.worksheets.coaching.bullet_lines import as_paragraph
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


def test_a_bulleted_box_is_read_as_its_paragraph():
    assert as_paragraph("- nothing kept on paper\n- the foreman remembers") == (
        "nothing kept on paper. the foreman remembers"
    )
    assert as_paragraph("- Nothing kept.\n- The foreman remembers.") == "Nothing kept. The foreman remembers."
    # a heading keeps its own line; a figure's minus sign and a plain box are no bullets
    assert as_paragraph("Two stages:\n- one depot\n- then all") == "Two stages:\none depot. then all"
    assert as_paragraph("-5 degrees at night") == "-5 degrees at night"
    assert as_paragraph("Line one\nLine two") == "Line one\nLine two"


# --- records: a box that says no records are kept, one point a line -----------------------------------------
RECORDS_NONE = dict(
    data_have="Nothing kept on paper.\nThe foreman remembers how each job went.",
    data_collect="Nothing extra.\nWe will go on what the crews tell us.",
)


@pytest.mark.parametrize("style", ["plain", "bullets", "bullets without full stops"])
def test_no_records_in_bullets_are_no_data_as_in_a_paragraph(style):
    fields = {k: v.replace("\n", " ") for k, v in RECORDS_NONE.items()}
    if style != "plain":
        fields = {k: bulleted(v) for k, v in RECORDS_NONE.items()}
    if style == "bullets without full stops":
        fields = {k: v.replace(".", "").lower() for k, v in fields.items()}
    assert "no_data" in form_codes(**fields)


# --- the form's question and its answer on two bulleted lines -----------------------------------------------
MODEL_UNSAID = "Q: What does the model predict?\nA: Not decided yet.\nWe'll see what the booking system has."


def test_a_question_and_its_answer_on_bulleted_lines_read_as_the_answer():
    assert "model_missing" in form_codes(modeler=MODEL_UNSAID.replace("\n", " "))
    assert "model_missing" in form_codes(modeler=bulleted(MODEL_UNSAID))
    assert "model_no_lever" not in form_codes(modeler=bulleted(MODEL_UNSAID))


# --- a whole form of placeholders, each typed after a bullet ------------------------------------------------
@pytest.mark.parametrize(
    "box_mark, row_mark",
    [("", ""), ("- ", ""), ("", "- "), ("- ", "- ")],
    ids=["plain", "boxes bulleted", "rows bulleted", "both bulleted"],
)
def test_a_form_of_bulleted_placeholders_is_empty(box_mark, row_mark):
    typed = {
        k: f"{box_mark}<<type here>>" if isinstance(v, str) else [f"{row_mark}<<type here>>"]
        for k, v in BASE.items()
    }
    assert form_codes(**typed) == {"empty_plan"}


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
