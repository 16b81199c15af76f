"""Dismissed key points: the answer names the right thing only to wave it away.

Three sentence structures let a wrong answer use every word of the key and still say the opposite of it:

- a false equation: two ideas of the chapter declared one ("X and Y are basically the same thing", "just two
  names for", "the same thing under two names"), so the difference the key rests on is denied;
- a demotion: the key point called minor ("... is a minor thing", "a small side issue", "that's secondary",
  "optional extras", "a nice extra but not really needed", "only a side aspect") while another sentence names
  something else the main point ("Mainly ...", "Mostly ...", "The main risk is ...");
- a list of prohibitions: the key's terms turned into things never to do or to skip ("Never A, never B",
  "Avoid A, avoid B", "Never put A, B or C in ...", "Steps to skip: A, B, C", "Don'ts: A, B, C", "Things X
  should never contain: A, B").

Such an answer asserts none of the key points it names. ``dismissal`` acts only when EVERY key point the
matcher credits is quoted inside such a dismissal: incorrect when all are equated away or forbidden (as a
denial in the key's own words is), partial when some are only called minor. A right answer that states the
key elsewhere ("It's called inference. Inference and prediction are basically the same here.", "The main
point is X; Y matters less" with X the key, "To avoid a new split each run, fix the seed") keeps its credit.
Negated equations ("X is not the same as Y", "aren't really the same") are the right answer's distinction,
never a dismissal; a single "avoid X" is no list of prohibitions, and none counts when the question itself
asks what to avoid ("In which situations is it better not to use ...?"). Pure module: regular expressions on
the cleaned answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import sentence_spans

DENIED = "denied"
DEMOTED = "demoted"

_HEDGE = (
    r"(?:basically|essentially|really|just|pretty\s+much|more\s+or\s+less|practically|effectively|simply)"
)
# "X and Y are basically the same (thing)", "X is essentially the same as Y", "both are just the same step";
# not after a negation ("are not basically the same", "aren't really the same").
_EQUATION_RE = re.compile(
    rf"\b(?:are|is|'re|'s)\s+(?!not\b)(?:all\s+|both\s+)?{_HEDGE}\s+(?:all\s+|both\s+)?the\s+same\b"
    r"|\b(?:just|only|simply)\s+two\s+(?:names|words|labels)\s+for\b"
    r"|\bthe\s+same\s+(?:thing|idea|class|step|object)\s+under\s+(?:two|different)\s+names\b",
    re.IGNORECASE,
)
# Where the clause holding an equation starts: after a ";" or ":", or a comma before a new clause.
_CLAUSE_START_RE = re.compile(
    r"[;:]|,\s+(?=(?:which|so|and|but|since|because|as|while|though)\b)", re.IGNORECASE
)
# The answer builds on the equation in its sentence: a colon or semicolon, "so", "since", "both", "either".
# A causal "as" only after a comma: "the same as Y" is the equation's own "as".
_BUILT_ON_RE = re.compile(
    r"[^.;:!?]*?(?:[:;]|,\s+as\b|,?\s+(?:so|since|because|both|hence|therefore|thus|which\s+means|either)\b)",
    re.IGNORECASE,
)
# ... or in the next sentence: "So ...", "That's why ...", "Hence ...".
_CONSEQUENCE_RE = re.compile(r"\W*(?:so|hence|therefore|thus|that's\s+why|this\s+is\s+why)\b", re.IGNORECASE)
_NEGATED_BEFORE_RE = re.compile(r"\b(?:not|n't|never|no)\s*$", re.IGNORECASE)

# The predicate of a demotion: "is minor", "are a minor thing", "'s a small side issue", "that's secondary",
# "are optional extras", "is a nice extra", "is only a side aspect", "is a small worry", "is a rare word".
_DEMOTING_RE = re.compile(
    r"\b(?:is|are|'s|'re|seems?|remains?)\s+(?:(?:only|just|merely|really|a|an|very|fairly|pretty|rather|quite"
    r"|more|of|kind|sort|small|little|tiny)\s+)*"
    r"(?:minor|secondary|optional|side\s+(?:issue|effect|aspect|feature|point|note|detail|thing|concern|matter)"
    r"|(?:worry|concern|issue|extra|detail|point)\b(?=\s+(?:by\s+comparison|at\s+most|next\s+to))"
    r"|nice\s+extra|extra\s+(?:at\s+most|nice\s+to\s+have)|rare\s+(?:\w+\s+)?(?:word|term|name|case|thing))\b"
    r"|\bnot\s+really\s+(?:needed|necessary|important|essential)\b",
    re.IGNORECASE,
)
# Something else named the main point, at the start of a sentence ("Mainly ...", "Mostly ...") or as "the
# main/real/biggest ..." anywhere in it.
_MAIN_RE = re.compile(
    r"^\W*(?:mainly|mostly|primarily|chiefly|above\s+all)\b"
    r"|\b(?:main|mainly|primary|chief|biggest|real)\s+(?:\w+\s+)?(?:risk|thing|point|role|reason|issue|problem"
    r"|job|use|purpose|concern|weakness|worry|drawback|idea|danger|benefit|advantage)\b",
    re.IGNORECASE,
)

_PROHIBITION = r"(?:never|don't|do\s+not|avoid|skip)"
# A prohibition that opens a clause ("Never A", ", never B", "avoid C").
_CLAUSE_PROHIBITION_RE = re.compile(rf"(?:^|[,;:]\s*|\band\s+|\bor\s+)\W*{_PROHIBITION}\b", re.IGNORECASE)
# A heading of don'ts before a colon: "Don'ts:", "Recommender don'ts:", "Steps to skip:", "Things to avoid
# while training:", "Things never to do if ...:", "What export must never store:", "Things a DataLoaders
# object should never contain:", "What not to do:". A purpose ("To avoid leakage:") is no heading.
_HEADING_RE = re.compile(
    r"^\W*(?:(?:\w+\s+){0,2}don'?ts"
    r"|what\s+not\s+to\s+do"
    r"|(?:things|steps|stuff|mistakes|parts)\b[^:]{0,60}?\b(?:to\s+(?:skip|avoid)|never\s+to|never\s+\w+)"
    r"|what\b[^:]{0,40}?\b(?:must|should|would)\s+never\s+\w+)\b[^:]{0,50}:",
    re.IGNORECASE,
)
# "A, B or C" / "A, B, and C": three short items or more (four words at most each) after the verb.
_LISTED_OBJECTS_RE = re.compile(
    r"\s*\w+(?:\s+\w+)?\s+(?:[\w'-]+\s+){0,3}?[\w'-]+,\s+(?:[\w'-]+\s+){0,3}?[\w'-]+,?\s+(?:or|and)\s+"
    r"(?:[\w'-]+\s+){0,3}?[\w'-]+\b",
    re.IGNORECASE,
)
_OBJECT_LIST_END_RE = re.compile(r"[;:.!?]")
_CLAUSE_END_RE = re.compile(r"[,;:.!?]|\s(?:but|instead|so|because)\s", re.IGNORECASE)


def _equation_spans(text: str, sentence: tuple[int, int], following: tuple[int, int] | None) -> list:
    """The clause that declares two ideas one and what it goes on to draw from that: from the clause's start
    (after a ";", ":" or ", which/so/and ...": "It's called inference, which is basically the same as ..."
    keeps its first clause) to the sentence's end, and the next sentence too when that one opens on "So" or
    "That's why". An equation counts only when the answer builds on it (a colon, "so", "since", "both",
    or such a next sentence): a remark in passing ("Inference and prediction are basically the same thing
    here.") asserts nothing the answer uses."""
    start, end = sentence
    for m in _EQUATION_RE.finditer(text, start, end):
        before = text[start : m.start()]
        if _NEGATED_BEFORE_RE.search(before):
            continue
        heads = [c.end() for c in _CLAUSE_START_RE.finditer(before)]
        head = start + heads[-1] if heads else start
        built_on = _BUILT_ON_RE.match(text, m.end(), end)
        if built_on and built_on.group().rstrip().endswith((":", ";")):
            # what follows a colon explains the idea in the answer's own words and is judged on its own
            # ("Domain shift and data drift are basically the same: the data in use drifts away from ...")
            return [(head, built_on.end())]
        if built_on:
            return [(head, end)]
        if following and _CONSEQUENCE_RE.match(text, *following):
            return [(head, following[1])]
    return []


_SECOND_TERM_RE = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def without_equations(text: str) -> str | None:
    """``text`` with every false equation the answer builds on blanked, or None when it holds none. "X is
    basically the same as Y: ..." keeps X, the idea it goes on to explain, and what follows the colon; "X and
    Y are basically the same, so ..." keeps nothing of the equation or of what it draws from it. The grader
    judges an answer that equates on what it says besides the equation."""
    blanked = list(text)
    found = False
    sentences = sentence_spans(text)
    for at, sentence in enumerate(sentences):
        following = sentences[at + 1] if at + 1 < len(sentences) else None
        for head, stop in _equation_spans(text, sentence, following):
            found = True
            m = _EQUATION_RE.search(text, head, stop)
            subject_end = m.start() if m else head
            # "X is the same as Y" defines X by Y: X stays; "X and Y are the same" asserts neither
            keep_until = head if _SECOND_TERM_RE.search(text, head, subject_end) else subject_end
            for i in range(keep_until, stop):
                if not blanked[i].isspace():
                    blanked[i] = " "
    return "".join(blanked) if found else None


def _demotion_spans(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    return [sentence] if _DEMOTING_RE.search(text, *sentence) else []


def _prohibition_spans(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """A heading of don'ts followed by a list of at least two items covers its whole sentence; otherwise, two
    or more clauses opening on a prohibition ("never A, never B") each cover their clause."""
    start, end = sentence
    body = text[start:end]
    heading = _HEADING_RE.match(body)
    if heading and len(re.findall(r",|\band\b|\bor\b", body[heading.end() :])) >= 1:
        return [sentence]
    clauses, over_a_list = [], False
    for m in _CLAUSE_PROHIBITION_RE.finditer(body):
        head = start + m.start()
        stop = _OBJECT_LIST_END_RE.search(text, start + m.end(), end)
        listed = _LISTED_OBJECTS_RE.match(text, start + m.end(), stop.start() if stop else end)
        if listed:
            # one prohibition over three things or more ("Never put A, B or C in ..."): a list of don'ts too
            clauses.append((head, listed.end()))
            over_a_list = True
            continue
        stop = _CLAUSE_END_RE.search(text, start + m.end(), end)
        clauses.append((head, stop.start() if stop else end))
    return clauses if len(clauses) >= 2 or over_a_list else []


# A question that itself asks what not to do ("In which situations is it better not to use ...?"): its right
# answer IS a list of don'ts, so prohibitions dismiss nothing there.
_FORBIDDING_QUESTION_RE = re.compile(
    r"\b(?:never|don't|do\s+not|avoid|skip|better\s+not|not\s+to\s+\w+|shouldn't|should\s+not)\b",
    re.IGNORECASE,
)


def asks_what_to_avoid(question: str) -> bool:
    return bool(_FORBIDDING_QUESTION_RE.search(question or ""))


def _dismissing_spans(text: str, prohibitions: bool) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of ``text`` that deny what they name (a false equation, a list of don'ts when
    ``prohibitions``), and those that demote it (a sentence calling it minor, when another sentence names a
    main point)."""
    denying: list[tuple[int, int]] = []
    demotions: list[tuple[int, int]] = []
    main_elsewhere = False
    sentences = sentence_spans(text)
    for at, sentence in enumerate(sentences):
        following = sentences[at + 1] if at + 1 < len(sentences) else None
        denying += _equation_spans(text, sentence, following)
        if prohibitions:
            denying += _prohibition_spans(text, sentence)
        demoted = _demotion_spans(text, sentence)
        demotions += demoted
        if not demoted and _MAIN_RE.search(text[sentence[0] : sentence[1]]):
            main_elsewhere = True
    return denying, demotions if main_elsewhere else []


def _all_inside(text: str, quotes: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    lowered = text.lower()
    for quote in quotes:
        at = lowered.find(quote.strip().lower())
        if at < 0 or not any(a <= at < b for a, b in spans):
            return False
    return bool(quotes)


def dismissal(text: str, covered: Sequence[str], credited: Sequence[str], question: str = "") -> str | None:
    """How the answer treats the key points the matcher credits (``covered``: the clauses quoted for covered
    points; ``credited``: for covered or unclear ones), unless the ``question`` asks what to avoid (then a
    list of don'ts is the answer):

    - ``DENIED``: every credited point is quoted only inside a false equation or a list of don'ts, so the
      answer names the key only to deny it (like a denial in the key's own words);
    - ``DEMOTED``: every covered point is quoted only inside those or a sentence calling it minor beside
      another sentence's main point, so the answer names the key without holding it;
    - None otherwise (some credited point is stated outside them)."""
    denying, demoting = _dismissing_spans(text, prohibitions=not asks_what_to_avoid(question))
    if not denying and not demoting:
        return None
    if _all_inside(text, credited, denying):
        return DENIED
    if _all_inside(text, covered, denying + demoting):
        return DEMOTED
    return None
