"""Probe sets (quiz.grading.tools.probes) and ``grader_probe_eval``: scored by kind, bad files refused."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from quiz.grading.tools.probes import Probe, ProbeFormatError, read_probes, score_probes


def write(tmp_path, rows):
    path = tmp_path / "probes.jsonl"
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    return path


def probe(kind, expect, answer="an answer"):
    return {"item": "ch2-q20", "student": f"{kind}-1", "kind": kind, "expect": expect, "answer": answer}


def test_expectations_are_met_by_level_and_graded_correct_is_counted_apart():
    probes = [
        Probe("ch2-q20", "plain-1", "plain", "correct", "a"),
        Probe("ch2-q20", "salad-1", "salad", "not_correct", "b"),
        Probe("ch2-q20", "salad-2", "salad", "not_correct", "c"),
        Probe("ch2-q20", "wrong-1", "wrong", "incorrect", "d"),
    ]
    given = {"a": "partial", "b": "partial", "c": "correct", "d": "partial"}
    report = score_probes(probes, lambda p: given[p.answer])
    assert report["n"] == 4 and report["met"] == 1
    assert report["by_kind"]["salad"] == {
        "n": 2,
        "met": 1,
        "graded_correct": 1,
        "levels": {"partial": 1, "correct": 1},
    }
    assert report["by_kind"]["plain"]["met"] == 0
    # "incorrect" is strict: a partial for a wrong answer is not what the teacher expects
    assert report["by_kind"]["wrong"]["met"] == 0
    assert [m["student"] for m in report["misses"]] == ["plain-1", "salad-2", "wrong-1"]


def test_blank_lines_are_skipped(tmp_path):
    path = write(tmp_path, [probe("plain", "correct"), "", probe("salad", "not_correct")])
    assert [p.kind for p in read_probes(path)] == ["plain", "salad"]


@pytest.mark.parametrize(
    "bad",
    [
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({**probe("plain", "correct"), "expect": "perfect"}),
        json.dumps({**probe("plain", "correct"), "answer": 3}),
        json.dumps({k: v for k, v in probe("plain", "correct").items() if k != "kind"}),
    ],
)
def test_a_malformed_line_is_named(tmp_path, bad):
    path = write(tmp_path, [probe("plain", "correct"), bad])
    with pytest.raises(ProbeFormatError, match=r"probes\.jsonl(:2:|: answer 2 )"):
        read_probes(path)


@pytest.mark.django_db
def test_an_empty_probe_file_gives_an_empty_report(tmp_path, capsys):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    call_command("grader_probe_eval", "--input", str(path), "--json")
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["n"] == 0


@pytest.mark.django_db
def test_the_command_refuses_a_missing_file_or_an_unknown_item(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("grader_probe_eval", "--input", str(tmp_path / "absent.jsonl"))
    path = write(tmp_path, [{**probe("plain", "correct"), "item": "ch9-q99"}])
    with pytest.raises(CommandError, match="unknown item"):
        call_command("grader_probe_eval", "--input", str(path))


# The blind probe sets' figures now (tests/quiz/probes/README.md): per kind, at least this many met the
# teacher's expectation and at most this many adversarial answers were graded correct. A change that
# lowers one must say why; one that raises it updates the numbers and the README.
FIRST_SET_FLOOR = {
    "plain": (26, None),
    "terse": (22, None),
    "salad": (15, 12),
    "negated": (26, 1),
    "buried": (27, 0),
    "swapped": (10, 4),
    "wrong_on_topic": (10, 0),
}
SECOND_SET_FLOOR = {
    "plain": (22, None),
    "terse": (20, None),
    "salad": (18, 9),
    "negated": (23, 4),
    "buried": (21, 6),  # twenty-seventh study: a made-up restriction ("only in English") is not the key
    "swapped": (9, 4),
    "wrong_on_topic": (15, 0),
}
THIRD_SET_FLOOR = {
    "plain": (45, None),
    "terse": (22, None),
    "partial": (14, 4),
    "salad": (21, 6),
    "negated": (26, 1),
    "buried": (25, 2),
    "swapped": (8, 2),
    "wrong_on_topic": (20, 0),
}

FOURTH_SET_FLOOR = {
    "plain": (25, None),
    "terse": (26, None),
    "extra": (6, None),
    "analogy": (5, None),
    "example": (5, None),
    "partial": (16, 2),
    "salad": (21, 6),
    "negated": (25, 2),
    "double_neg": (1, 0),
    "buried": (23, 4),
    "swapped": (10, 3),
    "wrong_on_topic": (15, 0),
}

FIFTH_SET_FLOOR = {
    "worked_example": (14, None),
    "echo": (13, None),
    "hedged": (11, None),
    "jargon": (11, None),
    "l2_order": (11, None),
    "typo": (13, None),
    "partial": (13, 2),
    "half_list": (7, 1),
    "concede_premise": (24, 2),
    "conditional_denial": (20, 2),
    "reversed": (8, 2),
    "other_question": (13, 0),
}

SIXTH_SET_FLOOR = {
    "synonym": (26, None),
    "ramble": (13, None),
    "mixedlang": (8, None),
    "rhetorical": (18, None),
    "partial": (12, 2),
    "restate": (7, 0),
    "misattrib": (15, 0),
    "misdefine": (11, 0),
    "overscope": (21, 0),
    "retract": (15, 0),
    "sarcasm": (14, 0),
    "wrongcause": (15, 0),
}

SEVENTH_SET_FLOOR = {
    "weak_honest": (22, None),
    "dialogue": (17, None),
    "procedure": (10, None),
    "caveat": (14, None),
    "passive": (18, None),
    "attributed": (11, None),
    "scope_narrow": (6, 0),
    "partial": (13, 1),
    "split_false": (9, 5),
    "wrong_reason": (14, 1),
    "hedge_or": (25, 2),
    "echo_wrong": (20, 0),
}

EIGHTH_SET_FLOOR = {
    "typos": (18, None),
    "analogy": (20, None),
    "hedged": (21, None),
    "example_first": (15, None),
    "bullets": (16, None),
    "partly_right": (12, 2),
    "wrong_quantifier": (21, 4),
    "wrong_detail": (21, 4),
    "reversed": (5, 4),
    "confused_term": (9, 1),
}

NINTH_SET_FLOOR = {
    "negative_framing": (16, None),
    "contrast_right": (17, None),
    "teaching": (16, None),
    "notation": (22, None),
    "slang": (20, None),
    "true_irrelevant": (9, 0),
    "platitude": (14, 1),
    "myth": (10, 1),
    "self_contradict": (14, 2),
    "near_miss": (20, 3),
}

TENTH_SET_FLOOR = {
    "story": (23, None),
    "qualified": (19, None),
    "minimal": (21, None),
    "reworded_question": (16, None),
    "two_voices": (21, None),
    "right_words_wrong_claim": (4, 1),
    "hedged_wrong": (17, 0),
    "half_and_wrong": (16, 1),  # twenty-seventh study: "only on the validation set" is a made-up restriction
    "wrong_example": (13, 6),
    "offtopic_fluent": (14, 0),
}

ELEVENTH_SET_FLOOR = {
    "self_correction": (23, None),
    "consequence_route": (24, None),
    "harmless_aside": (19, None),
    "table_in_words": (14, None),
    "no_punctuation": (20, None),
    "neighbour_concept": (9, 0),
    "therefore_wrong": (22, 0),
    "flipped_direction": (3, 0),
    "spoiled_list": (19, 1),
    "invented_premise": (9, 0),
}
# twelfth set: after both halves of the fifteenth study
TWELFTH_SET_FLOOR = {
    "code_gloss": (17, None),
    "to_a_friend": (23, None),
    "if_then": (20, None),
    "it_depends": (13, None),
    "purpose_def": (12, None),
    "bad_code": (4, 5),
    "circular": (19, 1),
    "misleading_analogy": (11, 1),
    "wrong_number": (15, 1),  # twenty-seventh study: "only in tiny amounts" is a made-up restriction
    "wrong_stage": (7, 0),
}
# thirteenth set: after the sixteenth study (noncommittal; "Not X: ..." set apart; the model's weights)
THIRTEENTH_SET_FLOOR = {
    "stakeholder_view": (15, None),
    "trade_terms": (26, None),
    "question_checklist": (17, None),
    "not_confused_with": (20, None),
    "pronoun_followup": (22, None),
    "other_side": (2, 0),
    "word_defined": (13, 1),
    "glued_halves": (9, 0),
    "wrong_object": (10, 0),
    "noncommittal": (23, 0),
}
# fourteenth set: after the nineteenth study (development figures: the set was read while studying it)
FOURTEENTH_SET_FLOOR = {
    "peer_correction": (16, None),
    "far_transfer": (17, None),
    "lecture_shorthand": (24, None),
    "headline_plain": (20, None),
    "tucked_clause": (14, None),
    "seconding_error": (13, 1),
    "open_questions": (20, 0),
    "obsolete_claim": (19, 1),
    "scale_mixup": (9, 1),
    "means_as_goal": (5, 3),
}
# fifteenth set: first look (a555a19) 127/209; after the twentieth and twenty-first studies (development
# figures) and the lead's fix of equations beside a right explanation
FIFTEENTH_SET_FLOOR = {
    "side_slip": (20, None),
    "nominalised": (17, None),
    "emoji_text": (23, None),
    "acronym": (14, None),
    "apostrophe": (21, None),
    "excuse_dodge": (10, 0),
    "false_equation": (23, 1),
    "invented_mechanism": (10, 0),
    "avoid_list": (10, 1),
    "demoted_key": (19, 0),
}
# sixteenth set: first look (dad8a1e) 123/207; after the twenty-second and twenty-third studies (development
# figures)
SIXTEENTH_SET_FLOOR = {
    "exasperated": (18, None),
    "rhyme": (18, None),
    "hashtag_tweet": (16, None),
    "glossary_entry": (22, None),
    "myth_then_fact": (13, None),
    "fact_labelled_myth": (18, 0),  # twenty-seventh study: "only if the bears were a new species"
    "hashtags_only": (23, 0),
    "made_up_formula": (11, 0),
    "other_library": (3, 0),
    "opposite_condition": (4, 1),
}

# seventeenth set: first look (9c79f45) 105/211; after the twenty-fourth and twenty-fifth studies
# (development figures)
SEVENTEENTH_SET_FLOOR = {
    "academic_register": (13, None),
    "faq_pair": (14, None),
    "markdown_answer": (22, None),
    "overgeneralised": (15, 2),
    "quiz_marked_false": (22, 1),
    "reported_rejected": (20, 0),
    "scare_quoted": (13, 0),
    "spoken_transcript": (23, None),
    "strikethrough_fix": (22, None),
    "strikethrough_wrong": (12, 1),
}


# eighteenth set: first look (2f6744c) 148/216; after the twenty-sixth and twenty-seventh studies
# (development figures)
EIGHTEENTH_SET_FLOOR = {
    "dash_paren": (21, None),
    "email_right": (22, None),
    "false_condition": (24, 0),
    "picked_wrong_option": (16, 1),
    "polite_email_wrong": (5, 0),
    "quoted_prompt_right": (14, None),
    "quoted_prompt_wrong": (9, 0),
    "revision_card": (16, None),
    "short_long": (27, None),
    "tldr_contradicted": (18, 3),
}


# nineteenth set: first look (4bf18a8, the grader of 6ebc40f) 120/211; after the twenty-eighth study and the
# lead's tables and one-word edits 155; after the twenty-ninth (pairings, counts) 163 (development figures)
NINETEENTH_SET_FLOOR = {
    "checkbox_list": (20, None),
    "edit_reverses": (12, 1),
    "fake_citation": (14, 2),
    "footnoted": (21, None),
    "key_value": (20, None),
    "miscounted_list": (14, 3),
    "mismatched_pairs": (9, 1),
    "postscript_completes": (17, None),
    "table_row": (18, None),
    "ticked_wrong": (18, 1),
}


@pytest.mark.real_model
@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("first", FIRST_SET_FLOOR),
        ("second", SECOND_SET_FLOOR),
        ("third", THIRD_SET_FLOOR),
        ("fourth", FOURTH_SET_FLOOR),
        ("fifth", FIFTH_SET_FLOOR),
        ("sixth", SIXTH_SET_FLOOR),
        ("seventh", SEVENTH_SET_FLOOR),
        ("eighth", EIGHTH_SET_FLOOR),
        ("ninth", NINTH_SET_FLOOR),
        ("tenth", TENTH_SET_FLOOR),
        ("eleventh", ELEVENTH_SET_FLOOR),
        ("twelfth", TWELFTH_SET_FLOOR),
        ("thirteenth", THIRTEENTH_SET_FLOOR),
        ("fourteenth", FOURTEENTH_SET_FLOOR),
        ("fifteenth", FIFTEENTH_SET_FLOOR),
        ("sixteenth", SIXTEENTH_SET_FLOOR),
        ("seventeenth", SEVENTEENTH_SET_FLOOR),
        ("eighteenth", EIGHTEENTH_SET_FLOOR),
        ("nineteenth", NINETEENTH_SET_FLOOR),
    ],
)
def test_real_model_figures_on_the_blind_probe_sets(name, floor):
    from pathlib import Path

    from quiz.grading import grade, load_grader_model
    from quiz.grading.tools.course_keys import course_item_keys
    from studyguide.embeddings import get_embedder

    keys, embedder, model = course_item_keys(), get_embedder(), load_grader_model()
    probes = read_probes(Path(__file__).parent / "probes" / f"{name}.jsonl")
    report = score_probes(probes, lambda p: grade(p.answer, keys[p.item], embedder, model).level)
    for kind, (met, graded_correct) in floor.items():
        row = report["by_kind"][kind]
        assert row["met"] >= met, (kind, row)
        if graded_correct is not None:
            assert row["graded_correct"] <= graded_correct, (kind, row)
