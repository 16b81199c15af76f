"""Whether a plan's model works on images or sensor readings (so that inputs unlike the training data are its
first risk), read from where the plan names them. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .experiment_words import EXPERIMENT_WORDS
from .levers import we_decide
from .lexicon import CAUSES, MODEL_WORDS, OOD_CONDITIONS, OOD_STATED, RECURRING, SENSOR_WORDS, _p
from .text import content_stems, find_all, has_any, listed_parts, sentences

# "P(malignant) from the photos + history", "a score from the gait video": what the model works from.
_WORKS_FROM = re.compile(r"\bfrom (?:the |its |their |each |every |a |an |our )?(?:[\w-]+ )?$")


# The model names what it works from: "given the deposit and lead time", "depending on the partner".
_STATES_INPUTS = re.compile(r"\b(?:given|depending on|depends on|based on|from|using|by)\b")
_NEAR_WORDS = 3
# What an instrument gives the model: a camera's images, or the readings a tester takes ("chance it fails
# given the charger readings"). Readings count only where the model names them: "smart meter readings" kept
# in the data are a record of use, not an input that shifts with a device.
_INSTRUMENT = SENSOR_WORDS + _p(r"readings")
# "a new shop opening nearby", "a new box at the exit": one new thing in the world. New inputs are new kinds
# ("new species", "new genres": a plural) or a new version of something the model reads.
_NEW_THING = re.compile(r"\bnew ([\w-]+)(?: ([\w-]+))?(?: ([\w-]+))?")
_PLURAL = re.compile(r"[a-z]{2}[^su]s$")
# A new one of a kind is a new kind even in the singular: "a new plant variety", "a new bus line", "a new
# type of scanner": the word names a sort of thing, not one thing met in the world ("a new box"), nor one
# role ("a new line manager"). "A new model" is left out: it is as often our own model as a new machine.
_KIND = re.compile(r"^(?:variet(?:y|ies)|kinds?|types?|sorts?|breeds?|strains?|lines?|species|versions?)$")
_KIND_ENDS = {"", "of", "or", "and"}


_LABELLED = re.compile(r"\b(?:labell?ed|tagged|annotated|marked up)\b", re.IGNORECASE)


def _new_inputs(text: str, reads: set[str]) -> bool:
    for m in _NEW_THING.finditer(text.lower()):
        first, second = m.group(1), m.group(2) or ""  # "new breeds", "new photo app": the words it names
        if _PLURAL.search(first) and content_stems(first) or content_stems(f"{first} {second}") & reads:
            return True
        if _KIND.match(second) or _KIND.match(first) and second in _KIND_ENDS:
            return True
        # the kind named after two words that say which ("a new hybrid wheat variety", "a new low-floor bus
        # type"): still a sort of thing, not one thing met in the world
        if _KIND.match(m.group(3) or "") and second not in _KIND_ENDS:
            return True
    return False


def _near_stems(sentence: str) -> set[str]:
    """The content words within a few words of each image or reading the sentence names, up to an "of" after
    it: in "photos of each hat" the hat is what is pictured, which any model of hats names, not the kind of
    picture."""
    low = sentence.lower().replace("’", "'")
    near: set[str] = set()
    for m in find_all(low, SENSOR_WORDS):
        before, after = low[: m.start()].split()[-_NEAR_WORDS:], low[m.start() :].split()[: _NEAR_WORDS + 1]
        if "of" in after:
            after = after[: after.index("of")]
        near |= content_stems(" ".join((*before, *after)))
    return near


_COUNTED_BEFORE = re.compile(
    r"\b(?:count|counts|counted|counting|number of|tally of|how many)\s+(?:\w+\s+){0,2}$"
)

# A video call or an audio chat is something people do over our service ("a usable connection for video
# calls"), not pictures or sound the model reads.
_A_WAY_TO_TALK = re.compile(r"(?:video|audio)[- ]?(?:calls?|calling|chats?|conferenc\w*|meetings?)\b")


def reads_images(plan) -> bool:
    """A product works on images or readings when its model or data reads them. A video we send or the photos
    we take for a listing are a lever (something we do), not what the model reads; so is a picture that is one
    of the versions an experiment tries ("the leaflet with a photo of the roof on alternate streets"). A model
    said to work from the images reads them whatever the levers do with them ("a photo review queue")."""
    modeler = plan.modeler.lower().replace("’", "'")
    if any(_WORKS_FROM.search(modeler[: m.start()]) for m in find_all(modeler, _INSTRUMENT)):
        return True
    lever_text = " ".join(plan.levers[:40]).lower()
    lever_stems = content_stems(lever_text)
    stated_inputs = _STATES_INPUTS.search(modeler) is not None
    model_stems = content_stems(plan.modeler)
    for text in (plan.objective, plan.data, plan.modeler, plan.metric):
        for sentence in sentences(text):
            # Images labelled for the model are its training data, even from a trial ("footage from the trial
            # camera, labelled by the fitter").
            if text is plan.data and has_any(sentence, EXPERIMENT_WORDS) and not _LABELLED.search(sentence):
                continue
            # A record kept beside the data ("a photo of each evening's table plan") when the model lists
            # what it works from and none of it is that record: we keep it, the model does not read it.
            if text is plan.data and stated_inputs and not _near_stems(sentence) & model_stems:
                continue
            # The metric counts what happens ("checklist photos our fitters upload", "cars counted by the lane
            # camera"); only a metric that scores a model says what the model reads.
            if text is plan.metric and not has_any(sentence, MODEL_WORDS):
                continue
            # The image itself as a lever ("whether clients get a video"), not the act of taking one ("how
            # often each wound is photographed": the model still reads the photos).
            low = sentence.lower().replace("’", "'")
            for m in find_all(sentence, _INSTRUMENT if text is plan.modeler else SENSOR_WORDS):
                # the whole word, compared by its stem: "photographed" in the model is the lever "which
                # costumes Derek photographs"
                word = m.group(0) + re.match(r"[\w-]*", low[m.end() :]).group(0)
                # photos counted ("Count photos per recipe", "number of photos sent") are a tally of
                # something people do, not pictures the model reads
                if _COUNTED_BEFORE.search(low[: m.start()]) or _A_WAY_TO_TALK.match(low, m.start()):
                    continue
                if not re.search(rf"\b{re.escape(m.group(0))}s?\b", lever_text) and not (
                    content_stems(word) & lever_stems
                ):
                    return True
    return False


def not_ours(text: str, *, caused: bool = False) -> str:
    """The text without the sentences about what our own choices do ("our new labels come from the wounds we
    refer"): a loop, not inputs unlike the training data. With ``caused``, only those that say what our choice
    leads to ("we only revisit some jobs, so the model never learns about the rest"): "new sensors read
    differently from the ones we trained on" is still a new input."""
    return "\n".join(s for s in sentences(text) if not (we_decide(s) and (not caused or has_any(s, CAUSES))))


# What we have not met, closing the phrase that names it: "brand packs we've not done", "people we haven't
# seen before". Only at the phrase's end: "we have not had a complaint" says how things went.
NOT_MET_YET = (
    r"\b(we|i)( have|'ve| had)? (not|never) (yet )?(done|seen|met|had|handled|served|hosted|dealt with"
    r"|worked (with|for|on)|taken on)( \w+)?( before| yet| so far| until now)?\s*([.;,)\n]|$| before\b)",
    # any work of ours not done yet, closing a clause: "booklets in languages we've not printed"
    r"\b(we|i)('ve| have) (not|never) (yet )?[a-z]{3,}ed( before| yet| so far)?\s*([.;,)\n]|$)",
    r"\b(we|i) (haven't|hadn't|havent|have not|had not) (yet |ever )?(done|seen|met|had|handled|served"
    r"|hosted|dealt with|worked (with|for|on)|taken on)( \w+)?( before| yet| so far| until now)?"
    r"\s*([.;,)\n]|$)",
)
# Something of a kind not met before, whoever's act it names: "donations of a kind we have never listed" is
# a new input, though "we list" is a decision of ours.
_NEVER_MET = _p(
    r"\b(kinds?|sorts?|types?)( of [\w-]+)? (that |which )?(we|i|the model|it)( have| has|'ve| had)? "
    r"(never|not yet)\b",
    *NOT_MET_YET,
)


# Beyond all that is on record, said as a comparison with the whole of it ("a wetter summer than any year we
# have", "more weed than any in the logs", "behaves like nothing in the log"): an input outside the training
# data, whatever the quantity compared.
_BEYOND_RECORD = _p(
    r"\b(?!other\b|rather\b)\w+er than (any|anything|ever)\b",
    r"\b(more|less|fewer) [\w-]+( [\w-]+)? than (any|anything|ever)\b",
    r"\blike nothing (in|on|we|before|seen|ever)\b",
    # a comparison with the span of the record: "a spring colder than the five years logged", "wetter than
    # all our records", "busier than the whole history"
    r"\b(?:(?!other\b|rather\b)\w+er|worse|better) than (the|our|all|all the|all our|its) ([\w-]+ ){0,3}"
    r"(years?|seasons?|records?|recorded|logs?|logged|history|data)\b",
    # ... or with the record itself, or the years it spans: "faster than history shows", "hotter than 2022-25"
    r"\b(?!other\b|rather\b)\w+er than (history|records|data)\b",
    r"\b(?!other\b|rather\b)\w+er than (in )?(19|20)\d\d\s*[-–/]\s*\d{2,4}\b",
    # what the record barely holds: "a species we have barely hauled", "routes we've hardly ever run"
    r"\b(we|i)( have|'ve| had)? (barely|hardly|rarely|scarcely|seldom) (ever )?(\w+ed|seen|done|run|grown"
    r"|sold|met|had|used|taken|caught|shown|flown|driven|ridden)\b",
    # ... or holds only a few of: "not many in my notes", "hardly any in our records"
    r"\b(not many|very few|only a (few|handful)|hardly any)( of (them|those|these))? (in|on) (my|our|the)"
    r" (notes|records|data|logs?|books|history|files|diary)\b",
    # unlike the whole record, said with "different": "different nitrogen needs from anything in the maps",
    # "a route different from any we have run"
    r"\bdifferent ([\w-]+ ){0,3}from (anything|any|all)( [\w-]+){0,3} (in|on|we|i|that|the model)\b",
    # a year on record outdone: "a wet spring like 2024 but worse", "a drought like 2018, only longer"
    r"\blike (in )?(19|20)\d\d,? (but|only|and) (even )?(worse|more|\w+er)\b",
    # a newcomer with nothing on record: "new land rented with no yield history", "sites with no records"
    r"\b(with|has|have|having) no ([\w-]+ ){0,2}(history|records?|track record|past data)\b",
)


# The record said not to reach what is coming: "change traffic in ways the year of logs doesn't cover", "the
# data never saw a winter like that".
_UNCOVERED = _p(
    r"(data|dataset|logs?|records?|history|book|ledger|readings) (\w+ ){0,2}(doesn'?t|does not|don'?t|do not|"
    r"didn'?t|did not|never|can'?t|cannot|won'?t|will not|wouldn'?t|would not) (yet )?(cover|covers|covered|"
    r"see|saw|seen|span|spans|capture|captures|reach|reaches)\b",
)


# A condition said to hold up our own work ("rain at harvest delaying cutting", "snow closing the yard"): the
# risk is to the work's timing, not an input the model reads unlike its data.
_HOLDS_UP_WORK = re.compile(
    r"\b(?:delay\w*|postpon\w*|cancel\w*|halt\w*|interrupt\w*|hold(?:s|ing)? up|held up"
    r"|stop(?:s|ping)? (?:work|cutting|picking|harvest\w*|deliver\w*|the (?:work|job|round|crew)s?)"
    r"|clos(?:es|ing) (?:the )?(?:roads?|yard|site|lanes?)"
    # a mishap to our kit or people in that condition ("a forklift incident during night moves", "a van
    # breaking down in high season"): an accident to the work, not an input the model reads
    r"|incidents?|accidents?|break(?:s|ing)? down|breakdowns?|crash\w*|collisions?|injur\w*|spill\w*"
    r"|thefts?|stolen|vandal\w*)\b"
)


# The instrument itself disturbed: "the camera knocked out of line", "a probe moved", "the lens scratched".
# What it reads then differs from what it read while the data were taken, whatever the scene.
_INSTRUMENT_DISTURBED = re.compile(
    r"\b(?:cameras?|lens(?:es)?|sensors?|probes?|scanners?|microphones?|meters?|gauges?)\b[^.;\n]{0,25}"
    r"\b(?:knocked|moved|bumped|misaligned|out of (?:line|position|alignment|focus)|scratched|fogged|steamed"
    r"|tilted|swapped|replaced|recalibrated)\b"
)


# A failure is a condition of the inputs only when an instrument fails ("a sensor fails", "the camera
# failed"); "customers may complain if a repair fails" is our own work or the outcome going wrong, a costly
# mistake, not an input unlike the training data.
_FAILS = re.compile(r"\bfail(?:s|ed|ing)?\b")
_INSTRUMENT_NOUN = re.compile(
    r"\b(?:cameras?|lens(?:es)?|sensors?|probes?|scanners?|microphones?|meters?|gauges?|counters?|devices?"
    r"|detectors?|thermometers?|scales?|loggers?|readers?|batter(?:y|ies)|power|signal|wi-?fi|network)\b"
)


# A season named as a stretch of time ("prices may rise over the season", "through this season", "an
# instructor leaving mid-season"): when something happens, not a season unlike the data ("a wetter season",
# "the dry season" stay).
_SEASON_AS_SPAN = re.compile(
    r"\b(?:over|through|throughout|during|across|for|in|all|this|next|last|each|every|per|whole|of|into)"
    r"\s+(?:the\s+|this\s+|a\s+|that\s+|next\s+|whole\s+|coming\s+){0,2}$"
    r"|\bmid-?\s*$"
)


# A night named as an event ("fight night", "quiz night", "the club's race night"): when something is held,
# not the dark the inputs are read in.
_EVENT_NIGHT = re.compile(
    r"\b(?:fight|quiz|race|club|games?|bingo|karaoke|comedy|music|film|movie|curry|steak|pizza|open|ladies'?"
    r"|awards?|presentation|social|disco|darts|pool|poker|casino|gala|launch|opening|parents'?|date)\s+$"
)


def _input_condition(part: str) -> bool:
    """Whether the listed part names a condition of the inputs (``OOD_CONDITIONS``), a failure counting only
    when an instrument fails, a season only when it is not a mere stretch of time, a night only when it is
    not an event's name."""
    low = part.lower().replace("’", "'")
    found = [
        m
        for m in find_all(low, OOD_CONDITIONS)
        if not (
            m.group(0).startswith("season")
            and _SEASON_AS_SPAN.search(low[max(0, m.start() - 40) : m.start()])
        )
        and not (
            m.group(0).startswith("night") and _EVENT_NIGHT.search(low[max(0, m.start() - 30) : m.start()])
        )
    ]
    if found and all(_FAILS.fullmatch(m.group(0).strip()) for m in found):
        return bool(_INSTRUMENT_NOUN.search(low))
    return bool(found)


def new_inputs_named(plan, said: str) -> bool:
    """Whether the risks (or checks) name inputs unlike the training data in words: a condition ("at night",
    "in the rain") said of what the model reads, or something new or rare. A count of results looked at every
    so often ("inspection fails per quarter") names a result, not a condition of the inputs."""
    reads = content_stems("\n".join((plan.data, plan.modeler)))
    others = not_ours(said)
    return (
        any(
            _input_condition(s)
            and content_stems(s) & reads
            and not has_any(s, RECURRING)
            and not _HOLDS_UP_WORK.search(s.lower())
            # in a list run into one sentence, the condition and what the model reads share one item
            for s in (part for sentence in sentences(others) for part in listed_parts(sentence))
        )
        or has_any(others, OOD_STATED)
        or has_any(said, _NEVER_MET)
        or has_any(others, _BEYOND_RECORD)
        or has_any(others, _UNCOVERED)
        or _new_inputs(others, reads)
        or bool(_INSTRUMENT_DISTURBED.search(others.lower()))
    )
