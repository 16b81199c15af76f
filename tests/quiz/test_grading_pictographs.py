"""``without_pictographs``: emoji beside the words are dropped; arrows, letters and plain text stay."""

from quiz.grading.pictographs import without_pictographs


def test_emoji_and_their_modifiers_are_dropped_with_the_space_they_leave():
    assert without_pictographs("📷 at night 🌙 = dark frames, 🐻 half hidden 🌳.") == (
        "at night = dark frames, half hidden."
    )
    assert without_pictographs("keep a 🧑\u200d⚕️ in the loop ✅") == "keep a in the loop"


def test_arrows_and_text_without_emoji_are_left_as_they_are():
    for text in ("objective → levers → data → models", "x ↔ y, 6 ↔ 9", "Café au lait: 20% off", ""):
        assert without_pictographs(text) == text
