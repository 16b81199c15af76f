"""How a rollout reads by its structure, not by its stock phrases: a person's power to check or stop the
system denied in so many words ("there is no way for anyone to override it", "I can't pause it", "officers
do not see the letters before they go"); a rollout that switches its whole scope over on one day ("on Monday
the 3rd the shops move to the new lists"); stages counted by number ("Winter 1 ... Winter 2"); "every" said
of what a person reviews rather than of where the system runs. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .held_outputs import outputs_held
from .joined_holder import holder_of_joined_verb
from .kept_say import say_kept
from .lever_words import SYSTEM_NOUN_PATTERN
from .lexicon import HUMAN_ACTS, HUMAN_ROLES, LOOK_VERBS, NO_HUMAN, RECURRING, RESULT_NOUNS, _p
from .text import find_all, find_any, has_any, sentences

# A word that negates what follows in its clause. "Without" and "nothing" are left out: "nothing goes out
# without the nurse's approval" puts a person in charge.
# "Neither I nor Joe can change an order": "nor" negates what its own subject does.
_NEGATION = re.compile(r"\b(?:not|never|no|cannot|nobody|no one|no-one|nor)\b|n't\b|\bcan not\b")
# What a person in charge does to the system: looks at its outputs first, or stops, changes or undoes them.
_OVERSIGHT_ACT = re.compile(
    r"\b(?:see|sees|check|checks|review|reviews|approve|approves|sign|signs|confirm|confirms|vet|vets"
    r"|overrid\w*|overrul\w*|pause|paus\w*|stop|stops|halt|halts|veto|edit|edits|change|withdraw|withdraws"
    r"|cancel|cancels|undo|revert|reverts|interven\w*|touch|switch (?:it |them )?off"
    # "supervisors cannot hold, change or switch off a speed it has set": a list cut at its first verb
    r"|hold|holds|freeze|adjust|adjusts|alter|alters|amend|amends|correct|corrects"
    # what is switched may be named ("cannot turn lights on or off")
    r"|(?:turn|switch) (?:[\w'-]+ ){0,2}?(?:on or |on and )?off|(?:a|any) say"
    # a person's hand on it denied: "the program doesn't take changes by hand", "no manual override"
    r"|by hand|manual(?:ly)?)\b"
)
# "... do not see the letters before they are sent" denies the look; "no letter goes out until an officer
# approves it" waits for one: a person named after such a word is in charge.
_WAITS_FOR = re.compile(r"\b(?:until|till|unless|before|except|only (?:after|when|once|if))\b")
_NEW_SUBJECT = re.compile(r"\b(?:i|we|he|she|they|you)\b")
_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|in case)\b")
_MAX_GAP_WORDS = 6  # "there isn't a way for anyone to override it": the negation reaches a few words on
_CLAUSE = re.compile(r";|\n|,|\.\s|\band\b|\bbut\b|:")


# A thousands separator ("all 1,400 posts") is part of the number, not a break between clauses.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(_THOUSANDS.sub("", text)) if c and c.strip()]


# A slash set between words with a space each side: a line break in verse ("and she may / go back to her old
# way") or a choice between two words ("ring / text"). Read as a space, a sentence broken over lines is one
# sentence again, so a person and the power given to them stay together.
_LINE_SLASH = re.compile(r"(?<=\S) / (?=\S)")


def lines_run_on(text: str) -> str:
    """The text with slashes between words read as spaces."""
    return _LINE_SLASH.sub(" ", text)


def oversight_denied_in(clause: str) -> bool:
    """Whether the clause denies a person's look at, or power over, the system: a negation followed within a
    few words by an act of oversight, with no "until"/"before" between them that makes the act a condition."""
    low = clause.lower().replace("’", "'")
    for neg in _NEGATION.finditer(low):
        rest = low[neg.end() :]
        act = _OVERSIGHT_ACT.search(rest)
        if act is None or len(rest[: act.start()].split()) > _MAX_GAP_WORDS:
            continue
        # "... until an officer approves": the act is a condition; "if I don't like what it does I stop": the
        # negation sits in a condition and a new subject does the act.
        if _WAITS_FOR.search(rest[: act.start()]) or _NEW_SUBJECT.search(rest[: act.start()]):
            continue
        if _CONDITION.search(low[: neg.start()]):
            continue
        if re.match(r"\s*(?:just|only|simply|merely)\b", rest):  # "not only checks": still checks
            continue
        return True
    return False


def denied_oversight(text: str) -> list[str]:
    """The clauses of the text that deny oversight."""
    return [c for c in _clauses(text) if oversight_denied_in(c)]


# The power to stop or change what the system does, as opposed to a look at how things turned out.
_POWER = _p(
    r"stop | paus | halt | switch | turn (it |them )?off | revert | overrid | overrul | veto | go back",
    r"fall back | undo | reset | restor | roll (it )?back | withdraw | cancel(s|led|ling)?\b | scrap",
    r"put .{0,30} back",
    r"edit(s|ed|ing)?\b | approv | sign(s|ed)?\b",
    # the power to alter what it proposes, said as an ability ("Phil checking each day's order and able to
    # change it"); "can't change it" and "not able to" deny it
    r"(?<!not )(?<!n't )(?<!never )(able|free|allowed) to (change|alter|adjust|amend|correct) (it|them)\b",
    r"(can|may|could) (always |still |at any time )?(change|alter|adjust|amend|correct) (it|them)\b",
)


_READS = re.compile(r"\b(?:reads|read)\b")


def watches_results_only(sentence: str) -> bool:
    """A sentence that looks at how things turned out ("I look at cancellations and waste every month") and
    gives nobody power over the system: monitoring, not a person in charge."""
    if has_any(sentence, _POWER):
        return False
    # "reads the cold hours each month": reading is a look, whatever is read
    look = find_any(sentence, LOOK_VERBS) or _READS.search(sentence.lower())
    if look is None:
        return False
    after = sentence.lower()[look.end() :]
    # a look in the passive names what is looked at first: "revenue per event, reviewed at the meeting"
    passive = look.group(0).split()[0].endswith("ed")
    looked_at = sentence[: look.start()] + after if passive else after
    return has_any(looked_at, RESULT_NOUNS) or has_any(sentence, RECURRING)


# A person given the power to stop or refuse, whatever the verb: "my wife can tell me to stop", "Hélène must
# agree to each author and can say no", "Jo can change the template back", "the CTO has the kill flag".
_MODAL_POWER = re.compile(
    # "with the manager able to put it back": the power in a clause without its verb
    r"\b(?:can|could|may|must|(?:is |are |being )?able to|(?:is |are |being )?free to)\b"
    r"(?: [\w'-]+){0,4}? (?:stop|pause|halt|pull|kill|veto"
    r"|refuse|reject|block|say (?:no|stop|not tonight)|agree|approve|sign|call (?:it|them) off|call off"
    r"|end it|drop|scrap|abandon|reset|restore|decline|overrule|ignore|ditch|turn (?:it |them )?down"
    # the system discarded in plain words: "can chuck it in the bin", "may take the sheet down"
    r"|(?:chuck|throw|toss)\w* (?:it|them|the [\w'-]+) (?:in the bin|away|out)|put (?:it|them) in the bin"
    r"|bin (?:it|them)"
    r"|take (?:it|them|the [\w'-]+) (?:down|off|away)"
    r"|(?:switch|turn) (?:it |them |\w+ )?off"
    # what is put back may be an amount ("put the £6 back")
    r"|(?:change|put|switch|set|turn|go|move|bring)\w*(?: [\w'£$€%.-]+){0,3} back"
    # what the system proposes altered before it is used: "agrees each plan at the MDT and can change it"
    r"|(?:change|alter|amend|edit|adjust) (?:it|them|any of (?:it|them)|each one))\b"
    r"|\bha(?:s|ve) (?:the|a|an) (?:kill|off|stop|emergency)\b"
    # a right kept by a person: "Mr Hale retaining the right to strike out any name", "she keeps the power to
    # refuse"
    r"|\b(?:retain\w*|keep\w*|kept|reserv\w*|ha(?:s|ve|ving)|hold\w*|held) (?:the|a|full) "
    r"(?:right|power|authority) to\b"
    # the power stated as what the person does: "Hiro stops it when he wants", "Ann overrules them"
    r"|\b(?:stops|pauses|halts|vetoes|overrules|overrides|cancels|switches off|turns off) (?:it|them)\b"
)
# Who holds that power: a person by name or title (a capitalised word, "my colleague", a role, he/she/I), not
# the system itself nor the people it serves ("the app can stop", "customers can say no" to an offer).
_NOT_A_HOLDER = re.compile(
    r"\b(?:it|this|that|which|nothing|system|model|app|tool|algorithm|software|optimi[sz]er|template|rule|"
    r"customers?|users?|clients?|patients?|members?|guests?|visitors?|people|anyone|everyone)\s*$",
    re.IGNORECASE,
)
_HOLDER = re.compile(
    # "Dean or me can ...", "we can ...": a pronoun of the plan's own people
    r"(?:^|\s)(?:[A-ZÀ-Ý][\w'À-ÿ-]*|i|he|she|they|we|me|us)$"
    r"|\b(?i:my|our|your|his|her|their) [\w'-]+(?: [\w'À-ÿ-]+)?$"
)
# An aside between the holder and the power: "(who keeps the books)", "— the owner —", ", who does the
# books,".
_ASIDE = re.compile(r"\([^)]*\)|—[^—]*—|,\s*(?:who|whom|whose|which)\b[^,]*,")


def power_given(sentence: str) -> bool:
    """Whether the sentence gives a person (not the system, not its customers) the power to stop, refuse or
    undo what the system does."""
    text = _ASIDE.sub(" ", sentence.replace("’", "'"))
    if say_kept(text):  # "then automatic with his veto"
        return True
    for m in _MODAL_POWER.finditer(text):
        before = " ".join(text[: m.start()].split())
        if not before or _NOT_A_HOLDER.search(before):
            continue
        if (
            _HOLDER.search(before)
            # a role set off by commas before the verb: "Maya, the packhouse manager, can stop it"
            or has_any(before.rstrip(" ,").split(",")[-1], HUMAN_ROLES)
            or holder_of_joined_verb(before)
        ):
            return True
    return False


def gives_power(text: str) -> bool:
    return any(power_given(s) for s in _stated(text))


# An answer that denies the question before it: "Who can stop it once it's running? No one really."
_ANSWER_NO = re.compile(r"\s*(?:no\b|nobody|none|nothing|not\b|never)", re.IGNORECASE)


# "Q." and "A." set apart by themselves label a question and its answer; they say nothing.
_LABEL = re.compile(r"\W*[a-z]\W*", re.IGNORECASE)
# "Who checks?": a question that asks who acts names nobody; its answer says who, and what they do.
_ASKS_WHO = re.compile(r"\W*(?:who|whom|which \w+)\b", re.IGNORECASE)


def _stated(text: str) -> list[str]:
    """The text's sentences without the questions it answers "no" to; a question asking who acts is read
    together with its answer ("Who checks? The manager reviews yield weekly" is a look at results)."""
    parts = [p for p in sentences(text) if not _LABEL.fullmatch(p)]
    stated = []
    for i, s in enumerate(parts):
        answer = parts[i + 1] if s.endswith("?") and i + 1 < len(parts) else ""
        if answer and _ANSWER_NO.match(answer):
            continue
        stated.append(f"{s} {answer}" if answer and _ASKS_WHO.match(s) else s)
    return stated


# The system as the subject of an act ("the machine decides the length", "the app checks the slots"): the act
# is what the automation does, not a person in charge of it.
_SYSTEM_NOUN = rf"(?:{SYSTEM_NOUN_PATTERN}|its?)"
_SYSTEM_SUBJECT = re.compile(rf"\b{_SYSTEM_NOUN} (?:[\w'-]+ )?$")


# The people an offer goes to, accepting it: "volunteers confirm in the app", "customers confirm the slot".
# Saying yes to what the system offers them checks nothing the system decided.
_ACCEPTERS = (
    r"(?:volunteers|customers|clients|members|guests|parents|patients|users|families|people|drivers|sitters"
    r"|carers|staff|they|recipients|applicants|whoever)"
)
_ACCEPTING = re.compile(rf"\b{_ACCEPTERS}\s+(?:\w+\s+)?$")
_ACCEPTS = re.compile(rf"^{_ACCEPTERS}\b")
# ... or a group looking at their own share of it: "drivers see their rate in the app", "tenants see their
# heating times": what the system gives them, seen by the people it serves, checks nothing it decided.
_OWN_SHARE_SEEN = re.compile(
    rf"^(?:{_ACCEPTERS}|[a-z]+s)\s+(?:\w+\s+)?(?:see|can see|read|can read|look at|check)\s+(?:their|your)\b"
)


def _act_by_person(text: str) -> bool:
    low = text.lower()
    return any(
        not _SYSTEM_SUBJECT.search(low[: m.start()])
        and not re.fullmatch(_SYSTEM_NOUN, m.group(0).split()[0])
        and not (
            "confirm" in m.group(0).lower()
            and (_ACCEPTING.search(low[: m.start()]) or _ACCEPTS.match(m.group(0).lower()))
        )
        and not _OWN_SHARE_SEEN.match(low[m.start() : m.start() + 80])
        for m in find_all(text, HUMAN_ACTS)
    )


def person_in_charge(text: str) -> bool:
    """When the plan states automation, only a person with an act that puts them in charge outweighs it, in a
    clause that does not deny it; a sentence that only reads the results afterwards does not, nor an act
    whose subject is the system itself. A question the plan answers "no" to states nobody."""
    stated = _stated(text)
    return any(
        (_act_by_person(overseen_text(s)) or power_given(overseen_text(s)))
        and not watches_results_only(s)
        and not (i and _results_reviewed(s, stated[i - 1]))
        for i, s in enumerate(stated)
    )


# A bare passive look that names nobody's power and nothing looked at: "Reviewed by the Operations Director."
_BARE_REVIEW = re.compile(
    r"^\W*(?:(?:and|all|these|this|it|they|which|then)\s+)*(?:is\s+|are\s+|gets?\s+)?(?:reviewed|checked"
    r"|looked at|read|seen|gone through|discussed)\s+(?:\w+\s+){0,2}?by\b[^,;:]{0,60}$",
    re.IGNORECASE,
)


def _results_reviewed(sentence: str, before: str) -> bool:
    """A bare passive look after a sentence of results ("Monthly to the board: time back in service, release
    times. Reviewed by the Operations Director."): the look is at those results, no one in charge."""
    return (
        _BARE_REVIEW.match(sentence.strip()) is not None
        and not has_any(sentence, _POWER)
        and (has_any(before, RESULT_NOUNS) or has_any(before, RECURRING))
    )


# "Winter 1: advisory ... Winter 2: default": one word counted twice with different numbers is two stages.
_NUMBERED = re.compile(r"\b([a-z]+) (\d{1,2})\b")


# "September: beside the bookings. October: one pontoon.": a period of time that labels what follows it, at
# the start of a sentence or line. Two different such labels are two stages, however each is worded.
_PERIOD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"  # "1. Feb: only the dairy customers. 3. March: all"
    r"|spring|summer|autumn|fall|winter|(?:(?:the )?(?:first|second|third|next|following|this) )"
    r"(?:day|week|fortnight|month|term|season|quarter|year|spring|summer|autumn|winter)"
    # a quarter or half of the year ("Q1: advice only. Q2: one county"), unless it numbers a question the
    # box answers ("Q1: What do we want?")
    r"|(?:q[1-4]|h[12])(?![^.?!\n]*\?))"
)
_PERIOD_LABEL = re.compile(rf"(?:^|[.;!?\n]\s*)({_PERIOD})\s*[:–—-]\s", re.IGNORECASE)
# The same periods opening the lines of a list, with no colon: "- this year Ms Reid uses it as a
# suggestion\n- next year the model matches two forms".
_PERIOD_BULLET = re.compile(rf"(?:^|\n)\s*[-•*]\s*({_PERIOD})\b", re.IGNORECASE)
# ... or opening sentences, lower case and with no colon: "october we plan it by hand ... christmas two sites
# use it. summer all five if it worked." Two different periods opening sentences are two stages.
_PERIOD_OPENING = re.compile(rf"(?:^|[.;!?\n]\s*)({_PERIOD}|christmas|easter|new year)\s+(?![:–—-])", re.I)


