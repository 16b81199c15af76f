"""A far case told to carry an idea over ("A ferry ... Routing a parcel is the same: ...") is no claim about
the subject (``asides.analogy_sentences``, ``asides.named_case_clauses``), and a clause about the writer or
the text studied is the frame of a sentence, not an off-key claim (``offkey.is_frame``)."""

import pytest

from quiz.grading.asides import analogy_sentences, named_case_clauses
from quiz.grading.features import UnitSupport
from quiz.grading.offkey import off_key_clauses
from quiz.grading.pipeline import _without_asides
from quiz.grading.text import split_units

FAR = (0.1, 0.3, 0.3)  # states, cosine to the reference, cosine to the key points
NEAR = (0.6, 0.7, 0.7)


def _units(text: str, stated: tuple[str, ...] = (), near: tuple[str, ...] = ()) -> list[UnitSupport]:
    out = []
    for u in split_units(text):
        support = NEAR if any(u.text.startswith(s) for s in near) else FAR
        out.append(UnitSupport(u, *support, False, any(u.text.startswith(s) for s in stated)))
    return out


CASE = (
    "A ferry that only ever sailed in calm summer water struggles when the winter storms arrive. "
    "Its crew never saw waves that high. "
    "A thermostat is the same: it keeps the room at the temperature it is set to, whatever the weather."
)


def test_a_far_case_mapped_onto_the_subject_is_set_aside():
    units = _units(CASE, ("A thermostat is the same",))
    assert [u.unit.text for u in analogy_sentences(units)] == [
        "A ferry that only ever sailed in calm summer water struggles when the winter storms arrive",
        "Its crew never saw waves that high",
    ]
    kept = [u.unit.text for u in _without_asides(units)]
    assert not any("ferry" in t for t in kept) and any("thermostat" in t for t in kept)


@pytest.mark.parametrize(
    ("text", "stated", "near"),
    [
        (CASE, (), ()),  # the mapping sentence states no key point
        (CASE.replace("is the same: it", "simply"), ("A thermostat",), ()),  # no mapping back to the case
        (CASE.replace("A ferry that", "Ferries that"), ("A thermostat is the same",), ()),  # no case opened
        (CASE, ("A thermostat is the same",), ("Its crew",)),  # a sentence of the "case" is near the key
    ],
)
def test_no_analogy_without_a_far_case_mapped_onto_a_stated_point(text, stated, near):
    assert analogy_sentences(_units(text, stated, near)) == []


NAMED = "When a ferry that sailed all summer meets a winter storm, that's a change of conditions."


def test_the_clauses_of_a_case_named_in_the_same_sentence_are_set_aside():
    units = _units(NAMED, ("that's a change",))
    case = [u.unit.text for u in named_case_clauses(units)]
    assert case and all("that's" not in t for t in case)
    assert named_case_clauses(_units(NAMED)) == []  # the naming clause states no key point
    assert named_case_clauses(_units(NAMED.replace("When a", "The"), ("that's a change",))) == []


FRAMED = (
    "Although electric kettles are very cheap, the warning the book keeps repeating, that steam carries heat "
    "away quickly, is what stayed with me most."
)


def test_a_clause_about_the_writer_or_the_text_is_no_off_key_claim():
    stated = ("that steam",)
    assert off_key_clauses(_units(FRAMED, stated)) == []
    # the same sentence with claims about the subject in place of the frame is flagged as before
    claims = FRAMED.replace("the warning the book keeps repeating", "copper pots always rust very quickly")
    claims = claims.replace("what stayed with me most", "true on every ship at sea")
    assert off_key_clauses(_units(claims, stated))
    # a belief reported through the writer is still a claim
    belief = claims.replace("copper pots", "I think copper pots")
    assert off_key_clauses(_units(belief, stated))
