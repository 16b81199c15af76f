"""A labelled edit that takes the answer back replaces it, one that adds to it is kept (``edits``); in a
checklist only the ticked options are claimed (``checklists``): the pure rewrites, then right and wrong
answers through the real model (own words, not the probe sets')."""

import pytest

from quiz.grading.checklists import ticked_claims
from quiz.grading.edits import after_edits, withdraws


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Tuesday.\nEdit: sorry, the right day is Wednesday.", "The right day is Wednesday."),
        ("Tuesday.\nUpdate: no, it's Wednesday.", "It's Wednesday."),
        ("Tuesday. EDIT 2: I had it the wrong way round, it's Wednesday.", "It's Wednesday."),
        ("Tuesday.\n**Edit:** scratch that, Wednesday at noon.", "Wednesday at noon."),
        ("Tuesday.\nCorrection: Wednesday.", "Wednesday."),
        ("Tuesday.\nEdit: sorry, mixed them up: Wednesday.", "Wednesday."),
        ("Tuesday.\nEdit: I misread the question; Wednesday at noon.", "Wednesday at noon."),
        ("Tuesday.\nUpdate - I stand corrected, it's Wednesday.", "It's Wednesday."),
        # the last withdrawing edit wins, and an edit after it adds to it
        ("Monday.\nEdit: no, Tuesday.\nEdit: also bring a pen.", "Tuesday.\nEdit: also bring a pen."),
        # a fix as long as the answer it follows, or one that turns it round, is a new answer
        ("Tuesday.\nEdit: sorry, I meant Wednesday.", "I meant Wednesday."),
        (
            "Tuesday first, then Wednesday.\nEdit: I meant the other way round.",
            "I meant the other way round.",
        ),
    ],
)
def test_an_edit_that_withdraws_replaces_the_answer(text, read):
    assert after_edits(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday.\nP.S. forgot to say: at noon.",
        "Tuesday.\nEdit: sorry, forgot one: Wednesday too.",
        "Tuesday.\nEdit: actually, one more thing: bring a pen.",
        "Tuesday.\nEdit: to be precise, Tuesday at noon.",
        "Tuesday.\nEdit: typo, I meant Tuesday not Teusday.",
        "Tuesday.\nEdit: wait, that's actually right.",
        "Tuesday.\nP.S. no pens needed.",
        "Tuesday.\nEdit: scratch that.",  # withdrawn, but nothing put in its place: as typed
        "Edit: no, Wednesday.",  # nothing before it to withdraw
        "Update the model every week: no, it never stops.",  # not a label
        # a word or two fixed in a longer answer: read with the fix, not replaced by it
        "Bring a pen, a ruler, some paper and a calculater.\nEdit: sorry, I meant calculator.",
        "The meeting is on Tuesday in room four with the whole team.\nEdit: I meant room five, not four.",
        "Checks first, then one shop, then all.\nEdit: actually I should say the checks run alongside.",
    ],
)
def test_an_edit_that_adds_or_withdraws_nothing_leaves_the_answer(text):
    assert after_edits(text) == text


@pytest.mark.parametrize(
    ("body", "withdrawn"),
    [
        ("actually the meeting moved", True),
        ("actually, forgot the room: B12", False),
        ("never mind, it's B12", True),
        ("on reflection the room is B12", True),
        ("more precisely, room B12 on the first floor", False),
    ],
)
def test_what_makes_an_edit_withdraw(body, withdrawn):
    assert withdraws(body) is withdrawn


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("[ ] red\n[ ] green\n[x] blue", "blue"),
        ("- [x] red\n- [ ] green\n- [X] blue", "- red\n- blue"),
        ("Colours I like:\n1. [\u2713] red\n2. [ ] green", "Colours I like:\n1. red"),
        ("red [ ]\nblue [x]", "blue"),
        ("\u2610 red\n\u2611 blue", "blue"),
        ("[ ] red [x] blue", "blue"),
        ("[x] blue", "blue"),
    ],
)
def test_only_ticked_options_are_kept(text, read):
    assert ticked_claims(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "[ ] red\n[ ] blue",  # nothing ticked: no decision
        "[ ] blue",
        "Index it as rows[x] or cols[x]",  # code
        "Use dls[x]",
        "No boxes here.",
    ],
)
def test_no_checklist_decision_leaves_the_text(text):
    assert ticked_claims(text) == text


