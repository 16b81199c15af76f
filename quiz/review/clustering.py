"""Group similar answers to one item so a teacher can grade a whole group at once (pure: numpy only).

Two answers are alike when they say the same thing in other words *and* make the same points. The text's
embedding alone (what this module used to compare) splits a class's answers into mostly single-answer groups:
on the 543 fastbook chapter 2 answers of 24 learners, 349 groups, 277 of them single, because a long answer
and a short one making the same point sit far apart. So, where the grader's evidence is known
(``AnswerSignal``), the similarity of two answers is

    0.6 x cosine of their MiniLM embeddings + 0.4 x agreement of their key-point strengths

(agreement = 1 - mean absolute difference of the strengths the grader gave each key point), and answers the
grader put at different levels are never grouped: a group is graded at one level, so it should not mix them.
Measured by ``manage.py review_groups_eval`` on those answers at the default threshold of 0.65: 155 groups
(77 single) instead of 349 (277), and in the groups with teacher labels 98.3 % of answers share their group's
majority label instead of 93.0 %.

``cluster_similarities`` is average-linkage agglomerative clustering with a stopping threshold: two groups
merge while the mean pairwise similarity between their members is at least ``threshold``. Answers whose
normalised text is identical always share a group (they are encoded once). Empty answers form their own
group.

The embedder is passed in (``studyguide.embeddings.get_embedder()`` in the app, a fake in tests): nothing
heavy is imported here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

DEFAULT_THRESHOLD = 0.65  # on the combined similarity (see the module docstring for how it was chosen)
TEXT_WEIGHT = 0.6  # the rest is the key points' agreement, when both answers have the grader's evidence
APART = -1.0  # the similarity of two answers the grader put at different levels: never merged

_SPACE_RE = re.compile(r"\s+")
_PUNCT_RE = re.compile(r"[^\w\s]")


def normalise(text: str) -> str:
    """Case-, space- and punctuation-insensitive form used to spot identical answers."""
    t = _PUNCT_RE.sub(" ", (text or "").casefold())
    return _SPACE_RE.sub(" ", t).strip()


@dataclass(frozen=True)
class AnswerSignal:
    """What the grader saw in one answer (from its stored evidence): its level, and the strength of each key
    point of the item in the key's order. Empty values: unknown (the text alone decides)."""

    level: str = ""
    strengths: tuple[float, ...] = ()

    @classmethod
    def from_evidence(cls, evidence, level: str = "") -> AnswerSignal:
        points = evidence.get("points") if isinstance(evidence, dict) else None
        strengths = tuple(float(p.get("strength") or 0.0) for p in points or [] if isinstance(p, dict))
        return cls(level=level or "", strengths=strengths)


@dataclass
class Cluster:
    members: list[int]  # indices into the input sequence
    representative: int  # the member closest to the others (medoid)
    cohesion: float  # mean similarity of members to the representative (1.0 for singletons)
    keys: list = field(default_factory=list)  # caller's ids for the members, same order as ``members``

    @property
    def size(self) -> int:
        return len(self.members)


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    v = np.asarray(vectors, dtype=np.float64)
    if v.ndim != 2:
        raise ValueError("vectors must be a 2-D array")
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return v / norms


def similarity_matrix(unit: np.ndarray, signals: Sequence[AnswerSignal] | None = None) -> np.ndarray:
    """Pairwise similarity of answers: the cosine of their (unit) embeddings, combined with the agreement of
    their key points where both have them, and ``APART`` for two different known levels."""
    sim = unit @ unit.T
    if not signals:
        return sim
    n = len(signals)
    if n != len(unit):
        raise ValueError("one signal per answer")
    widths = {len(s.strengths) for s in signals if s.strengths}
    if len(widths) == 1:  # the same key for all of them: compare the points
        width = widths.pop()
        known = np.array([bool(s.strengths) for s in signals])
        strengths = np.array([s.strengths or (0.0,) * width for s in signals], dtype=np.float64)
        agreement = 1.0 - np.abs(strengths[:, None, :] - strengths[None, :, :]).mean(axis=2)
        both = known[:, None] & known[None, :]
        sim = np.where(both, TEXT_WEIGHT * sim + (1.0 - TEXT_WEIGHT) * agreement, sim)
    levels = np.array([s.level for s in signals], dtype=object)
    differ = (levels[:, None] != levels[None, :]) & (levels[:, None] != "") & (levels[None, :] != "")
    return np.where(differ, APART, sim)


