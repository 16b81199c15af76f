"""Group similar answers to one item so a teacher can grade a whole group at once (pure: numpy only).

``cluster_vectors`` is average-linkage agglomerative clustering on cosine similarity with a stopping
threshold: two groups merge while the mean pairwise cosine between their members is at least ``threshold``.
Answers whose normalised text is identical always share a group (they are encoded once). Empty answers form
their own group.

The embedder is passed in (``studyguide.embeddings.get_embedder()`` in the app, a fake in tests):
nothing heavy is imported here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

DEFAULT_THRESHOLD = 0.75  # MiniLM: paraphrases of one answer score ~0.8-0.97, different answers <= ~0.73

_SPACE_RE = re.compile(r"\s+")
_PUNCT_RE = re.compile(r"[^\w\s]")


def normalise(text: str) -> str:
    """Case-, space- and punctuation-insensitive form used to spot identical answers."""
    t = _PUNCT_RE.sub(" ", (text or "").casefold())
    return _SPACE_RE.sub(" ", t).strip()


@dataclass
class Cluster:
    members: list[int]  # indices into the input sequence
    representative: int  # the member closest to the others (medoid)
    cohesion: float  # mean cosine of members to the representative (1.0 for singletons)
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


def cluster_vectors(vectors: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Average-linkage agglomerative clustering of the rows of ``vectors`` by cosine similarity.

    Returns groups of row indices, largest first (ties: earliest first); members in input order.
    """
    n = len(vectors)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    unit = _unit_rows(vectors)
    sim = unit @ unit.T
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    # Sum of pairwise similarities between groups; average = sum / (|a| * |b|).
    link = sim.copy()
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


def _medoid(unit: np.ndarray, members: Sequence[int]) -> tuple[int, float]:
    if len(members) == 1:
        return members[0], 1.0
    sub = unit[list(members)]
    sim = sub @ sub.T
    mean = (sim.sum(axis=1) - 1.0) / (len(members) - 1)
    best = int(np.argmax(mean))
    return members[best], float(mean[best])


def cluster_texts(
    texts: Sequence[str], embedder, threshold: float = DEFAULT_THRESHOLD, keys: Sequence | None = None
) -> list[Cluster]:
    """Cluster answer texts with ``embedder.encode`` (L2-normalised rows). ``keys`` (e.g. answer ids) are
    carried into each ``Cluster.keys``. Identical answers (after ``normalise``) are encoded once and always
    grouped."""
    texts = list(texts)
    keys = list(keys) if keys is not None else list(range(len(texts)))
    if len(keys) != len(texts):
        raise ValueError("keys and texts differ in length")
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
        reps = [texts[idxs[0]] for idxs in uniq.values()]
        vecs = np.asarray(embedder.encode(reps), dtype=np.float64) if len(reps) else np.zeros((0, 1))
        unit = _unit_rows(vecs)
        for group in cluster_vectors(unit, threshold):
            # the medoid is chosen among the unique texts, then every original answer is expanded into the
            # group
            rep_u, cohesion = _medoid(unit, group)
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


__all__ = ["DEFAULT_THRESHOLD", "Cluster", "cluster_texts", "cluster_vectors", "normalise"]