def period_stages(rollout: str) -> bool:
    """Whether the rollout is laid out as periods, each labelling its own step ("September: ... October:
    ..."): two different labels are two stages."""
    labels = {m.group(1).lower() for m in _PERIOD_LABEL.finditer(rollout or "")}
    labels |= {m.group(1).lower() for m in _PERIOD_OPENING.finditer(rollout or "")}
    return len(labels | {m.group(1).lower() for m in _PERIOD_BULLET.finditer(rollout or "")}) >= 2


def numbered_stages(rollout: str) -> bool:
    seen: dict[str, set[str]] = {}
    for word, number in _NUMBERED.findall(rollout.lower()):
        seen.setdefault(word, set()).add(number)
    return any(len(numbers) >= 2 for numbers in seen.values())


def scope_clauses(rollout: str) -> str:
    """The rollout without clauses that name a person's act: "the team leader can overrule on every call"
    says how far the person reaches, not where the system runs."""
    return "\n".join(c for c in _clauses(rollout) if not has_any(c, HUMAN_ACTS) and not _PRESENT_AT.match(c))


# A person there at each one: "Me at every talk", "I'll be at each session": who watches, not where it runs.
_PRESENT_AT = re.compile(
    r"\W*(?:me|i|we|us|(?:i|we)(?:'ll| will| shall) (?:be|sit in|go)|i'?m|we'?re"
    r"|[a-z]+ (?:will be|is|goes|sits in))\s+(?:at|to|in on|present at|there for)\s+(?:every|each|all)\b",
    re.IGNORECASE,
)


