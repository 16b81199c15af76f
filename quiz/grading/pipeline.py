"""``grade()``: features, then the fitted model, the key-point rules, misconception penalties, a ceiling on
the level, the item's cut-offs, a level and a confidence (see the package docstring for the whole pipeline).

It runs in two steps so the offline tools can fit cut-offs on exactly what the site computes:
``assess()`` gives a 0..1 score and the best level the answer can reach (its ceiling); ``finalize()`` applies
a pair of cut-offs to that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from studyguide.embeddings import Embedder

from .addressed import speak_of_addressee
from .affirmed import affirm_questions
from .answered import join_answered_questions
from .asides import analogy_sentences, is_aside, named_case_clauses, story_sentences
from .calibration import cutoffs_for
from .checklists import ticked_claims
from .claims import added_claims, added_clauses
from .clefts import unclefted
from .code_lines import framing
from .counts import wrong_count
from .direction import reverses
from .dismissed import DENIED, dismissal, without_equations
from .disowned import without_disowned_views
from .edits import after_edits
from .faq import faq_replies
from .features import FEATURE_NAMES, Evidence, compute_features
from .final_choice import finally_held
from .foils import rejected_views
from .generalised import drawn_rule
from .hypothetical import denied_hypotheticals
from .idioms import plain_likeness
from .levels import CORRECT, INCORRECT, PARTIAL, RANK, level_for_cutoffs
from .lists import unbacked_closing_items
from .marked import read_marked_claims
from .model import GraderModel, load_grader_model
from .model_internals import internals_changed
from .offkey import off_key_clauses
from .open_questions import without_open_questions
from .order import out_of_order, point_positions
from .outbursts import without_outbursts
from .pairings import mismatched
from .pictographs import without_pictographs
from .prepared import prepare_key
from .restricted import restricted_claims
from .retractions import corrected_answer
from .roles import swapped_roles
from .specifics import added_specifics, key_text, overstated_absolutes
from .stages import misplaced_stages
from .struck import without_struck_out
from .tables import tables_as_sentences
from .text import clean_answer, graded_chars
from .texting import spelled_out
from .thresholds import added_thresholds
from .types import GradeResult, ItemKey, MisconceptionHit, PointEvidence
from .undecided import undecided
from .verdict_labels import without_asserting_labels

KEY_POINT_CREDIT = {"covered": 1.0, "unclear": 0.5, "missing": 0.0}
# Authored keys: score = KEY_POINT_WEIGHT x key-point credit + the rest x the holistic model's score, and 1
# when every needed key point is stated (chosen out of fold on the teacher's calibration labels among 0.5,
# 0.7 and 0.85: 0.7 agreed best, and keeps "most key points missing" well below "correct").
KEY_POINT_WEIGHT = 0.7
# Shotgun answers: at least this many claims that the key does not support or that contradict it, making
# up at least this share of the answer's claims, cap the level at partial (a right answer among false ones).
SHOTGUN_MIN_CLAIMS = 2
SHOTGUN_MIN_SHARE = 0.5
# An answer that covers no key point and states no known misconception, and whose holistic score (the linear
# model's, 0..1) is below this, uses the topic's words but says something else: incorrect, not partial. On the
# teacher's calibration labels such answers under 0.64 were graded 0 twice and 0.5 once (a terse "single data
# vs a dataset"); the next ones, from 0.65, were graded 0.5. Out of fold accuracy / QWK by threshold: 0.60
# 0.927 / 0.886, 0.62 0.930 / 0.893, 0.64 0.934 / 0.900, 0.66 0.930 / 0.896 (0.930 / 0.890 without the rule).
WRONG_HOLISTIC_MAX = 0.64
_DISOWNED = "It names the key only as a view it rejects or mocks, and states none of its points."
# How far below a cut-off a capped score is put (the score shown must agree with the level).
CAP_MARGIN = 0.01


def _hint(p: PointEvidence) -> str:
    # The matcher is not perfect: ask, never assert that something is absent.
    idea = p.label[:1].lower() + p.label[1:] if p.label else p.label
    if p.status == "unclear":
        return f"Could you say more about {idea}?"
    return f"Did you cover {idea}?"


def confidence(
    score: float,
    points: Sequence[PointEvidence],
    cutoffs: tuple[float, float],
    capped: bool = False,
    points_needed: int | None = None,
    thresholds: tuple[float, float] = (0.35, 0.6),
) -> float:
    """Confidence in the LEVEL, 0..1: how far the answer is from being graded otherwise.

    score margin: distance of the score to the nearest cut-off, saturating at 0.2 (a level set by a ceiling
    does not hinge on the correct cut-off). point margin: for the key points that decide the credit, the
    distance of the weakest one's strength to the nearest status threshold (unclear / covered), saturating at
    0.2: a point just over "covered" is where the grader errs most. confidence = (0.3 + 0.7 score margin) x
    (0.5 + 0.5 point margin).
    """
    margin = abs(score - cutoffs[0]) if capped else min(abs(score - cutoffs[0]), abs(score - cutoffs[1]))
    m = min(1.0, margin / 0.2)
    deciding = sorted(points, key=lambda p: -p.strength)[: min(points_needed or len(points), len(points))]
    if deciding:
        gap = min(min(abs(p.strength - t) for t in thresholds) for p in deciding)
        pm = min(1.0, gap / 0.2)
    else:
        pm = 1.0
    return float(min(1.0, max(0.0, (0.3 + 0.7 * m) * (0.5 + 0.5 * pm))))


def misconception_penalty(hits: Sequence[MisconceptionHit], key: ItemKey, model: GraderModel) -> float:
    """Credit lost to detected misconceptions: each costs its own penalty (or the model's default) scaled by
    the strength of the match; the default-penalty part is capped as before."""
    by_label = {mc.label: mc for mc in key.misconceptions}
    default_part = 0.0
    custom_part = 0.0
    for hit in hits:
        mc = by_label.get(hit.label)
        if mc is not None and mc.penalty is not None:
            custom_part += mc.penalty * min(1.0, hit.strength)
        else:
            default_part += hit.strength
    return min(2.0, default_part) * model.misconception_penalty + custom_part


def key_point_credit(points: Sequence[PointEvidence], points_needed: int | None = None) -> float:
    """Share of the needed key points the answer covers (an unclear point counts half).

    With ``points_needed`` = k ("name any three"), the k best-covered points count, so naming three of five
    problems is full credit.
    """
    needed = min(points_needed or len(points), len(points))
    if needed <= 0:
        return 0.0
    best = sorted((KEY_POINT_CREDIT[p.status] for p in points), reverse=True)[:needed]
    return sum(best) / needed


def _reversed_points(points: Sequence[PointEvidence], key: ItemKey) -> set[str]:
    """Labels of the points credited to a clause stating them in the opposite direction (``direction``)."""
    texts = {kp.label: kp.detail for kp in key.key_points}
    return {
        p.label
        for p in points
        if p.status != "missing" and p.quote and p.label in texts and reverses(p.quote, texts[p.label])
    }


def _set_aside(units: Sequence, foils: Sequence[tuple[int, int, int]] = ()) -> list:
    """The sentences (``features.UnitSupport``) that claim nothing about the subject: they tell a story or
    flag themselves as off the point (``asides``), or report a view the answer rejects (``foils``: its spans,
    holder first); and the clauses of a far case a sentence tells before naming it (``asides``)."""
    stories = {id(s) for s in [*story_sentences(units), *analogy_sentences(units)]}
    sentences = [
        u
        for u in units
        if u.unit.kind == "sentence"
        and (
            id(u) in stories
            or is_aside(u.unit.text)
            or any(head <= u.unit.start and u.unit.end <= end + 1 for head, _, end in foils)
        )
    ]
    return sentences + named_case_clauses(units)


def _without_asides(units: Sequence, foils: Sequence[tuple[int, int, int]] = ()) -> list:
    """The units (``features.UnitSupport``) outside the answer's asides (``_set_aside``) that state no key
    point and no misconception."""
    dropped = []
    for u in _set_aside(units, foils):
        inside = [v for v in units if v.unit.start >= u.unit.start and v.unit.end <= u.unit.end]
        if not any(v.stated or v.wrong for v in inside):
            dropped.append((u.unit.start, u.unit.end))
    return [u for u in units if not any(u.unit.start >= a and u.unit.end <= b for a, b in dropped)]


def _out_of_order_without(text: str, left_out: Sequence[tuple[int, int]], key: ItemKey) -> bool:
    """Is the sequence still named out of order once the sentences set aside (``left_out``: a story told
    before the point, a remark) are blanked? The order a story mentions things in is not the answer's."""
    chars = list(text)
    for start, end in left_out:
        chars[start:end] = " " * (end - start)
    phrases = prepare_key(key).kp_phrases[: len(key.key_points)]
    return out_of_order(point_positions("".join(chars), phrases))


@dataclass
class Assessment:
    """An answer judged against its key, before any cut-offs: what ``finalize`` turns into a level."""

    score: float  # 0..1
    ceiling: str  # the best level the answer can reach
    reasons: list[str] = field(default_factory=list)  # why the ceiling is below correct
    evidence: Evidence | None = None
    graded_chars: int | None = None


def _stated_besides_equations(cleaned: str, key: ItemKey, embedder: Embedder, model: GraderModel) -> bool:
    """Whether the answer covers a key point with its false equations blanked (``dismissed``): the
    equation was then a remark beside the answer, not the answer. One more forward pass, only for the rare
    answer that equates two ideas and builds on it."""
    remainder = without_equations(cleaned)
    if remainder is None or not remainder.strip():
        return False
    ev = compute_features(remainder, key, embedder, model)
    return ev is not None and any(p.status == "covered" for p in ev.points)


def assess(answer: str, key: ItemKey, embedder: Embedder, model: GraderModel) -> Assessment:
    """Score and ceiling of one answer. Never raises on odd input (empty, huge, HTML...)."""
    read = without_struck_out(answer or "")  # "~~X~~ Y", "<del>X</del> Y": X is withdrawn (``struck``)
    read = tables_as_sentences(read)  # "| Model does | Human does |" rows read with their header (``tables``)
    read = after_edits(read)  # "X.\nEdit: sorry, it's Y" claims Y; "P.S. forgot: Y" adds Y (``edits``)
    read = ticked_claims(read)  # "[ ] X\n[x] Y" claims Y: an unticked option is turned down (``checklists``)
    read = without_pictographs(read)  # "📷 at night 🌙 = dark frames": the words carry it
    read = without_outbursts(read)  # "Argh, X!! That's it!", a verse's " / ": the claim inside the tone
    read = spelled_out(read)  # "1 pic at a time", "what u'd like": the words the shorthand stands for
    read = finally_held(read)  # "(a) X, (b) Y? I'd go with (b)" claims Y; "TL;DR: X. Actually, Y" claims Y
    read = speak_of_addressee(read)  # "You, the model, will X" states that the model will X
    read = unclefted(read)  # "What it can't do is promise X" states that it can't promise X
    read = plain_likeness(read)  # "looks nothing like the training data" is "unlike" it
    read = faq_replies(read)  # "Q: ...? A: X" states X; the learner's own question claims nothing (``faq``)
    read = affirm_questions(read)  # "Isn't it X? Yes." states X (``affirmed``)
    read = read_marked_claims(read)  # "X? False." denies X, "X? True." states it (``marked``)
    read = join_answered_questions(read)  # "Who decides? A person." states that a person does (``answered``)
    read = without_asserting_labels(read)  # "Fact: B" states B; the label adds nothing (``verdict_labels``)
    # "The book says X. I don't buy it: Y" claims Y; "the 'X' hype" mocks X (``disowned``)
    owned = without_disowned_views(read, key.question)
    if not owned.strip() and read.strip():
        return Assessment(0.0, INCORRECT, [_DISOWNED])
    read, disowned_from = owned, (read if owned != read else None)
    ev = compute_features(read, key, embedder, model)
    # a wrong start the writer takes back in so many words ("... Hmm, no: it's X") is no part of the answer,
    # when what follows still states a key point (``retractions``)
    corrected = corrected_answer(clean_answer(read))
    if corrected is not None and ev is not None:
        ev_corrected = compute_features(corrected, key, embedder, model)
        if ev_corrected is not None and any(p.status == "covered" for p in ev_corrected.points):
            read, ev = corrected, ev_corrected
    if ev is None:
        return Assessment(0.0, INCORRECT, ["The answer is empty."])
    cleaned = clean_answer(read)  # the text every rule below reads; ``read`` is final from here
    # a question asserts nothing: key points named only inside questions the answer leaves open ("Inference?
    # Prediction? Deployment?", then nothing or "Not sure.") are not stated (``open_questions``)
    asked_only = False
    statements = without_open_questions(cleaned)
    if statements is not None and key.credit_key_points and ev.points:
        ev_statements = compute_features(statements, key, embedder, model)
        stated = key_point_credit(ev_statements.points, key.points_needed) if ev_statements else 0.0
        asked_only = stated < key_point_credit(ev.points, key.points_needed)
    holistic = min(1.0, max(0.0, model.predict(ev.features)))
    turned = _reversed_points(ev.points, key)
    if turned:
        ev.points = [
            PointEvidence(p.label, p.detail, "missing", p.strength, p.quote) if p.label in turned else p
            for p in ev.points
        ]
    raw = holistic
    if key.credit_key_points and ev.points:
        # Authored key points decide most of the score: stating them all is full credit however short the
        # answer ("Inference."; a point counts only when a clause states it, see ``matching``), and an answer
        # cannot be "correct" while most of them look missing, however close it sounds overall.
        credit = key_point_credit(ev.points, key.points_needed)
        raw = 1.0 if credit >= 1.0 else KEY_POINT_WEIGHT * credit + (1.0 - KEY_POINT_WEIGHT) * raw
    score = float(min(1.0, max(0.0, raw - misconception_penalty(ev.hits, key, model))))
    reasons = []
    if ev.hits:
        reasons.append("It states a known misconception.")
    if ev.contradictions:
        reasons.append("It contradicts a key point.")
    # a story, a remark beside the point or a view the answer rejects is no claim about the subject
    # (``asides``, ``foils``)
    foils = rejected_views(cleaned)
    aside = {u.unit.text for u in _set_aside(ev.units, foils)}
    # a bare line of code beside prose that states a key point illustrates it, "It depends on X." frames it:
    # neither claims anything (``code_lines``)
    code = framing(ev.claims)
    claims = [c for c in ev.claims if c.supported or (c.text not in aside and c.text not in code)]
    units = _without_asides(ev.units, foils)
    bad = sum(1 for c in claims if not c.supported)
    if bad >= SHOTGUN_MIN_CLAIMS and bad >= SHOTGUN_MIN_SHARE * len(claims):
        reasons.append("Many of its claims are not supported by the key.")
    if swapped_roles(cleaned, list(prepare_key(key).role_pairs)):
        reasons.append("It gives one role's part to the other.")
    if turned:
        reasons.append("It states a key point the wrong way round.")
    kept = {id(u) for u in units}
    left_out = [
        (u.unit.start, u.unit.end) for u in ev.units if u.unit.kind == "sentence" and id(u) not in kept
    ]
    if ev.out_of_order and _out_of_order_without(cleaned, left_out, key):
        reasons.append("It names the steps in another order than the key.")
    if added_claims(units) or added_clauses(units):
        reasons.append("It adds claims about the subject that the key does not support.")
    if unbacked_closing_items(units):
        reasons.append("It closes a list of key points with an item that the key does not back.")
    backing = key_text(key)
    if added_specifics(units, backing):
        reasons.append(
            "It adds a specific fact (a default, a prescribed number, a date) that the key does not give."
        )
    if overstated_absolutes(units, backing):
        reasons.append("It claims a guarantee or a uniqueness that the key does not.")
    if added_thresholds(units, backing):
        reasons.append("It pins the idea to a threshold or a number that the key does not give.")
    if restricted_claims(units, backing):  # "X, but only on Linux": a restriction of the key is not the key
        reasons.append("It makes the idea hold only under a condition that the key does not give.")
    if misplaced_stages(units, backing):
        reasons.append(
            "It places the process at a stage (training, use, data collection) the key does not speak of."
        )
    if internals_changed(units, backing):
        reasons.append("It puts the change on the model's weights or layers, which the key does not name.")
    rule_at = drawn_rule(cleaned)
    if rule_at is not None and any(p.status == "covered" for p in ev.points):
        # "<a case>. So in general, <rule>": the rule drawn is the answer, the case its evidence; a key point
        # stated only in the case is not the rule's (``generalised``)
        ev_rule = compute_features(cleaned[rule_at:], key, embedder, model)
        if ev_rule is None or not any(p.status == "covered" for p in ev_rule.points):
            reasons.append(
                "It states the key only in an example and draws a general rule the key does not give."
            )
    if undecided(cleaned):
        # options weighed with equal weight, or a choice declined in so many words: it asserts none of them
        reasons.append("It lists options or says it cannot choose, and commits to none of them.")
    dismissed = dismissal(
        cleaned,
        [p.quote for p in ev.points if p.status == "covered" and p.quote],
        [p.quote for p in ev.points if p.status != "missing" and p.quote],
        key.question,
    )
    if dismissed == DENIED and _stated_besides_equations(cleaned, key, embedder, model):
        # an equation in passing beside a right explanation ("X is basically the same as Y: <the key>")
        # takes nothing from what the answer states besides it
        dismissed = None
    if dismissed:
        # the key named only to be equated with another idea, forbidden or called minor (``dismissed``)
        reasons.append("It names the key only to call it the same as something else, to avoid, or minor.")
    if off_key_clauses([u for u in units if not any(u.unit.text in c for c in code)]):
        reasons.append("Most of its claims are off the key, beside the one that states a key point.")
    details = [kp.detail for kp in key.key_points]
    if denied_hypotheticals(ev.units, lambda text: any(reverses(text, d) for d in details)):
        reasons.append("It states the key only as a case it rules out, and concludes something else.")
    if asked_only:
        reasons.append("It names key points only inside questions it leaves open.")
    if wrong_count(cleaned, key) is not None:  # "..., deployment: five steps in all" for a four-step key
        reasons.append("It gives its list another number of members than the key has.")
    # "get_y = how to split; splitter = the data types": the key's meanings handed to the wrong terms
    # (``pairings``); most of them crossed is a wrong answer, a few beside right pairs a partial one
    pairing = mismatched(cleaned, key)
    if pairing:
        reasons.append("It pairs the key's terms with the wrong meanings.")
    ceiling = PARTIAL if reasons else CORRECT
    if pairing == "most":
        ceiling = INCORRECT
    if ev.denials and not any(p.status == "covered" for p in ev.points):
        # it denies a key point in the key's own words and states none: the opposite ("Not inference, ...")
        reasons.append("It denies the key in its own words and states none of its points.")
        ceiling = INCORRECT
    if dismissed == DENIED:
        # every key point it names is declared the same as another idea or put on a list of don'ts
        ceiling = INCORRECT
    if disowned_from is not None and not any(p.status == "covered" for p in ev.points):
        # it stated the key only in the view it rejects or the words it mocks, and states none of it itself
        ev_disowned = compute_features(disowned_from, key, embedder, model)
        if ev_disowned is not None and any(p.status != "missing" for p in ev_disowned.points):
            reasons.append(_DISOWNED)
            ceiling = INCORRECT
    says_something_else = (
        key.credit_key_points
        and ev.points
        and not ev.hits
        and not any(p.status == "covered" for p in ev.points)
        and holistic < WRONG_HOLISTIC_MAX
    )
    if says_something_else:
        reasons.append("It states none of the key points and reads unlike the reference.")
        ceiling = INCORRECT
    return Assessment(score, ceiling, reasons, ev, graded_chars(answer))


def finalize(a: Assessment, key: ItemKey, cutoffs: tuple[float, float]) -> GradeResult:
    """The level of an assessment under a pair of cut-offs; the score is kept inside the level's band, so an
    answer capped at partial never shows a score at or above the correct cut-off."""
    lo, hi = cutoffs
    score = a.score
    level = level_for_cutoffs(score, cutoffs)
    capped = RANK[level] > RANK[a.ceiling]
    if capped:
        level = a.ceiling
        score = min(score, (hi if a.ceiling == PARTIAL else lo) - CAP_MARGIN)
    score = max(0.0, score)
    ev = a.evidence
    if ev is None:
        points = [PointEvidence(kp.label, kp.detail, "missing", 0.0, None) for kp in key.key_points]
        features = {n: 0.0 for n in FEATURE_NAMES}
        return GradeResult(
            score=0.0,
            level=INCORRECT,
            confidence=1.0,
            points=points,
            misconceptions=[],
            hints=[_hint(p) for p in points],
            features=features,
            cutoffs=(float(lo), float(hi)),
        )
    return GradeResult(
        score=round(score, 4),
        level=level,
        confidence=round(
            confidence(score, ev.points, cutoffs, capped=capped, points_needed=key.points_needed), 4
        ),
        points=ev.points,
        misconceptions=ev.hits,
        hints=[_hint(p) for p in ev.points if p.status != "covered"],
        features=ev.features,
        graded_chars=a.graded_chars,
        cutoffs=(float(lo), float(hi)),
        ceiling_reasons=list(a.reasons) if RANK[a.ceiling] < RANK[CORRECT] else [],
    )


def grade(
    answer: str,
    key: ItemKey,
    embedder: Embedder,
    model: GraderModel | None = None,
    cutoffs: tuple[float, float] | None = None,
) -> GradeResult:
    """Grade one free-text answer against an item key. Never raises on odd input (empty, huge, HTML...).

    ``cutoffs``: the (partial, correct) pair to use; by default the item's shipped cut-offs (fitted on a
    teacher's labels, ``calibration.cutoffs_for``), else the model's global pair.
    """
    model = model or load_grader_model()
    return finalize(assess(answer, key, embedder, model), key, cutoffs or cutoffs_for(key, model))
