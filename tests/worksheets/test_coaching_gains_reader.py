"""The field judge's per-sentence reader of "our own gains" (``field_judge.SENTENCE_READERS``): asked what
happens if the plan goes really well, an answer naming only the writer's own gains and growth ("replant the
old block, start a cider side-line") passes the feedback loop by. The word lists caught 1 of 20 such answers
on the last ten blind sets' first looks; the reader judges each sentence by meaning, with its threshold above
every strong plan's score from a model that never saw that plan's set."""

import numpy as np
import pytest

from studyguide.worksheets.coaching.judge_weights import (
    EACH_SENTENCE_READ,
    CodeModel,
    load_judge,
    save_judge,
    sentence_texts,
)
from studyguide.worksheets.coaching.rules import coach
from tests.worksheets.orchard import orchard_plan

GAINS = "Replant the old Bramley block with dwarf trees. Start a cider side-line for the village show."


def _plan(**fields):
    return orchard_plan(**{"went_really_well": GAINS, **fields})


class ReaderStub:
    """Stands in for the embedder: sees nothing, and its gains reader says what it is told."""

    def __init__(self, gains: bool):
        self.gains = gains
        self.asked: list[tuple[str, str]] = []

    def lever_uncontrollable(self, lever, uncontrollables, lean=None):
        return False

    def means_any(self, text, concept, slack=0.0):
        return False

    def mentions_lever(self, text, levers):
        return False

    def every_sentence_reads_as(self, reader, text):
        self.asked.append((reader, text))
        return self.gains and reader == "gains_only"


def _loop_notes(plan, sem):
    return [n for n in coach(plan, sem).notes if n.code == "no_feedback_loop"]


def test_gains_read_by_meaning_pass_the_loop_by():
    sem = ReaderStub(gains=True)
    notes = _loop_notes(_plan(), sem)
    assert ("gains_only", GAINS) in sem.asked
    assert len(notes) == 1 and notes[0].field == "went_really_well"
    assert "names the gains of success" in notes[0].message and not notes[0].question


def test_without_the_reader_the_same_words_count_as_a_thought():
    assert _loop_notes(_plan(), ReaderStub(gains=False)) == []
    assert _loop_notes(_plan(), None) == []  # the rules alone have no reader


def test_a_loop_stated_anywhere_is_never_gains_alone():
    said = "We pick the best rows first, so the data only shows those; one row in ten stays in the old order."
    assert _loop_notes(_plan(went_really_well=said), ReaderStub(gains=True)) == []
    in_risks = _plan(
        risks="A variety we have never grown. The rows we pick first will be all the data shows."
    )
    assert _loop_notes(in_risks, ReaderStub(gains=True)) == []


def test_a_per_sentence_model_takes_its_lowest_sentence(tmp_path):
    weights = np.array([1.0, 0.0], dtype=np.float32)
    model = CodeModel((f"{EACH_SENTENCE_READ}went_really_well",), weights, 0.0, 0.5)
    assert model.each_sentence == "went_really_well"
    assert model.lowest_margin(np.array([[2.0, 0.0], [1.0, 9.0]])) == pytest.approx(0.5)
    assert model.lowest_margin(np.zeros((0, 2))) == float("-inf")
    assert CodeModel(("risks",), weights, 0.0, 0.5).each_sentence == ""
    texts = {"went_really_well": "One. Two."}
    assert sentence_texts([f"{EACH_SENTENCE_READ}went_really_well"], texts) == ["One.", "Two."]

    class Embedder:
        def encode(self, texts):
            return np.array([[1.0, 0.0] for _ in texts], dtype=np.float32)

    path = tmp_path / "judge.npz"
    save_judge(path, {"gains_only": model}, Embedder().encode(["probe"])[0])
    loaded = load_judge(Embedder(), path)["gains_only"]
    assert loaded.reads == model.reads and loaded.threshold == pytest.approx(0.5)


def test_training_sets_the_threshold_above_every_strong_plan_of_other_sets():
    from studyguide.worksheets.coaching.field_judge import SentenceReader
    from studyguide.worksheets.judge_training import Labelled, _train_sentence_reader

    rng = np.random.default_rng(0)
    gains, loops = rng.normal([2, 0], 0.3, (40, 2)), rng.normal([-2, 0], 0.3, (40, 2))
    plans, vectors = [], {}
    for k in range(40):
        for kind, vector in (("f", gains[k]), ("s", loops[k])):
            text = f"{kind}{k} sentence."
            vectors[text] = vector
            expected = frozenset({"no_feedback_loop"}) if kind == "f" else frozenset()
            plans.append(
                Labelled(f"set{k % 4}", f"{kind}{k}", expected, frozenset(), {"went_really_well": text}, {})
            )
    model, report = _train_sentence_reader(
        "gains_only",
        SentenceReader("went_really_well", "no_feedback_loop"),
        plans,
        vectors,
        margin=0.5,
        c=1.0,
    )
    assert model.reads == (f"{EACH_SENTENCE_READ}went_really_well",)
    strong_top = max(
        float(vectors[p.texts["went_really_well"]] @ model.weights) + model.bias
        for p in plans
        if not p.expected
    )
    assert model.threshold > strong_top  # the final model scores strong plans below its threshold too
    assert report.planted == 40 and report.recalled >= 35 and report.strong_over == []


@pytest.mark.real_model
def test_real_reader_tells_our_gains_from_what_our_choices_do(real_semantics):
    from studyguide.worksheets.coaching.semantic import PlanSemantics

    sem = PlanSemantics(real_semantics, {})
    assert sem.every_sentence_reads_as(
        "gains_only",
        "If the rounds pay, I'd buy an electric van next year, take on another presser for the mornings and "
        "maybe open a second shop on the business park.",
    )
    assert not sem.every_sentence_reads_as(
        "gains_only",
        "If the discount fills midweek, regulars may wait for it instead of booking early, so the early "
        "bookings the model learns from shrink.",
    )
    # one sentence of what our choices do is enough to read the answer as more than gains
    assert not sem.every_sentence_reads_as(
        "gains_only",
        "I'd buy an electric van next year. Offices we visit more often will order more, so the orders we "
        "learn from follow our rounds.",
    )
    assert "gains_only" not in sem.judged(_plan())  # a reader the rules ask, never a note of its own


def test_training_skips_a_reader_when_no_strong_plan_answers_the_box():
    from studyguide.worksheets.coaching.field_judge import SentenceReader
    from studyguide.worksheets.judge_training import Labelled, _train_sentence_reader

    vectors = {f"f{k} sentence.": np.array([1.0, float(k)]) for k in range(8)}
    plans = [
        Labelled(
            f"set{k % 2}", f"f{k}", frozenset({"no_feedback_loop"}), frozenset(), {"went_really_well": t}, {}
        )
        for k, t in enumerate(vectors)
    ]
    plans += [Labelled("set0", "s0", frozenset(), frozenset(), {"went_really_well": ""}, {})]
    reader = SentenceReader("went_really_well", "no_feedback_loop")
    assert _train_sentence_reader("gains_only", reader, plans, vectors, margin=0.5, c=1.0) == (None, None)
