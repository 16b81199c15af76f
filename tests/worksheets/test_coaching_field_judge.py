"""The field judge (``coaching/field_judge.py``): a learned second reader that only adds a note where the
rules said nothing, one per family; its weights load only for the embedder they were trained with; its
training leaves each set out when it sets a threshold."""

import hashlib
from pathlib import Path

import numpy as np
import pytest

from studyguide.worksheets.coaching.context import Context
from studyguide.worksheets.coaching.field_judge import (
    JUDGED,
    SENTENCE_READERS,
    add_judged_notes,
    judged_texts,
)
from studyguide.worksheets.coaching.judge_weights import (
    PROBE,
    SENTENCE_READ,
    CodeModel,
    features,
    load_judge,
    pooled_sentences,
    read_vector,
    save_judge,
    sentence_texts,
)
from studyguide.worksheets.coaching.plan import plan_from_mapping

OBJECTIVE = "Keep more teenagers in the youth orchestra after their exams year."
METRIC = "Followers of the orchestra's video channel each month."


def _context(**fields) -> Context:
    return Context(plan_from_mapping(fields), None)


class StubEmbedder:
    """Deterministic unit vectors per text (a different seed is a different embedder)."""

    def __init__(self, seed: int = 0, dim: int = 8):
        self.seed, self.dim = seed, dim

    def encode(self, texts):
        rows = []
        for text in texts:
            digest = hashlib.sha256(f"{self.seed}:{text}".encode()).digest()
            row = np.frombuffer(digest, dtype=np.uint8)[: self.dim].astype(np.float32) - 127.5
            rows.append(row / np.linalg.norm(row))
        return np.stack(rows)


def test_judged_note_names_its_field_quotes_the_student_whole_and_takes_back_the_strength():
    ctx = _context(objective=OBJECTIVE, metric=METRIC)
    ctx.strength("metric", "an outcome with a number to track")
    add_judged_notes(ctx, {"metric_proxy": 0.4})
    [note] = ctx.notes
    assert (note.field, note.code) == ("metric", "metric_proxy")
    assert f"“{METRIC.rstrip('.')}”" in note.message and f"“{OBJECTIVE.rstrip('.')}”" in note.message
    assert "metric" not in ctx.strengths


def test_judge_does_not_speak_under_its_threshold():
    ctx = _context(objective=OBJECTIVE, metric=METRIC)
    add_judged_notes(ctx, {"metric_proxy": 0.0, "no_ood_risk": -1.2})
    assert ctx.notes == []


def test_judge_leaves_a_field_or_family_the_rules_already_answered():
    ctx = _context(objective=OBJECTIVE, metric=METRIC)
    ctx.add("metric", "metric_no_number", "rules' note")
    add_judged_notes(ctx, {"metric_proxy": 2.0})
    assert [n.code for n in ctx.notes] == ["metric_no_number"]
    # the same family on another field: the rules' note on the optimizer answers the models' question
    ctx = _context(objective=OBJECTIVE, modeler="Predicts turnout per rehearsal.")
    ctx.add("optimizer", "no_optimizer", "rules' note")
    add_judged_notes(ctx, {"prediction_not_decision": 2.0})
    assert [n.code for n in ctx.notes] == ["no_optimizer"]
    # a question the rules ask on the field counts as the rules speaking
    ctx = _context(objective=OBJECTIVE, modeler="Predicts turnout per rehearsal.")
    ctx.add("modeler", "model_no_lever", "rules' question")
    add_judged_notes(ctx, {"model_missing": 2.0})
    assert [n.code for n in ctx.notes] == ["model_no_lever"]


def test_a_box_judged_only_when_answered_is_left_blank_to_the_rules():
    answered = [code for code, j in JUDGED.items() if j.answered_only]
    assert {"no_monitoring", "rollout_not_gradual", "no_simulator"} <= set(answered)
    ctx = _context(objective=OBJECTIVE, monitoring="", rollout="  ")
    add_judged_notes(ctx, {"no_monitoring": 3.0, "rollout_not_gradual": 3.0})
    assert ctx.notes == []  # a blank box: "Name what you will monitor" is the rules' note, not the judge's
    watching = "The supplier signed the screens off in March, so that side is done."
    ctx = _context(objective=OBJECTIVE, monitoring=watching, rollout="All four halls switch on 1 May.")
    ctx.strength("rollout", "a careful rollout")
    add_judged_notes(ctx, {"no_monitoring": 0.5, "rollout_not_gradual": 0.2})
    # each in its own family: both are said, each on its own box, quoting the student whole
    assert sorted((n.field, n.code) for n in ctx.notes) == [
        ("monitoring", "no_monitoring"),
        ("rollout", "rollout_not_gradual"),
    ]
    monitoring = next(n for n in ctx.notes if n.code == "no_monitoring")
    assert f"“{watching.rstrip('.')}”" in monitoring.message and "rollout" not in ctx.strengths


