"""Negation scope: which words of a text a negation covers (pure, rule-based, English).

A key point is covered only by a clause that states it, and a misconception is hit only by a clause that
claims it, so the grader needs to know what each negation covers:

- a cue word ("not", "no", "never", "cannot", "n't" forms, "without", "nor", "hardly", ...; two-word "is far
  from" and "the opposite of" too) covers the words after it up
  to the end of its clause: punctuation, or a word that starts another clause ("but", "because", "which",
  "while", "rather", "instead", ...; "and"/"or" only when a new clause follows, see below);
- "rather than X", "instead of X", "as opposed to X", "people wrongly think X" cover X ("X, not Y" is the
  plain cue covering Y), and so does "Some say X" when the answer rejects X right after (``foils``), and a
  claim the answer declares outdated ("X used to be so, but now ...", ``outdated``);
- "it is not true that ...", "it is false that ...", "it is not the case that ..." (and similar) cover the
  rest of the SENTENCE, commas included: an outer negation of everything that follows ("contrary to what
  people say, X" is none: it asserts X against what others say);
- over "or" a cue's scope runs on unless a new subject follows ("never suggests X or would buy Y" denies
  both), over "and" unless a new clause or verb phrase does ("is not correct and can mislead");
- "not only X but also Y" is not a negation of X: the cue covers the word "only" alone.
- "can't avoid X" ("escape", "dodge", ...) affirms X: the cue covers the verb of getting away alone.

``negation_map(text)`` returns, for every word, how many scopes cover it (``depth``), whether it is a cue
itself, and which scopes (ids) cover it; the matcher compares the parity of the scopes over a match with the
parity of the negations inside a phrasing ("not trained on" states a negative idea).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .foils import rejected_views
from .outdated import outdated_views
from .runons import CONTRAST_REACH, PLAIN_REACH, run_on_reach
from .text import SENTENCE_END_RE, WORD_RE

NEG_TOKEN = "NEG"  # noqa: S105 (not a password) every cue stems to this, so "can't" in an answer matches "not" in a phrasing

_NT_WORDS = (
    "isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't hasn't haven't "
    "hadn't mustn't needn't ain't mightn't shan't"
).split()
# learners drop the apostrophe ("dont", "cant"); "wont" and "cant" are rare as real words in answers
_NT_BARE = (
    "isnt arent wasnt werent dont doesnt didnt cant couldnt wont wouldnt shouldnt hasnt havent hadnt".split()
)
CUE_WORDS = frozenset(
    ["not", "no", "never", "cannot", "without", "nor", "neither", "none", "nothing", "nobody", "nowhere"]
    # degree words that deny as "not" does ("spreading lies is hardly a danger")
    + ["hardly", "scarcely", "barely"]
    + _NT_WORDS
    + _NT_BARE
)
# negative concord: in "don't need no checks", "it don't have nothing to do with X" the second cue repeats the
# first's denial (a dialect's double negative denies once), so inside the scope of a negated verb these add
# no scope of their own ("not nothing" and "with no data" keep theirs: a litotes, a noun phrase)
_CONCORD_HEADS = frozenset(["not", "never", "cannot"] + _NT_WORDS + _NT_BARE)
_CONCORD = frozenset("no nothing nobody none nowhere neither never nor".split())
_NO_CONCORD_AFTER = frozenset("not with without for in at on by of from under".split())
# a contraction of a subject and "is"/"are" stands for the verb before "far from" ("it's far from X")
_VERB_CONTRACTION_RE = re.compile(r"^[a-z]+'(?:s|re)$")
# words after "not" that make "not only X but also Y" (X is affirmed)
_ONLY = frozenset({"only", "just", "merely", "simply", "solely"})
# verbs of getting away from something: a negation right before one denies the escape, not its object
# ("you can't avoid the round-trip delay" says there is a delay), so the cue covers the verb alone
_AVOIDING = frozenset({"avoid", "escape", "dodge", "evade", "sidestep"})
# words that end a plain cue's scope: they start another clause
_SCOPE_END = frozenset(
    "but however although though because since while whereas yet so which who whom whose where when "
    "rather instead unless until except therefore thus hence then whereby".split()
)
# a plain cue's scope runs on over "and"/"or" ("does not save the weights and the data", "nothing to do with
# training and validation sets") unless a new clause or verb phrase starts after it ("and it can", "has not
# seen and shows overfitting", "is not correct and can mislead")
_NEW_CLAUSE_AFTER_AND = frozenset(
    "it its they them this these those he she we you i there is are was were be been can could will would "
    "should may might must has have had does do did also so then thus therefore still just only often "
    "usually always never shows show makes make gives give helps help leads lead causes cause means mean "
    "needs need gets get becomes become lets let takes take uses use runs run works work".split()
)
_VERBISH = frozenset(
    "is are was were be been can could will would should may might must has have had does do did".split()
)
# a negated verb's scope reaches back to the start of its clause: punctuation, or one of these words
_CLAUSE_START = frozenset(
    "that which who whom whose where when because since if unless while whereas although though but and or "
    "so as than once until after before yet".split()
)
_CONDITION = frozenset({"if", "unless", "whether"})
# "without X(,) <subject> can't / there's no Y": the consequence's own cue comes within this many words
_WITHOUT_CONSEQUENCE_WORDS = 8
_WITHOUT_STOP_RE = re.compile(r"[;:.!?\n]")
_WH = frozenset("how what why whom whose".split())
# "there is no N where / when / in which P" denies P: the relative clause is what does not exist
_EXISTENTIAL = frozenset({"there's", "theres"})
_RELATIVE = frozenset({"where", "when", "which", "who", "that", "in"})
_MAX_SUBJECT_WORDS = 10  # a negated verb's subject: at most this many words back
# the subject of a negated verb in a clause embedded after another verb with no connective: these many words
_EMBEDDED_SUBJECT_WORDS = 2
_PRONOUNS = frozenset("it they he she we you i this that these those there".split())
_BREAK_RE = re.compile(r"[,;:()\[\]\u2013\u2014!?.]|\s-\s|\n")
_PUNCT_END_RE = re.compile(r"[,;:()\[\]\u2013\u2014!?\n]|\s-\s|\.(?:\s|$)")
# contrast cues: the words after them, to the end of their clause, are negated
_CONTRAST_RE = re.compile(
    r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|in\s+place\s+of"
    # a belief reported as wrong: what follows is denied to the clause's end ("people wrongly think X, but")
    r"|wrongly\s+(?:think|thinks|believe|believes|assume|assumes|say|says|claim|claims)(?:\s+that)?"
    # a belief the writer gave up: "I used to think X, but that's wrong"
    r"|used\s+to\s+(?:think|believe|assume)(?:\s+that)?)\b",
    re.I,
)
# a belief given up is denied whole, relative clauses included, up to ", but", ";", ":" or the sentence's end
_GIVEN_UP_RE = re.compile(r"^used\s", re.I)
_GIVEN_UP_END_RE = re.compile(r",\s*but\b|[;:\n]|[.!?](?:\s|$)", re.I)
# two-word cues (first word -> second): "far from", "opposite of"
_PAIR_CUES = {"far": "from", "opposite": "of"}
# what stands between a sentence's first word and the word before it
_SENTENCE_OPENS_RE = re.compile(r"[.!?;:\n]")
# outer negations: everything after them, to the end of the sentence
_OUTER_RE = re.compile(
    r"\b(?:it|this|that)(?:\s+is|'s|\s+was)\s+(?:not\s+(?:true|correct|right|the\s+case)|untrue|false|wrong|"
    r"incorrect|a\s+myth|a\s+misconception)\s+(?:to\s+say\s+)?that\b"
    r"|\b(?:it|this|that)(?:\s+is|'s)\s+a\s+(?:common\s+)?(?:mistake|myth|misconception)\s+to\s+(?:say|think|believe)\b"
    r"|\b(?:it|this|that)\s+(?:isn't|wasn't|isnt|wasnt)\s+(?:true|correct|right|the\s+case)\s+that\b"
    r"|\bit\s+is\s+not\s+so\s+that\b|\bnot\s+true\s*:",
    re.I,
)


@dataclass(frozen=True)
class WordPolarity:
    start: int
    end: int
    word: str  # lower-cased
    depth: int  # number of negation scopes covering the word
    cue: bool  # the word is itself (part of) a negation cue
    outer: bool  # covered by an outer negation ("it is not true that ...")
    outer_cue: bool  # part of an outer negation's own words
    scopes: frozenset[int]  # ids of the scopes covering the word


@dataclass(frozen=True)
class NegationMap:
    words: tuple[WordPolarity, ...]
    cue_starts: tuple[int, ...]  # per scope id: the character where its cue starts

    def scopes_from_outside(self, word: WordPolarity, start: int, end: int) -> frozenset[int]:
        """Scopes covering ``word`` whose cue lies outside the character span [start, end)."""
        return frozenset(s for s in word.scopes if not start <= self.cue_starts[s] < end)


def is_cue(word: str) -> bool:
    return word.lower() in CUE_WORDS


@lru_cache(maxsize=256)
def negation_map(text: str, sentence_ends: tuple[int, ...] = ()) -> NegationMap:
    """Every word of ``text`` with the negation scopes covering it (see the module docstring).

    ``sentence_ends``: where the text's sentences end (character offsets, e.g. from the sentence splitter), so
    an outer negation stops there and not at an abbreviation's full stop ("e.g."); without them a full stop,
    "!", "?" or a new line ends a sentence."""
    words = [(m.start(), m.end(), m.group().lower()) for m in WORD_RE.finditer(text)]
    n = len(words)
    scopes: list[set[int]] = [set() for _ in range(n)]
    cue = [False] * n
    outer = [False] * n
    outer_cue = [False] * n
    if not n:
        return NegationMap((), ())
    starts = [w[0] for w in words]
    cue_starts: list[int] = []

    def first_word_at_or_after(pos: int) -> int:
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def clause_end(i: int, sentence_only: bool) -> int:
        """Index (exclusive) of the word where a scope starting at word i stops."""
        if sentence_only and sentence_ends:
            stop = next((e for e in sentence_ends if e > words[i][0]), len(text))
            newline = text.find("\n", words[i][0], stop)
            limit = first_word_at_or_after(newline if newline >= 0 else stop)
            return max(limit, i + 1)
        regex = SENTENCE_END_RE if sentence_only else _PUNCT_END_RE
        m = regex.search(text, words[i][0])
        limit = first_word_at_or_after(m.start()) if m else n
        # a stop a few characters after a cue's own word ("not, ...") is still after the cue
        limit = max(limit, i + 1)
        if sentence_only:
            return limit
        for j in range(i + 1, limit):
            w = words[j][2]
            if w in _SCOPE_END:
                return j
            if w == "and" and j + 1 < limit and words[j + 1][2] in _NEW_CLAUSE_AFTER_AND:
                return j
            # "x is not the input and y is the output": a short subject and its own verb after "and"/"or"
            # start a clause of their own, which the cue does not reach
            if w in ("and", "or") and _subject_and_verb(j + 1, limit):
                return j
            # "never suggests X or would buy Y" denies both: a negation distributes over "or" unless a new
            # subject starts a clause of its own ("or it can", "or there is")
            if w == "or" and j + 1 < limit and words[j + 1][2] in _PRONOUNS:
                return j
        return limit

    def _subject_and_verb(k: int, limit: int) -> bool:
        """Do the words from k open a clause: one or two subject words, then a verb ("y is", "the model
        can")? A question word ("and how it is trained") opens a dependent clause the cue still covers."""
        for m in (k + 1, k + 2):
            if m >= limit or words[m][2] not in _VERBISH:
                continue
            subject = [words[x][2] for x in range(k, m)]
            if any(x in _CLAUSE_START or x in _WH or x in CUE_WORDS or x in _VERBISH for x in subject):
                return False
            return not _BREAK_RE.search(text, words[k][0], words[m][0])
        return False

    def _verb_before(j: int) -> bool:
        """Does a verb or a negation come before word j in its clause (so an "and" at j joins clauses)?"""
        k = j - 1
        while k >= 0 and not _BREAK_RE.search(text, words[k][1], words[k + 1][0]):
            w = words[k][2]
            if w in _VERBISH or w in CUE_WORDS:
                return True
            if w in _CLAUSE_START:
                return False
            k -= 1
        return False

    def cover(cue_start: int, first: int, end: int, before: int | None = None) -> None:
        """Words [first, end) are negated; with ``before`` (the cue's index) also the clause's words before
        it: a negated verb denies what the clause says about its subject ("x is not the input")."""
        if first >= end:
            return
        span = list(range(first, end))
        if before is not None:
            j = before - 1
            own_verb = True  # still on the cue's own verb chain ("would have not", "is not")
            back: list[int] = []
            while j >= 0 and not _BREAK_RE.search(text, words[j][1], words[j + 1][0]):
                w = words[j][2]
                if w in ("and", "or") and _verb_before(j):
                    break  # "x is not A and y is not B", "the data is split and the model would not be"
                if w in _VERBISH and not own_verb:
                    # another finite verb before the subject: the negated verb sits in a clause embedded with
                    # no connective ("the aim is sales from items people wouldn't find"); it denies its own
                    # short subject, not what the main clause says
                    back = back[:_EMBEDDED_SUBJECT_WORDS]  # the words next to the cue
                    break
                own_verb = own_verb and w in _VERBISH
                if w in _CLAUSE_START and not (
                    # "night frames and bears would never be" coordinates the subject; "X and it does not"
                    # or "X and does not" starts another clause
                    w in ("and", "or")
                    and j + 1 < before
                    and words[j + 1][2] not in _PRONOUNS
                    and words[j + 1][2] not in _VERBISH
                ):
                    break
                back.append(j)
                if w in _PRONOUNS or before - j >= _MAX_SUBJECT_WORDS:
                    break  # the subject is reached ("items they would not buy": only "they")
                j -= 1
            span.extend(back)
        for j in span:
            if not cue[j]:
                scopes[j].add(len(cue_starts))
        cue_starts.append(cue_start)

    def _existential(i: int) -> bool:
        """Is the cue at i the "no" of "there is no" / "there's no" / "there are no"?"""
        if i >= 1 and words[i - 1][2] in _EXISTENTIAL:
            return True
        return i >= 2 and words[i - 2][2] == "there" and words[i - 1][2] in _VERBISH

    def _in_condition(i: int) -> bool:
        j = i - 1
        while j >= 0 and not _BREAK_RE.search(text, words[j][1], words[j + 1][0]):
            if words[j][2] in _CONDITION:
                return True
            j -= 1
        return False

    def _without_condition(i: int) -> bool:
        """Is the "without" at i the condition of a consequence that is itself denied ("without blocks it
        doesn't know the types", "Without a splitter, there's no validation set")? Together the two negations
        say that X gives Y ("if there is no X, there is no Y"), so neither denies: the consequence's cue is
        noted in ``consequence_cues``. It opens its clause and another cue follows soon."""
        opens = i == 0 or bool(_BREAK_RE.search(text, words[i - 1][1], words[i][0]))
        opens = opens or words[i - 1][2] in ("and", "but", "so", "because", "since")
        if not opens:
            return False
        for j in range(i + 1, min(n, i + 1 + _WITHOUT_CONSEQUENCE_WORDS)):
            if _WITHOUT_STOP_RE.search(text, words[j - 1][1], words[j][0]) or words[j][2] == "without":
                return False
            if words[j][2] in CUE_WORDS:
                consequence_cues.add(j)
                return True
        return False

    consequence_cues: set[int] = set()

    covered_by_outer_or_contrast: set[int] = set()
    for m in _OUTER_RE.finditer(text):
        i = first_word_at_or_after(m.start())
        after = first_word_at_or_after(m.end())
        for j in range(i, min(after, n)):
            cue[j] = outer_cue[j] = True
            covered_by_outer_or_contrast.add(j)
        if after < n:
            end = clause_end(after, sentence_only=True)
            for j in range(after, end):
                outer[j] = True
            cover(m.start(), after, end)
    for m in _CONTRAST_RE.finditer(text):
        i = first_word_at_or_after(m.start())
        after = first_word_at_or_after(m.end())
        for j in range(i, min(after, n)):
            cue[j] = True
            covered_by_outer_or_contrast.add(j)
        if after < n:
            if _GIVEN_UP_RE.match(m.group()):
                stop = _GIVEN_UP_END_RE.search(text, m.end())
                cover(m.start(), after, max(first_word_at_or_after(stop.start()) if stop else n, after + 1))
            else:
                end = clause_end(after, sentence_only=False)
                cover(m.start(), after, run_on_reach(text, words, after, end, CONTRAST_REACH))

    # a view reported as other people's and rejected after it ("Some say A. No: B"): denied as "it is a myth
    # that A" is, its holder and verb ("Some say") being the cue (``foils``)
    # ... and so is a claim the answer declares outdated ("X used to be so, but now ..."; ``outdated``)
    for head, view_start, view_end in rejected_views(text) + outdated_views(text):
        first, after, end = (first_word_at_or_after(p) for p in (head, view_start, view_end))
        if after >= end or any(j in covered_by_outer_or_contrast for j in range(first, end)):
            continue
        for j in range(first, after):
            cue[j] = outer_cue[j] = True
            covered_by_outer_or_contrast.add(j)
        for j in range(after, end):
            outer[j] = True
        cover(head, after, end)

    def _fronted_far(i: int) -> bool:
        # "Far from helping, X hurts": a sentence opening "far from" + a verb's -ing form denies that phrase
        opens = i == 0 or bool(_SENTENCE_OPENS_RE.search(text, words[i - 1][1], words[i][0]))
        return opens and i + 2 < n and words[i + 2][2].endswith("ing")

    concord_heads: set[int] = set()
    for i, (start, _e, w) in enumerate(words):
        pair = _PAIR_CUES.get(w)
        if pair and i + 1 < n and words[i + 1][2] == pair and i not in covered_by_outer_or_contrast:
            # "is far from X", "(is) the opposite of X": deny X and, after a verb, what the clause says of
            # its subject, as "is not X" does
            k = i - 2 if i >= 2 and words[i - 1][2] == "the" else i - 1
            verbal = k >= 0 and (words[k][2] in _VERBISH or bool(_VERB_CONTRACTION_RE.match(words[k][2])))
            if w == "far" and not verbal and not _fronted_far(i):
                continue  # "works far from the city" is a place, no denial
            cue[i] = cue[i + 1] = True
            cover(start, i + 2, clause_end(i + 1, sentence_only=False), before=k + 1 if verbal else None)
            continue
        if w not in CUE_WORDS or i in covered_by_outer_or_contrast:
            continue
        cue[i] = True
        if w in _CONCORD and i and scopes[i] & concord_heads and words[i - 1][2] not in _NO_CONCORD_AFTER:
            continue  # "don't need no checks": the denial is said twice, not undone
        if w == "not" and i + 1 < n and words[i + 1][2] in _ONLY:
            cover(start, i + 1, i + 2)  # "not only X but also Y": only "only" is negated
            continue
        if w != "no" and i + 1 < n and words[i + 1][2] in _AVOIDING:
            cover(start, i + 1, i + 2)  # "can't avoid X": X is affirmed
            continue
        if w == "no" and i + 1 < n and words[i + 1][2] in ("longer", "more") and i + 2 < n:
            # "no longer X": X is negated; after a verb ("the seed is no longer needed") so is the clause's
            # subject, as "is not needed" denies it
            verbal = i > 0 and words[i - 1][2] in _VERBISH
            cover(start, i + 2, clause_end(i + 1, sentence_only=False), before=i if verbal else None)
            continue
        end = run_on_reach(text, words, i + 1, clause_end(i, sentence_only=False), PLAIN_REACH)
        if w == "no" and _existential(i) and end < n and words[end][2] in _RELATIVE and end - i <= 4:
            end = clause_end(end, sentence_only=False) if end + 1 < n else end
        if w == "without":  # a noun phrase: "without human checks is risky" negates the checks only
            end = next((j for j in range(i + 2, end) if words[j][2] in _VERBISH), end)
        if _in_condition(i) or i in consequence_cues or (w == "without" and _without_condition(i)):
            continue  # "if there are no night images in training, ..." states a condition, it denies nothing
        verbal = w in _NT_WORDS or w in _NT_BARE or w == "cannot" or (i > 0 and words[i - 1][2] in _VERBISH)
        scope_id = len(cue_starts)
        cover(start, i + 1, end, before=i if verbal and w not in ("without", "nor", "neither") else None)
        if w in _CONCORD_HEADS and len(cue_starts) > scope_id:
            concord_heads.add(scope_id)
    return NegationMap(
        tuple(
            WordPolarity(s, e, w, len(scopes[i]), cue[i], outer[i], outer_cue[i], frozenset(scopes[i]))
            for i, (s, e, w) in enumerate(words)
        ),
        tuple(cue_starts),
    )


def polarity(text: str) -> int:
    """Negation scopes a phrase holds over its own words: 0 for "trained on", 1 for "not trained on"."""
    nm = negation_map(text)
    found: set[int] = set()
    for w in nm.words:
        if not w.cue:
            found |= w.scopes
    return len(found)
