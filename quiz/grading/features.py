"""Features of one answer against its key: key-point and misconception evidence, answer-level similarities."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from studyguide.embeddings import Embedder

from .clauses import (
    UnitWords,
    WordMasks,
    mark_salads,
    span_negated,
    unit_words,
    word_masks,
)
from .embedding import TextView, encode_key_texts, reference_view
from .lexical import content_stems, content_words, overlap_with
from .matching import UnitVectors, match_key_texts
from .model import GraderModel
from .order import out_of_order, point_positions
from .prepared import prepare_key
from .text import WORD_RE, Unit, clean_answer, split_units
from .types import ItemKey, MisconceptionHit, PointEvidence

FEATURE_NAMES = (
    "cos_full",  # cosine(answer, reference)
    "cos_qd",  # cosine after removing question words from both
    "cos_q",  # cosine(answer, question): restating the question
    "kp_mean",  # mean key-point strength (max of mapped cosine and lexical recall)
    "kp_cov",  # fraction of key points covered
    "kp_cos",  # mean over key points of the best unit cosine (raw)
    "kp_lex",  # mean over key points of the best lexical recall
    "align_p",  # mean over answer units of the best cosine to a key point (precision-like)
    "tok_r",  # token-level greedy alignment recall (reference content tokens)
    "tok_p",  # token-level greedy alignment precision (answer content tokens)
    "tok_r_sq",  # tok_r squared: the gold score rises faster than linearly at high alignment
    "kp_min",  # weakest key point strength
    "lex_p",  # content-stem precision against the reference (question words removed)
    "lex_r",  # content-stem recall of the reference
    "lex_f",
    "len_log",  # log(1 + answer content words)
    "len_ratio",  # log((1 + answer content words) / (1 + reference content words))
    "ref_cos_q",  # cosine(reference, question): per-item constant, shifts the intercept
    "misc_max",  # strongest misconception match (0 when none)
)


def _unit_vectors(view: TextView, units, masks: WordMasks) -> UnitVectors:
    return UnitVectors(
        affirmed=view.spans_masked(units, masks.affirmed),
        unouter=view.spans_masked(units, masks.unouter),
        full=view.spans_masked(units, masks.unquestioned),
    )


# A unit whose cosine to another key point is this much higher is about that point: on the embedding alone
# it is at most "unclear" evidence for this one (matching.match_key_texts). It changed no level on the
# teacher's labels, the answer bank or the adversarial sets; it stops one sentence being quoted as stating
# two different points.
SIBLING_MARGIN = 0.10


@dataclass
class Evidence:
    """Everything ``grade()`` decides from: the features, per key point and misconception evidence, and the
    claims the answer makes that the key does not support or that contradict it."""

    features: dict[str, float]
    points: list[PointEvidence]
    hits: list[MisconceptionHit]
    contradictions: list[tuple[str, str]]  # (key point label, quote of a unit that states its opposite)
    claims: list[Claim]  # sentences with at least CLAIM_MIN_WORDS content words
    # labels of the contradicted key points whose own wording the answer denies ("Not inference, ...")
    denials: list[str] = field(default_factory=list)
    units: list[UnitSupport] = field(default_factory=list)  # every unit with how well the key supports it
    point_units: list[int] = field(default_factory=list)  # per key point: index of its quoted unit, else -1
    out_of_order: bool = False  # a sequence's points named mostly in the reverse of the key's order

    @property
    def unsupported(self) -> int:
        return sum(1 for c in self.claims if not c.supported)


@dataclass(frozen=True)
class Claim:
    text: str
    states: float  # strongest key-point evidence inside the sentence
    ref_cos: float  # best cosine to a clause of the reference answer
    kp_cos: float  # best cosine to a key point
    wrong: bool  # it states a misconception

    @property
    def supported(self) -> bool:
        return not self.wrong and (self.states >= SUPPORT_STATES or self.ref_cos >= SUPPORT_COS)


@dataclass(frozen=True)
class UnitSupport:
    """One unit of the answer (sentence or clause) and the key's support for it (``claims`` reads these)."""

    unit: Unit
    states: float  # its strongest evidence for any key point, whatever the polarity
    ref_cos: float  # best cosine to a clause of the reference answer
    kp_cos: float  # best cosine to a key point (optional ones included)
    wrong: bool  # it states a misconception
    stated: bool  # it is the best evidence of a key point (optional ones too) and states it clearly


# A sentence is a claim from this many content words; it is unsupported when its cosine to every key point and
# every reference clause stays below SUPPORT_COS (measured: on-topic learner sentences sit well above).
CLAIM_MIN_WORDS = 3
SUPPORT_COS = 0.7
SUPPORT_STATES = 0.6