# One day named for the change: a weekday or a calendar date.
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
# A weekday with its date is one day ("Monday 7 April", "Monday the 3rd"); a weekday said before another
# ("the old sheets go the Friday before") is the eve of that day, not a second stage.
_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"(?:,? (?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)?(?: {_MONTHS})?\b)?(?! before\b)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTHS}\b|\b{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\bthe \d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
)
# The change itself: the new way takes the old one's place.
_SWITCH_OVER = _p(
    r"replac\w* | switch\w* (over |across )?(to|over) | chang\w* over | cut\w* over",
    r"mov\w* (over |across )?to",
    # the new way holding from that day on: "from then on that's the rota"
    r"from (then|that (day|date|morning|week|point)|there) on(wards)?\b",
    # "from that morning every slot follows the model": the day just named, with or without "on"
    r"from that (day|date|morning|evening|moment|week)\b",
    r"(go|goes|going|went) live | tak\w* over | in the skip | (is|are) (retired|scrapped|binned|dropped)",
)
# The old way thrown out: "we bin the old paper sheets that morning", "scrap the current rota".
_DISCARD_OLD = _p(
    r"(bin|scrap|ditch|retire|throw (away|out)|get rid of|shred|remov|withdraw|collect|take (away|out))\w* "
    r"(all |of )?(the |our |those )?(old|current|existing|previous|paper|manual)\b",
    # the same in the passive: "the old round sheets are collected from the cabs"
    r"(the |our |those )?(old|current|existing|previous|paper|manual) ([\w-]+ ){0,3}(is|are|get|gets|will be|"
    r"have been|has been) (all )?(collected|removed|taken (away|out|in|off|down)|withdrawn|binned|scrapped|"
    r"retired|thrown (away|out)|shredded|switched off)\b",
    # the old way taken down by itself: "the old timetables come down the same day"
    r"(the |our |those )?(old|current|existing|previous|paper|manual) ([\w-]+ ){0,3}(come|comes|came) "
    r"(down|off)\b",
)


