"""The capitals a plan written wholly in lower case leaves out, put back before the rules read it. Pure: no
Django, no torch.

Many readers tell a person from a thing by a capital letter: "Sharon can change any label back" names who
holds the power, "the price Maya sets" is an act of the planner's own named person, "Mr Sato may decline"
keeps a person in charge. A student who types everything in lower case ("mr sato may decline on any day",
"the price maya sets") means the same, so a plan with no capital letter anywhere is read with the capitals
its writer would have used where the writing itself shows them:

* a sentence's first letter (after a full stop, a question or exclamation mark, at the start of a field or
  a line, after any bullet mark or closed numbering), and the pronoun "I"; a list row keeps its first
  letter, as rows are phrases most students start in lower case;
* the days of the week and the months;
* a personal name, told by its place: after a title ("mr sato", "sensei kate", "m. le goff"), beside a job in
  apposition ("the head coach, hélène,", "the safety officer (bill)", "tom (the burner)"), or as the bare
  subject of what a person does ("jean can put anyone back"; "and jo checks the book" or "the price maya
  sets" only when the plan reads so twice). A word the plan ever writes after an article or a possessive
  ("the bill", "the firm's fees"), or also in the plural, is a common noun, and roles, function words and
  a few common subjects ("data", "demand", "staff") are never names.

Measured on the labelled plans typed in lower case, a word found so is capitalised in the plan as written
about four times in five (strong places more often than a verb alone); a word missed or misread costs
little, as each reader still asks for its own evidence. The notes quote the plan as read, so a lower-case
plan's quotes show the capitals put back.

A plan with any capital letter is read as written: its writer chose its capitals.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .lever_words import DETERMINERS, PREPOSITIONS, STAFF_ROLES
from .lexicon import HUMAN_ROLES
from .text import STOPWORDS, has_any

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")
# A sentence opens at a field's start, a line's start (after a bullet or a number), and after ". ", "? ",
# "! "; not after an abbreviation's stop ("e.g. the", "approx. 40", "m. le goff").
# A section number "4.1 " is left alone: only a capital after it tells it from a figure ("2.5 hours").
_OPENING = re.compile(r"(?:^|\n)[ \t]{0,8}(?:[-–—•*>]{1,3}[ \t]{0,4}|\(?(?:\d{1,2}|[a-h])[.)][ \t]{1,4})?")
_AFTER_STOP = re.compile(r"(?<![^\W\d_]\.[^\W\d_])(?<!\b[^\W\d_])[.!?][ \t]{1,4}(?=[^\W\d_])")
_ABBREVIATIONS = frozenset("eg ie etc approx vs no nos cf esp incl min max mr mrs ms dr st".split())
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays "
    "saturdays sundays january february april june july august september october november december".split()
)
# Titles before a name; "miss" only where no subject, modal or "to" makes it the verb ("we miss the bus"), and
# "m" only with its stop ("m. le goff", not "5 m deep").
_TITLES = frozenset(
    "mr mrs ms miss dr m mme mlle signor signora senyor senyora señor señora sensei herr frau sir dame "
    "auntie aunty uncle".split()
)
_VERB_BEFORE_MISS = frozenset(
    "i we you they he she it to will would could can can't may might must should shall not never don't "
    "didn't won't also often still".split()
)
_PARTICLES = frozenset("le la de du van von der da".split())
# A job in apposition: a role the rules know, or a word of the agent's form ("cutter", "curer", "director").
_AGENT = re.compile(r"[^\W\d_]{2,20}(?:er|or|ist|ian|master|chief|major|coach|boss|secretary|owner|partner)")
_NOT_AGENTS = frozenset(
    "rather other another after under over either neither never ever however whether together later better "
    "water paper number order letter winter summer weather september october november december border "
    "corner floor door colour color error factor sector meter metre litre liter".split()
)
_ACTING_TOGETHER = frozenset("look check decide agree meet review read go sit count weigh".split())
# Modals of what a person can do; "would", "could" and "might" say what things would do as often ("a new
# supermarket nearby would change sales").
_MODALS = frozenset("can may will must shall".split())
# What only a person does, as the verb after a bare subject ("jo checks", "maya sets", "sue looks at").
_PERSON_ACTS = frozenset(
    """checks looks decides agrees sends offers gives sets puts runs keeps chooses picks reads watches signs
    receives uses sees phones rings calls emails texts enters asks says tells wants thinks knows lets allows
    admits opens books orders writes approves reviews repots waters follows takes brings makes handles
    overrides overrules vetoes pauses plans leads manages teaches coaches trains marks judges weighs tastes
    turns fills bakes cooks packs places pays buys sells has""".split()
)
# A bare subject opens a clause: after a stop or mark, a joining word, or a question word ("whether leon
# runs"), or ends a noun in a relative clause ("the price maya sets": the word before it is a noun).
_CLAUSE_OPENERS = frozenset(
    "and or then if when whether until once but so unless while which what how where who because".split()
)
_MARKS = frozenset("(),;:/.!?")
_FUNCTION_WORDS = STOPWORDS | DETERMINERS | PREPOSITIONS | _MODALS
_NEVER_NAMES = (
    STOPWORDS
    | DETERMINERS
    | PREPOSITIONS
    | STAFF_ROLES
    | _MODALS
    | frozenset(
        "nobody noone anyone anybody everyone everybody someone somebody nothing anything everything "
        "something staff team data demand weather rain traffic footfall stock price prices cost costs system "
        "app model tool software people customers users clients either often late early fewer myself "
        "different let".split()
    )
)


def written_without_capitals(plan) -> bool:
    """Whether the plan has text and no capital letter in any field or list row."""
    texts = _texts(plan)
    # str.islower: a text with letters and none of them capital (a text without letters has no say)
    return any(t.strip() for t in texts) and not any(t != t.lower() for t in texts)


def _texts(plan) -> list[str]:
    out = []
    for value in vars(plan).values():
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, str))
    return out


# Words before a common noun; "our" and "my" are left out, as English also puts them before a name or a
# family word ("our jean packs the bags", "my mum phones").
_CHOICES = frozenset(("experiment",))  # "yes" / "no" / "unsure": a choice, not writing
_ARTICLES = DETERMINERS - frozenset(("our", "my", "your", "their", "his", "her"))


# Words, and the marks that part clauses and set off asides, in their order.
_TOKEN = re.compile(r"[(),;:/.!?]|[^\W\d_](?:[^\W\d_]|['’-])*|\d[\w.,]*")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("’", "'"))


def _common_words(texts: list[str]) -> set[str]:
    """Words the plan writes after an article or a possessive ("the bill", "the firm's"), or in the plural
    beside the singular ("worker" and "workers"): common nouns."""
    common = set()
    for text in texts:
        tokens = _tokens(text)
        for before, word in zip(tokens, tokens[1:], strict=False):
            if before in _ARTICLES or before.endswith("'s"):
                common.add(word)
    written = {t for text in texts for t in _tokens(text)}
    return common | {w[:-1] for w in written if w.endswith("s") and w[:-1] in written}


def _is_role(word: str) -> bool:
    """A job the rules know ("manager", "grower", "director")."""
    return word in STAFF_ROLES or has_any(word, HUMAN_ROLES)


def _is_job(word: str) -> bool:
    """A job beside a name: one the rules know, or a word of the agent's form ("cutter", "curer")."""
    return _is_role(word) or (_AGENT.fullmatch(word) is not None and word not in _NOT_AGENTS)