RIGHT_AND_WRONG = [
    # a word fixed in a whole answer: the answer stands with its fix
    ("ch2-q7", "Objective, leevers, data and models.\nEdit: sorry, I meant levers.", "correct"),
    (
        "ch2-q11",
        "Blocks for input and target types, get_items, a labelling function, a splitter.\n"
        "Edit: I meant get_y, not get_label.",
        "correct",
    ),
    # an edit that takes back a wrong start puts the right answer in its place
    (
        "ch2-q20",
        "Fine-tuning.\nEdit: oops, mixed them up: running the trained model on new inputs is inference.",
        "correct",
    ),
    (
        "ch2-q20",
        "Validation.\nUPDATE: no, that's checking the model; using it for predictions is called inference.",
        "correct",
    ),
    (
        "ch2-q14",
        "y is the independent variable, x the dependent.\nEdit: had it backwards: x is the independent "
        "variable and y the dependent one.",
        "correct",
    ),
    (
        "ch2-q27",
        "Prototype, launch.\nEdit: wrong list, that's product lingo: the phases are a manual process with "
        "the model running alongside, then a limited-scope deployment, then gradual expansion.",
        "correct",
    ),
    # ... and one that takes back a right answer puts a wrong one in its place
    ("ch2-q20", "It's called inference.\nEdit: actually no, the word for it is fine-tuning.", "not correct"),
    ("ch2-q20", "Inference.\nUpdate: I was wrong, it's called training.", "not correct"),
    (
        "ch2-q14",
        "x is the independent variable and y the dependent one.\nEdit: swapped them, x is dependent and y "
        "is independent.",
        "not correct",
    ),
    (
        "ch2-q27",
        "Manual process, then limited-scope deployment, then gradual expansion.\nUpdate: never mind, the "
        "phases are collect data, train, ship.",
        "not correct",
    ),
    # an edit that adds keeps what came before
    (
        "ch2-q20",
        "Inference.\nEdit: to add, the weights stay fixed while the model makes predictions.",
        "correct",
    ),
    ("ch2-q20", "Inference.\nEdit: typo fixed, I had written inferrence.", "correct"),
    (
        "ch2-q14",
        "x is the independent variable.\nP.S. forgot the other one: y is the dependent variable.",
        "correct",
    ),
    (
        "ch2-q22",
        "A CPU is enough for one request at a time; a GPU helps when many requests can be batched.\nPS: "
        "also, batching means waiting for requests to pile up.",
        "correct",
    ),
    # checklists: the ticked option is the answer, an unticked one is turned down
    ("ch2-q20", "[ ] validation\n[x] inference", "correct"),
    ("ch2-q20", "Training [ ]\nInference [x]", "correct"),
    ("ch2-q20", "- [x] back-propagation\n- [ ] inference", "not correct"),
    ("ch2-q20", "Training [x]\nInference [ ]", "not correct"),
    (
        "ch2-q14",
        "[X] x = independent variable, y = dependent variable\n[ ] y = independent variable, x = dependent "
        "variable",
        "correct",
    ),
    (
        "ch2-q22",
        "\u2610 a GPU for every request\n\u2611 a CPU for one-at-a-time predictions; a GPU only when heavy "
        "traffic lets you batch many requests",
        "correct",
    ),
    (
        "ch2-q22",
        "\u2611 a GPU for every request\n\u2610 a CPU for one-at-a-time predictions; a GPU only when heavy "
        "traffic lets you batch many requests",
        "not correct",
    ),
    (
        "ch2-q19",
        "[\u2713] the architecture\n[\u2713] the trained parameters (weights)\n[\u2713] how the DataLoaders "
        "were defined\n[ ] the raw photos used for training",
        "correct",
    ),
]


@pytest.mark.real_model
@pytest.mark.parametrize(("item", "answer", "level"), RIGHT_AND_WRONG)
def test_edits_and_checklists_through_the_real_model(grade_course_answer, item, answer, level):
    result = grade_course_answer(item, answer)
    if level == "correct":
        assert result.level == "correct", result.ceiling_reasons
    else:
        assert result.level != "correct", result.points
