"""Training the coaching field judge (``coaching/field_judge.py``) on the labelled worksheets.

Each labelled set (a folder of ``tests/worksheets``) was written by one author in one sitting, so plans of
one set share more than plans of different sets: every figure here is measured leave one set out. For each
judged code, a logistic model (scikit-learn, imported only here) is trained on every other set and scores
the plans of the set left out. The code's threshold is the highest such score of any strong plan, plus
``MARGIN``; the "unseen-set" figures judge each set with the threshold the other sets' strong plans give, so
they tell what the judge would do on a new set. Plans whose case allows the code (a follow-on of another
slip) are left out of its training, and so are empty plans (the coach never judges one). The codes of a pool
(``Judged.pool``) share one model over all their boxes (``_train_pool``). Build-time only:
torch is not needed, the embedder is the one the site uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .coaching.field_judge import JUDGED, SENTENCE_READERS, SentenceReader, judged_texts
from .coaching.judge_weights import (
    EACH_SENTENCE_READ,
    PROBE,
    CodeModel,
    features,
    pooled_sentences,
    read_vector,
)
from .coaching.plan import as_read, plan_from_mapping
from .coaching.unanswered import read_unanswered_as_blank
from .evaluation import load_cases

MIN_PLANTED = 5  # a code planted in fewer labelled plans (or in one set only) is not judged
MARGIN = 0.75  # over the highest leave-one-set-out score of a strong plan
C = 3.0  # the logistic models' inverse regularisation (measured leave one set out: 1, 3 and 10)


def labelled_sets(root: Path) -> list[Path]:
    """Every folder of labelled worksheets under ``root`` (``tests/worksheets``)."""
    return sorted({path.parent for path in root.rglob("*.json")})


@dataclass
class Labelled:
    group: str  # the set (folder) the plan comes from
    name: str
    expected: frozenset[str]
    allowed: frozenset[str]
    texts: dict[str, str]  # what the coach reads: fields that answer nothing read as blank
    raw: dict[str, str]  # as written: a pool learns from the placeholders the rules catch too


def load_labelled(folders: list[Path]) -> list[Labelled]:
    out = []
    for folder in folders:
        for case in load_cases(folder):
            if "worksheet" not in case:
                continue
            written = plan_from_mapping(case["worksheet"])
            out.append(
                Labelled(
                    str(folder),
                    case["name"],
                    frozenset(case.get("expected", [])),
                    frozenset(case.get("allowed", [])),
                    judged_texts(as_read(read_unanswered_as_blank(written))),
                    judged_texts(as_read(written)),
                )
            )
    return out


def encode_all(embedder, plans: list[Labelled]) -> dict[str, np.ndarray]:
    texts = {t for p in plans for t in (*p.texts.values(), *p.raw.values())} | {""}
    texts |= {s for p in plans for t in p.texts.values() for s in pooled_sentences(t)}  # for pooled reads
    texts = sorted(texts)
    vectors: dict[str, np.ndarray] = {}
    for start in range(0, len(texts), 256):
        chunk = texts[start : start + 256]
        vectors.update(zip(chunk, embedder.encode(chunk), strict=True))
    return vectors


@dataclass
class CodeReport:
    code: str
    planted: int
    recalled: int  # planted flaws over the threshold, each scored by a model that never saw its set
    strong_over: list[str]  # strong plans over their set's threshold (the judge's false alarms on a new set)
    flawed_over: list[str]  # flawed plans over it whose case neither expects nor allows the code


def train(
    plans: list[Labelled], vectors: dict[str, np.ndarray], *, margin: float = MARGIN, c: float = C
) -> tuple[dict[str, CodeModel], list[CodeReport]]:
    from sklearn.linear_model import LogisticRegression

    plans = [p for p in plans if "empty_plan" not in p.expected]
    groups = np.array([p.group for p in plans])
    strong = np.array([not p.expected for p in plans])
    models: dict[str, CodeModel] = {}
    reports: list[CodeReport] = []
    for code, judged in JUDGED.items():
        if judged.pool:
            continue
        x = np.stack(
            [
                features(judged.reads, lambda n, p=p: read_vector(n, p.texts, vectors.__getitem__))
                for p in plans
            ]
        )
        planted = np.array([code in p.expected for p in plans])
        if planted.sum() < MIN_PLANTED or len(set(groups[planted])) < 2:
            continue  # too little to learn from, or no set to hold out that the others could teach about
        # a blank box of a code judged only when answered is the rules' to name: not learnt from, not scored
        scored = np.array([not judged.answered_only or bool(p.texts[judged.reads[0]].strip()) for p in plans])
        kept = (planted | ~np.array([code in p.allowed for p in plans])) & scored
        scores = np.full(len(plans), -np.inf)  # a set whose others never plant the code is never judged
        for group in sorted(set(groups)):
            held = groups == group
            if not planted[kept & ~held].any():
                continue
            fitted = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
            fitted.fit(x[kept & ~held], planted[kept & ~held])
            scores[held & scored] = fitted.decision_function(x[held & scored])
        over = np.zeros(len(plans), dtype=bool)
        for group in sorted(set(groups)):
            held = groups == group
            over[held] = scores[held] > scores[strong & ~held].max() + margin
        final = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x[kept], planted[kept])
        models[code] = CodeModel(
            judged.reads,
            final.coef_[0].astype(np.float32),
            float(final.intercept_[0]),
            float(scores[strong].max() + margin),
        )
        reports.append(
            CodeReport(
                code,
                int(planted.sum()),
                int((over & planted).sum()),
                [plans[i].name for i in np.where(over & strong)[0]],
                [plans[i].name for i in np.where(over & ~strong & kept & ~planted)[0]],
            )
        )
    for pool in sorted({j.pool for j in JUDGED.values() if j.pool}):
        pooled_models, pooled_reports = _train_pool(pool, plans, vectors, margin=margin, c=c)
        models.update(pooled_models)
        reports += pooled_reports
    for name, reader in SENTENCE_READERS.items():
        reader_model, reader_report = _train_sentence_reader(name, reader, plans, vectors, margin=margin, c=c)
        if reader_model is not None:
            models[name] = reader_model
            reports.append(reader_report)
    return models, reports


def _train_sentence_reader(
    name: str,
    reader: SentenceReader,
    plans: list[Labelled],
    vectors: dict[str, np.ndarray],
    *,
    margin: float,
    c: float,
) -> tuple[CodeModel | None, CodeReport | None]:
    """One logistic model over the sentences of ``reader.field``: a row per sentence, labelled by whether its
    plan plants ``reader.planted``, each plan weighing one whatever its number of sentences. A plan's score is
    its lowest sentence's (every sentence must read as the kind); the threshold is the highest such score of
    a strong plan from a model trained without that plan's set, plus ``margin``. Plans that allow the code
    (a follow-on of another slip) and blank boxes are left out."""
    from sklearn.linear_model import LogisticRegression

    said = {
        i: [s for s in pooled_sentences(p.texts[reader.field]) if s.strip()]
        for i, p in enumerate(plans)
        if reader.planted in p.expected or reader.planted not in p.allowed
    }
    said = {i: found for i, found in said.items() if found}
    rows = [(i, s) for i, found in said.items() for s in found]
    if not rows:
        return None, None
    x = np.stack([vectors[s] for _, s in rows])
    y = np.array([reader.planted in plans[i].expected for i, _ in rows])
    weights = np.array([1.0 / len(said[i]) for i, _ in rows])
    row_groups = np.array([plans[i].group for i, _ in rows])
    planted = [i for i in said if reader.planted in plans[i].expected]
    if len(planted) < MIN_PLANTED or len({plans[i].group for i in planted}) < 2 or y.all():
        return None, None  # too little to learn from, or no sentence of another kind to learn it against
    scores: dict[int, float] = {}
    for group in sorted(set(row_groups)):
        train_rows = row_groups != group
        if y[train_rows].all() or not y[train_rows].any():
            continue
        fitted = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
        fitted.fit(x[train_rows], y[train_rows], sample_weight=weights[train_rows])
        for i in (i for i in said if plans[i].group == group):
            scores[i] = float(fitted.decision_function(np.stack([vectors[s] for s in said[i]])).min())
    strong = {i: score for i, score in scores.items() if not plans[i].expected}
    if not strong:
        return None, None  # no strong plan answers the box: nothing to set a threshold above
    top = {
        g: max((s for i, s in strong.items() if plans[i].group == g), default=-np.inf)
        for g in set(row_groups)
    }
    # a new set meets the threshold its other sets' strong plans give
    over = {
        i
        for i, score in scores.items()
        if score > max(t for g, t in top.items() if g != plans[i].group) + margin
    }
    final = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x, y, sample_weight=weights)
    model = CodeModel(
        (f"{EACH_SENTENCE_READ}{reader.field}",),
        final.coef_[0].astype(np.float32),
        float(final.intercept_[0]),
        float(max(strong.values()) + margin),
    )
    report = CodeReport(
        name,
        len(planted),
        sum(1 for i in planted if i in over),
        [plans[i].name for i in sorted(over) if not plans[i].expected],
        [
            plans[i].name
            for i in sorted(over)
            if plans[i].expected and reader.planted not in plans[i].expected
        ],
    )
    return model, report


def _train_pool(
    pool: str, plans: list[Labelled], vectors: dict[str, np.ndarray], *, margin: float, c: float
) -> tuple[dict[str, CodeModel], list[CodeReport]]:
    """One model for the pool's codes, each reading its own field: a row per plan and code whose field holds
    words as written (a blank field is the rules' to name), labelled by whether the code is planted. It is
    judged on what the coach reads (a placeholder the rules blank is not judged), with the threshold over
    every strong plan's fields scored by models trained without that plan's set."""
    from sklearn.linear_model import LogisticRegression

    codes = [code for code, j in JUDGED.items() if j.pool == pool]
    field = {code: JUDGED[code].reads[0] for code in codes}
    rows = [
        (i, code)
        for i, p in enumerate(plans)
        for code in codes
        if p.raw[field[code]].strip() and (code in p.expected or code not in p.allowed)
    ]
    y = np.array([code in plans[i].expected for i, code in rows], dtype=bool)
    row_groups = np.array([plans[i].group for i, _ in rows])
    if y.sum() < MIN_PLANTED or len(set(row_groups[y])) < 2:
        return {}, []  # too little to learn from, or no set to hold out that the others could teach about
    x = np.stack([vectors[plans[i].raw[field[code]]] for i, code in rows])
    groups = sorted({p.group for p in plans})
    strong = np.array([not p.expected for p in plans])
    # Out-of-set scores of what the coach reads: (plan, code) -> score; blank after reading is never judged.
    oof: dict[tuple[int, str], float] = {}
    for group in groups:
        train_rows = row_groups != group
        if not y[train_rows].any():
            continue
        fitted = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(
            x[train_rows], y[train_rows]
        )
        held = [(i, code) for i, p in enumerate(plans) if p.group == group for code in codes]
        held = [(i, code) for i, code in held if plans[i].texts[field[code]].strip()]
        if held:
            scores = fitted.decision_function(
                np.stack([vectors[plans[i].texts[field[code]]] for i, code in held])
            )
            oof.update(zip(held, scores.tolist(), strict=True))
    strong_scores = {(i, code): s for (i, code), s in oof.items() if strong[i]}
    final = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x, y)
    threshold = max(strong_scores.values()) + margin
    models, reports = {}, []
    top = {
        g: max((s for (i, _), s in strong_scores.items() if plans[i].group == g), default=-np.inf)
        for g in groups
    }
    for code in codes:
        # a new set meets the threshold its other sets' strong plans give
        over = {
            i
            for (i, row_code), score in oof.items()
            if row_code == code and score > max(t for g, t in top.items() if g != plans[i].group) + margin
        }
        planted = [i for i, p in enumerate(plans) if code in p.expected]
        models[code] = CodeModel(
            (field[code],), final.coef_[0].astype(np.float32), float(final.intercept_[0]), threshold
        )
        reports.append(
            CodeReport(
                code,
                len(planted),
                sum(1 for i in planted if i in over),
                [plans[i].name for i in sorted(over) if strong[i]],
                [
                    plans[i].name
                    for i in sorted(over)
                    if not strong[i] and code not in plans[i].expected and code not in plans[i].allowed
                ],
            )
        )
    return models, reports


def probe_vector(embedder) -> np.ndarray:
    return embedder.encode([PROBE])[0]