def test_a_judged_note_of_a_code_the_rules_ask_about_is_said_not_asked():
    # the rules ask about a loop or a model with no lever unless certain; the judge speaks only above every
    # strong plan's score from a model that never saw its set, so its note is said
    ctx = _context(objective=OBJECTIVE, optimizer="Each week it picks which lapsed members we phone.")
    add_judged_notes(ctx, {"no_feedback_loop": 0.3})
    [note] = ctx.notes
    assert (note.field, note.code, note.question) == ("went_really_well", "no_feedback_loop", False)
    assert "“Each week it picks which lapsed members we phone”" in note.message


def test_judge_does_not_say_a_loop_is_unnamed_where_the_rules_read_one_named():
    ctx = _context(objective=OBJECTIVE, optimizer="Each week it picks which lapsed members we phone.")
    ctx.strength("risks", "named risks (unfamiliar inputs and feedback loops)")
    add_judged_notes(ctx, {"no_feedback_loop": 2.0})
    assert ctx.notes == []
    ctx = _context(objective=OBJECTIVE, optimizer="Each week it picks which lapsed members we phone.")
    ctx.strength("risks", "named risks (unfamiliar inputs)")
    add_judged_notes(ctx, {"no_feedback_loop": 2.0})
    assert [n.code for n in ctx.notes] == ["no_feedback_loop"]


def test_one_judged_note_per_family_the_surest_one():
    ctx = _context(objective=OBJECTIVE, metric="Players proud of the orchestra.", risks="Players leave.")
    add_judged_notes(ctx, {"metric_proxy": 0.2, "metric_no_number": 0.9, "no_ood_risk": 0.1})
    assert sorted(n.code for n in ctx.notes) == ["metric_no_number", "no_ood_risk"]


def test_judge_never_says_no_number_of_a_metric_with_a_word_of_a_count():
    for metric in (METRIC, "Share of guests whose room is ready at check-in.", "How many players stay on."):
        ctx = _context(objective=OBJECTIVE, metric=metric)
        add_judged_notes(ctx, {"metric_no_number": 3.0, "objective_no_metric": 2.0})
        assert ctx.notes == [], metric


def test_every_judged_code_reads_texts_the_plan_gives():
    texts = judged_texts(plan_from_mapping({"objective": OBJECTIVE, "data_have": "Registers since 2019."}))
    assert texts["records"] == "Registers since 2019."
    for judged in JUDGED.values():
        for name in judged.reads:
            assert all(part.removeprefix(SENTENCE_READ) in texts for part in name.split("*"))


def test_every_judged_note_quotes_its_own_field_whole_and_shows_no_code():
    written = {
        "objective": "The depot runs three vans and a yard.",
        "metric": "Crates returned per week.",
        "levers": ["More crates back", "Happier drivers"],
        "modeler": "A model of crate returns from route and weekday.",
        "simulator": "Not sure yet.",
        "optimizer": "Shows the forecast on the office screen.",
        "baseline": "We'll see how it compares.",
        "rollout": "All routes switch on Monday.",
        "monitoring": "The supplier signed it off.",
        "risks": "None really.",
        "went_really_well": "The drivers like it.",
        "data_have": "Nothing written down.",
    }
    plan = plan_from_mapping(written)
    spoken = set()
    for code, judged in JUDGED.items():
        ctx = Context(plan, None)
        add_judged_notes(ctx, {code: 1.0})
        if not judged.applies(plan):  # a fact of the plan the judge cannot overrule (a word of a count ...)
            assert ctx.notes == [], code
            continue
        [note] = ctx.notes
        spoken.add(code)
        assert note.field == judged.field, code
        quoted = written.get(judged.field) or written["data_have"]
        shown = " / ".join(quoted) if isinstance(quoted, list) else quoted
        if judged.field != "went_really_well":  # the loop note quotes the decision that makes the loop
            assert f"“{shown.rstrip('.')}”" in note.message, code
        assert code not in note.message and "_" not in note.message, code
    assert len(spoken) >= len(JUDGED) - 4


