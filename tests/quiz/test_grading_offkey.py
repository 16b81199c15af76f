"""``offkey``: a right clause among several claims the key says nothing about caps the answer at partial."""

from quiz.grading.features import UnitSupport
from quiz.grading.offkey import is_off_key, off_key_clauses
from quiz.grading.text import split_units

FAR = (0.1, 0.3, 0.3)  # states, cosine to the reference, cosine to the key points
NEAR = (0.5, 0.6, 0.6)


def _units(text: str, stated: set[int], support: dict[int, tuple] | None = None) -> list[UnitSupport]:
    support = support or {}
    out = []
    for i, u in enumerate(split_units(text)):
        states, ref, kp = support.get(i, FAR)
        out.append(UnitSupport(u, states, ref, kp, False, i in stated))
    return out


BURIED = (
    "The drawback is that it needs one GPU for every customer and it cannot handle a thousand products, "
    "which is why it mostly recommends things people would have bought anyway."
)


def test_two_off_key_clauses_beside_the_stated_one_are_flagged():
    units = _units(BURIED, set())
    texts = [u.unit.text for u in units]
    stated = next(i for i, t in enumerate(texts) if t.startswith("which is why"))
    flagged = off_key_clauses(_units(BURIED, {stated}))
    assert len(flagged) == 2 and all("GPU" in t or "thousand" in t for t in flagged), flagged


def test_on_topic_elaboration_is_not_off_key():
    units = _units(BURIED, set())
    stated = next(i for i, u in enumerate(units) if u.unit.text.startswith("which is why"))
    near = {i: NEAR for i in range(len(units))}
    assert off_key_clauses(_units(BURIED, {stated}, near)) == []
    assert not is_off_key(UnitSupport(units[0].unit, *NEAR, False, False))


def test_no_stated_claim_or_a_single_off_key_clause_is_left_to_the_other_rules():
    assert off_key_clauses(_units(BURIED, set())) == []
    text = "It needs one GPU for every customer, which is why it recommends what people would buy anyway."
    units = _units(text, set())
    stated = {i for i, u in enumerate(units) if u.unit.text.startswith("which is why")}
    assert off_key_clauses(_units(text, stated)) == []


def test_a_stated_fragment_too_short_to_be_a_claim_does_not_count():
    text = (
        "It recommends based on the relatedness of items. A model may recommend similar items too. "
        "Servers restart every hour. You knew."
    )
    units = _units(text, set())
    short = {i for i, u in enumerate(units) if u.unit.text == "You knew"}
    assert short
    assert off_key_clauses(_units(text, short)) == []
    # the same answer whose first sentence states a point is flagged: two claims of three are off the key
    assert len(off_key_clauses(_units(text, {0}))) == 2


def test_an_absolute_or_a_precise_quantity_is_off_the_key_with_more_room():
    unclear = (0.5, 0.52, 0.52)  # an unclear match and middling cosines: not off the key when hedged
    for text in ("it only works when there are two classes", "avoid it whenever you have 1,000 images"):
        unit = split_units(text)[0]
        assert is_off_key(UnitSupport(unit, *unclear, False, False)), text
    hedged = split_units("it tends to work better when there are two classes")[0]
    assert not is_off_key(UnitSupport(hedged, *unclear, False, False))
    # a clear match of a key point, or cosines close to the key, still keep an absolute on the key
    absolute = split_units("it always works when there are two classes")[0]
    assert not is_off_key(UnitSupport(absolute, 0.6, 0.52, 0.52, False, False))
    assert not is_off_key(UnitSupport(absolute, 0.5, 0.6, 0.52, False, False))