def old_way_discarded(rollout: str) -> bool:
    """Whether the rollout throws the old way out (so nothing runs beside the new one to go back to)."""
    return has_any(rollout, _DISCARD_OLD)


def single_switch_over(rollout: str) -> bool:
    """A rollout that names one day on which the new way takes over ("Monday the 3rd, the shops switch to the
    new lists"), and no second day: the whole scope changes at once, however it is said."""
    days = {m.group(0) for m in _DAY.finditer(rollout.lower())}
    return len(days) == 1 and (has_any(rollout, _SWITCH_OVER) or old_way_discarded(rollout))


# A step that comes later than the one before it: "then", "after a month", "if it goes well", "next year".
LATER_STEP = _p(
    r"then\b | after\b | later\b | afterwards | next\b | the rest | following",
    r"(if|once|when) (it|this|that|the \w+) (is|are|looks?|works?|goes|went|proves?|seems?)\b",
)


def stages_share_one_day(rollout: str) -> bool:
    """Stages that all start on the same named day ("Phase 1: from 1 May on all terraces. Phase 2: also from
    1 May on all of them"): the day is named more than once, no other day is named and no step comes later,
    so the stages are parts of one start, not steps in time."""
    days = [m.group(0) for m in _DAY.finditer(rollout.lower())]
    return len(days) >= 2 and len(set(days)) == 1 and not has_any(rollout, LATER_STEP)