def compute_features(answer: str, key: ItemKey, embedder: Embedder, model: GraderModel) -> Evidence | None:
    """Features and evidence for one answer; ``None`` when the answer has no words at all."""
    text = clean_answer(answer)
    if not WORD_RE.search(text):
        return None
    units = split_units(text)
    pk = prepare_key(key)
    q_stems = pk.q_stems
    ref_text = pk.ref_text

    ans = TextView(text, embedder, q_stems, cache=False)
    ref = reference_view(ref_text, embedder, q_stems) if ref_text else None
    unit_vecs = ans.spans(units)
    # Key points see the units without the question's own words (an echo states nothing); misconceptions
    # see them whole (a wrong claim may well be made of the question's words).
    kp_units = unit_words(text, units, q_stems)
    mc_units = unit_words(text, units, frozenset())
    kp_vecs_u = _unit_vectors(ans, units, word_masks(text, units, q_stems))
    mc_vecs_u = _unit_vectors(ans, units, word_masks(text, units, frozenset()))

    # key points and misconceptions (``prepared``: what comes of the key alone)
    kp_texts, mc_texts = list(pk.kp_texts), list(pk.mc_texts)
    key_vecs = encode_key_texts(embedder, kp_texts + mc_texts)
    kp_vecs, mc_vecs = key_vecs[: len(kp_texts)], key_vecs[len(kp_texts) :]
    kp_phrases = pk.kp_phrases
    mark_salads(kp_units, pk.point_tokens)
    mark_salads(mc_units, pk.point_tokens)
    mc_match = match_key_texts(
        mc_vecs, pk.mc_phrases, pk.mc_negative, mc_units, mc_vecs_u, model, strict=True, index=pk.mc_index
    )
    hits = []
    wrong_units: set[int] = set()
    for mc, m, pattern_only in zip(key.misconceptions, mc_match, pk.mc_pattern_only, strict=True):
        pattern_idx = _pattern_hit(mc.patterns, mc_units)
        if pattern_idx is not None:
            hits.append(MisconceptionHit(mc.label, mc.feedback, 1.0, units[pattern_idx].text))
            wrong_units.add(pattern_idx)
        elif m.unit >= 0 and m.strength >= model.misconception_threshold and not pattern_only:
            hits.append(MisconceptionHit(mc.label, mc.feedback, round(m.strength, 4), units[m.unit].text))
            wrong_units.add(m.unit)
    # A clause that states a known wrong idea is not evidence for a key point, even when it shares the topic
    # ("squish is a kind of augmentation" is about squish, but does not say that squish distorts).
    unit_states = np.zeros(len(units))
    kp_match = match_key_texts(
        kp_vecs,
        kp_phrases,
        pk.kp_negative,
        kp_units,
        kp_vecs_u,
        model,
        skip=frozenset(wrong_units),
        per_unit=unit_states,
        sibling_margin=SIBLING_MARGIN,
        index=pk.kp_index,
    )
    # units that are the best evidence for a point (optional ones too) and state it clearly: what the answer
    # claims that the key backs (``claims.added_claims`` reads it)
    stated = {m.unit for m in kp_match if m.unit >= 0 and m.strength >= model.covered_threshold}
    kp_vecs, kp_match = kp_vecs[: len(key.key_points)], kp_match[: len(key.key_points)]
    anchors = key_vecs[: len(pk.all_points)]

    points = []
    for kp, m in zip(key.key_points, kp_match, strict=True):
        if m.strength >= model.covered_threshold:
            status = "covered"
        elif m.strength >= model.unclear_threshold:
            status = "unclear"
        else:
            status = "missing"
        quote = units[m.unit].text if m.unit >= 0 and status != "missing" else None
        points.append(PointEvidence(kp.label, kp.detail, status, round(m.strength, 4), quote))

    f: dict[str, float] = {}
    ans_sent = ans.sentence()
    f["cos_full"] = float(ans_sent @ ref.sentence()) if ref else 0.0
    a_qd = ans.without_question_words()
    r_qd = ref.without_question_words() if ref else None
    f["cos_qd"] = float(a_qd @ r_qd) if a_qd is not None and r_qd is not None else 0.0
    q_text = pk.q_text
    q_vec = encode_key_texts(embedder, [q_text])[0] if q_text else None
    f["cos_q"] = float(ans_sent @ q_vec) if q_vec is not None else 0.0
    f["ref_cos_q"] = float(ref.sentence() @ q_vec) if (q_vec is not None and ref) else 0.0
    if kp_match:
        f["kp_mean"] = float(np.mean([m.strength for m in kp_match]))
        f["kp_cov"] = float(np.mean([m.strength >= model.covered_threshold for m in kp_match]))
        f["kp_cos"] = float(np.mean([m.cos for m in kp_match]))
        f["kp_lex"] = float(np.mean([m.lex for m in kp_match]))
        f["align_p"] = float((unit_vecs @ kp_vecs.T).max(axis=1).mean()) if len(units) else 0.0
    else:
        for n in ("kp_mean", "kp_cov", "kp_cos", "kp_lex", "align_p"):
            f[n] = f["cos_qd"] if n in ("kp_cos", "align_p") else 0.0
    # token-level greedy alignment (BERTScore-like) on content tokens, question words removed
    at = ans.content_token_vectors(q_stems)
    rt = ref.content_token_vectors(q_stems) if ref else np.zeros((0, 0))
    if at.size and rt.size:
        sim = at @ rt.T
        f["tok_p"] = float(sim.max(axis=1).mean())
        f["tok_r"] = float(sim.max(axis=0).mean())
    else:  # no token support (test fakes) or nothing left: fall back to clause-level views
        f["tok_p"] = f["align_p"]
        f["tok_r"] = f["kp_cos"]
    f["tok_r_sq"] = f["tok_r"] ** 2
    f["kp_min"] = float(min((m.strength for m in kp_match), default=0.0))
    a_stems = content_stems(text, q_stems)
    f["lex_p"], f["lex_r"], f["lex_f"] = overlap_with(a_stems, pk.ref_index)
    n_ans = len(content_words(text))
    f["len_log"] = math.log1p(n_ans)
    f["len_ratio"] = math.log((1 + n_ans) / (1 + pk.ref_content_words))
    f["misc_max"] = float(max((m.strength for m in mc_match), default=0.0))
    contradictions = [
        (kp.label, units[m.negated_unit].text)
        for kp, m, p in zip(key.key_points, kp_match, points, strict=True)
        # not stated but denied; or a phrasing of it denied more clearly than the point is stated (only by
        # the embedding): a self-contradicting answer cannot be fully right
        if m.negated_unit >= 0
        and m.negated >= model.covered_threshold
        and (p.status != "covered" or (p.strength < 1.0 and m.denied > p.strength))
    ]
    contradicted = {label for label, _ in contradictions}
    denials = [
        kp.label
        for kp, m in zip(key.key_points, kp_match, strict=True)
        if kp.label in contradicted and m.negated_lex >= model.covered_threshold
    ]
    point_units = [m.unit if p.status != "missing" else -1 for m, p in zip(kp_match, points, strict=True)]
    reversed_sequence = pk.ordered and out_of_order(point_positions(text, kp_phrases[: len(key.key_points)]))
    claims, unit_support = _support(units, unit_vecs, anchors, ref, ref_text, unit_states, wrong_units)
    return Evidence(
        features={n: f.get(n, 0.0) for n in FEATURE_NAMES},
        points=points,
        hits=hits,
        contradictions=contradictions,
        denials=denials,
        claims=claims,
        point_units=point_units,
        out_of_order=reversed_sequence,
        units=[
            UnitSupport(u.unit, u.states, u.ref_cos, u.kp_cos, u.wrong, i in stated)
            for i, u in enumerate(unit_support)
        ],
    )


