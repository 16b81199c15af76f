"""Codes whose notes were mostly wrong on plans the coach had never seen are asked as questions, apart from
the notes (docs/coaching-first-look.md), unless the rule that raised one is certain. Pure (the rules only);
the plans are our own."""

from studyguide.worksheets.coaching import Plan, coach
from studyguide.worksheets.coaching.notes import ASKED_AS_QUESTIONS, CODES, Feedback, make_note
from studyguide.worksheets.evaluation import evaluate

GOOD = dict(
    objective="Fewer loaves thrown away at the bakery each evening, without running out before 5 pm.",
    metric="Loaves binned per week (now 140, aim 70), and days sold out before 5 pm (now 1 a week).",
    levers=["how many loaves of each kind we bake each morning"],
    uncontrollables=["the weather", "school holidays"],
    data="Two years of daily bakes and sales. For six weeks we baked 10 % more or less at random.",
    modeler="Sales of each loaf by day, given the weather, holidays and how many we baked.",
    simulator="If we bake 20 fewer sourdough on a rainy Monday, how many do we bin and do we sell out?",
    optimizer="Chooses each morning's bake to bin the fewest loaves with at most one early sell-out a week.",
    baseline="The head baker's own numbers, as now.",
    rollout="One shop for a month, the head baker can overrule any number; then the other two.",
    monitoring="The manager compares binned loaves and sell-outs each week with the baseline.",
    risks="A new kind of loaf or a new shop is unlike our records; a heatwave unlike past summers.",
)


def feedback(**changes) -> Feedback:
    return coach(Plan(**{**GOOD, **changes}), None)


def test_the_asked_codes_are_known_codes():
    assert ASKED_AS_QUESTIONS <= set(CODES)


def test_a_lever_read_as_the_world_is_asked_not_stated():
    fb = feedback(levers=["how many loaves of each kind we bake each morning", "the weather tomorrow"])
    assert "lever_not_controllable" not in {n.code for n in fb.notes}
    asked = [n for n in fb.questions if n.code == "lever_not_controllable"]
    assert asked and asked[0].message.startswith("Do you decide")
    assert "the weather tomorrow" in asked[0].message


def test_a_lever_also_listed_as_uncontrollable_is_a_note():
    fb = feedback(uncontrollables=["the weather", "how many loaves of each kind we bake each morning"])
    assert "lever_not_controllable" in {n.code for n in fb.notes}


def test_oversight_is_a_note_when_the_plan_says_no_one_can_stop_it_and_a_question_when_merely_unsaid():
    said = feedback(rollout="From Monday it sets every bake on its own; no one can override it.")
    assert "rollout_no_human_oversight" in {n.code for n in said.notes}
    unsaid = feedback(
        rollout="One shop for a month, then the other two.",
        monitoring="Binned loaves and sell-outs are compared each week with the baseline.",
    )
    assert "rollout_no_human_oversight" not in {n.code for n in unsaid.notes}
    assert "rollout_no_human_oversight" in {n.code for n in unsaid.questions}


def test_a_good_plan_gets_neither_notes_nor_questions():
    fb = feedback()
    assert fb.notes == [] and fb.questions == []


def test_findings_hold_notes_and_questions_in_order_and_json_keeps_them_apart():
    fb = Feedback(
        [
            make_note("went_really_well", "no_feedback_loop", "loop?"),
            make_note("objective", "objective_is_prediction", "objective"),
            make_note("levers", "lever_not_controllable", "lever?"),
        ],
        "",
    )
    assert [n.code for n in fb.notes] == ["objective_is_prediction"]
    assert [n.code for n in fb.questions] == ["lever_not_controllable", "no_feedback_loop"]
    assert [n.code for n in fb.findings] == [
        "objective_is_prediction",
        "lever_not_controllable",
        "no_feedback_loop",
    ]
    data = fb.as_json()
    assert [n["code"] for n in data["notes"]] == ["objective_is_prediction"]
    assert [n["code"] for n in data["questions"]] == ["lever_not_controllable", "no_feedback_loop"]


def test_the_evaluation_counts_questions_apart_from_notes():
    strong = {"name": "strong", "worksheet": {"objective": "x"}, "expected": []}
    flawed = {"name": "flawed", "worksheet": {"objective": "y"}, "expected": ["lever_not_controllable"]}

    def check(plan):
        return Feedback([make_note("levers", "lever_not_controllable", "?")], "")

    report = evaluate([strong, flawed], check)
    assert report.caught == 0 and report.false_alarms == 0 and report.strong_clean == 1
    assert report.questions == (2, 1, 1, 0)  # asked twice: once on the flaw, once on the strong plan
    assert report.recall_raised == 1.0
    assert "questions: 1 on a missed planted flaw, 1 on strong plans" in report.summary()
