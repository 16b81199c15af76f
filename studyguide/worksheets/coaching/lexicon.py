"""Word lists and text helpers the coaching rules match with (rules-only mode; the embedding model in
``semantic.py`` generalises beyond them). Pure: no Django, no torch."""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
STOPWORDS = frozenset(
    """a an the and or of to in on for with by from at as is are be been being it its this that these
    those we our us you your i my me they them their he she his her who whom which what when where
    how why will would can could should may might must do does did done not no yes than then so if
    each every per into over under about more most less least very much many some any all one two
    also just only there here has have had get gets got using use used based make makes made""".split()
)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def stem(word: str) -> str:
    """A crude stemmer, enough to match 'drones'/'drone' and 'pricing'/'price'."""
    for suffix in ("ings", "ing", "ies", "ied", "ed", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


# Words too generic to link a model to a lever ("each day" in both does not make them about the same thing).
GENERIC = frozenset(
    """day days week weeks month months year years time times daily weekly monthly hour hours first next last
    new model models predict predicts data number amount""".split()
)


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w not in STOPWORDS and w not in GENERIC and len(w) > 2}


def has_any(text: str, patterns: Sequence[str]) -> bool:
    """True if any pattern (a regex fragment matched at a word start) occurs in the lower-cased text."""
    low = text.lower()
    return any(re.search(r"(?<![a-z0-9])" + p, low) for p in patterns)


def short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


