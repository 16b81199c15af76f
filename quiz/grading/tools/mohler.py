"""The Mohler et al. (2011) short-answer data set: reader, gold levels and pseudo key points.

Mohler has no key points: the reference answer's sentences/clauses become pseudo key points (phrasings = their
content words), so the same ``quiz.grading.grade`` code path runs as for the chapter-2 items.

Gold levels (fixed before looking at any result): the gold score is the mean of two graders on 0..5;
``incorrect`` < 2.5 <= ``partial`` < 4.25 <= ``correct``. 4.25 needs e.g. 4 + 4.5 or 3.5 + 5; 2.5 is the scale
midpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quiz.grading import ItemKey, KeyPoint, clean_answer, content_words, split_units

GOLD_PARTIAL = 2.5
GOLD_CORRECT = 4.25
MAX_SCORE = 5.0


class MohlerFormatError(ValueError):
    """The folder is not a Mohler-format data set."""


@dataclass(frozen=True)
class MohlerAnswer:
    qid: str
    text: str
    gold: float  # 0..5


@dataclass(frozen=True)
class MohlerData:
    root: Path
    questions: dict[str, str]
    references: dict[str, str]
    answers: list[MohlerAnswer]

    @property
    def qids(self) -> list[str]:
        return list(dict.fromkeys(a.qid for a in self.answers))


# --------------------------------------------------------------------------------------------------------
# Reader
# ----------------------------------------------------------------------------------------------------------


def _read_lines(path: Path) -> list[str]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _id_text(line: str) -> tuple[str, str]:
    parts = line.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0], (parts[1] if len(parts) > 1 else "")


def find_mohler_root(path: Path | str) -> Path:
    """The folder holding ``raw/`` and ``scores/`` (accepts the data set root or its ``data/`` folder)."""
    p = Path(path)
    if not p.is_dir():
        raise MohlerFormatError(f"{p}: not a directory")
    for cand in (p, p / "data"):
        if (
            (cand / "raw" / "questions").is_file()
            and (cand / "raw" / "answers").is_file()
            and (cand / "scores").is_dir()
        ):
            return cand
    raise MohlerFormatError(
        f"{p}: not a Mohler-format folder (expected raw/questions, raw/answers, raw/<qid> and "
        "scores/<qid>/ave, either directly or under data/)"
    )


def read_mohler(path: Path | str) -> MohlerData:
    """Read questions, reference answers, student answers and gold scores; questions commented out with '#' in
    ``docs/files`` are skipped (81 questions / 2273 answers for the full data set)."""
    root = find_mohler_root(path)
    questions = dict(_id_text(line) for line in _read_lines(root / "raw" / "questions") if line.strip())
    references = dict(_id_text(line) for line in _read_lines(root / "raw" / "answers") if line.strip())
    files = root / "docs" / "files"
    if files.is_file():
        qids = [ln.strip() for ln in _read_lines(files) if ln.strip() and not ln.strip().startswith("#")]
    else:
        qids = list(questions)
    answers: list[MohlerAnswer] = []
    for qid in qids:
        raw_path, gold_path = root / "raw" / qid, root / "scores" / qid / "ave"
        if qid not in questions or qid not in references or not raw_path.is_file() or not gold_path.is_file():
            raise MohlerFormatError(
                f"{root}: question {qid} lacks its question, reference, raw or scores file"
            )
        texts = _read_lines(raw_path)
        golds = [ln.strip() for ln in _read_lines(gold_path)]
        if len(texts) != len(golds):
            raise MohlerFormatError(f"{raw_path}: {len(texts)} answers but {len(golds)} gold scores")
        for line, g in zip(texts, golds, strict=True):
            aid, text = _id_text(line)
            if aid != qid:
                text = line.strip()  # tolerate lines without the id prefix
            try:
                gold = float(g)
            except ValueError as exc:
                raise MohlerFormatError(f"{gold_path}: bad score {g!r}") from exc
            answers.append(MohlerAnswer(qid, text, gold))
    if not answers:
        raise MohlerFormatError(f"{root}: no answers found")
    return MohlerData(root, questions, references, answers)


def mohler_item_key(qid: str, question: str, reference: str) -> ItemKey:
    """Reference sentences/clauses as pseudo key points (phrasing = their content words)."""
    ref = clean_answer(reference)
    units = split_units(ref)
    clauses = [u for u in units if u.kind == "clause"]
    sentences = [u for u in units if u.kind == "sentence"]
    # finest pieces: the clauses of long sentences, else the sentences themselves
    chosen = []
    for s in sentences:
        inner = [c for c in clauses if c.start >= s.start and c.end <= s.end]
        chosen.extend(inner or [s])
    kps = tuple(
        KeyPoint(label=u.text, detail=u.text, phrasings=(" ".join(content_words(u.text)),))
        for u in chosen
        if content_words(u.text)
    )
    return ItemKey(item_id=f"mohler-{qid}", question=question, reference_answer=reference, key_points=kps)


def gold_level(gold: float) -> int:
    return 2 if gold >= GOLD_CORRECT else (1 if gold >= GOLD_PARTIAL else 0)