def test_weights_round_trip_and_are_refused_for_another_embedder(tmp_path):
    embedder = StubEmbedder(seed=1)
    reads = ("objective", "metric", "objective*metric")
    model = CodeModel(reads, np.arange(24, dtype=np.float32) / 24, 0.5, 1.25)
    path = tmp_path / "judge.npz"
    save_judge(path, {"metric_proxy": model}, embedder.encode([PROBE])[0])
    [(code, loaded)] = load_judge(embedder, path).items()
    assert code == "metric_proxy" and loaded.reads == reads
    assert np.array_equal(loaded.weights, model.weights) and (loaded.bias, loaded.threshold) == (0.5, 1.25)
    vectors = dict(zip(("objective", "metric"), embedder.encode([OBJECTIVE, METRIC]), strict=True))
    expected = (
        float(
            np.concatenate(
                [vectors["objective"], vectors["metric"], vectors["objective"] * vectors["metric"]]
            )
            @ model.weights
        )
        + 0.5
        - 1.25
    )  # noqa: E501
    assert loaded.margin(vectors.__getitem__) == pytest.approx(expected, abs=1e-5)
    assert load_judge(StubEmbedder(seed=2), path) == {}  # trained with another embedder: not used
    assert load_judge(embedder, tmp_path / "missing.npz") == {}
    saved = path.read_bytes()
    path.write_bytes(saved[:-1] + bytes([saved[-1] ^ 1]))  # one bit changed: the checksum no longer matches
    assert load_judge(embedder, path) == {}
    (tmp_path / "broken.npz").write_bytes(b"not an archive")
    assert load_judge(embedder, tmp_path / "broken.npz") == {}


def test_features_put_the_named_vectors_side_by_side():
    vectors = {"a": np.array([1.0, 2.0]), "b": np.array([3.0, 4.0])}
    assert features(("a", "b", "a*b"), vectors.__getitem__).tolist() == [1, 2, 3, 4, 3, 8]


def test_a_pooled_read_keeps_the_one_sentence_that_names_a_loop_among_many():
    # dimension 0: the sentence names a loop; dimension 1: filler. The whole box's vector is their average.
    def vector_of_text(text):
        if not text:
            return np.zeros(2)
        found = pooled_sentences(text) or [text]
        return np.mean([[1.0, 0.0] if "learn to" in s else [0.0, 1.0] for s in found], axis=0)

    filler = " ".join(f"Week {i}: the depot team counts the crates." for i in range(5))
    texts = {"risks": f"{filler} Drivers may learn to game the count. {filler}"}
    assert read_vector("risks", texts, vector_of_text)[0] < 0.1  # averaged away in the whole text
    assert read_vector(f"{SENTENCE_READ}risks", texts, vector_of_text).tolist() == [1.0, 1.0]
    assert read_vector(f"{SENTENCE_READ}risks", {"risks": "  "}, vector_of_text).tolist() == [0.0, 0.0]


def test_pooled_reads_encode_a_bounded_number_of_sentences_of_a_hostile_box():
    texts = {"risks": "A risk. " * 20_000 + "x" * 50_000, "monitoring": "Weekly counts; a monthly review."}
    found = sentence_texts(("risks", f"{SENTENCE_READ}risks", f"{SENTENCE_READ}monitoring"), texts)
    assert len(found) == 12 + 2 and max(map(len, found)) <= 300
    assert found[-2:] == ["Weekly counts;", "a monthly review."]


class WordEmbedder:
    """Vectors that say whether a text counts likes (the one thing the toy judge must learn), plus noise."""

    def encode(self, texts):
        rows = []
        for text in texts:
            noise = StubEmbedder(seed=4).encode([text])[0][:6] * 0.3
            rows.append(np.concatenate([[1.0 if "likes" in text else 0.0, 1.0], noise]).astype(np.float32))
        return np.stack(rows)


def _labelled(group: str, name: str, metric: str, expected=(), allowed=()):
    from studyguide.worksheets.judge_training import Labelled

    texts = {"objective": OBJECTIVE, "metric": metric, "modeler": "m", "simulator": "s", "optimizer": "o",
             "rollout": "r", "went_really_well": "w", "records": "r", "risks": "k",
             "monitoring": "m", "levers": "l", "baseline": "b"}  # fmt: skip
    return Labelled(group, name, frozenset(expected), frozenset(allowed), texts, dict(texts))