def _support(
    units, unit_vecs, kp_vecs, ref, ref_text, unit_states, wrong_units
) -> tuple[list[Claim], list[UnitSupport]]:
    """The answer's claims (sentences with a few content words) and how well the key supports each; and the
    same support for every unit."""
    if not len(units):
        return [], []
    ref_vecs = np.zeros((0, unit_vecs.shape[1]), dtype=np.float32)
    if ref is not None:
        ref_units = split_units(ref_text)
        if ref_units:
            ref_vecs = ref.spans(ref_units)
    ref_cos_u = (unit_vecs @ ref_vecs.T).max(axis=1) if len(ref_vecs) else np.zeros(len(units))
    kp_cos_u = (unit_vecs @ kp_vecs.T).max(axis=1) if len(kp_vecs) else np.zeros(len(units))
    per_unit = [
        UnitSupport(
            u, float(unit_states[i]), float(ref_cos_u[i]), float(kp_cos_u[i]), i in wrong_units, stated=False
        )
        for i, u in enumerate(units)
    ]
    claims = []
    for i, u in enumerate(units):
        if u.kind != "sentence" or len(content_words(u.text)) < CLAIM_MIN_WORDS:
            continue
        inside = [j for j, v in enumerate(units) if v.start >= u.start and v.end <= u.end]
        states = float(max(unit_states[j] for j in inside))
        wrong = any(j in wrong_units for j in inside)
        claims.append(Claim(u.text, states, float(ref_cos_u[i]), float(kp_cos_u[i]), wrong))
    return claims, per_unit


def _pattern_hit(patterns: Sequence[str], uws: Sequence[UnitWords]) -> int | None:
    """Index of the first unit that CLAIMS one of the misconception's regular expressions: a match under a
    negation from outside it ("it is not true that y is the input") or inside a keyword salad is no claim."""
    for pattern in patterns:
        regex = _compiled_pattern(pattern)
        for i, uw in enumerate(uws):
            if uw.salad:
                continue
            for m in regex.finditer(uw.unit.text):
                start, end = uw.unit.start + m.start(), uw.unit.start + m.end()
                if not span_negated(uw, start, end):
                    return i
    return None


@functools.lru_cache(maxsize=256)
def _compiled_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)