METRIC_WORDS = (
    r"\d",
    "%",
    "percent",
    "rate",
    "revenue",
    "profit",
    "return on",
    "roi",
    "count",
    "number of",
    "per ",
    "measured",
    "measure",
    "average",
    "mean ",
    "median",
    "share of",
    "proportion",
    "minutes",
    "hours",
    "days",
    "dollars",
    "euros",
    "pounds",
    "cost",
    "margin",
    "score",
    "click",
)
PREDICTION_WORDS = (r"predict", r"classif", r"forecast", r"build (a|an) (model|classifier|system)", r"accura")
OUTCOME_WORDS = (
    "increase",
    "reduce",
    "raise",
    "lower",
    "maximi[sz]",
    "minimi[sz]",
    "more ",
    "fewer",
    "less ",
    "improve",
    "grow",
    "save",
    "profit",
    "revenue",
    "earn",
    "make money",
    "keep",
    "protect",
    "prevent",
    "avoid",
    "safe",
    "cut",
    "win money",
)
UNCONTROLLABLE_WORDS = (
    r"weather",
    r"climate",
    r"the market",
    r"markets?\b",
    r"stock (price|market)",
    r"competitor",
    r"rival",
    r"economy",
    r"economic",
    r"inflation",
    r"interest rate",
    r"exchange rate",
    r"season\b",
    r"seasonal",
    r"teams?\b",
    r"management\b",
    r"roster",
    r"players?\b",
    r"opponent",
    r"referee",
    r"injur",
    r"government",
    r"regulation",
    r"the law",
    r"traffic",
    r"luck",
    r"trends?\b",
    r"public opinion",
    r"holidays?\b",
    r"customers?'? (age|income|mood|taste)",
    r"demand\b",
    r"who wins",
    r"the outcome",
    r"the result",
    r"other people",
    r"animal behaviou?r",
    r"bears?\b",
)
DECISION_CUES = (
    r"our\b",
    r"\bwe\b",
    r"my\b",
    r"how much",
    r"how many",
    r"which\b",
    r"when to",
    r"whether to",
    r"where to",
    r"what to",
    r"choose",
    r"choice of",
    r"set\b",
    r"setting",
    r"send",
    r"show",
    r"offer",
    r"place",
    r"bet size",
    r"stake",
    r"allocat",
    r"schedul",
    r"order of",
    r"ranking",
    r"price we",
    r"the price",
    r"discount",
    r"hire",
    r"assign",
    r"trigger",
    r"alert",
    r"threshold",
)
EXPERIMENT_WORDS = (
    r"experiment",
    r"randomi[sz]",
    r"random(ly)?\b",
    r"alternat",
    r"(try|trial|test)(ing)? (two|three|several|different|new|cheaper|lower|higher)",
    r"a/b",
    r"ab test",
    r"split test",
    r"control group",
    r"test group",
    r"hold-?out",
    r"trial",
    r"vary",
    r"varied",
    r"varying",
)
MODEL_PREDICTIVE = (
    r"classif",
    r"predict",
    r"forecast",
    r"win/loss",
    r"win or lose",
    r"probabilit",
    r"regression",
    r"neural net",
    r"model of",
)
DECISION_WORDS = (
    r"decid",
    r"decision",
    r"choose",
    r"which\b",
    r"how much",
    r"how many",
    r"bet size",
    r"stake",
    r"action",
    r"what if",
    r"if we",
    r"lever",
    r"optimi[sz]",
    r"with and without",
    r"for each (possible|candidate|option)",
    r"under each",
    r"set the",
)
HUMAN_WORDS = (
    r"human",
    r"manual",
    r"person",
    r"people\b",
    r"staff",
    r"expert",
    r"review",
    r"oversight",
    r"supervis",
    r"check",
    r"approv",
    r"sign[- ]off",
    r"alongside",
    r"in parallel",
    r"shadow",
    r"ranger",
    r"operator",
    r"analyst",
    r"underwriter",
    r"in the loop",
    r"veto",
    r"override",
    r"confirm",
    r"suggest",
    r"advis",
    r"decides?\b",
    r"still (choose|decide)",
    r"manager",
    r"(radiologist|clinician|doctor|nurse|receptionist|editor|coordinator|inspector|agronomist|teacher)s?\b",
    r"moderator",
    r"by hand",
)
GRADUAL_WORDS = (
    r"limited",
    r"small",
    r"pilot",
    r"one "
    "(region|site|store|city|area|team|camera|park|country|state|market|branch|clinic|school|field|shop)",
    r"(in|on|at|for|with|to) (one|two|three|a single|a few) \w+",
    r"(are|is|get|will be) added",
    r"others? (follow|later)",
    r"subset",
    r"a few",
    r"gradual",
    r"expand",
    r"expansion",
    r"scale (up|out)",
    r"step by step",
    r"phase",
    r"stage",
    r"\d+ ?%",
    r"percent",
    r"share of",
    r"roll (it )?out to (more|all)",
    r"wider",
    r"then (to )?(the )?(whole|rest|all|every|other|more)",
)
MONITOR_WORDS = (
    r"monitor",
    r"track",
    r"dashboard",
    r"alert",
    r"watch",
    r"logs?\b",
    r"logging",
    r"audit",
    r"compare",
    r"weekly",
    r"daily",
)
SENSOR_WORDS = (
    r"image",
    r"camera",
    r"photo",
    r"picture",
    r"video",
    r"sensor",
    r"microphone",
    r"audio",
    r"x-?ray",
    r"scan\b",
    r"scans\b",
    r"lidar",
    r"satellite",
    r"radar",
    r"thermal",
    r"webcam",
)
OOD_WORDS = (
    r"out[- ]of[- ]domain",
    r"out[- ]of[- ]distribution",
    r"distribution",
    r"domain shift",
    r"shift",
    r"drift",
    r"different from (the )?training",
    r"unlike (the )?training",
    r"not in (the )?training",
    r"never seen",
    r"unseen",
    r"new (kind|type)s? of",
    r"night",
    r"dark",
    r"rain",
    r"snow",
    r"fog",
    r"light(ing)?\b",
    r"blur",
    r"angle",
    r"different (camera|sensor|device|lens|place|season)",
    r"new (camera|sensor|device|location|site)",
    r"conditions",
    r"over time",
)
FEEDBACK_WORDS = (
    r"feedback",
    r"loop",
    r"reinforc",
    r"self[- ]fulfil",
    r"amplif",
    r"went really",
    r"goes really well",
    r"if it works",
    r"success",
    r"echo chamber",
    r"behaviou?r changes?",
    r"change (their|the) behaviou?r",
    r"adapt to",
    r"game the",
)
LEVER_WORD = (r"lever",)


def same_item(a: str, b: str) -> bool:
    """Whether two list rows name the same thing (most of their content words shared)."""
    sa, sb = content_stems(a), content_stems(b)
    if not sa or not sb:
        return a.strip().lower() == b.strip().lower()
    return len(sa & sb) / len(sa | sb) >= 0.6


def lexicon_uncontrollable(lever: str) -> bool:
    """Rules-only guess: the lever names a thing from the uncontrollable list and reads like no decision."""
    return has_any(lever, UNCONTROLLABLE_WORDS) and not has_any(lever, DECISION_CUES)


def mentions_lever_words(text: str, levers: Sequence[str]) -> bool:
    """Whether the text shares a content word with any of the levers."""
    stems = content_stems(text)
    return any(content_stems(lever) & stems for lever in levers)
