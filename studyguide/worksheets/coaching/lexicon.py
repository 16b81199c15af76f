"""Word patterns the coaching rules match with (regex fragments matched at a word start, lower case). The
embedding model in ``semantic.py`` generalises beyond them; lever phrases are read by ``levers.py``. Pure: no
Django, no torch."""

from __future__ import annotations

from collections.abc import Sequence

from .lever_words import SYSTEM_NOUN_PATTERN
from .patterns import word_patterns as _p  # also imported from here by the rule modules
from .text import content_stems, stem

# --- objective and metric ------------------------------------------------------------------------------
# A number one can track: units, counts, rates, money, surveys.
MEASURABLE = _p(
    r"\d | % | percent | rates?\b | ratio | proportion | share\b | revenue | profit | margin | return on",
    # ("at the counter" is a place, not a count)
    # ("totally" is an intensifier: "you'll totally see it" counts nothing)
    r"roi\b | income | cost | spend | count(?!ers?\b) | number of | how many | how much | total(?!ly\b)",
    r"per\b | measur | average | mean\b | median | minutes | hours | days | weeks | dollars | euros",
    r"pounds | kg\b | kilo | tonnes? | litres? | liters? | score | rating | survey | nps\b | csat\b | index",
    r"click | sold | sales | bookings | visits | occupancy | waiting time | time to | time from | drawdown",
    r"(each|every|a|per) (day|week|month|year|season|quarter|term|night|shift|hour|evening|morning|harvest)",
    r"(daily|weekly|monthly|yearly|annual|quarterly|nightly|hourly) | volume | amount",
)
# A number said outright: an objective with one ("cut no-shows by 20 %") carries its own target.
NUMBER_WORDS = _p(r"\d | % | percent | half\b | double | twice | triple")
# Quality of a model (a Brier score too), not of the world: fine as a check of the model, not as the metric.
MODEL_QUALITY_ALWAYS = _p(
    r"auc\b | roc\b | auroc | f1\b | f-?score | rmse | \bmse\b | mae\b | mape\b | r2\b | r-squared",
    r"log[- ]?loss | cross[- ]entropy | perplexity | bleu\b | iou\b | ndcg | map@ | confusion matrix",
    r"brier | c-?statistic | c-?index | log[- ]?likelihood | calibration error | matthews | \bmcc\b",
    r"(validation|training|test|model'?s?) (loss|error|accuracy)",
    # the same scores spelled out: "root mean squared error", "mean absolute percentage error"
    r"(root )?mean (squared?|absolute)( percentage)? error",
    # a ranking's score at a cut-off ("precision@10", "top-5 accuracy"): it grades the list, not the world
    r"(precision|recall|hits?|hit rate|accuracy|ndcg|mrr) ?@ ?(k\b|\d) | top[- ]?(k|\d+) (accuracy|recall)",
    # a classifier's score given as a fraction: "recall 0.62", "precision = 0.41" (not "recall 0.5%")
    r"(precision|recall|sensitivity|specificity):? (of |at |is |was )?=? ?0?\.\d+(?!\d|\s?%)",
)
# Any measure taken of the model itself ("the Brier score of the late-sample classifier", "calibration of our
# forecast"): its head says whose quality is measured.
MEASURE_OF_MODEL = _p(
    r"(score|error|loss|accuracy|calibration|performance|quality|precision|recall|hit rate|coefficient|kappa)"
    r"s? (of|for|on) (the|our|its|this|each) ([\w-]+ ){0,3}(model|classifier|forecasts?|"
    r"predictions?|estimates?|predictor|detector|algorithm|network|regressor|probabilit(y|ies))s?\b",
    # a warning the model raises or a call it makes, scored as a classifier is: "accuracy of the triage call"
    r"(accuracy|precision|recall|sensitivity|specificity|hit rate|false[- ]alarm rate|performance)"
    r" (of|for|on) "
    r"(the|our|its|this|each) "
    # its name may be quoted: "precision of the 'likely no-show' flag"
    r"(['‘\"“]?[\w-]+(['’]s)?['’\"”]? ){0,3}(alarms?|warnings?|alerts?|flags?|calls?|triage|guess(es)?)\b",
    # a tool's calls set against a person's on cases kept back: "agreement between the photo sorter and
    # Jean's call ... on 400 tins we keep back for testing"
    r"(agreement|agrees?|matches|match rate) (between|with) (the|our|its) ([\w-]+ ){0,3}(sorter|model|"
    r"classifier|app|tool|system|checker|scanner|camera|algorithm|predictions?|picks?|calls?)\b",
    r"(kept|keep|held|hold|set|put) (back|aside|apart) (for|to) (test|check|score|mark)",
    # The same measure owned by the model: "the matching model's top-3 hit rate".
    r"(model|classifier|forecast|prediction|predictor|detector|algorithm|network|regressor)(s'|'s) "
    r"([\w-]+ ){0,2}(score|error|loss|accuracy|calibration|performance|quality|precision|recall|hit rate)",
)
MODEL_QUALITY_AMBIGUOUS = _p(r"accura | precision | recall\b | error rate | loss\b | correct(ly)?\b")
MODEL_SCORES = _p(r"accura | precision | recall\b")  # a model's score even in a word or two
MODEL_WORDS = _p(r"model | predict | forecast | classif | detector | algorithm | score | estimate | system")
_OUR_MESSAGES = "(reminders|emails|messages|texts|calls|alerts|offers|ads|posts|notifications|letters)"
_SENT = "(sent|made|shown|placed|published|delivered)"
# Activity on the way to an outcome, not the outcome: visits, clicks, messages we sent.
PROXY_WORDS = _p(
    r"visits? to | page ?views | page visits | views\b | clicks?\b | click-?through | impressions",
    r"opens\b | open rate | likes\b | followers | time on (the )?(site|page|app) | sessions\b",
    r"traffic to | reach\b | engagement",
    r"(times|how often) (\w+ )?(open|visit|click|view|see|like|share|follow|use)s? (our|the) "
    r"(app|site|website|page|pages|posts?|emails?|newsletter|ads?)",
    f"(number|count) of (\\w+ ){{0,2}}{_OUR_MESSAGES} {_SENT} | {_OUR_MESSAGES} {_SENT}",
    # Our content consumed: "exercise videos streamed", "episodes played from the app".
    r"([\w-]+ ){0,3}(streamed|watched|played|viewed|downloaded|opened|listened to)\b",
    # ...or begun, and goods put aside on the way to a purchase: "videos started", "added to the basket"
    r"([\w-]+ ){0,3}(videos?|episodes?|clips?|podcasts?|films?|tracks?|articles?) (started|begun)\b",
    r"([\w-]+ ){0,3}(added|adds?) to (the |a |their )?(basket|cart|trolley|wish ?list|favourites)",
    r"(basket|cart) adds\b",
)
OUR_ACTIVITY = _p(f"{_OUR_MESSAGES} {_SENT}")
# After an activity noun, a sale: "sessions booked", "visits paid for" measure the business itself.
SOLD_VERBS = _p(r"booked | paid | sold | bought | completed | attended | kept | filled | redeemed | used")
# Feelings, opinions and vague states a metric should turn into a number.
FEELING_WORDS = _p(
    r"happ | satisf | like\b | love | enjoy | feel | better | pleased | content\b | loyal | trust",
    r"engaged | experience | smile | mood | nicer | improve | seems? to be going | (their|our|my) sense of",
)
PREDICTION_WORDS = _p(
    r"predict | classif | forecast | build (a|an) (model|classifier|system) | accuracy",
    # accurate about what is to come ("an accurate picture, a day ahead", "as accurately as we can, which
    # ..."), not an accurate thing made ("an accurate, complete geological map")
    r"accura\w*\W+([\w-]+\W+){0,2}?(how|which|who|when|whether|what|as we can|picture|figure|forecast"
    r"|prediction|estimate|count|number|idea|view|guess)",
    # a figure of the coming day pinned down in advance: "Have tomorrow's demand for each line pinned down by
    # 2pm today, to within 5%"
    r"(tomorrow'?s|next (day|week|month|season|year)'?s|day-ahead|week-ahead) [^.;]{0,80}"
    r"(pinned down|nailed( down)?|known|worked out|to within \d)",
    # Knowing the future is a prediction however put: "to know, a month ahead, which plants will be ripe".
    r"(know|tell|anticipate|foresee)\w*\b[^.;]{0,40}(in advance|ahead of time|ahead\b|beforehand)",
    r"(know|tell|anticipate|foresee|work out|figure out|find out)\w*"
    r"(,[^,.;]{0,40}\b(before|ahead|advance|early)\b[^,.;]{0,40},)? "
    r"(in advance |ahead )?(how many|how much|which|who|when|whether)\b"
    r"[^.;]{0,60}\b(will|(is|are|'re) going to)\b",
    # a hit rate to reach ("and be right 4 weeks out of 5", "call the frost correctly 90% of the time")
    r"(be|being|guess\w*|call\w*) (\w+ ){0,3}(right|correct(ly)?)\b[^.;]{0,40}\b"
    r"(out of|in every|of the time)",
)
OUTCOME_WORDS = _p(
    r"increase | reduce | raise | lower | maximi[sz] | minimi[sz] | more\b | fewer | less\b | improve",
    r"grow | save | profit | revenue | earn | make money | keep | protect | prevent | avoid | cut",
    r"win money | safer | safety | safely | (be|feel|feels|is|are|stay|stays) safe\b",  # not "a safe opening"
)

