"""Words a learner swaps freely in this course, matched as one token in key-point phrasings (pure).

A phrasing is literal: "actual vs predicted" does not meet "actual classes against predicted classes", nor
"by hand" meet "manual". Each class below maps its members' Snowball stems to one canonical token, on the
phrasing's side and on the answer's side alike, so a phrasing written with one member matches an answer
written with another. Only the token changes: negation scopes, salads and polarity are read from the words as
before, so "not by hand" still denies "manual" and a pile of class members is still a salad.

Kept few and reviewed against every phrasing that holds a member (``tests/quiz/test_grading_equivalents.py``):
a class may join only words that keep a phrasing's claim when swapped. Left out on purpose: "correct" alone
("correct on the diagonal" is not "actual on the diagonal"), "variation" (the reason augmentation helps, "more
variation", is not "more copies"), "slowly" (a model that answers "too slowly" is not rolled out gradually),
"hand" alone ("on the other hand"), "scale" alone ("min_scale", "at scale"), "objective" (its stem is
"object"), the object pronouns "us" / "them" ("without changing what they show" is no "modifying them").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .lexical import stem

# canonical token -> the words (any inflection: they are stemmed) that mean it here
CLASSES: dict[str, tuple[str, ...]] = {
    "vs": ("vs", "versus", "against", "compared", "compare", "compares", "comparing"),
    "actual": ("actual", "actually", "true", "real", "truth"),  # + "correct label", "ground truth"
    "imag": (
        "image",
        "images",
        "picture",
        "pictures",
        "photo",
        "photos",
        "photograph",
        "photographs",
        "pic",
        "pics",
    ),
    "human": ("human", "humans", "person", "persons", "people", "someone", "somebody"),
    "manual": ("manual", "manually"),  # + "by hand"
    "widen": ("widen", "widening", "expand", "expanding", "expansion", "broaden", "broadening", "grow"),
    "copi": ("copy", "copies", "version", "versions", "variant", "variants"),
    "modifi": ("modify", "modified", "modifying", "alter", "altered", "altering", "change", "changed"),
    "separ": ("separate", "separately", "individual", "individually"),
    # one by one: "each picture on its own" is "every image on its own"
    "each": ("each", "every"),
    "goal": ("goal", "goals", "aim", "aims"),
    "data": ("data", "information", "info"),
    "wrong": ("wrong", "incorrect", "incorrectly"),
    "train": ("train", "trained", "training", "taught"),
    # the person who acts, in whatever voice: "actions we can take" is "actions you can take" to a learner
    "pron": ("we", "you", "they"),  # as the subject only: "modifying them" is about the inputs
    "poss": ("our", "your", "their"),
    # short forms learners write in notes: "recs" are recommendations, "req" a request, "wifi" the internet
    "recommend": ("recommend", "recommendation", "recommendations", "rec", "recs"),
    "request": ("request", "requests", "req", "reqs"),
    "internet": ("internet", "wifi"),
}
CANONICAL: dict[str, str] = {stem(w): canon for canon, members in CLASSES.items() for w in members}
# Two-word expressions: (word, the word before it or after it) -> canonical token of the first word; the
# other word keeps its own token, or none when it is a phrasing stopword ("by").
AFTER: dict[tuple[str, str], str] = {
    ("hand", "by"): "manual",
    ("up", "scale"): "widen",
    # one by one: "each image by itself" and "every item on its own" are "each image separately"
    ("itself", "by"): "separ",
    ("own", "its"): "separ",
}
BEFORE: dict[tuple[str, str], str] = {
    **{("correct", w): "actual" for w in ("label", "labels", "class", "classes", "category", "categories")},
    ("scale", "up"): "widen",
}
# a token these expressions make redundant: "scale up" is one "widen", not two
DROP_AFTER: dict[tuple[str, str], bool] = {("up", "scale"): True}


def canonical(token: str) -> str:
    """The class token of one stem (itself when it is in no class)."""
    return CANONICAL.get(token, token)


def canonical_set(stems: Collection[str]) -> frozenset[str]:
    return frozenset(canonical(s) for s in stems)


def canonical_tokens(words: Sequence[str], tokens: Sequence[str | None]) -> list[str | None]:
    """``tokens`` (one per word, None for a dropped word) with each class member replaced by its class token.

    ``words`` are the raw words the tokens came from, in order; the two-word expressions are read from them.
    """
    lowered = [w.lower() for w in words]
    out: list[str | None] = []
    for i, tok in enumerate(tokens):
        prev = lowered[i - 1] if i else ""
        nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
        w = lowered[i]
        if (w, prev) in DROP_AFTER:
            out.append(None)
        elif (w, prev) in AFTER:
            out.append(AFTER[(w, prev)])
        elif (w, nxt) in BEFORE:
            out.append(BEFORE[(w, nxt)])
        elif tok is None:
            out.append(None)
        else:
            out.append(canonical(tok))
    return out