# A word of a common noun's or a verb's form is not taken for a name on its verb alone: "waiting calls are
# answered", "funded places", "the night worker rings", "how many hours can we free", "follow-up calls".
_NOUN_FORM = re.compile(r"[^\W\d_]{2,}(?:ing|ed|s)|.*-.*")


def _names_in(text: str, common: set[str]) -> tuple[set[str], list[str]]:
    """The words the text shows to be personal names by their place (see the module note): those set apart
    by a title or beside a job, and those read as a name only by the verb after them, one entry a time."""
    tokens = _tokens(text)
    named: set[str] = set()
    acting: list[str] = []
    for k, token in enumerate(tokens):
        before = tokens[k - 1] if k else ""
        bare = token.removesuffix("'s")
        if not _WORD.fullmatch(bare) or bare in _NEVER_NAMES or bare in common or _is_role(bare):
            continue
        if _title_before(tokens, k) or (before in _PARTICLES and _title_before(tokens, k - 1)):
            named.add(bare)
        elif _beside_job(tokens, k):
            named.add(bare)  # "the safety officer (bill)", "tom (the burner)", "the coach, hélène, opens"
        elif _coupled(tokens, k):
            named.add(bare)  # "me and sharon look at", "jean and dennis look at"
        elif _person_verb(tokens[k + 1 : k + 3]) and not _NOUN_FORM.fullmatch(bare) and not _is_job(bare):
            # "jean can put anyone back" opening a clause is a name at once; "and jo checks the book" or "the
            # price maya sets" only when the plan says so again
            if _opens_clause(tokens, k):
                acting += [bare, bare] if tokens[k + 1] in _MODALS else [bare]
            elif _after_noun(tokens, k):
                acting.append(bare)
    return named, acting