def cluster_similarities(sim: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Average-linkage agglomerative clustering of items with pairwise similarities ``sim``.

    Returns groups of indices, largest first (ties: earliest first); members in input order.
    """
    n = len(sim)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    # Sum of pairwise similarities between groups; average = sum / (|a| * |b|).
    link = np.array(sim, dtype=np.float64)
    np.fill_diagonal(link, -np.inf)
    active = np.ones(n, dtype=bool)
    sizes = np.ones(n, dtype=np.float64)
    while True:
        avg = link / np.outer(sizes, sizes)
        avg[~active, :] = -np.inf
        avg[:, ~active] = -np.inf
        np.fill_diagonal(avg, -np.inf)
        flat = int(np.argmax(avg))
        a, b = divmod(flat, n)
        if not np.isfinite(avg[a, b]) or avg[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        groups[a].extend(groups.pop(b))
        link[a, :] += link[b, :]
        link[:, a] += link[:, b]
        link[a, a] = -np.inf
        sizes[a] += sizes[b]
        active[b] = False
    out = [sorted(g) for g in groups.values()]
    out.sort(key=lambda g: (-len(g), g[0]))
    return out


def cluster_vectors(vectors: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """``cluster_similarities`` on the cosine similarity of the rows of ``vectors``."""
    if len(vectors) == 0:
        return []
    unit = _unit_rows(vectors)
    return cluster_similarities(unit @ unit.T, threshold)


def _medoid(sim: np.ndarray, members: Sequence[int]) -> tuple[int, float]:
    if len(members) == 1:
        return members[0], 1.0
    sub = sim[np.ix_(list(members), list(members))]
    mean = (sub.sum(axis=1) - np.diag(sub)) / (len(members) - 1)
    best = int(np.argmax(mean))
    return members[best], float(mean[best])


def cluster_texts(
    texts: Sequence[str],
    embedder,
    threshold: float = DEFAULT_THRESHOLD,
    keys: Sequence | None = None,
    signals: Sequence[AnswerSignal] | None = None,
) -> list[Cluster]:
    """Cluster answer texts with ``embedder.encode`` (L2-normalised rows) and, when given, the grader's
    ``signals`` (one per text). ``keys`` (e.g. answer ids) are carried into each ``Cluster.keys``. Identical
    answers (after ``normalise``) are encoded once and always grouped."""
    texts = list(texts)
    keys = list(keys) if keys is not None else list(range(len(texts)))
    if len(keys) != len(texts) or (signals is not None and len(signals) != len(texts)):
        raise ValueError("keys, signals and texts differ in length")
    if not texts:
        return []
    norm = [normalise(t) for t in texts]
    empty = [i for i, t in enumerate(norm) if not t]
    uniq: dict[str, list[int]] = {}
    for i, t in enumerate(norm):
        if t:
            uniq.setdefault(t, []).append(i)
    uniq_texts = list(uniq)
    clusters: list[Cluster] = []
    if uniq_texts:
        firsts = [idxs[0] for idxs in uniq.values()]
        unit = _unit_rows(np.asarray(embedder.encode([texts[i] for i in firsts]), dtype=np.float64))
        sim = similarity_matrix(unit, [signals[i] for i in firsts] if signals is not None else None)
        for group in cluster_similarities(sim, threshold):
            # the medoid is chosen among the unique texts, then every original answer is expanded into the
            # group
            rep_u, cohesion = _medoid(sim, group)
            members = sorted(i for g in group for i in uniq[uniq_texts[g]])
            clusters.append(
                Cluster(members=members, representative=uniq[uniq_texts[rep_u]][0], cohesion=cohesion)
            )
    if empty:
        clusters.append(Cluster(members=empty, representative=empty[0], cohesion=1.0))
    clusters.sort(key=lambda c: (-c.size, c.members[0]))
    for c in clusters:
        c.keys = [keys[i] for i in c.members]
    return clusters


__all__ = [
    "DEFAULT_THRESHOLD",
    "AnswerSignal",
    "Cluster",
    "cluster_similarities",
    "cluster_texts",
    "cluster_vectors",
    "normalise",
    "similarity_matrix",
]
