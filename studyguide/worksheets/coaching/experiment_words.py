"""Word patterns about data and experiments: a deliberate, partial change of a lever (an experiment however
worded), a policy tested on the past where our action cannot change the event, and records that are only our
own past choices. Split from ``lexicon``. Pure: no Django, no torch."""

from __future__ import annotations

from .patterns import word_patterns as _p

EXPERIMENT_WORDS = _p(
    r"experiment | (?<!not )randomi[sz] | (?<!not )random(ly)?\b | at random | by lot | drawn by lot",
    r"alternat | (every|each) other \w+ | (for|on|in|to|with) (a random )?half (of )?(the|our|all)",
    r"(even|odd)[- ](numbered )?\w+",
    r"(try|trial|test)(ing)? (two|three|several|different|new|cheaper|lower|higher) | a/b | ab test",
    r"split[- ]test | control group | test group | hold-?out | trial | vary | varied | varying | pilot",
    r"flip(ping)? a coin | coin | toss | draw(ing|n)? (lots|names|by lot) | by chance | dice | a die\b",
    r"switch(ing)? (each|every) (day|week|night|month) | (on|in) alternate (days|weeks|nights|months)",
    r"(picked|chosen|selected|assigned) (by|at) (chance|random|lot)",
)
# A deliberate, partial change in the plan's data section is an experiment however it is worded: "for a month
# we flip between two radii each night", "two schools try it for a term while two similar ones keep theirs".
CHANGE_VERBS = _p(
    r"try | tries | trying | tried | test | trial",
    r"vary | varies | varying | chang | switch | flip | alternat",
    r"swap | lower | raise | move | add | offer | give",
    r"send | run | put | set | split | assign | rotat | pilot",
)
PARTIAL_WORDS = _p(
    r"random | by lot | some (days|nights|weeks|stores|shops|customers|streets|schools|routes|areas|fields)",
    r"half | part of | a few | between .{1,40} and | each (day|night|week|morning|evening)",
    r"alternate | other (days|weeks|half|nights) | while | whereas | compar | versus | vs\b | against",
    r"control | similar | unchanged | as (they|it) (are|is|was) | keep(s)? theirs | left as",
    r"die\b | dice | coin | chosen | (every|each) (other|second|third|2nd|3rd|alternate) \w+",
    r"picked | selected | drawn | (two|three|four|five|\d+) (of|similar|out of)",
)
# Where our action cannot change the event (bets do not change who wins), the policy is tested on the past
# and then with small stakes: a backtest, paper bets.
OUTCOME_INDEPENDENT = _p(
    r"bet(s|ting)?\b | wager | stakes?\b | odds\b | bookmaker | bookie | punt | gambl | sportsbook",
    r"(stock|share|crypto|forex)s? (trading|picks?) | trading (stocks|shares|crypto|currencies)",
    r"portfolio",
)
POLICY_TEST_WORDS = _p(
    r"back-?test | paper[- ](bet|trad) | small (real )?stakes",
    r"(past|historical|old|previous|last) (odds|prices|seasons?)",
    r"seasons? (kept|held|set) (aside|apart|out) | simulat | replay | out[- ]of[- ]sample",
    r"(kept|held|set) (aside|apart)",
)

# Data that are our own past choices ("the markdowns staff chose", "all what I chose before"): records that
# cannot show what a different choice would have done. With no experiment in words, that settles the note.
PAST_CHOICES = _p(
    r"(i|we|staff|they|she|he|the \w+) (chose|picked|selected|decided|set)\b",
    r"(chosen|picked|selected|decided|set) by (us|me|staff|hand|the \w+)",
    r"(the|our|my|their) (past |own )?(choices|decisions)",
)