def _verb_like(token: str) -> bool:
    """A word that can be the verb of a clause: a modal, or a word in the third person ("sets", "allows")."""
    return token in _MODALS or (len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "'s")))


def _job_after_article(tokens: list[str], j: int) -> bool:
    """A job at token j, with an article or possessive before it within three words and no mark between."""
    if j < 1 or not _is_job(tokens[j]):
        return False
    return any(t in DETERMINERS or t.endswith("'s") for t in tokens[max(0, j - 3) : j]) and not any(
        t in _MARKS for t in tokens[max(0, j - 3) : j]
    )


def _beside_job(tokens: list[str], k: int) -> bool:
    """A word set beside a job as its holder's name, then the clause's verb (or the end): "the safety officer
    (bill) allows", "the head coach, hélène, opens", "tom (the burner) seasons", "vic (buyer) sends"."""
    before = tokens[k - 1] if k else ""
    if before in ("(", ",") and k + 2 < len(tokens) and tokens[k + 1] == {"(": ")", ",": ","}[before]:
        return _job_after_article(tokens, k - 2) and _verb_like(tokens[k + 2])
    if k + 3 < len(tokens) and tokens[k + 1] == "(" and ")" in tokens[k + 3 : k + 6]:
        close = tokens.index(")", k + 3)
        job = _first_word(tokens[k + 2 : close])
        ends = close + 1 == len(tokens) or _verb_like(tokens[close + 1])
        return close - k <= 5 and _is_job(job) and not job.endswith(("s", "'")) and ends
    return False


def _coupled(tokens: list[str], k: int) -> bool:
    """A word joined by "and" to "me" or "I" ("me and sharon look at"), or to a second bare word with which it
    does what people do together ("jean and dennis look at", "maya and leon decide")."""
    before = tokens[max(0, k - 2) : k]
    after = tokens[k + 1 : k + 3]
    if _NOUN_FORM.fullmatch(tokens[k]) or (k and tokens[k - 1] in DETERMINERS):
        return False  # "ride times and complaints look right", "my partner and i look"
    if before in (["me", "and"], ["i", "and"]) or after in (["and", "i"], ["and", "me"]):
        return True
    first = k + 3 < len(tokens) and tokens[k + 1] == "and" and tokens[k + 3] in _ACTING_TOGETHER
    second = k >= 2 and k + 1 < len(tokens) and tokens[k - 1] == "and" and tokens[k + 1] in _ACTING_TOGETHER
    partner = tokens[k + 2] if first else tokens[k - 2] if second else ""
    return (
        bool(partner)
        and _WORD.fullmatch(partner) is not None
        and partner not in _NEVER_NAMES
        and not _NOUN_FORM.fullmatch(partner)
    )


def _title_before(tokens: list[str], k: int) -> bool:
    """Whether a title stands before the k-th token ("mr sato", "mr. sato", "m. le goff")."""
    j = k - 1
    dotted = j >= 0 and tokens[j] == "."
    j -= dotted
    if j < 0:
        return False
    title = tokens[j]
    if title == "m":
        return dotted
    if title == "miss":
        return j == 0 or tokens[j - 1] not in _VERB_BEFORE_MISS
    return title in _TITLES