# The power to change the system's settings taken away by its design rather than by a rule: a panel that only
# shows ("read-only"), a controller that "locks out manual changes", a configuration locked for a warranty,
# sites left without staff ("the bays are unstaffed"). Like a stated "nobody approves it", such words say no
# person can step in, however the rest of the rollout reads.
LOCKED_OUT = _p(
    r"read[- ]only | view[- ]only | display[- ]only",
    r"lock(s|ed|ing)? out (\w+ ){0,2}(manual|hand|human|staff|local|operator|user|any|all)\b",
    r"(settings?|configuration|config|controls?|parameters?|set ?points?|panel|controller) (is |are )?"
    r"(locked|sealed|frozen)\b",
    r"(unstaffed|unmanned|unsupervised|self-service sites?|no one on site|nobody on site)",
    # the means to step in left out of the design: "the panel has no manual switch"
    r"no (manual|hand|local|physical|wall) (switch|button|control|controls|override|dial)\b",
    # nobody between the system and the machine: "takes its instructions directly from the system", staff
    # left only to carry out what it says ("staff just follow the screen")
    r"(directly|straight) from the (system|model|optimi[sz]er|software|algorithm|app|computer)\b",
    r"(staff|workers?|crew|operators?) (just|only|simply|merely) (follow|obey|carry out|execute|do as)\b",
    # ... or doing exactly as it says: "door staff seat people exactly where it says"
    r"exactly (where|as|what) (it|the (system|model|app|screen|software)) (says|shows|tells|puts)",
    # the one way back left to the people served: "the only way round is the client booking a new test"
    r"only way (round|around|back|out|to (undo|change|stop|reverse|override) (it|this|that|them)) is (for )?"
    r"(the|a|an) (client|customer|user|member|patient|guest|resident|tenant|caller|pupil|student)s?\b",
    # the decision handed over whole: "pricing is the system's", "the allocation is now the model's call"
    r"(pricing|prices|decisions?|the call|choices?|the say|allocations?|rotas?|schedules?|quotes?|orders?"
    r"|bookings?|deposits?|offers?|discounts?|assignments?|routes?|settings?) (is|are) "
    r"(now |then |from then on )?(entirely |wholly |all )?(the )?"
    r"(system|model|tool|algorithm|software|app)'s\b",
)


