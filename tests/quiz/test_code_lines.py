"""Bare code lines and "it depends" frames are no unbacked claims (``quiz.grading.code_lines``)."""

from dataclasses import dataclass

import pytest

from quiz.grading.code_lines import framing, is_bare_code, is_depends_frame


@dataclass(frozen=True)
class FakeClaim:
    text: str
    states: float
    wrong: bool = False


@pytest.mark.parametrize(
    "line",
    [
        "dls = bears.dataloaders(path)",
        'reply = lm.generate("Is this mushroom safe to eat?")',
        "queue.sort(key=lambda s: s.priority, reverse=True)",
        "top5 = scores.argsort()[-5:] #",
        "if traffic_is_low:",
        "x, y = dls.one_batch()",
    ],
)
def test_bare_code_lines(line):
    assert is_bare_code(line)


@pytest.mark.parametrize(
    "line",
    [
        "dls = DataLoaders(files) # only the training files",  # a comment in words speaks for itself
        "The model ranks the cases; a person decides",
        "x is the input (the images), y the label",
        "objective = more sales; lever = the ranking of what gets shown",
        "Resize(128) is what crops every image to one size",
    ],
)
def test_prose_is_no_bare_code(line):
    assert not is_bare_code(line)


@pytest.mark.parametrize(
    "text", ["It depends on the columns", "Depends how costly a mistake is", "So it depends"]
)
def test_depends_frames(text):
    assert is_depends_frame(text)


@pytest.mark.parametrize(
    "text",
    ["It depends who uses them, but the plain danger is misuse", "y is the variable that depends on x"],
)
def test_depends_with_content_is_a_claim(text):
    assert not is_depends_frame(text)


def test_frames_set_aside_only_beside_a_stated_point():
    code = FakeClaim("learn = vision_learner(dls, resnet18)", 0.1)
    assert framing([code, FakeClaim("It keeps the training and validation loaders", 0.9)]) == {code.text}
    # the prose states nothing (or only a misconception): the code is judged as written
    assert framing([code, FakeClaim("It is a list of files", 0.3)]) == set()
    assert framing([code, FakeClaim("It is a list of files", 0.9, wrong=True)]) == set()
