"""Features of one answer against its key: key-point and misconception evidence, answer-level similarities."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence

import numpy as np

from studyguide.embeddings import Embedder

from .embedding import TextView, encode_key_texts, key_text
from .lexical import (
    content_stems,
    content_words,
    overlap,
    phrase_match,
    phrase_stem_lists,
    phrase_stems,
)
from .model import GraderModel
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


def cos_map(c: float, model: GraderModel) -> float:
    return min(1.0, max(0.0, (c - model.cos_lo) / max(model.cos_hi - model.cos_lo, 1e-6)))


def _match(
    texts: Sequence[str],
    stem_lists: Sequence[list[list[str]]],
    key_vecs: np.ndarray,
    units: Sequence[Unit],
    unit_vecs: np.ndarray,
    unit_seqs: Sequence[tuple[list[str], set[str]]],
    model: GraderModel,
    strict: bool = False,
) -> list[tuple[float, float, float, int]]:
    """Per key text: (strength, best raw cosine, best lexical score, best unit index or -1).

    Lexical score of a unit: best phrasing recall; a full but scattered match counts 0.75 (key points); with
    ``strict`` (misconceptions) anything but a full, ordered, tight match counts half, and the embedding side
    counts only at a near-paraphrase cosine (>= ``model.misconception_cos``).
    """
    out = []
    if not units:
        return [(0.0, 0.0, 0.0, -1) for _ in texts]
    cos = unit_vecs @ key_vecs.T if len(key_vecs) else np.zeros((len(units), 0))
    scatter = 0.5 if strict else 0.75
    for k in range(len(texts)):
        best = (-1.0, -1.0, 0.0, -1)
        best_cos = float(cos[:, k].max()) if cos.size else 0.0
        best_lex = 0.0
        for i in range(len(units)):
            c = float(cos[i, k]) if cos.size else 0.0
            lex = 0.0
            for sl in stem_lists[k]:
                r, compact = phrase_match(sl, *unit_seqs[i], strict=strict)
                if strict:  # misconceptions: only a full, ordered, tight match counts in full
                    lex = max(lex, r if (r >= 1.0 and compact) else scatter * r)
                else:
                    lex = max(lex, r if (r < 1.0 or compact) else scatter * r)
            best_lex = max(best_lex, lex)
            emb = cos_map(c, model)
            if strict and c < model.misconception_cos:
                emb = 0.0
            strength = max(emb, lex)
            # ties: the higher cosine, then the shorter unit (a clause over its sentence) for a tighter quote
            rank = (round(strength, 9), round(c, 9), -len(units[i].text))
            if best[3] < 0 or rank > (round(best[0], 9), round(best[1], 9), -len(units[best[3]].text)):
                best = (strength, c, lex, i)
        out.append((max(best[0], 0.0), best_cos, best_lex, best[3]))
    return out


def compute_features(
    answer: str, key: ItemKey, embedder: Embedder, model: GraderModel
) -> tuple[dict[str, float], list[PointEvidence], list[MisconceptionHit]] | None:
    """Features and evidence for one answer; ``None`` when the answer has no words at all."""
    text = clean_answer(answer)
    if not WORD_RE.search(text):
        return None
    units = split_units(text)
    q_stems = frozenset(content_stems(key.question))
    ref_text = clean_answer(key.reference_answer)

    ans = TextView(text, embedder, q_stems, cache=False)
    ref = TextView(ref_text, embedder, q_stems, cache=True) if ref_text else None
    unit_vecs = ans.spans(units)
    unit_seqs = []
    for u in units:
        seq = phrase_stems(u.text)
        unit_seqs.append((seq, set(seq)))

    # key points and misconceptions
    kp_texts = [key_text(kp.label, kp.detail) for kp in key.key_points]
    mc_texts = [key_text(mc.label, mc.feedback if not mc.phrasings else "") for mc in key.misconceptions]
    key_vecs = encode_key_texts(embedder, kp_texts + mc_texts)
    kp_vecs, mc_vecs = key_vecs[: len(kp_texts)], key_vecs[len(kp_texts) :]
    kp_stems = [phrase_stem_lists(kp.label, kp.detail, kp.phrasings) for kp in key.key_points]
    mc_stems = [phrase_stem_lists(mc.label, "", mc.phrasings) for mc in key.misconceptions]
    mc_match = _match(mc_texts, mc_stems, mc_vecs, units, unit_vecs, unit_seqs, model, strict=True)
    hits = []
    wrong_units: set[int] = set()
    for mc, (strength, _c, _lex, idx) in zip(key.misconceptions, mc_match, strict=True):
        pattern_idx = _pattern_hit(mc.patterns, units)
        if pattern_idx is not None:
            hits.append(MisconceptionHit(mc.label, mc.feedback, 1.0, units[pattern_idx].text))
            wrong_units.add(pattern_idx)
        elif idx >= 0 and strength >= model.misconception_threshold:
            hits.append(MisconceptionHit(mc.label, mc.feedback, round(strength, 4), units[idx].text))
            wrong_units.add(idx)
    # A clause that states a known wrong idea is not evidence for a key point, even when it shares the topic
    # ("squish is a kind of augmentation" is about squish, but does not say that squish distorts).
    keep = [i for i in range(len(units)) if i not in wrong_units]
    kp_match = _match(
        kp_texts,
        kp_stems,
        kp_vecs,
        [units[i] for i in keep],
        unit_vecs[keep] if len(units) else unit_vecs,
        [unit_seqs[i] for i in keep],
        model,
    )
    kp_match = [(st, c, lex, keep[idx] if idx >= 0 else -1) for st, c, lex, idx in kp_match]

    points = []
    for kp, (strength, _c, _lex, idx) in zip(key.key_points, kp_match, strict=True):
        if strength >= model.covered_threshold:
            status = "covered"
        elif strength >= model.unclear_threshold:
            status = "unclear"
        else:
            status = "missing"
        quote = units[idx].text if idx >= 0 and status != "missing" else None
        points.append(PointEvidence(kp.label, kp.detail, status, round(strength, 4), quote))

    f: dict[str, float] = {}
    ans_sent = ans.sentence()
    f["cos_full"] = float(ans_sent @ ref.sentence()) if ref else 0.0
    a_qd = ans.without_question_words()
    r_qd = ref.without_question_words() if ref else None
    f["cos_qd"] = float(a_qd @ r_qd) if a_qd is not None and r_qd is not None else 0.0
    q_text = clean_answer(key.question)
    q_vec = encode_key_texts(embedder, [q_text])[0] if q_text else None
    f["cos_q"] = float(ans_sent @ q_vec) if q_vec is not None else 0.0
    f["ref_cos_q"] = float(ref.sentence() @ q_vec) if (q_vec is not None and ref) else 0.0
    if kp_match:
        f["kp_mean"] = float(np.mean([m[0] for m in kp_match]))
        f["kp_cov"] = float(np.mean([m[0] >= model.covered_threshold for m in kp_match]))
        f["kp_cos"] = float(np.mean([m[1] for m in kp_match]))
        f["kp_lex"] = float(np.mean([m[2] for m in kp_match]))
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
    f["kp_min"] = float(min((m[0] for m in kp_match), default=0.0))
    a_stems = content_stems(text, q_stems)
    r_stems = content_stems(ref_text, q_stems)
    f["lex_p"], f["lex_r"], f["lex_f"] = overlap(a_stems, r_stems)
    n_ans = len(content_words(text))
    f["len_log"] = math.log1p(n_ans)
    f["len_ratio"] = math.log((1 + n_ans) / (1 + len(content_words(ref_text))))
    f["misc_max"] = float(max((m[0] for m in mc_match), default=0.0))
    return {n: f.get(n, 0.0) for n in FEATURE_NAMES}, points, hits


def _pattern_hit(patterns: Sequence[str], units) -> int | None:
    """Index of the first clause that matches one of the misconception's regular expressions, if any."""
    for pattern in patterns:
        regex = _compiled_pattern(pattern)
        for i, unit in enumerate(units):
            if regex.search(unit.text):
                return i
    return None


@functools.lru_cache(maxsize=256)
def _compiled_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)