def _first_word(tokens: list[str]) -> str:
    words = [t for t in tokens if t not in ("the", "our", "a", "an", "my")]
    return words[0] if words else ""


def _opens_clause(tokens: list[str], k: int) -> bool:
    """The word opens a clause: at the start, after a mark, a joining word or "our" ("if our dennis")."""
    before = tokens[k - 1] if k else ""
    return not before or before in _MARKS or before in _CLAUSE_OPENERS or before == "our"


def _after_noun(tokens: list[str], k: int) -> bool:
    """The word follows a noun, as a relative clause's subject does ("the price maya sets")."""
    before = tokens[k - 1] if k else ""
    return _WORD.fullmatch(before) is not None and before not in _FUNCTION_WORDS


def _person_verb(following: list[str]) -> bool:
    if not following:
        return False
    if following[0] in _PERSON_ACTS:
        return True
    return following[0] in _MODALS and len(following) > 1 and _WORD.fullmatch(following[1]) is not None


_TITLE_BEFORE_NAME = re.compile(
    r"\b(mr|mrs|ms|miss|dr|m(?=\.)|mme|mlle|signora?|senyora?|señora?|sensei|herr|frau|sir|dame|auntie|aunty"
    r"|uncle)(\.? )((?:le |la |de |du |van |von |der |da )?)(?=[A-ZÀ-Þ])"
)


def _titled(m: re.Match) -> str:
    return f"{m.group(1).capitalize()}{m.group(2)}{m.group(3).capitalize()}"


def _capitalised(text: str, names: set[str], opening: bool = True) -> str:
    """The text with its sentence starts, "I", days, months and the plan's names capitalised."""

    def word(m: re.Match) -> str:
        w = m.group(0)
        head = re.split("['’]", w)[0] if "'" in w or "’" in w else w
        if head == "i" or head in _CALENDAR:
            return w[:1].upper() + w[1:]
        if head in names:  # a name, unless an article makes it a common noun here ("the bill")
            before = text[max(0, m.start() - 12) : m.start()].split()
            if not (before and before[-1] in _ARTICLES):
                return w[:1].upper() + w[1:]
        return w

    out = _WORD.sub(word, text)
    # a title and its particle before a name: "mr Sato" -> "Mr Sato", "m. le Goff" -> "M. Le Goff"
    out = _TITLE_BEFORE_NAME.sub(_titled, out)
    return _sentence_starts(out, opening)


def _sentence_starts(text: str, opening: bool) -> str:
    chars = list(text)
    for m in _OPENING.finditer(text):
        if opening or m.start() > 0:
            _upper_at(chars, m.end())
    for m in _AFTER_STOP.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].split()  # the word before the stop, bounded
        if before and re.sub(r"\W", "", before[-1].lower()) in _ABBREVIATIONS:
            continue
        _upper_at(chars, m.end())
    return "".join(chars)


def _upper_at(chars: list[str], i: int) -> None:
    if i < len(chars) and chars[i].islower():
        chars[i] = chars[i].upper()


# Names are looked for in each box's first characters only: far more than any answer a student writes, and
# it keeps a hostile box of tens of thousands of characters from costing seconds (every word is still
# capitalised).
_NAMES_READ_CHARS = 4000


def with_capitals_restored(plan):
    """The plan as its writer would have capitalised it, when it is written without capitals at all."""
    if not written_without_capitals(plan):
        return plan
    texts = [text[:_NAMES_READ_CHARS] for text in _texts(plan)]
    common = _common_words(texts)
    names: set[str] = set()
    acting: list[str] = []
    for text in texts:
        named, acts = _names_in(text, common)
        names |= named
        acting += acts
    names |= {word for word, times in Counter(acting).items() if times >= 2}
    changes: dict = {}
    for key, value in vars(plan).items():
        if isinstance(value, str) and value and key not in _CHOICES:
            changes[key] = _capitalised(value, names)
        elif isinstance(value, list):  # a list's rows are phrases, most written without an opening capital
            changes[key] = [_capitalised(v, names, opening=False) if isinstance(v, str) else v for v in value]
    return replace(plan, **changes)