# --- models and decisions ------------------------------------------------------------------------------
MODEL_PREDICTIVE = _p(
    r"classif | predict | forecast | win/loss | win or lose | probabilit | chance | likelihood | how likely",
    r"scores?\b (\d|from|of|for|per|between|out of) | p\(\w+\)",
    r"regression | neural net | model of | risk score | (a|an|the) score | scores? (each|every) | estimat",
    # A graded value per case ("a need level from 0 to 100 for the coming fortnight") is a score.
    r"(level|score|rating|grade|index|rank|risk|value)s? (from|between|of) \d+ ?(to|and|-) ?\d+",
    r"(for|in|over) the (coming|next) (days?|weeks?|fortnight|months?|season|year)",
)
# A model that conditions on a choice: "given the discount", "with and without a call", "for each price".
CONDITIONED = _p(
    r"given\b | with and without | with or without | if we\b",
    r"(for|at|under) (each|every) (possible|candidate|option|choice|setting|price|level|amount|value)",
    r"depending on (the|our|which|how|whether) | for each .{0,30}(we|our)  | when (it is|we) | difference",
)
# What an optimizer does when it decides something in the world.
DECISION_WORDS = _p(
    r"decid | decision | choos | chose | pick | select | which\b | who gets",
    r"bet size | stakes?\b | allocat | assign | schedul | roster | rank",
    r"order (the|products|results|stops|books) | sort | route | set (the|each|prices|a|our) | sets? ",
    r"send | offer | call | price | plan (the|each|van|route) | suggest | recommend | approve | hold",
    r"threshold | what if | if we | lever | with and without | under each",
)
# A what-if question: a simulator that only asks what will happen ("how many will come?") decides nothing.
WHAT_IF = _p(
    r"what if | if\b | suppose | instead of | rather than | with and without | at each",
    r"for each (possible|candidate) | under (each|a|the) | when we | compared? (with|to) | versus | vs\b",
)
# An "optimizer" that only tunes the model decides nothing in the world.
MODEL_TUNING = _p(
    r"hyper-?param | learning rate | epochs? | grid search | cross-?validat",
    r"(best|better|highest|maximi[sz]e|minimi[sz]e|improve|tune) (the )?(model'?s? )?"
    r"(auc|accuracy|f1|loss|rmse|mae|precision|recall|fit|error)",
    r"(train|retrain|fit|tune)(ing)? the (model|classifier|network) | best model | model selection",
    r"feature (selection|engineering) | (auc|accuracy|f1|rmse|loss) of the model",
)
# "given all setpoints": a setpoint is by its name a setting we choose, so it names the levers together.
LEVER_WORD = _p(r"lever | set ?-?points?\b")

