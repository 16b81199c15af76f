"""``hypothetical``: a key point held up in a hypothetical the answer denies ("X would only matter if Y, which
it doesn't, so Z") is not asserted; the answer is capped at partial."""

from quiz.grading.features import UnitSupport
from quiz.grading.hypothetical import denied_frames, denied_hypotheticals
from quiz.grading.text import split_units

FAR = (0.1, 0.3, 0.3)  # states, cosine to the reference, cosine to the key points
KEY = (1.0, 0.6, 0.6)


def _units(text: str, support: dict[str, tuple]) -> list[UnitSupport]:
    """Units of ``text``; a clause starting with one of ``support``'s keys gets that support."""
    out = []
    for u in split_units(text):
        states, ref, kp = FAR
        for start, v in support.items():
            if u.kind == "clause" and u.text.startswith(start):
                states, ref, kp = v
        out.append(UnitSupport(u, states, ref, kp, False, False))
    return out


DENIED = (
    "Rain would only spoil the harvest if the soil held water, which ours does not, so yields "
    "will be the same every year."
)


def test_the_frame_ends_where_the_conclusion_starts():
    frames = denied_frames(DENIED, 10)
    assert len(frames) == 1
    f = frames[0]
    assert f.start == 10 and DENIED[f.conclusion - 10 :].startswith(" yields")


def test_a_key_point_inside_a_denied_frame_caps_the_answer():
    units = _units(DENIED, {"Rain would only spoil": KEY})
    assert denied_hypotheticals(units) == [DENIED.rstrip(".")]


def test_a_key_point_only_in_the_conclusion_is_asserted():
    units = _units(DENIED, {"yields will be": KEY})
    assert denied_hypotheticals(units) == []


def test_a_condition_that_is_not_denied_states_the_rule():
    text = "A bigger machine only pays off if requests can be grouped together, so small sites use less."
    assert denied_frames(text) == []
    units = _units(text, {"A bigger machine": KEY})
    assert denied_hypotheticals(units) == []


def test_a_denied_condition_without_a_conclusion_is_left_alone():
    text = "It would only fail if the light changed, which it never does."
    assert denied_frames(text) == []


def test_plain_conditionals_and_negations_are_not_frames():
    assert denied_frames("If the photos are dark, the model does not see the animal, so it guesses.") == []
    assert denied_frames("It is not trained on night photos, so it fails at night.") == []


def test_a_denied_frame_holding_up_the_opposite_of_the_key_states_the_key():
    units = _units(DENIED, {"Rain would only spoil": KEY})
    assert denied_hypotheticals(units, opposite=lambda text: text.startswith("Rain")) == []