def test_training_learns_across_sets_and_leaves_out_allowed_and_empty_plans():
    from studyguide.worksheets.judge_training import train

    plans = []
    for group in ("set_a", "set_b", "set_c"):
        for i in range(3):
            plans.append(
                _labelled(group, f"{group}-proxy-{i}", f"likes on our page {group} {i}", ["metric_proxy"])
            )
            plans.append(
                _labelled(group, f"{group}-strong-{i}", f"members still playing a year on {group} {i}")
            )
    # a follow-on of another slip and an empty plan: neither teaches the judge anything about proxies
    plans.append(_labelled("set_a", "allowed", "likes and shares", ["objective_missing"], ["metric_proxy"]))
    plans.append(_labelled("set_a", "empty", "likes", ["empty_plan"]))
    embedder = WordEmbedder()
    texts = sorted({t for p in plans for t in p.texts.values()})
    vectors = dict(zip(texts, embedder.encode(texts), strict=True))
    models, reports = train(plans, vectors, margin=0.1)
    assert set(models) == {"metric_proxy"}  # no other code is planted here: nothing to learn
    proxy = next(r for r in reports if r.code == "metric_proxy")
    assert (proxy.planted, proxy.recalled, proxy.strong_over) == (9, 9, [])  # each set judged unseen

    def margin(metric: str) -> float:
        texts = {"objective": OBJECTIVE, "metric": metric}
        vector_of_text = lambda text: embedder.encode([text])[0]  # noqa: E731
        return models["metric_proxy"].margin(lambda name: read_vector(name, texts, vector_of_text))

    assert margin("likes on the new video") > 0 > margin("members playing at 18")


class BlankReadsAsRefusal(WordEmbedder):
    """As a real embedder may: an empty box lies where refusals do ("likes it, so no need")."""

    def encode(self, texts):
        rows = super().encode(texts)
        rows[[not text.strip() for text in texts], 0] = 1.0
        return rows


def test_training_a_code_judged_only_when_answered_neither_learns_from_nor_scores_a_blank_box():
    from studyguide.worksheets.judge_training import train

    plans = []
    for group in ("set_a", "set_b", "set_c"):
        for i in range(2):
            plan = _labelled(group, f"{group}-unwatched-{i}", f"members {group} {i}", ["no_monitoring"])
            plan.texts["monitoring"] = plan.raw["monitoring"] = f"likes it, so no need {group} {i}"
            plans.append(plan)
            strong = _labelled(group, f"{group}-strong-{i}", f"members still playing {group} {i}")
            strong.texts["monitoring"] = strong.raw["monitoring"] = f"weekly count of players {group} {i}"
            plans.append(strong)
        blank = _labelled(group, f"{group}-blank", f"members {group}", ["no_monitoring"])
        blank.texts["monitoring"] = blank.raw["monitoring"] = ""  # the rules say "name what you monitor"
        plans.append(blank)
        # a strong plan whose watching is written in its rollout box: its blank box is no evidence either way
        elsewhere = _labelled(group, f"{group}-watched-in-rollout", f"members playing {group}")
        elsewhere.texts["monitoring"] = elsewhere.raw["monitoring"] = ""
        plans.append(elsewhere)
    embedder = BlankReadsAsRefusal()
    texts = sorted({t for p in plans for t in p.texts.values()})
    vectors = dict(zip(texts, embedder.encode(texts), strict=True))
    # c=1: with two answered boxes a class per set, the shipped weaker regularisation fits the toy's noise
    models, reports = train(plans, vectors, margin=0.1, c=1.0)
    report = next(r for r in reports if r.code == "no_monitoring")
    # planted in nine plans; the six answered boxes are each judged unseen, the blank ones never (scored, the
    # strong plans' blank boxes would set the threshold above every refusal)
    assert (report.planted, report.recalled, report.strong_over) == (9, 6, [])
    model = models["no_monitoring"]
    refusal, count = embedder.encode(["likes it, so no need", "a count of players each month"])
    assert model.margin(lambda name: refusal) > 0 > model.margin(lambda name: count)


