"""Full stops a student left out where a sentence plainly ends ("first 8 weeks one shop only Then the rest
if sales hold" is two sentences): hurried notes, the same plan as the one written with full stops.

Many readers take a plan a sentence or clause at a time: a denial ("no loop here") holds for its own
sentence, a rollout's stages are its sentences, a "[^.;]" span stops at the sentence's end. With the full
stops gone two statements read as one, so a denial spreads over the next statement and a stage is lost.
Measured by removing every labelled plan's sentence full stops, the rules lost 76 catches and raised 49 false
alarms (35 and 16 with the full stops written back; 32 and 13 once a list's item numbers and a sentence
opened by its date were read too). The full stop is written back where the answer is read
(``plan.answers_only``), so every reader sees the sentences the student meant.

Only a plain boundary gets one: a word in lower case (or a figure) and then a capitalised word that opens
sentences and is no name ("We", "Then", "If", "Nothing"). Words that also begin names or titles ("The",
"New", "No", "First") count only when a word in lower case follows ("... on the day The crew sets up" but
not "... read in The Times", "... Box No 214"), and a plain word ("Tables", "Lenders") only when the plan
writes it in lower case within a sentence elsewhere and no capitalised word goes before it ("Royal Mail").
"A" opens a sentence ("in peak season A courier strike") unless letters name things in the text ("team A
stays", "rows A and B"). A section number left between ("... at any stage 13.2 The other benches follow") and
a labelled item ("... from 1 May Phase 2: Sunday rounds") open the next sentence too. Text that already has
its full stops has almost none of these boundaries: on the labelled plans as written, the rules' notes do
not change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .text import STOPWORDS, stem

# Words that open a sentence and begin no name: a boundary whatever follows ("Then Jo takes over").
_OPENERS = frozenset(
    """we we'll we've we'd we're our us then if when whenever once but also so it it's its that's there
    there's they they'll they're their she he her his my nothing nobody none everyone everything anything
    otherwise until unless though although because since while later meanwhile however still""".split()
)
# Words that open sentences but also names and titles ("The Times", "New Year", "Box No 214", "Plan A"):
# a boundary only when a word in lower case follows.
_OPENERS_BEFORE_LOWER = frozenset(
    """the no for what more and this after before every in all each from only now some which at on to an
    both any same less fewer never under other first next last most many few not any one two three four
    five six""".split()
)
# A capitalised word after a lower-case word, a figure, "%" or ")" and a space: the end of a sentence
# whose full stop was left out, if the word opens sentences.
_CANDIDATE = re.compile(
    r"(?<=[a-z0-9%)])([ \t]{1,4})([A-Z][a-z]{0,14}(?:['’][a-z]{1,2})?)\b(?=(?:[ \t]{1,3}(\S))?)"
)
# In lower case mid-sentence: a name typed in lower case opens its clause ("..., claire looks every day").
_LOWER_WORD = re.compile(r"(?<=[a-z] )[a-z]{3,20}(?![A-Za-z])")
_COMMON_MIN_LETTERS = 4  # "Sam", "Bev": short names that are also written as other words
# The word before (after "Royal", "Mail" goes on with a name and ends nothing).
_LAST_WORD = re.compile(r"(?:^|[\s(])([A-Za-z0-9][A-Za-z0-9'’%)-]{0,30})$")
# Words a sentence does not end with: "the", "every", "whether" still await what they introduce.
_NO_END = frozenset(
    """a an the our your their my his her its this that these those every each any some no of to in into at
    for with by from as than and or but whether which who whose where when if because on per via about
    between under over during within without before after until given then two three four five six seven
    eight nine ten""".split()
)
# "Phase 2:", "Risk 3:", "Step 4:": a labelled item opens a sentence whatever it follows.
# "row B", "rota C": letters that name things, so an "A" beside them is one of them
_OTHER_LETTER_LABEL = re.compile(r"(?<![\w'’])[B-H](?![\w'’])")
_NEXT_WORD = re.compile(r"[ \t]{1,3}([a-z][a-z'-]{0,30})")
_LABEL_AFTER = re.compile(r"[ \t]\d{1,2}:[ \t]{1,3}[A-Za-z]")
# "13.2", "4.1", "(b)", "3)": a section or item number that opens the sentence after it.
_SECTION = re.compile(
    r"(?:^|[ \t])(\(?(?:\d{1,2}(?:\.\d{1,2}){1,2}|\d{1,2}[a-h]\.?|\d{1,2}\)|\(\d{1,2}\)|\([a-z]\)))$"
)


# Every item number a text writes in its run ("14.1", "16b", "3)", "(c)"), to tell a list's numbering from a
# figure: "16c" in a text that also writes "16b" numbers an item of the list.
_ITEM_NUMBER = re.compile(
    r"(?<![^ \t\n])\(?(?:\d{1,2}(?:\.\d{1,2}){1,2}|\d{1,2}[a-h]\.?|\d{1,2}\)|\(\d{1,2}\)|\([a-z]\))(?=[ \t])"
)
# Words that open a sentence with the date or figure they are about ("For 2023 it was 19 out of 88"); not
# "No", which also numbers things ("Box No 214").
_OPENS_WITH_FIGURE = frozenset("for in at from after before since until by over under every each".split())
# A word a number goes on the sentence of: one that awaits it ("kept at 2.1 Celsius") or names what it counts
# ("section 2.1", "item 3)").
_BEFORE_ITS_NUMBER = _NO_END | frozenset(
    """section sections part parts item items point points step steps table figure question box row rows line
    lines page pages appendix chapter version""".split()
)
# An item number's parts: what goes before its last figure or letter, that figure or letter, a bracket.
_ITEM_PARTS = re.compile(r"^(.*?)(\d{1,2}|[a-z])(\)?)$")


@lru_cache(maxsize=32)
def _item_numbers(text: str) -> frozenset[str]:
    return frozenset(m.group(0).rstrip(".") for m in _ITEM_NUMBER.finditer(text))


def _next_item(number: str, step: int) -> str:
    """The item number ``step`` before or after ``number``: "14.2" -> "14.3", "16b" -> "16a"."""
    head, last, tail = _ITEM_PARTS.match(number.rstrip(".")).groups()
    bumped = str(int(last) + step) if last.isdigit() else chr(ord(last) + step)
    return head + bumped + tail


def _listed(text: str, number: str) -> bool:
    """Whether ``number`` numbers an item of a list the text writes: the item before or after it is there."""
    numbers = _item_numbers(text)
    return any(_next_item(number, step) in numbers for step in (-1, 1))


@lru_cache(maxsize=32)
def _names_things_by_letter(text: str) -> bool:
    """Whether the text names things by a letter ("row B"), read once per text however many candidates."""
    return _OTHER_LETTER_LABEL.search(text) is not None


def _opens_sentence(
    text: str,
    found: re.Match,
    before: str,
    common: frozenset[str],
    numbered: bool = False,
    listed: bool = False,
) -> bool:
    word = found.group(2).lower().replace("’", "'")
    # After a section's number a capitalised word opens a sentence ("dearer 18.2 A strike at the warehouse"),
    # not a unit ("within 0.5 Hz of", "kept to 31.5 C most of the time"); after a list's own item number
    # ("... night moves 14.2 An HMRC audit", "... in the spring 16c Homes' managers") whatever it is.
    opens_section = numbered and (word == "a" or len(word) >= _COMMON_MIN_LETTERS)
    if word in _OPENERS or listed or opens_section and found.group(3) and found.group(3).islower():
        return True
    last = _LAST_WORD.search(before)
    if _LABEL_AFTER.match(text, found.end()):  # "... from 1 May Phase 2: Sunday rounds added"
        return last is not None and last.group(1).lower() not in _NO_END
    # "... within 6 months For 2023 it was 19 out of 88": a sentence opened by the date or figure it is about
    if word in _OPENS_WITH_FIGURE and found.group(3) and found.group(3).isdigit():
        return last is not None and last.group(1).lower() not in _NO_END
    # "the Highways Manager", "every Tenancy", "the county's Rights of Way": the sentence cannot end there
    if (
        not (found.group(3) and found.group(3).islower())
        or last is None
        or last.group(1).lower() in _NO_END
        or last.group(1).endswith(("'s", "’s"))
    ):
        return False
    if word in _OPENERS_BEFORE_LOWER:
        return True
    if word == "a":  # "... in peak season A courier strike", but not a label: "team A stays", "zones A and C"
        after = _NEXT_WORD.match(text, found.end())
        return (
            after is not None
            and not _names_things_by_letter(text)
            and after.group(1) not in STOPWORDS
            and after.group(1) not in _NO_END
            # "rota A stays", "car A changing its speed": a verb after a label ("A courier strike" names one)
            and not after.group(1).endswith(("s", "ing", "ed"))
            and after.group(1) not in {"within", "across", "along", "beside"}
            and not last.group(1)[0].isupper()
        )
    # a plain word the plan writes in lower case elsewhere ("fewer tables finished late" ... "last year
    # Tables delivered late"), not a name, and not one going on after a capitalised word ("Royal Mail"); after
    # a closing bracket a short one too ("(2025 average) Van fill per round")
    long_enough = len(word) >= _COMMON_MIN_LETTERS or len(word) == 3 and before.endswith(")")
    return long_enough and stem(word) in common and not last.group(1)[0].isupper()


# How much of the text before a candidate a boundary reads: the sentence so far, bounded, so a hostile box of
# thousands of candidates is read in linear time.
_WINDOW = 300


def _boundary(text: str, found: re.Match, common: frozenset[str]) -> int | None:
    """Where the full stop goes for a candidate opener (its index in ``text``), or None when it is no
    boundary."""
    offset = max(0, found.start() - _WINDOW)
    before = text[offset : found.start()]
    if before.endswith((".)", "?)", "!)")):  # "(she'd burn out.) What if": the bracket closed the sentence
        return None
    section = _SECTION.search(before)
    # the number opens the sentence: the last one ends before it (a figure in brackets, "(now 7) Bearings",
    # is no number of a section)
    ended = before[: section.start(1)].rstrip(" \t") if section else before
    if section and ended.count("(") > ended.count(")"):
        section, ended = None, before
    if section:
        # "kept at 2.1 Celsius", "see section 2.1 Trial sites": the number goes on the sentence before it
        last = _LAST_WORD.search(ended)
        if last is not None and last.group(1).lower() in _BEFORE_ITS_NUMBER:
            return None
    listed = section is not None and _listed(text, section.group(1))
    if not _opens_sentence(text, found, ended, common, numbered=section is not None, listed=listed):
        return None
    if section:
        # a list's item number may follow a figure or a bracket ("... (2025 average) 2.2 Days when ...")
        after_word = ended and (ended[-1].islower() or listed and (ended[-1].isdigit() or ended[-1] in ")%"))
        return offset + len(ended) if after_word else None
    # the line so far must hold a word in lower case ("13.2 The" is a number, not a sentence)
    if not any(ch.islower() for ch in before.split("\n")[-1]):
        return None
    return found.start()


def common_words(texts: Iterable[str]) -> frozenset[str]:
    """The stems of the words the texts write in lower case within a sentence: plain words, where a
    capitalised one may be a name. (A name typed in lower case opens its clause: "..., claire looks".)"""
    return frozenset(stem(w) for text in texts for w in _LOWER_WORD.findall(text))


def with_full_stops(text: str, common: frozenset[str] = frozenset()) -> str:
    """The text with a full stop written where a sentence plainly ends without one; ``common``
    (``common_words``) are the stems of words the plan writes in lower case, plain words when capitalised."""
    if not text or "\n" not in text and len(text) < 8:
        return text
    cuts = [cut for found in _CANDIDATE.finditer(text) if (cut := _boundary(text, found, common)) is not None]
    if not cuts:
        return text
    out, start = [], 0
    for cut in cuts:
        out.append(text[start:cut])
        out.append(".")
        start = cut
    out.append(text[start:])
    return "".join(out)