# --- rollout, monitoring and risks ---------------------------------------------------------------------
# A person in charge of the outputs: approve, review, stop, go back (not "reviewers", "checking X in")
HUMAN_ACTS = _p(
    r"manual | review(?!ers?\b) | oversight | supervis | check(?!(s|ed|ing)? ([\w-]+ )?in\b|-?(in|out)s?\b)",
    r"approv | sign[- ]?off | signs? off | alongside | next to\b | in parallel | shadow",
    r"in the loop | veto | overrid | overrul | confirm | suggest",
    r"advis | advice | propos | decides?\b | still (choose|decide) | final (call|say|decision)",
    r"\w+(er|or|ist|ian|ant)s? (can|may|will) "
    r"(stop|pause|switch|turn|revert|override|overrule|veto|ignore|cancel|go back|change|edit|remove|add)",
    r"can be (switched|turned|set) (off|back) | can (put|move|set|take|bring) (\w+ ){0,2}back\b",
    r"can be (stopped|paused|halted|reverted|overridden|overruled|undone)",
    r"pull the plug | can (\w+ (or|and) )?(return|restore|pull|stop|pause|halt|switch|turn|revert|override|"
    r"overrule|veto|ignore|cancel|go back|fall back|undo|roll)",
    r"\w+(er|or|ist|ian|ant|ee)s? "
    r"(sees?|reviews?|checks?|approves?|decides?|looks? at|reads?|confirms?|signs?|logs?)",
    r"by hand | (last|final) (word|say)",
    # a person given the power to act on it, whatever the verb: "the secretary, who can withdraw it", "my
    # brother can tell it where to go", "Ade has the switch to go back"
    r"who (can|may|is free to|is able to) \w+ | has the (switch|button|power|right|authority)\b",
    rf"(my|our|his|her|their) (?!({SYSTEM_NOUN_PATTERN}|schedules?)\b)\w+ "
    r"(can|may) \w+ (it|them)\b",
    r"without (her|his|their|a|the|our|my) (signature|approval|ok|okay|say|agreement|consent)",
    r"signature | \bi (check|approve|review|decide|look) | we (check|approve|review|decide|look at)",
    r"who (runs|manages|leads|owns|heads|supervises|is in charge|coordinates)",
    r"decid(e|es|ing) (herself|himself|themselves|myself|ourselves)",
    r"receives? the (schedule|plan|list|proposal|suggestion|advice|rota)s?",
    r"if (she|he|they|i|we) (is|are|am) (satisfied|happy|ok|okay|content|convinced)",
    r"(she|he|they|i) (can|may|will|could) (always )?(stop|pause|switch|turn|revert|override|overrule|veto|"
    r"ignore|cancel|go back|change|edit|undo|take over|drop|put back|reset)",
    # A person who can return to the old way, however far the verb is from its "back": "I keep the old lists
    # in the drawer and switch back", "either of us can put the old calendar back".
    r"(i|we|us|she|he|they|\w+(er|or|ist|ian|ant)s?) ([\w'-]+ ){0,8}"
    r"(switch|put|go|change|turn|set|move|bring|swap)(es|s|ed|ing)? ([\w'-]+ ){0,5}back\b",
    # A person as the one deciding, however the sentence is built: "me at the hut deciding".
    r"(me|i|we|us|she|he|him|her|they|them) ([\w-]+ ){0,4}"
    r"(deciding|approving|checking|reviewing|in charge)\b",
)
# ... and who they are. Once a plan says the system runs by itself, a role named somewhere ("a weekly report
# to the sales team", "the controller runs the vents") is no one in charge: only an act counts.
HUMAN_ROLES = _p(
    r"human | person | people\b | staff | expert | ranger | operator | analyst | underwriter | manager",
    r"moderator | founder | (archivist|curator|registrar|administrator|secretary|treasurer|therapist)s?\b",
    r"(radiologist|clinician|doctor|nurse|receptionist|editor|coordinator|inspector|agronomist|teacher|owner|"
    r"chef|cook|director|lead|head|board|committee|skipper|grower|dispatcher|planner|supervisor|matron|"
    r"librarian|producer|host|tutor|trainer|accountant|buyer|team|officer|official|warden|clerk|steward|"
    r"foreman|sister|leader|controller|pharmacist|vet|analyst|engineer|housekeeper|captain|principal)s?\b",
)
HUMAN_WORDS = (*HUMAN_ACTS, *HUMAN_ROLES)
GRADUAL_WORDS = _p(
    r"limited | small | pilot | (confined|restricted) to",
    r"one (region|site|store|city|area|team|camera|park|country|state|market|branch|clinic|school|field|shop|"
    r"line|route|ward|district|zone|depot|office|building|hospital|farm|block|van|boat|segment|category|"
    r"series|product|year group|gym|club|plot|compartment|surgery)",
    r"(in|on|at|for|with|to) (one|two|three|four|\d+|a single|a few|a pair of|a handful of) "
    r"(?!(days?|weeks?|months?|years?|terms?|quarters?|hours?|minutes?|seasons?|nights?|click|go|step|"
    r"swoop|sweep|shot|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b)\w+",
    r"(one|two|three|four|five|a pair of|a couple of|a handful of|a few|\d+) [\w-]+( [\w-]+)? "
    r"(first|only|at first|to start|to begin)",
    r"\w+ only\b(?! \w+ (in|at|on|when)\b) | (are|is|get|will be) added | (more|others?|rest) (follow|later)",
    r"subset | a few | gradual | expand | expansion | extend | widen | scale (up|out) | step by step",
    r"one at a time | (\w+ )?at a time | phase | stage | share of",
    # a share of the scope ("10% of stores first"), not a change of amount ("can add or cut up to 10%")
    r"(?<!up to )(?<!by )(?<!within )(?<!add )(?<!cut )(?<!raise )(?<!lower )(?<![±+-] )(?<![±+-])\d+ ?%"
    r"(?! (offer|finance|apr|interest|deposit|off)\b) | (?<!up to )(?<!by )(?<!within )\d+ percent",
    r"roll (it )?out to (more|all) | wider",
    r"then (to )?(the )?(whole|rest|all|every|other|more|remaining|half) | first\b.{0,80}\bthen\b",
    r"later\b | (whole|entire|all|every|rest|everywhere)\b.{0,30}\bafterwards?\b",
    r"then (the )?[a-z]+ \d+\b | [a-z]+ \d+ (for|during) (a|one|two|the first)",
    r"for (a|one|two|three|the first) (week|month|term|quarter|season|fortnight)s?,? then",
    r"(all|everywhere|the rest|others?) (from )?(next|the following) "
    r"(year|season|term|month|quarter|spring|summer|autumn|winter)",
    r"over (two|three|four|six|several|\d+) (weeks|months|quarters|terms|seasons) | paper (bets|trad)",
    r"doubling | raised? (monthly|each|every|gradually|slowly) | start(s|ing)? (with|in|on|at|by)",
    r"begin(s|ning)? (with|in|on|at|by) | after that | from there",
    r"(then|later|next|after) (the |our )?"
    r"(other|rest|remaining|busier|bigger|larger|second|next)",
    r"(gets?|join|joins|follow|follows) (it )?(only )?(in(?! place)|after|later|next|once|if)",
    r"(if|once|when|while) (it|the (numbers|results|figures|savings)) (holds?|works?|go|goes|looks? (good"
    r"|well|fine|ok|okay|right|promising|stable|sound|better))\b(?! (wrong|badly|bad|awry|off|worse))",
    r"[\w-]+ \d+ (first|only) | (others?|rest|more) (are |get |will be )?added",
    r"then (for |to |in |on |at |across )?(the )?(whole|rest|all|every|other|more|remaining)",
    r"before (anyone|everyone|the rest|others|all|any other)",
    # one named site ("at the Leeds school"), not all of a counted few ("in the six schools")
    r"(at|in|on|for) (the|our) (?!(two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|all|both)\b)"
    r"[\w-]+ (site|store|branch|office|clinic|shop|ward|depot|school|region|area|"
    r"district|line|route|farm|field|hospital|city|town|team|valley)",
    # ("the first of July", "the first Monday of next month" are dates and "at once" no condition: no stage)
    r"first\b(?! of (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)| \w*day (of|next))"
    r".{0,80}\b(after|later|next|follow|widen|extend|expand|others?|rest|remaining|(?<!at )once|when)\b",
    r"after (a|one|two|three|the first) (term|month|week|quarter|season|year|fortnight)",
    r"(a|one) (half|third|quarter|fifth|sixth|tenth) of",
)
MONITOR_WORDS = _p(
    r"monitor | track | dashboard | alert | alarm | watch | logs?\b | logging | audit | compar | reporting",
    r"(a|the|our|weekly|monthly|daily|quarterly|termly|yearly|annual|\w+-[\w-]+) ([\w-]+ )?report\b",
    r"reports? (on|of|to|are|go|every|each|weekly|monthly|daily)\b",
    r"(team|staff|manager|lead|officer|they|we|i|nurses?|volunteers?|crews?) reports?\b",
    r"reviews? (of|the|\w+ and) | review(ed)? (daily|weekly|monthly|every|each)",
    r"(look|looks|looking|go|goes|going) (at|through|over) | keep an eye | measur | count",
    r"check(ed|s)? (against|the (figures|numbers|results|readings)) | after (each|every)",
)
SENSOR_WORDS = _p(
    r"image | camera | photo | picture | video | sensor | microphone | audio | x-?ray",
    r"(ct|mri|ultrasound|medical|brain|chest|body|retinal?|pet|3d|image|photo|tissue) scans?\b",
    r"lidar | satellite | radar | thermal | webcam | probe",
)
OOD_WORDS = _p(
    r"out[- ]of[- ]domain | out[- ]of[- ]distribution | outside (the|our|its|what|anything)",
    r"distribution | domain | (domain|data|distribution|covariate|concept|demand|population) shift",
    r"shift(s|ed|ing)? (in|away|of the data) | drift | different from | differ\b | differently | unlike",
    r"not in (the|our) (training|data) | never (seen|saw|showed|shown|happened|learn) | unseen",
    r"never in (the|our|its|any) (training |past |old )?(data|records|history)",
    r"no (history|past data|records) | new (kind|type|model|variety|varieties)s? of",
    r"different (camera|sensor|device|lens|place|season|light)",
    # a replacement camera sees differently; a battery's replacement cost is no new input
    r"new (camera|sensor|device|location|site|drone|detector|scanner|instrument|probe|microscope|lens)",
    r"replacement (\w+ )?(camera|sensor|device|lens|drone|unit)",
    r"over time | stale | out of date",
    r"(bigger|colder|hotter|wetter|drier|worse|larger) than any | nothing like | not like (the|our|anything)",
    r"(younger|older|bigger|smaller) than (our|the) (usual|normal|regular|typical) | mislead",
    r"(useless|outdated|obsolete|no longer (valid|true|holds?))",
    r"(pandemic|recession|crisis|war\b|heat ?wave|flood)",
)
# Conditions that make inputs unlike the training data, when a risk or a check names them ("photos at night,
# in fog"); elsewhere in a plan ("from the first night") they say nothing about risk.
OOD_CONDITIONS = _p(
    r"night | dark | rain | snow | fog | light(ing)?\b | blur | angle | conditions | glare | sun\b",
    r"dust | covered | broken | fails?\b | dirty | season",
)
FEEDBACK_WORDS = _p(
    r"feedback | loop | reinforc | self[- ]fulfil | amplif | went really | goes really well",
    r"if it works | success | echo chamber | behaviou?r changes? | change (their|the|its) behaviou?r",
    r"adapt | game the | gaming | learn (to|that|what|the) | wait(ing|s)? (for|until) | follow us",
    r"cop(y|ies|ied|ying) (us|our|the|it|what|them|this|that)\b",  # the verb; "no shaming copy" is text
    r"crowd | odds (move|moving|shorten|drift|change)",
    r"accounts? (being |get |are |is )?(limited|closed|restricted|banned)",
    r"limit (our|winning|the) accounts? | (the )?data (we|it) (later )?learns? from | arms race | narrow",
    r"popular .{0,20} more popular",
    r"(cut|limit|reduce|close|restrict|ban) (our|my) (stakes|accounts?|bets|betting) | shorten",
    r"(they|people|customers|shoppers|users|players|competitors|rivals|others|bookmakers|scammers|fraudsters|"
    r"drivers|riders|guests|students|patients|members|staff|everyone|everybody|anyone|nobody) "
    r"(will |may |might |would |could |then |soon )?"
    r"(start|begin|stop|learn|notice|react|respond|adapt|copy|follow|change|avoid|game|exploit|expect|come|"
    r"buy|leave|switch|spend|visit|book|order|drive|wait)",
    r"feeds? back | works? too well | too well | which (changes|alters|shifts|affects) | who is left",
    r"(more|fewer) (people|customers|skiers|users|riders|drivers|guests|visitors|members|students|players|"
    r"shoppers|readers|listeners|patients) (will |may |might |would |could )?"
    r"(come|use|book|visit|drive|join|leave|arrive|ask|buy|start|stop)",
    r"(pattern|patterns|data|behaviou?r|habits) (we|it|the model) "
    r"(learned|learnt|trained on|saw|learns from)",
    r"\bif\b[^.;]{0,60}\b(faster|better|more|fewer|less|shorter|longer|cheaper|quicker|easier|works?|"
    r"succeeds?|improves?|well|everyone)\b[^.;]{0,100}\b(switch|start|stop|come|leave|wait|learn|copy|move|"
    r"change|shift|crowd|fill|drop|rise|fall|grow|shrink|empty|need|expect|order|book|use|drive|empt)",
)