# What the system does said to be past undoing: "sent matches are final", "once issued, the notices cannot be
# recalled". A person's own word said to be final ("the manager's decision is final") puts that person in
# charge instead, so a clause naming a possessor or a role is left alone.
_FINAL = re.compile(
    r"\b(?:is|are|become|becomes|stay|stays|remain|remains) (?:\w+ )?(?:final|irreversible|irrevocable)\b"
    r"|\b(?:can ?not|can't|cannot|won't|will not) be "
    r"(?:undone|recalled|reversed|withdrawn|unsent|taken back)\b"
)
_RULES_OWNED = re.compile(
    r"\b[\w-]+'s (?:[\w-]+ )?(?:terms|rules|policy|policies|conditions|contract|t&cs)\b", re.IGNORECASE
)
_PERSONS_WORD = re.compile(r"\b(?:decision|word|say|call|verdict|ruling|judgement|judgment)s?\b|'s\b|\bs'\s")


def finality_stated(text: str) -> bool:
    """Whether the text says the system's outputs, once out, are past anyone's changing."""
    for clause in _clauses(text.replace("’", "'")):
        found = _FINAL.search(clause.lower())
        if found is None:
            continue
        before = clause[: found.start()].strip()
        before = before[:1].lower() + before[1:]  # a capital that only opens the sentence names nobody
        # "under the gym's booking terms": an organisation's rules, not a person's word
        before = _RULES_OWNED.sub(" ", before)
        if _PERSONS_WORD.search(before.lower()) or has_any(before, HUMAN_ROLES) or _HOLDER.search(before):
            continue
        # "final once Jo signs them": the finality waits for a person
        after = clause.lower()[found.end() :]
        if _WAITS_FOR.search(after) or re.search(r"\bonce\b", after):
            continue
        return True
    return False