@pytest.mark.real_model
def test_shipped_judge_loads_with_the_site_embedder_and_spares_the_strong_plans():
    from studyguide.worksheets.coaching.plan import as_read
    from studyguide.worksheets.coaching.semantic import get_semantics
    from studyguide.worksheets.coaching.unanswered import read_unanswered_as_blank
    from studyguide.worksheets.evaluation import load_cases

    semantics = get_semantics()
    if semantics is None:
        pytest.skip("sentence-embedding model not installed")
    # the saved probe agrees with the embedder in use
    assert set(semantics.judge) == set(JUDGED) | set(SENTENCE_READERS)
    strong = [c for c in load_cases(Path(__file__).parent / "cases") if not c.get("expected")]
    assert len(strong) > 50
    for case in strong:
        plan = as_read(read_unanswered_as_blank(plan_from_mapping(case["worksheet"])))
        read = semantics.for_plan(plan)
        over = {code: m for code, m in read.judged(plan).items() if m > 0}
        over |= {
            name: 1.0
            for name, reader in SENTENCE_READERS.items()
            if read.every_sentence_reads_as(name, getattr(plan, reader.field))
        }
        assert over == {}, case["name"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "cannot read"),  # an empty file
        ("{not json", "cannot read"),
        ('[{"name": "x", "worksheet": {"objective": 42}}]', "cannot read"),  # a field the form would refuse
        ('[{"name": "x", "expected": [], "worksheet": {"objective": "More bread sold."}}]', "both strong"),
    ],
)
def test_training_command_refuses_bad_labelled_sets_with_a_clear_message(
    tmp_path, monkeypatch, content, message
):
    from django.core.management import CommandError, call_command

    import studyguide.embeddings

    monkeypatch.setattr(studyguide.embeddings, "get_embedder", lambda: StubEmbedder())
    (tmp_path / "set.json").write_text(content, encoding="utf-8")
    out = tmp_path / "judge.npz"
    with pytest.raises(CommandError, match=message):
        call_command("worksheet_coaching_train_judge", "--sets", str(tmp_path), "--out", str(out))
    assert not out.exists()  # nothing half-written


class RefusalEmbedder:
    """Vectors that say whether a box refuses its question (what the pooled judge must learn), plus noise."""

    def encode(self, texts):
        rows = []
        for text in texts:
            noise = StubEmbedder(seed=5).encode([text])[0][:6] * 0.3
            rows.append(np.concatenate([[1.0 if "no need" in text else 0.0, 1.0], noise]).astype(np.float32))
        return np.stack(rows)


def test_a_pool_shares_one_model_across_its_fields_and_judges_only_what_the_coach_reads():
    from studyguide.worksheets.judge_training import train

    pool = [code for code, j in JUDGED.items() if j.pool]
    assert {"no_simulator", "no_optimizer"} <= set(pool)
    plans = []
    for group in ("set_a", "set_b", "set_c"):
        for i, code in enumerate(("no_simulator", "no_optimizer", "no_simulator")):
            box = JUDGED[code].reads[0]
            plan = _labelled(group, f"{group}-{code}-{i}", f"members on the books {group} {i}", [code])
            plan.texts[box] = plan.raw[box] = f"no need for this one {group} {i}"
            plans.append(plan)
            plans.append(_labelled(group, f"{group}-strong-{i}", f"members still playing {group} {i}"))
    # a refusal the rules already read as blank teaches the pool, but is not judged again
    caught = _labelled("set_a", "caught-by-rules", "members", ["no_optimizer"])
    caught.raw["optimizer"], caught.texts["optimizer"] = "no need, ta", ""
    plans.append(caught)
    embedder = RefusalEmbedder()
    texts = sorted({t for p in plans for t in (*p.texts.values(), *p.raw.values())} | {""})
    vectors = dict(zip(texts, embedder.encode(texts), strict=True))
    models, reports = train(plans, vectors, margin=0.1)
    assert set(pool) <= set(models)
    shared = {tuple(models[code].weights.tolist()) for code in pool}
    assert len(shared) == 1  # one model, each code reading its own box
    assert models["no_simulator"].reads == ("simulator",) and models["no_optimizer"].reads == ("optimizer",)
    sim = next(r for r in reports if r.code == "no_simulator")
    opt = next(r for r in reports if r.code == "no_optimizer")
    assert (sim.planted, sim.recalled, sim.strong_over) == (6, 6, [])
    assert (opt.planted, opt.recalled, opt.strong_over) == (4, 3, [])  # the rules' own catch is not judged
    refusal = embedder.encode(["no need, the figures speak for themselves"])[0]
    answer = embedder.encode(["try two prices for the Saturday tickets"])[0]
    model = models["no_simulator"]
    assert model.margin(lambda name: refusal) > 0 > model.margin(lambda name: answer)