# --- evidence that an element is really missing ------------------------------------------------------
# A note that something is missing needs the plan to show it: a rollout that reaches everything at once, an
# automation nobody checks. Without such evidence an unusually worded plan is left alone.
_NOT_SCOPE = (
    r"(?!(?:proposals?|suggest\w*|decisions?|changes?|outputs?|recommend\w*|plans?|orders?|assignments?|"
    r"alerts?|flags?|cases?|prices?|routes?|schedules?|lists?|picks?|choices?|results?|reports?|days?|"
    r"weeks?|months?|years?|mornings?|evenings?|nights?|times?|shifts?|hours?|quarters?|terms?|seasons?|"
    r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|steps?|stages?|them|"
    r"it|this|that|along|\d)\b)"
)
_DETERMINED = r"(?:of |our |the |its |this |these |\d+ )*+"  # possessive: the scope test sees the noun
ALL_AT_ONCE = _p(
    r"everywhere | everyone | everybody | (all|everything|every \w+) (at once|together) | in one go",
    r"(goes|go|going|switch\w*|turn\w*) (live|on) at once | all at the same time",
    r"(go|goes|going|went|switch\w*|start\w*|mov\w*|chang\w*)( [\w'-]+){0,5} (together|simultaneously)\b",
    r"(company|chain|city|country|nation|region|network|fleet|site|store|school|hospital)[- ]?wide",
    r"(for|to|in|on|at|across|by|from) (all|every) " + _DETERMINED + _NOT_SCOPE + r"\w+",
    r"(all|every) " + _DETERMINED + _NOT_SCOPE + r"\w+ (in|of|across|at|on) (the|our|its) \w+",
    r"all (our|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) "
    + _NOT_SCOPE
    + r"\w+ | all (our |the )?(customers|users|stores|shops|sites|hotels|branches)",
    r"(whole|entire) (\w+ )?(chain|company|city|country|network|site|fleet|range|catalogue|shop|store|region|"
    r"reserve|centre|center|school|hospital|college|estate|county|district|town|hub|depot|warehouse|yard)",
    r"from (the )?(launch|day one|first day|go-live|opening day|start day|opening) | (on|at|from) launch",
    r"(whole|entire) (of (the|our) )?(\w+ )?(run|season|term|programme|program|series|tour)\b",
    r"(launch|opening|first) day | replaces? the (old|current|existing)",
)
# Markers of a stage in time: a rollout that names two of them ("in July ...; August both beaches", "first ...
# then", "if it is good, also the second building") is staged, whatever its other words.
STAGE_MARKERS = _p(
    r"first\b | then\b | after\b | later\b | next\b | afterwards | thereafter | second\b | third\b",
    r"the rest",
    r"(month|week|year|phase|stage|step|wave) (\d+|one|two|three|four)\b | phase\b | stage\b",
    r"(in|from|by|until|till) (january|february|march|april|may|june|july|august|september|october|"
    r"november|december|spring|summer|autumn|fall|winter)\b",
    r"(if|once|when) (it|this|that|the \w+) (is|are|looks?|works?|goes|went|proves?|seems?) "
    r"(good|well|fine|ok|okay|better|right|useful)",
    # the widening waits on the first stage's result: "summer all five if it worked"
    r"(if|once|when) (it|this|that|the \w+) (has )?(worked|succeeded|went well|has gone well)",
    # A rollout that opens on a count of units ("Two ships, one season: ...") names its first stage.
    r"^[\s*•-]*(one|two|three|four|five|six|a few|a couple of|\d+) (?!(all|of|in|at|on|to|and|or|per|%|"
    r"days?|weeks?|months?|years?|hours?|minutes?|times?)\b)[a-z][\w-]*",
)
# Oversight denied: "nobody needs to approve them", "without any review", "set automatically".
NO_HUMAN = _p(
    r"nobody | no one | no-one | no human | no person | no staff | unattended | hands[- ]off | automatic",
    r"by itself | on its own | by themselves | on their own",
    r"without (any |a |human |manual |staff |our |their )*(review|check|approval|sign[- ]?off|oversight|"
    r"person|human|people|staff|anyone|intervention|looking)",
    r"not (be )?(checked|reviewed|approved|overseen|supervised|looked at)",
    r"never (checked|reviewed|approved)",
    r"no (need|review|check|approval|sign[- ]?off|oversight|checks)\b",
    r"no (manual |human |staff )?(override|overrides|veto|off[- ]switch|intervention)\b",
    # carried out just as the tool puts it out: "crews drive them as issued"
    r"as (issued|generated|sent out|printed|produced) by (the|our) (app|system|model|tool|planner|software)"
    r"|(drive|drives|work|works|worked|follow|follows|followed|run|runs|do|does|done) ((them|it) as|in the "
    r"order) (issued|generated|sent|given|set|listed)\b",
    # no one in the role that would check: "We have had no coordinator since April"
    r"(have|has|had|there'?s|there is) no (coordinator|manager|supervisor|organi[sz]er|scheduler"
    r"|administrator|admin|one in charge)\b",
    # the work handed to the tool, or its output going straight to the people: "handed the rota over to the
    # app completely", "sitters receive their visits directly from the scheduling app"
    r"hand(ed|s|ing)? (the [\w-]+ |it |them |this )?over to the ([\w-]+ )?"
    r"(app|system|model|tool|software|algorithm)",
    r"(directly|straight|only|solely|purely) from the ([\w-]+ )?(app|system|model|tool|software|algorithm)\b",
    r"between themselves\b",
    # the people who handled it taken off it: "the office staff have moved onto sales, so they're out of it"
    r"(they're|they are|he's|she's|he is|she is|we're|we are|i'm|i am|is|are) (now )?(out of (it|the loop)"
    r"|no longer (involved|in the loop))",
    r"(is|are) not (allowed |meant |supposed )?to (touch|change|override|adjust|interfere)",
    # the power to stop it denied: "no procedure for pausing", "there is no way to edit or pause the routes"
    r"no (way|procedure|means|option|process|mechanism|button|switch) (to|for|of) (\w+ (or |and )?)?"
    r"(stop|paus|halt|edit|withdraw|overrid|overrul|undo|revert|cancel|switch|turn)",
)
# Looking at results (not at the system's proposals before they are used): the verb of a monitoring sentence.
LOOK_VERBS = _p(
    r"check(s|ed|ing)?(?![\w-]) | reviews?(?![\w-]) | reviewed | reviewing",
    r"look(s|ed|ing)? (at|through|over)",
    r"compar(e|es|ed|ing)\b | go(es)? (through|over) | examin | inspect(s|ed|ing)?\b | count(s|ed|ing)?\b",
    r"track(s|ed|ing)?\b | watch(es|ed|ing)?\b | discuss | stud(y|ies|ied)\b | analy[sz] | measur",
    r"keep(s)? an eye | read(s)? (the|our|its) (numbers|figures|results|reports?|data|sales|counts)",
)
RESULT_NOUNS = _p(
    r"numbers | figures | results | data\b | metrics? | kpis? | sales | revenue | income | profits? | margin",
    r"costs? | complaints | errors | mistakes | incidents | waste | losses | accidents | outcomes? | rates?",
    r"totals? | counts? | trends? | performance | takings | turnover | returns | the effect",
)
# A look that comes back regularly ("checks the bin sheet weekly") watches results, unless what is checked
# is the system's own proposal before it is used ("checks each day's plan").
RECURRING = _p(
    r"daily | weekly | monthly | quarterly | yearly | annually | nightly | fortnightly | termly",
    r"(each|every|a|per|once a) (day|week|month|quarter|year|season|term|morning|evening|night|shift|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|fortnight)",
)
OUTPUT_NOUNS = _p(
    r"plans? | proposals? | suggest | orders? | lists? | routes? | schedules? | rotas? | rosters? | prices?",
    r"assignments? | pairings? | settings? | recommend | picks? | offers? | decisions? | outputs? | changes?",
)
# A forward-looking sentence in the data fields: something will be done, not only read from the records.
FORWARD = _p(
    r"will | we'll | i'll | going to | plan(ned|ning)? (to|:) | plan:? | from now | we try | we test",
    r"next (week|month|season|year|spring|summer|autumn|winter|term)",
    r"this (year|season|spring|summer|autumn|winter|term) | we('d| would) (try|run|test|change|give|offer)",
    r"for (the next )?(\d+|two|three|four|five|six|eight|ten|a few|several) "
    r"(days|weeks|months|nights|seasons)",
)
# An optimizer that only sorts the cases by their predicted risk decides nothing ("the list sorted by risk
# is e-mailed to the technicians"); one with a goal, a limit or a number to act on does.
RANKS_BY_PREDICTION = _p(
    r"(sort|rank|order|list)(ed|s|ing)? ([\w']+ ){0,4}by (their |its |the )*((predicted |estimated )*"
    r"(risk|chance|probabilit|score|likelihood|prediction|forecast)|predicted [a-z])",
    r"list of (\w+ ){0,3}(at risk|most likely|with the highest)",
)
# The prediction handed over as it is ("the need levels appear as coloured dots", "staff get the scores",
# "Run-out date is printed beside each name"): shown, not acted on.
HANDS_OVER = _p(
    r"(scores?|levels?|ratings?|predictions?|forecasts?|probabilit\w*|risks?|chances?|estimates?|(run-?out"
    r"|expected|predicted|forecast|estimated|likely) (dates?|times?|days?))\b[^.;]{0,30}"
    r"\b(appears?|are shown|is shown|shown|displayed|printed|e-?mailed|sent|given to|go(es)? (to|out)"
    # put where people can read them: "the chances go up on the yard screen", "pinned up in the office"
    r"|go(es)? up (on|in|onto)|go(es)? on(to)? (the|a|an|our|my|each)|(put|pinned|posted) up|handed)\b",
    # a message that carries the prediction: "players get a text before each match saying who the model
    # expects to win", "an e-mail telling each parent how likely ..."
    r"\b(texts?|messages?|e-?mails?|notes?|cards?|alerts?|notifications?|letters?)\b[^.;]{0,40}"
    r"\b(saying|telling|showing|giving|with) (\w+ ){0,4}(who|what|which|how|whether|the)\b[^.;]{0,40}"
    r"\b(the model|predict\w*|expect\w*|forecast\w*|likely|chances?)\b",
    r"(gets?|receives?|sees?) the (\w+ )?(scores?|levels?|ratings?|predictions?|forecasts?|probabilit\w*)",
    # a screen or sheet as the subject that shows it: "Each nurse's handheld shows the patient's hypo risk"
    r"(screens?|handhelds?|tablets?|apps?|dashboards?|sheets?|boards?|phones?|spreadsheets?|rows?|maps?)"
    r" (shows?|displays?|lists?|flags?) (\w+'s |the |each |every |a |an |their |its )?([\w']+ ){0,2}"
    r"(scores?|levels?|ratings?|predictions?|forecasts?|probabilit\w*|risks?|chances?|estimates?)\b",
    # The prediction as the subject of a passive verb ("the risk score of every pipe is published on the
    # map", "the ranked list is saved in the folder"): something is done with the prediction, nothing with
    # the world. (Not the model's upkeep: "the scores are refitted each quarter" says how it learns.)
    r"(scores?|ratings?|predictions?|forecasts?|probabilit\w*|likelihoods?|risks?|chances?|estimates?|p\(\w+|"
    r"(ranked|risk|priority|sorted) (list|table)s?)\b[^.;]{0,50}\b(is|are|gets?|will be) (\w+ly )?"
    r"(?!(re-?)?(fitt|train|calculat|comput|estimat|learn|tun)\w*\b)([a-z]+(ed|en|wn)|read|told|said)\b",
)
OPTIMISING = _p(
    r"maximi[sz] | minimi[sz] | most\b | fewest | least\b | best\b | lowest | within | budget | constraint",
    r"limit | capacity | at most | no more than | subject to | trade[- ]off | cost | decid | choos | chose",
    r"pick | select | assign | allocat | schedul | \d+ (a|per|each) ",
    # "the top 10", "the 3 we visit"; not a span of time ("the first 2 weeks") or a clock ("the 16:00 call")
    r"(top|first|the) \d+(?![\d.,]*(-|:\d|\s(days?|weeks?|months?|hours?|years?|minutes?)\b))",
)
CONDITIONAL = _p(r"if\b | when\b | once\b | as soon as | the more\b | because\b")
# A cause written before its effect: "short slots -> regulars go elsewhere", "earlier routes may make
# surgeries take samples earlier". The cause is what comes before the connector.
CAUSES = _p(
    r"-+> | → | => | makes?\b | made\b | leads? to | led to | causes? | caused | means\b | pushes | pulls",
)
# Looser ones, read as a loop only when the effect is on our data ("pupils we invite get more help, so later
# data mix invitation with ability"; "the ranker's order shapes which listings get clicks, so logs ...").
WEAK_CAUSES = _p(r"(?<=[,;])\s+(and )?so\b | shapes?\b | shaped\b")
CAUSES = CAUSES + WEAK_CAUSES
LOOP_EFFECT = _p(
    r"data | learn | model | records? | logs?\b | notes | mix\b | patterns? | behavio | habits? | expect",
    r"wait",
    r"copy | react | adapt | game | crowd | switch | move | come | join | leave | stop | start | book | buy",
    r"visit | chang | shift | narrow | fewer | more\b | less\b | lose | vanish | disappear",
)
OOD_STATED = _p(
    r"rare\b | rarely | unusual | beyond | little data | few (of them|examples|cases|records)",
    r"(not|hardly|barely|scarcely|seldom|rarely) (ever )?(seen|covered|met)",
    r"never (brewed|made|sold|tried|had|served|fired|cleaned|done)",
)


def same_item(a: str, b: str) -> bool:
    """Whether two list rows name the same thing (most of their content words shared)."""
    sa, sb = content_stems(a), content_stems(b)
    if not sa or not sb:
        return a.strip().lower() == b.strip().lower()
    return len(sa & sb) / len(sa | sb) >= 0.6


# People a plan serves: sharing them does not link a model to a lever ("customer" is in both).
POPULATION = frozenset(
    stem(w)
    for w in """customers clients members patients users visitors guests students pupils readers listeners
    subscribers passengers shoppers buyers tenants residents people person families parents children players
    accounts""".split()
)


def mentions_lever_words(text: str, levers: Sequence[str]) -> bool:
    """Whether the text shares a content word with any of the levers (the people served do not count)."""
    stems = content_stems(text, ignore=POPULATION)
    return any(content_stems(lever, ignore=POPULATION) & stems for lever in levers)
