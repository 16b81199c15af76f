"""A data box filled in only to say there are no records and none will be kept: "nothing yet - this is my
first season, I didn't keep anything last year", "not going to bother counting, I'll know what sells by
looking at the table". Each clause is a placeholder, a denial that anything was or will be kept, records
thrown away ("I delete them"), a judgement by eye or an impression in place of a record ("I'll get a sense of
things from the emails"), the planner's size or time as the reason ("it's just me"), the plan's newness or
nobody served yet ("no pupils of my own yet"), or, in a box that opens by denying any, records that are
someone else's ("the franchise I trained with kept the diary", "invoices for the accounts"): the box names no
data, however long it runs. Read by ``experiment_checks.check_data``. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .denials import without_list_label
from .non_answers import is_non_answer
from .text import words

_CLAUSE = re.compile(r"[,.;:(\n]|\s[-–—]\s|\bbut\b|\band\b")
# A record denied: a negation, then within a few words a verb of keeping one ("I didn't keep anything", "not
# going to bother counting", "we never wrote it down").
_NOT_KEPT = re.compile(
    r"\b(?:didn'?t|did not|never|haven'?t|have not|don'?t|do not|doesn'?t|does not|won'?t|will not|not"
    r"|no need to|no plans? to"
    r"|no one|no-one|nobody|isn'?t|is not|aren'?t|are not|wasn'?t|was not|weren'?t|were not)"
    # ("don't think we need to collect anything": four words may come between)
    r"(?: [\w']+){0,4}? (?:keep|keeps|kept|keeping|have (?:any|none|it|them)|record\w*|writ\w*|wrote|note"
    r"|notes|noted|noting|log|logs|logged|logging|gather\w*|jot\w*|document\w*|captur\w*"
    r"|track\w*|count|counts|counted|counting|save|saved|saving|collect\w*|measur\w*|weigh\w*"
    # records put away in order: "complaints aren't sorted", "the sheets never get filed"
    r"|sorted|sorting|filed|filing|stored|archived)\b"
    # the record itself said to be none: "nothing kept so far", "nothing written down"
    r"|\bnothing (?:[\w']+ ){0,2}?(?:kept|recorded|written|logged|saved|tracked|counted|noted)\b"
    # "the network has no records"
    r"|\b(?:has|have|had|holds?|keeps?) no (?:records?|data|figures|notes|files|logs?|history)\b"
)
# A judgement by eye said in place of a record: "I'll know what sells by looking at the table", "we can tell
# at a glance".
_BY_EYE = re.compile(
    r"\b(?:know|see|tell|judge|guess|work out|get a feel)\b[^.;\n]{0,60}?"
    r"\b(?:by (?:just )?(?:looking|eye|feel|sight|watching)|at a glance|from (?:just )?looking)\b"
)
# The plan's newness, the reason given for having nothing: "this is my first season", "we're just starting".
_JUST_STARTING = re.compile(
    r"\b(?:(?:my|our|the|its) (?:very )?first (?:season|year|month|week|term|time|go)|just start\w*"
    r"|starting out|brand new|new to (?:this|it)"
    # "I only started in September", "we only opened last spring"
    r"|(?:only|recently) (?:just )?(?:start\w*|began|begun|opened|set up|launched))\b"
)
# A record thrown away once used: "it's all in WhatsApp and I delete them", "the slips get binned".
# Said as an act, with who does it or what undergoes it: "bin weights" and "discards per haul" are records.
_DESTROYED = re.compile(
    r"\b(?:i|we|they|he|she)(?: \w+)? (?:delete|bin|wipe|shred|discard|throw|chuck)\w*"
    r"|\b(?:get|gets|got|are|is|were|was) (?:then |just )?(?:deleted|binned|wiped|shredded|discarded|thrown"
    r"|chucked)\b|\b(?:delete|bin|wipe|shred|discard|throw|chuck)\w* (?:them|it|those|these|everything)\b"
    # "invoices go in the bin at the year end", "it all goes into the shredder"
    # (the records themselves open the clause: "weighed before they go on the heap" keeps a record)
    r"|^(?:[\w'-]+ ){1,3}?(?:go|goes|went|end up|ends up) (?:in|into|to|on|onto) the (?:bin|shredder|skip"
    r"|recycling|tip|compost(?: heap)?|heap|bonfire)\b"
)
# Why no record is kept, the planner's size or time: "it's just me", "I'd rather spend the hours drawing",
# "too small a business for that".
_NO_ROOM_FOR_RECORDS = re.compile(
    r"\b(?:(?:it's|it is|there's|there is) (?:just|only) (?:me|us|the (?:two|three) of us)|too small"
    r"|(?:i|we)(?:'d| would) rather\b|no time (?:for|to)\b"
    r"|too (?:busy|stretched|pushed|swamped|short-staffed)"
    # "too much hassle with eight flats and a full-time job": the day job as the reason
    r"|^(?:and )?(?:a|my|our) full[- ]time (?:job|day job)$"
    # the asking itself said to deter: "collecting host details would put people off"
    r"|would (?:put (?:people|them|members|customers|clients|hosts|families) off|scare (?:people|them) off)"
    # the bother of it or the kind of person: "too much faff", "I'm not one for paperwork", "it's a hobby"
    r"|too much (?:faff|hassle|bother|paperwork|admin|effort|work)|not worth (?:the|it)\b"
    r"|not (?:one|a one|a person|someone|a man|a woman) for"
    r" (?:paperwork|records|spreadsheets|forms|admin|lists)"
    r"|(?:it's|it is) (?:only |just )?a (?:hobby|sideline|side line|side hustle|side job)"
    # the work's size as the reason: "it's a small room", "it's only a small shop"
    r"|(?:it's|it is) (?:only |just )?a (?:small|tiny|little) [\w-]+$)"
)
# An impression said in place of a record: "I'll get a sense of things from the emails", "we go by feel".
_IMPRESSION = re.compile(
    r"\b(?:get|gets|got|getting|have|go by|going by|go on|going on|rely on|trust) (?:a |my |our )?"
    r"(?:rough |general )?(?:feel|sense|feeling|impression|hunch|gut(?: feel\w*| instinct)?|instinct)\b"
    # memory in place of a record: "it's all been in my head", "I go from memory"
    r"|\b(?:in (?:my|our) (?:head|heads|memory)|from memory)\b"
    # ... or someone's: "pam just remembers who's had what done", "she knows her customers"
    r"|^(?:[\w'-]+ )?(?:just |only )?remembers?\b"
    r"|\bknows? (?:her|his|their|our|my) (?:customers|clients|regulars)\b"
)


# "Nothing really", "nothing special": the box's answer, a placeholder said with a shrug.
_NOTHING_SAID = re.compile(
    r"^(?:(?:so|and|but|probably|honestly|really|sadly) )?(?:nothing|none|not much|nothing much|zero|nil"
    r"|not really"
    # the intention denied with its verb left out: "Not planning to, too busy."
    r"|(?:i'm |we're |i am |we are )?not (?:planning|going|intending|bothering) to(?: start| begin| bother)?"
    r"|no plans?(?: to)?"
    # the need denied with its verb left out: "Don't think we need to, Pam knows her customers"
    r"|(?:i )?(?:don'?t|do not) (?:really )?(?:think|reckon) (?:we|i) need (?:to|it|them|any|one)"
    r"|no (?:records?|data|figures|notes|files))"
    r"(?: (?:really|special|formal|as such|yet|at all|so far|to speak of|honestly|sadly|planned|extra|new))*$"
    # a shrug said on its own between the clauses: "not much, honestly."
    r"|^(?:honestly|to be honest|tbh|sadly|unfortunately|i'm afraid|really|well)$"
)
# Records that exist but are not the planner's, read only after the box opens by denying any ("nothing really
# - the franchise I trained with kept the diary", "they kept all the client records", "the DVSA has the test
# results", "my bank shows what I earn"): someone else's files, or the books kept for the tax, are nothing
# gathered for the plan.
_KEPT_ELSEWHERE = re.compile(
    r"^(?:they|he|she|the (?:[\w'-]+ ){0,5}?(?:practice|firm|franchise|company|agency|school|office|employer"
    r"|owner|owners|council|club|shop|dvsa|hmrc|bank|examiners?|board|master|boss|partner|vet|trainer"
    r"|mentor|farmer|landlord)|[a-z]{2,6}(?= has\b))"
    r"(?: [\w'-]+){0,5}? (?:kept|keeps|has|have|had|holds?|held|took|owns?)\b"
    # whoever we learned or worked under, whatever the trade calls them: "the grower I trained under kept ..."
    r"|^the (?:[\w'-]+ ){1,3}(?:i|we) (?:trained|worked|apprenticed|learned|started|was|were) (?:under|with"
    r"|for|at)\b(?: [\w'-]+){0,3}? (?:kept|keeps|has|have|had|holds?|held|took|owns?)\b"
    # "the yards stay with him": the clients and their records went with the one who had them
    r"|\b(?:stay|stays|stayed|went|go|goes) with (?:him|her|them"
    r"|the (?:[\w'-]+ ){0,2}?(?:practice|firm|master|boss|owner|company))\b"
    r"|\b(?:my|our|the) bank (?:shows|has|keeps)\b"
    r"|\b(?:invoices|receipts|bank statements)\b(?: [\w'-]+){0,3}? for (?:the|my|our)"
    r" (?:accounts|accountant|tax|taxman|books|vat return)\b"
)
# Only a money total kept, for someone else's books: "just the yearly income figure for finance", "we only
# know the income". What came in overall tells nothing of what each choice did.
_MONEY_TOTAL_ONLY = re.compile(
    r"^(?:(?:just|only) )?(?:the |a )?(?:yearly|annual|monthly|weekly|total |overall )?\s*(?:income|takings"
    r"|turnover|revenue|invoice total|sales total)s?(?: figures?| totals?)?"
    r"(?: for (?:the )?(?:finance(?: team)?|accounts|accountant|tax|taxman|books|client|treasurer))?$"
    r"|^(?:we|i) (?:only|just) (?:know|have|keep|get|see) (?:the )?(?:\w+ )?"
    r"(?:income|takings|turnover|totals?|revenue)$"
)
# A record too coarse to tell anything apart, or what it leaves out, in a box that opens by denying any: "the
# till just says 'furniture'", "not sofa or what state it was in".
_TOO_COARSE = re.compile(
    r"^(?:the |our |my )?(?:till|records?|sheets?|logs?|system|receipts?|invoices?|book)s? (?:just |only )"
    r"(?:says?|shows?|records?|has|have|gives?)\b|^not \w+ or\b"
    # "till rings all bedding as one line"
    r"|^(?:the )?till rings? (?:up )?(?:all|every)\b[^.;]{0,30}\bas one\b"
    # what they leave out: "(invoices ...) but don't say if we took them down"
    r"|^(?:but )?(?:they |it )?(?:don'?t|do not|doesn'?t|does not|never) (?:say|show|tell)"
    r" (?:if|whether|which|who)\b"
    # the books kept for someone else: "invoices go to the accountant"
    r"|^(?:the )?(?:invoices|receipts|bills)\b(?: [\w'-]+){0,2}? (?:go|goes|went|are sent) to (?:the|my|our)"
    r" (?:accountant|bookkeeper|tax\w*)\b"
)
# Cash kept as cash, counted as a total, read only in a box that opens by denying any record: "Merch money
# goes in a tin and we count it at the end". A tin's total says nothing of what each choice sold.
_CASH_ONLY = re.compile(
    r"\b(?:money|cash|takings|coins|donations)\b[^.;]{0,20}?\b(?:goes|go|went|is kept|are kept|kept|put)"
    r" (?:in|into) (?:a|the|an old) (?:tin|jar|box|bag|pot|bucket|envelope|cash box)\b"
    r"|^(?:we|i|they) count (?:it|them|the (?:money|cash|takings|tin|jar))(?: up)?"
    r"(?: at the end| afterwards| after| each night| on the night| at the end of the \w+)?$"
)
# Nobody yet whose records there could be: "no pupils of my own yet", "I haven't had a client of my own yet".
_NOBODY_YET = re.compile(
    r"\b(?:no|(?:haven'?t|have not|hasn'?t|not) (?:yet )?had (?:a|any)|(?:don'?t|do not) have (?:a|any))"
    r" (?:[\w'-]+ )?(?:clients?|customers?|buyers?|pupils?|students?|learners?|patients?|members?|guests?"
    r"|tenants?|hirers?|users?|subscribers?|bookings?|orders?|jobs?|sales)\b(?: of (?:my|our) own)?(?: yet)?"
)
# The planner only just begun: "only qualified last month", "I've only just left the practice".
_JUST_BEGUN = re.compile(
    r"\b(?:only|just)(?: just)? (?:qualified|left|finished|moved|took over|taken over|bought"
    r"|set up on my own)\b"
    # opened a short while ago, and the system that would record not running yet: "the building opened three
    # weeks ago", "the till hasn't been set up with item codes yet"
    r"|\b(?:opened|started|began|begun|launched|set up|took over)(?: [\w'-]+){0,2}? (?:a|one|two|three|four"
    r"|five|six|a few|a couple of|\d+) (?:days?|weeks?|months?) ago\b"
    r"|\b(?:hasn'?t|has not|haven'?t|have not|isn'?t|is not|aren'?t|are not) (?:been |yet )?"
    r"(?:set up|installed|switched on|running|in place)\b"
)
# Getting on with the work instead: "i'll just do lessons", "that's enough for a one-man band".
_JUST_THE_WORK = re.compile(
    r"\b(?:i|we)(?:'ll| will)? just (?:do|get on with|teach|work|carry on)\b"
    r"|\bone-(?:man|woman|person) band\b"
)


def _says_nothing_kept(clause: str, opened_denying: bool = False) -> bool:
    return (
        is_non_answer(clause)
        or _NOTHING_SAID.match(clause) is not None
        or any(
            pattern.search(clause)
            for pattern in (
                _NOT_KEPT,
                _DESTROYED,
                _BY_EYE,
                _JUST_STARTING,
                _NO_ROOM_FOR_RECORDS,
                _IMPRESSION,
                _NOBODY_YET,
                _JUST_BEGUN,
                _JUST_THE_WORK,
                _MONEY_TOTAL_ONLY,
            )
        )
        or opened_denying
        and any(p.search(clause) is not None for p in (_KEPT_ELSEWHERE, _CASH_ONLY, _TOO_COARSE))
    )


# ... or out of our reach: "readings go to each host's own phone app, which we can't see"
_NOT_KEPT_AFTER = re.compile(
    r"^(?:which|that) (?:(?:is|are)(?:n't| not) kept|(?:we|i) (?:can'?t|cannot|don'?t|do not|never)"
    r" (?:see|access|get at|get hold of|reach)|(?:wipes|deletes|clears|empties|resets)(?: itself)?)\b"
)


def no_records_kept(part: str) -> bool:
    """Whether every clause of the part says there is, or will be, no record: at least one of them a denial
    (a placeholder, a record not kept or thrown away), none naming something held. Where the records sit
    is no record when the next clause throws them away ("it's all in WhatsApp and I delete them")."""
    # "Item 6: the network has no records": the minutes' own number is no clause
    low = " ".join(without_list_label(part or "").lower().replace("’", "'").split())
    clauses = [c.strip() for c in _CLAUSE.split(low) if c and c.strip(" -–—")]
    denied = any(
        is_non_answer(c) or _NOT_KEPT.search(c) or _DESTROYED.search(c) or _NOTHING_SAID.match(c)
        for c in clauses
    )
    # someone else's records count as none only in a box that opens by saying there are none
    opened_denying = bool(clauses) and (
        is_non_answer(clauses[0])
        or _NOTHING_SAID.match(clauses[0]) is not None
        or bool(_NOT_KEPT.search(clauses[0]))
    )
    # "bookings were made in the office diary, which isn't kept once the year's over": thrown away as well
    thrown_after = [bool(_DESTROYED.search(c) or _NOT_KEPT_AFTER.match(c)) for c in clauses[1:]] + [False]
    if not denied:
        return False
    elsewhere = False
    for clause, thrown in zip(clauses, thrown_after, strict=True):
        # "they kept all the client records and job files": the bare noun after "and" is theirs as well
        if elsewhere and len(words(clause)) <= 3:
            continue
        elsewhere = opened_denying and _KEPT_ELSEWHERE.search(clause) is not None
        if not (
            _says_nothing_kept(clause, opened_denying)
            or thrown
            or _NOT_KEPT_AFTER.match(clause)
            or opened_denying
            and not _HOLDS_A_RECORD.search(clause)
        ):
            return False
    return True


# In a box that opens by saying nothing is kept, a clause that names no record and nothing holding one is
# the reason or the way things go instead ("the sweeper is booked by phone", "complaints go to the council",
# "it would need someone on the gate all day"); one that does may name data after all ("but the weighbridge
# tickets show every lorry").
_HOLDS_A_RECORD = re.compile(
    r"\b(?:records?|recorded|logs?|logged|sheets?|books|diar(?:y|ies)|spreadsheets?|systems?|database|files?"
    r"|data|figures|lists?|registers?|receipts?|invoices?|notes?|apps?|till|forms?|e-?mails?|history|tickets?"
    r"|slips?|dockets?|photos?|counts?|counted|readings?|reports?|minutes|cameras?|cctv|sensors?|meters?"
    r"|show|shows|showed|holds?|held|has|have|had|keeps?|kept|tracks?|tracked|saved?|stored?|written)\b"
)