# "If nobody is upset, the next class": a test the rollout waits on, not a statement that no one is in charge.
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|as long as|provided|so long as)\b[^,;:.]*$")


def _absence_stated(text: str) -> bool:
    """Whether the text states an absence of people (``NO_HUMAN``) outside a condition."""
    low = text.lower().replace("’", "'")
    return any(not _CONDITION_BEFORE.search(low[: m.start()]) for m in find_all(low, NO_HUMAN))


def automation_stated(text: str) -> bool:
    """Whether the text says in words that nobody can step in: a stated absence of people ("no one approves
    them"), a denied act of oversight ("I can't pause it"), settings locked against a person's change, or
    outputs held beyond anyone's reach for a while."""
    return (
        _absence_stated(text)
        or has_any(text, LOCKED_OUT)
        or bool(denied_oversight(text))
        or finality_stated(text)
        or outputs_held(text)  # "they stand even when they look wrong"; "pausing it takes ten days"
    )


# "No price changes until the manager approves them": the denial waits for a person.
UNTIL = (r"until", r"unless", r"before", r"only (after|when|once|if)", r"except")
_OVERSIGHT_CLAUSE = re.compile(r";|\n|,|\.\s|\band\b|\balso\b|\bplus\b|\bas well as\b")


def overseen_text(text: str) -> str:
    """The text without the clauses that deny oversight ("nobody needs to approve them", "there is no way
    for anyone to override it"): a person named there checks nothing."""
    clauses = [c.strip() for c in _OVERSIGHT_CLAUSE.split(text) if c and c.strip()]
    kept = [
        c
        for c in clauses
        if (not (has_any(c, NO_HUMAN) or has_any(c, LOCKED_OUT)) or has_any(c, UNTIL) or say_kept(c))
        and not oversight_denied_in(c)
        and not finality_stated(c)
    ]
    # Nothing denied: the text as written, so that a person and the act that puts them in charge stay
    # together across an "and" ("I keep the old lists and switch back").
    return text if len(kept) == len(clauses) else "\n".join(kept)
