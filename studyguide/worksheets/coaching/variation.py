"""Whether the data say a lever never varied. Pure: no Django.

Records of a world where we only ever did one thing ("I have only ever done walk-ins, never any bookings",
"every store has always had the same price") cannot show what the other settings would do: like records
of our own past choices, they settle that an experiment is needed unless the plan states one in words.
The sentence must say so of the past as a whole ("only ever", "never any", "always the same"), not of one
case ("we never call on Sundays" may be one setting of a lever that does vary).

An experiment word is no experiment where the sentence turns one down ("we can't risk the linen on
trials", "no tests: the clients would notice"), nor where, right after the levers are said never to have
moved, it says what alone did vary ("only the weather and the footfall vary"): that is the world.
"""

from __future__ import annotations

from collections.abc import Sequence

from .text import has_any, sentences

NEVER_VARIED = (
    r"only ever (done|had|run|used|offered|sold|set|tried|charged|opened)",
    r"never (any|once|tried|offered|had|run|changed|varied|done|set)\b.{0,30}\b(at all|before|ever)",
    r"never (been )?(changed|varied|tried anything else)",
    r"always (been )?(the same|set the same|done the same|run the same)",
    r"(same|one) (price|setting|time|way) (for|in|at) (everyone|every|all)\b.{0,20}\b(always|since|ever)",
    # one setting held from the start ("has cost 95 from day one", "since the wheel opened"), another
    # never yet tried ("there has not been a weekday discount yet")
    r"(has|have) (cost|been|stayed|charged)\b.{0,40}\b(from|since) "
    r"(day one|the (start|beginning)|(we|i|it|they|(the|my|our|his|her) [\w-]+( [\w-]+)?) (first )?"
    r"(opened|began|started|took over|set up))",
    # ... or from the day the machine came ("have stayed at 165 C since the press was fitted", "have been
    # left at the factory values since we bought it")
    r"(has|have) (been|stayed|remained|sat|run)\b[^.;]{0,50}\b(since|from when) "
    r"(we|i|it|they|the [\w-]+( [\w-]+)?) (first )?((was|were) )?"
    r"(installed|bought|fitted|built|set up|commissioned|put in|delivered|arrived|came)\b",
    r"there (has|have)(n't| not| never) been (a|an|any)\b.{0,40}\byet\b",
    # ...or held over the whole period of the records: "the daily rate has been GBP 95 throughout"
    # ("prices have been different in each of the shops" is varied)
    r"(has|have) (been|cost|stayed|remained|charged|held)\b(?! (different|chang|var|tried|tested))[^.;]{0,60}"
    r"\b(throughout|all along|the whole time|in (every|each) (single )?(one )?of (them|those|these|the)\b)",
    # every past case said to have been done one way: "every letter we ever sent went out on a Monday"
    r"\b(every|each|all)\b[^.;]{0,40}\b(we|i|they)('ve| have)? ever\b",
    # one setting kept by everyone from the start: "changed at the same half-full mark by every attendant
    # since the machines were installed"
    r"\b(at|to|on|with) the same\b[^.;]{0,50}\b(since|ever since|from the (start|beginning)|from day one)\b",
    # held at one level since a year or the start: "Drop rate is same £1.10 since 2021", "has stayed the same
    # since we opened"
    r"\b(is|are|has been|have been|has stayed|have stayed|stayed|remained|has remained) (the )?same\b"
    r"([^.;]|\.\d){0,40}"
    r"\b(since|from) (\d{4}|day one|the (start|beginning)|we|i|it|they)\b",
    # a feature or rule never switched on: "Auto-release has never been turned on"
    r"\b(has|have) never been (turned on|switched on|enabled|activated|introduced|used)\b",
    # the lever's own note that it has never happened: "running a Saturday morning kill (never done)"
    r"\bnever (been )?(done|tried|run|held|opened|offered)\s*(\)|$|[,.;])",
    # one way kept in the writer's own words: "We've always used threes", "I have always fed at 6 pm"
    r"\b(we|i|they)('ve| have)? always (used|had|run|done|set|gone with|kept|worked in|offered|charged|sold"
    r"|opened|fed|sent|booked|started|taught|held|given|billed|priced|invoiced)\b",
    # ... or the whole service never yet offered, in the perfect: "We've never served breakfast", "the
    # shop has never sold online" (not "we never call on Sundays", one setting of a lever that may vary)
    r"\b(we|i|they|it|the [\w-]+)('ve| have| has) never (served|offered|sold|run|opened|held|given|tried"
    r"|done|made|provided|delivered|charged)\b",
    # every past case held at one setting: "Every walk has been free with a bucket", "all our classes have
    # been £12", "it's always been free"
    r"\b((every|each|all)( of)?( our| the| my)? [\w-]+( [\w-]+)? (has|have)|it'?s|it has) (always )?been"
    r" (free|the same|(at |priced at |charged at )?£\d)",
)


def lever_never_varied(data: str) -> bool:
    return has_any(data.lower(), NEVER_VARIED)


# An experiment turned down in words: a trial one cannot risk or afford, or "no tests".
REFUSED = (
    r"(can't|cannot|can not|won't|will not|couldn't|could not|mustn't|daren't|dare not|shan't) "
    r"(risk|afford|allow|have|run|do|try)\b",
    # the trial itself turned down as a verb: "We won't trial drone prices", "we're not testing it"
    r"(won't|will not|wouldn't|would not|don't|do not|not going to|(are|am|is)( not|n't)) "
    r"(be )?(trial|trialling|trialing|test|testing|pilot|piloting|experiment|experimenting)\b",
    r"no (trials?|tests?|testing|experiments?|pilots?)\b",
    r"too (risky|dangerous)\b",
    r"\b(rule[sd]? out|refuse[sd]?)\b",
    # someone else's no: "Finance won't sign off a price trial", "the board would not approve a test"
    r"(won't|will not|wouldn't|would not) (ever )?(sign( it| this)? off|agree to|approve|allow|permit|let us"
    r"|fund)\b",
    r"\b(vetoe?[sd]?|turned down|said no to)\b",
    # the trial named and then declined: "A trial with pairs means changing the risk assessment, so no"
    r",? so no\s*([.!;]|$)|\bnot (possible|allowed|an option|worth (it|the hassle))\b",
)


# Settings that differed in the records, said plainly: "we bought in July some years and October other
# years, from 4 different farmers". Past choices that varied show what a lever did, as a trial would.
VARIED_IN_RECORDS = (
    r"\bsome (years|weeks|months|days|seasons|times|nights|shifts|terms|weekends)\b[^.;]{0,60}"
    r"\bother(s| (years|weeks|months|days|seasons|times|nights|shifts|terms|weekends))\b",
    r"\b(\d+|two|three|four|five|six|several|many) different \w+",
)


def varied_in_records(data: str) -> bool:
    """Whether a sentence of the data says a setting differed across the records (not turned down)."""
    return any(
        has_any(s.lower(), VARIED_IN_RECORDS) and not has_any(s.lower(), REFUSED) for s in sentences(data)
    )


def experiment_in_words(data: str, words: Sequence[str]) -> bool:
    """Whether a sentence of the data states an experiment in words: one not turned down, and not the
    world's own variation named right after a lever that never varied ("...; only the weather varies")."""
    previous_kept = False
    for sentence in sentences(data):
        lowered = sentence.lower()
        worlds_own = previous_kept and lowered.startswith("only ")
        if has_any(lowered, words) and not has_any(lowered, REFUSED) and not worlds_own:
            return True
        previous_kept = lever_never_varied(lowered)
    return False
