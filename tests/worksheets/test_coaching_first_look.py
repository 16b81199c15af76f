"""First-look precision by note code (studyguide/worksheets/first_look.py) and its command."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from studyguide.worksheets.evaluation import CaseResult, EvalReport
from studyguide.worksheets.first_look import (
    apply_policy,
    code_figures,
    low_precision_codes,
    prospective_policy,
    strong_false_alarms_by_set,
)

RECORDS = Path(settings.BASE_DIR) / "docs" / "coaching-first-look"
BLIND = ["fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def plan(name, expected=(), got=(), allowed=()):
    return {"name": name, "expected": list(expected), "allowed": list(allowed), "got": list(got)}


# Two small sets: the loop question fires everywhere, the baseline note only where it is planted.
EARLY = [
    plan("calm", got=["no_feedback_loop"]),
    plan("quiet"),
    plan("no comparison", ["no_baseline"], ["no_baseline", "no_feedback_loop"]),
    plan("echo", ["no_feedback_loop"], ["no_feedback_loop"]),
]
LATE = [
    plan("tidy", got=["no_feedback_loop"]),
    plan(
        "no sim", ["no_simulator"], ["no_simulator", "lever_no_data_experiment"], ["lever_no_data_experiment"]
    ),
]


def test_code_figures_split_right_false_alarms_and_allowed():
    figures = code_figures(EARLY + LATE)
    loop = figures["no_feedback_loop"]
    assert (loop.fired, loop.caught, loop.fa_strong, loop.fa_flawed, loop.allowed) == (4, 1, 2, 1, 0)
    assert loop.precision == 0.25 and loop.recall == 1.0
    experiment = figures["lever_no_data_experiment"]
    assert (experiment.fired, experiment.caught, experiment.allowed, experiment.planted) == (1, 0, 1, 0)
    assert experiment.precision == 0.0 and experiment.not_wrong == 1.0 and experiment.recall is None
    assert figures["no_baseline"].precision == 1.0


def test_low_precision_codes_counts_allowed_notes_only_when_asked():
    assert low_precision_codes(EARLY + LATE, 0.5) == {"no_feedback_loop", "lever_no_data_experiment"}
    assert low_precision_codes(EARLY + LATE, 0.5, allowed_ok=True) == {"no_feedback_loop"}
    assert low_precision_codes(EARLY + LATE, 0.5, min_fired=2) == {"no_feedback_loop"}
    assert low_precision_codes([], 0.5) == set()


def test_withholding_a_code_removes_its_catches_and_its_false_alarms():
    shown = apply_policy(EARLY)
    assert (shown.caught, shown.planted, shown.fa_strong, shown.fa_flawed) == (2, 2, 1, 1)
    assert (shown.strong_clean, shown.strong) == (1, 2)
    held = apply_policy(EARLY, {"no_feedback_loop"})
    assert (held.caught, held.fa_strong, held.fa_flawed, held.strong_clean) == (1, 0, 0, 2)


def test_prospective_policy_chooses_from_earlier_sets_only():
    (first, none, as_shown), (second, chosen, result) = prospective_policy([("a", EARLY), ("b", LATE)], 0.5)
    assert (first, none, as_shown) == ("a", set(), apply_policy(EARLY))
    # the experiment note never fired in the first set, so it is still shown in the second
    assert second == "b" and chosen == {"no_feedback_loop"}
    assert (result.caught, result.fa_strong, result.strong_clean) == (1, 0, 1)


def test_strong_false_alarms_by_set_lists_only_codes_that_raised_one():
    assert strong_false_alarms_by_set([("a", EARLY), ("b", LATE)]) == {"no_feedback_loop": [1, 1]}


def test_records_round_trip_through_the_evaluation_report():
    report = EvalReport([CaseResult("p", {"no_baseline"}, {"no_baseline", "no_rollout"}, {"no_rollout"})])
    (record,) = report.as_json(per_plan=True)["plans"]
    expected = plan("p", ["no_baseline"], ["no_baseline", "no_rollout"], ["no_rollout"])
    assert record == {**expected, "asked": []}
    assert "plans" not in report.as_json()
    assert code_figures([record])["no_rollout"].allowed == 1


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_committed_first_looks_match_the_figures_each_set_published():
    # caught, false alarms on strong and on flawed plans, strong plans with no note: the READMEs' first looks
    published = {
        "fifth": (21, 11, 11, 15),
        "sixth": (23, 4, 10, 20),
        "seventh": (20, 5, 12, 19),
        "eighth": (22, 8, 9, 19),
        "ninth": (21, 6, 8, 19),
        "tenth": (22, 10, 6, 16),
        "eleventh": (27, 3, 6, 21),
        "twelfth": (24, 1, 0, 23),
        "thirteenth": (21, 0, 0, 24),
        "fourteenth": (16, 1, 0, 23),
        "fifteenth": (22, 0, 3, 24),
        "sixteenth": (19, 0, 1, 24),
        "seventeenth": (20, 0, 4, 24),
        "eighteenth": (23, 0, 2, 24),
        "nineteenth": (20, 0, 0, 24),
        "twentieth": (20, 1, 0, 23),
        "twentyfirst": (27, 0, 1, 24),
        "twentysecond": (25, 0, 2, 24),
        "twentythird": (23, 0, 0, 24),
        "twentyfourth": (29, 0, 0, 24),
        "twentyfifth": (8, 0, 10, 24),
        "twentysixth": (14, 0, 11, 24),
        "twentyseventh": (10, 1, 9, 23),
        "twentyeighth": (15, 0, 3, 24),
        "twentyninth": (16, 2, 6, 22),
        "thirtieth": (18, 1, 4, 23),
        "thirtyfirst": (17, 1, 2, 23),
        "thirtysecond": (18, 0, 3, 24),
        "thirtythird": (19, 0, 5, 24),
        "thirtyfourth": (14, 1, 5, 23),
        "thirtyfifth": (15, 2, 2, 22),
        "thirtysixth": (20, 0, 4, 24),
        "thirtyseventh": (17, 1, 2, 23),
        "thirtyeighth": (20, 1, 2, 23),
        "thirtyninth": (15, 0, 1, 24),
        "fortieth": (15, 1, 3, 23),
        "fortyfirst": (16, 0, 1, 24),
        "fortysecond": (12, 0, 1, 24),
        "fortythird": (15, 1, 2, 23),
        "fortyfourth": (18, 1, 1, 23),
        "fortyfifth": (15, 0, 0, 24),
        "fortysixth": (18, 1, 0, 23),
        "fortyseventh": (14, 0, 0, 24),
        "fortyeighth": (12, 0, 4, 24),
        "fortyninth": (19, 1, 0, 23),
        "fiftieth": (23, 1, 1, 23),
        "fiftyfirst": (24, 3, 1, 21),
        "fiftysecond": (22, 0, 3, 24),
        "fiftythird": (27, 2, 2, 22),
        "fiftyfourth": (17, 1, 0, 23),
        "fiftyfifth": (22, 2, 4, 22),
        "fiftysixth": (23, 2, 1, 22),
        "fiftyseventh": (24, 0, 3, 24),
        "fiftyeighth": (24, 0, 3, 24),
        "fiftyninth": (22, 0, 2, 24),
        "sixtieth": (26, 1, 5, 23),
        "sixtyfirst": (28, 1, 12, 23),
        "sixtysecond": (30, 2, 4, 22),
        "sixtythird": (24, 1, 1, 23),
        "sixtyfourth": (28, 0, 1, 24),
        "sixtyfifth": (30, 0, 2, 24),
        "sixtysixth": (28, 1, 0, 23),
        "sixtyseventh": (28, 2, 1, 23),
        "sixtyeighth": (29, 0, 12, 24),
        "sixtyninth": (28, 1, 10, 23),
        "seventieth": (29, 7, 7, 18),
        "seventyfirst": (23, 1, 1, 23),
        "seventysecond": (27, 4, 4, 20),
        "seventythird": (25, 1, 3, 23),
        "seventyfourth": (21, 2, 0, 22),
        "seventyfifth": (26, 1, 3, 23),
        "seventysixth": (27, 0, 1, 24),
        "seventyseventh": (23, 2, 3, 22),
        "seventyeighth": (23, 1, 6, 23),
        "seventyninth": (24, 2, 2, 22),
        "eightieth": (28, 1, 2, 23),
        "eightyfirst": (28, 0, 4, 24),
    }
    for name, figures in published.items():
        data = json.loads((RECORDS / f"{name}.json").read_text(encoding="utf-8"))
        plans = data["sets"][f"holdout/{name}"]["plans"]
        s = apply_policy(plans)
        assert (s.caught, s.fa_strong, s.fa_flawed, s.strong_clean) == figures, name


def test_command_reports_codes_sets_and_policy():
    out = run(
        "worksheet_coaching_first_look",
        "--first-look",
        *[str(RECORDS / f"{name}.json") for name in BLIND],
        "--current",
        str(RECORDS / "current.json"),
    )
    assert "| no_feedback_loop | 60 | 7 | 21 | 32 | 0 | 0.12 | 7/12 |" in out
    assert (
        "| all | 129/222 | 44 | 56 | 108/147 | 111/222 | 4 | 3 | 143/147 | 114/222 | 14 | 15 | 135/147 | |"
        in out
    )
    assert "holdout/fourth" in out


def test_command_prints_the_by_set_tables_for_the_last_sets_only_when_asked(tmp_path):
    early, late = tmp_path / "early.json", tmp_path / "late.json"
    for path, label, plans in ((early, "holdout/a", EARLY), (late, "holdout/b", LATE)):
        path.write_text(json.dumps({"sets": {label: {"plans": plans}}}), encoding="utf-8")
    every = run("worksheet_coaching_first_look", "--first-look", str(early), str(late))
    assert "## False alarms on strong plans / strong plans, by set (first looks)" in every
    assert "| no_feedback_loop | 1/2 | 1/1 |" in every  # false alarms on strong plans, each set
    last = run("worksheet_coaching_first_look", "--first-look", str(early), str(late), "--by-set-last", "1")
    assert "by set (the last 1 of 2 first looks)" in last
    assert "| code | holdout/b |" in last and "| code | holdout/a | holdout/b |" not in last
    assert "| no_feedback_loop | 1/1 |" in last
    # the per-code table and the policy still cover both sets
    assert "## Per code: 2 first looks (holdout/a, holdout/b)" in last
    assert "| holdout/a | 2/2 |" in last
    with pytest.raises(CommandError, match="--by-set-last"):
        run("worksheet_coaching_first_look", "--first-look", str(early), "--by-set-last", "-1")


def test_command_refuses_a_report_without_plans(tmp_path):
    path = tmp_path / "figures.json"
    path.write_text(json.dumps({"mode": "rules only", "sets": {"x": {"caught": 1}}}), encoding="utf-8")
    with pytest.raises(CommandError, match="--per-plan"):
        run("worksheet_coaching_first_look", "--first-look", str(path))
    with pytest.raises(CommandError):
        run("worksheet_coaching_first_look", "--first-look", str(tmp_path / "missing.json"))
