"""The embedding half of the coaching, through the offline sentence embedder (``studyguide.embeddings``):

- lever phrases the structure could not settle (``levers.py``) are compared with prototypes of decisions
  and of states of the world;
- sentences of the plan are compared with example sentences that state a concept (an experiment, a person
  in charge, gradual steps) and sentences that do not (``exemplars.json``), where the word
  lists miss; and with a few prototypes of the other concepts.

Work is bounded and batched: ``EmbeddingSemantics.for_plan`` encodes everything a check will ask about (the
coached levers and inputs, and the plan's sentences, capped) in ONE ``encode`` call; the rules then only look
vectors up. The prototypes' vectors are saved (``prototype_vectors.npz``) so start-up does not encode them.
Nothing heavy is imported at module level; ``get_semantics()`` loads the embedder on first use. Coaching needs
only the ``Embedder`` interface (``encode(texts) -> L2-normalised rows``), so any object with that method can
stand in for the model (tests use a stub for speed).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .context import MAX_COACHED, UNSURE
from .field_judge import judged_texts
from .judge_weights import POOLED_SENTENCES, load_judge, pooled_sentences, read_vector, sentence_texts
from .levers import CONTROL, WORLD, core_phrase
from .notes import Feedback
from .plan import Plan, as_read
from .rules import coach
from .text import sentences
from .unanswered import read_unanswered_as_blank

if TYPE_CHECKING:
    import numpy as np

    from studyguide.embeddings import Embedder

log = logging.getLogger(__name__)

# Our own short phrases: what a planner decides, and what merely happens to them.
CONTROLLABLE = (
    "the price we charge each customer",
    "which products we recommend and in what order",
    "the order of results on the page",
    "how much money to stake on each bet",
    "which games to bet on",
    "the discount we offer",
    "when we send a reminder message",
    "who receives an alert",
    "where we place the cameras",
    "the threshold for raising an alarm",
    "how many staff we schedule each shift",
    "which patients are called first",
    "the wording of the message we show",
    "how much stock we order",
    "which loans we approve",
    "the route our trucks take",
    "what time the service runs",
    "the amount of fertiliser we apply",
    "our opening hours",
    "the length of the free trial",
    "which customers get a voucher",
    "how often the bus runs",
    "the menu on the lunch board",
    "the dose we spray on each field",
    "a late-night opening on Thursdays",
    "the maximum stay allowed",
    "the temperature setting of the heating",
    "the poster campaign we run",
    "how many loaves to bake",
    "the deposit we ask for",
    "when the machine switches on",
    "the difficulty of the exercises we set",
    "the size of the portions we serve",
    "which emails go out this week",
    "the layout of the shop floor",
    "whether we phone or text",
)
UNCONTROLLABLE = (
    "the weather",
    "the market",
    "competitors' prices",
    "the economy and interest rates",
    "which team wins the match",
    "the players on a sports team",
    "a team's coach and management",
    "other people's decisions",
    "what customers already like",
    "the customer's age and income",
    "the season of the year",
    "government regulation",
    "road traffic",
    "luck",
    "how wild animals behave",
    "injuries to players",
    "the stock price",
    "the number of visitors who show up",
    "how people feel today",
    "a person's mood and motivation",
    "how much it rains",
    "demand from shoppers",
    "the price of fuel",
    "school holidays",
    "illness and sick leave",
    "a rival shop opening nearby",
    "the exchange rate",
    "how many tourists arrive",
    "news events",
    "what the bookmaker offers",
    "the result of the election",
    "the quality of this year's harvest",
    "family circumstances",
    "breakdowns and outages",
    "the river level",
    "how full the car park is",
    "how many planes land at the airport that day",
    "the temperature of the sea water",
    "how cold the river is in spring",
)
CONCEPTS: dict[str, tuple[str, ...]] = {
    "experiment": (
        "we will randomly assign some users to a different setting and compare the results",
        "run a controlled test where the lever is varied on purpose",
        "try several prices on random groups of customers",
        "an A/B test comparing two versions",
        "on some days chosen by chance we change the setting and measure what happens",
    ),
    "human_oversight": (
        "a person checks every output before anything happens",
        "staff review the system's suggestions and can overrule them",
        "run it next to the existing process and compare by hand",
        "the manager decides, using the suggestions as advice",
        "someone can switch it off at any time",
    ),
    "gradual": (
        "start with a small pilot in one place and expand later",
        "release it to a few users first, then to everyone over several months",
        "begin in a limited area and widen the scope step by step",
        "a couple of sites first, then a few more at a time",
    ),
    "monitoring": (
        "we keep watching the numbers every week after launch",
        "a regular review of the results and the complaints",
        "someone looks at the figures each month and raises a flag if they change",
    ),
    "out_of_domain": (
        "the inputs in use may look different from the training data",
        "new conditions that the model never saw while learning",
        "the data changes over time so the model becomes out of date",
        "a situation unlike anything in our past records",
    ),
    # A metric that is a feeling or an activity on the way: asked only of a metric the word lists let
    # through (a feeling only when no number is named; an activity only when it shares nothing with the
    # objective).
    "feeling": (
        "customers feel happier",
        "people are proud of what they achieved",
        "guests enjoy their stay more",
        "members feel more confident",
        "visitors leave with a good feeling",
    ),
    "proxy": (
        "page views of our website",
        "downloads of our brochure",
        "clicks on the advert",
        "newsletter open rate",
        "likes and shares on social media",
        "people who saw the poster",
    ),
    "feedback_loop": (
        "our decisions change the data the model later learns from",
        "people change their behaviour once they see what the system does",
        "success attracts others who copy us or react against us",
        "the other side adapts to our actions and the advantage disappears",
    ),
}

# Example sentences that state a concept and sentences that do not, from the development worksheets
# (rebuilt by ``manage.py worksheet_coaching_exemplars``). A plan sentence states the concept when its three
# nearest "yes" examples are nearer, on average, than its three nearest "no" examples by KNN_MARGIN. Measured
# leaving each case file out (20 examples a side): at these margins it finds 60-90% of the sentences the word
# lists recognise, while crediting 1-7% of the sentences that do not state the concept. A lower margin for a
# person in charge credited flawed development plans ("the cost of the servers"). Feedback loops have no
# examples: on the 202 labelled worksheets the neighbours credited two of the five plans that never name a
# loop (by topic: "a price rise from our food supplier changes costs") and no strong plan needed them, since
# the word lists and the stated consequence of our own doing (``substance._loop_stated``) find every loop.
EXEMPLARS_PATH = Path(__file__).with_name("exemplars.json")
KNN_MARGIN = {"experiment": 0.06, "human_oversight": 0.10, "gradual": 0.08}


def load_exemplars() -> dict[str, dict[str, list[str]]]:
    try:
        return json.loads(EXEMPLARS_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


TOP_K = 3  # a lever is compared with the mean of its three nearest prototypes on each side
# How much nearer (mean of top three) the world's prototypes must be than the decisions', by structural lean.
# Settled on the development cases (levers of strong plans against listed uncontrollable inputs).
LEVER_MARGIN = {None: 0.10, CONTROL: 0.15, WORLD: -0.02}
LEVER_MIN_SIM = {None: 0.45, CONTROL: 0.45, WORLD: 0.35}  # ...and the nearest world prototype this close
OWN_LIST_SIM = 0.80  # or this close to something the author listed as uncontrollable
# A sentence this close to one of a concept's prototypes counts as stating it. MiniLM similarities between
# paraphrases of a plan sentence are modest (0.2-0.5) and some unrelated sentences reach 0.43, so the word
# lists carry most of the weight and the model only adds sentences that are near copies of a prototype.
CONCEPT_SIM = {
    "experiment": 0.50,
    "human_oversight": 0.45,
    "gradual": 0.45,
    "monitoring": 0.50,
    "out_of_domain": 0.55,
    "feedback_loop": 0.50,
    # On the labelled worksheets: metrics with no number that are feelings reach 0.43-0.67 and others at most
    # 0.28; planted activity metrics 0.54-0.70, and the one business metric above 0.60 ("pairs that exchange
    # messages") shares its words with its objective.
    "feeling": 0.45,
    "proxy": 0.60,
}
MENTION_SIM = 0.55  # a model sentence this close to a lever counts as mentioning it
MAX_SENTENCES = 160  # sentences of a plan encoded per check (each cut to SENTENCE_CHARS)
SENTENCE_CHARS = 300
TEXT_KEYS = (
    "objective",
    "metric",
    "data",
    "modeler",
    "simulator",
    "optimizer",
    "baseline",
    "rollout",
    "monitoring",
    "risks",
    "went_really_well",
    "constraints",
)


def _clip(text: str) -> str:
    return text[:SENTENCE_CHARS]


def _top_mean(sims) -> float:
    k = min(TOP_K, sims.shape[-1])
    return float(sims[sims.argsort()[-k:]].mean())


def _top_means(sims):
    """Per row, the mean of its TOP_K largest values."""
    import numpy as np

    k = min(TOP_K, sims.shape[-1])
    return np.sort(sims, axis=-1)[:, -k:].mean(axis=-1)


# The prototypes' and examples' vectors, saved by ``worksheet_coaching_exemplars`` so that a process does
# not spend a second encoding them at start-up. Plain arrays (no pickle); used only when the texts are the
# same and the embedder in use still gives the same vectors for two of them.
VECTORS_PATH = Path(__file__).with_name("prototype_vectors.npz")
CACHE_AGREEMENT = (
    0.99  # cosine between a cached vector and the live embedder's, below which the cache is stale
)


def prototype_groups() -> dict[str, tuple[str, ...]]:
    examples = load_exemplars()
    groups = {"control": CONTROLLABLE, "world": UNCONTROLLABLE, **CONCEPTS}
    for concept in KNN_MARGIN:
        if examples.get(concept, {}).get("yes") and examples[concept].get("no"):
            groups[f"{concept}:yes"] = tuple(examples[concept]["yes"])
            groups[f"{concept}:no"] = tuple(examples[concept]["no"])
    return groups


def texts_fingerprint(texts: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()


def save_vectors(embedder: Embedder, path: Path = VECTORS_PATH) -> int:
    """Encode every prototype and example and save them with the fingerprint of their texts."""
    import numpy as np

    texts = [t for group in prototype_groups().values() for t in group]
    vectors = embedder.encode(texts)
    np.savez_compressed(
        path, fingerprint=np.array(texts_fingerprint(texts)), vectors=vectors.astype(np.float16)
    )
    return len(texts)


def _cached_vectors(embedder: Embedder, texts: list[str]):
    """The saved vectors when they belong to these texts and to this embedder, else None."""
    import numpy as np

    try:
        with np.load(VECTORS_PATH, allow_pickle=False) as saved:
            if str(saved["fingerprint"]) != texts_fingerprint(texts) or len(saved["vectors"]) != len(texts):
                return None
            vectors = saved["vectors"].astype(np.float32)
    except (OSError, KeyError, ValueError):
        return None
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    live = embedder.encode([texts[0], texts[-1]])
    if live.shape[1] != vectors.shape[1] or float(min(live[0] @ vectors[0], live[1] @ vectors[-1])) < (
        CACHE_AGREEMENT
    ):
        log.info("saved prototype vectors disagree with the embedder in use; encoding them again")
        return None
    return vectors


class EmbeddingSemantics:
    """The prototypes, encoded once per process; ``for_plan`` gives the per-check ``Semantics``."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder
        groups = prototype_groups()
        texts = [t for group in groups.values() for t in group]
        vectors = _cached_vectors(embedder, texts)
        if vectors is None:
            vectors = embedder.encode(texts)  # one batch for all prototypes
        self._protos: dict[str, np.ndarray] = {}
        start = 0
        for name, group in groups.items():
            self._protos[name] = vectors[start : start + len(group)]
            start += len(group)
        self.judge = load_judge(embedder)  # {} when the weights cannot be used: rules and prototypes only
        self.judge_reads = tuple(dict.fromkeys(name for model in self.judge.values() for name in model.reads))
        self.blank = embedder.encode([""])[0] if self.judge else None  # a blank field, encoded once

    def for_plan(self, plan: Plan) -> PlanSemantics:
        """Encode, in one call, every phrase and sentence the rules may ask about for this plan."""
        wanted: list[str] = []
        for lever in plan.levers[:MAX_COACHED]:
            wanted += [core_phrase(lever) or lever, _clip(lever)]
        wanted += [_clip(u) for u in plan.uncontrollables[:MAX_COACHED]]
        budget = MAX_SENTENCES
        for key in TEXT_KEYS:
            found = [_clip(s) for s in sentences(getattr(plan, key), limit=40)][:budget]
            budget -= len(found)
            wanted += found
        if self.judge:
            texts = judged_texts(plan)
            wanted += texts.values()
            wanted += sentence_texts(self.judge_reads, texts)
        unique = list(dict.fromkeys(t for t in wanted if t.strip()))
        vectors = self.embedder.encode(unique) if unique else None
        known = {t: vectors[i] for i, t in enumerate(unique)} if vectors is not None else {}
        return PlanSemantics(self, known)

    # The old per-call interface, for callers holding no plan (each call encodes what it needs).
    def lever_uncontrollable(
        self, lever: str, uncontrollables: Sequence[str], lean: str | None = None
    ) -> bool:
        return PlanSemantics(self, {}).lever_uncontrollable(lever, uncontrollables, lean)

    def means_any(self, text: str, concept: str, slack: float = 0.0) -> bool:
        return PlanSemantics(self, {}).means_any(text, concept, slack)

    def mentions_lever(self, text: str, levers: Sequence[str]) -> bool:
        return PlanSemantics(self, {}).mentions_lever(text, levers)

    def every_sentence_reads_as(self, reader: str, text: str) -> bool:
        return PlanSemantics(self, {}).every_sentence_reads_as(reader, text)


class PlanSemantics:
    """Implements ``rules.Semantics`` from vectors encoded up front; anything else is encoded on demand."""

    def __init__(self, owner: EmbeddingSemantics, known: dict):
        self.owner = owner
        self.known = known

    def _vectors(self, texts: Sequence[str]):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self.known]
        if missing:
            for t, v in zip(missing, self.owner.embedder.encode(missing), strict=True):
                self.known[t] = v
        return np.stack([self.known[t] for t in texts])

    def judged(self, plan: Plan) -> dict[str, float]:
        """The field judge's verdicts: code -> how far the plan's score is over its threshold."""
        if not self.owner.judge:
            return {}
        texts = judged_texts(plan)
        wanted = [t for t in (*texts.values(), *sentence_texts(self.owner.judge_reads, texts)) if t.strip()]
        if wanted:
            self._vectors(wanted)  # one batch for whatever was not encoded up front

        def vector_of_text(text: str):
            return self._vectors([text])[0] if text.strip() else self.owner.blank

        def vector_of(name: str):
            return read_vector(name, texts, vector_of_text)

        return {
            code: model.margin(vector_of)
            for code, model in self.owner.judge.items()
            if not model.each_sentence  # a per-sentence reader answers a rule (``every_sentence_reads_as``)
        }

    def every_sentence_reads_as(self, reader: str, text: str) -> bool:
        """Whether the judge's per-sentence ``reader`` (``field_judge.SENTENCE_READERS``) reads every sentence
        of ``text`` as its kind; False without its weights, for a blank text, or for one longer than the
        reader takes (a long answer has room for more than the kind)."""
        model = self.owner.judge.get(reader)
        if model is None or not model.each_sentence:
            return False
        found = [s for s in pooled_sentences(text) if s.strip()]
        if not found or len(sentences(text, limit=10_000)) > POOLED_SENTENCES:
            return False
        return model.lowest_margin(self._vectors(found)) > 0

    def lever_scores(self, lever: str) -> tuple[float, float]:
        """(world, control): mean similarity to the nearest prototypes on each side."""
        v = self._vectors([lever])[0]
        protos = self.owner._protos
        return _top_mean(protos["world"] @ v), _top_mean(protos["control"] @ v)

    def lever_uncontrollable(
        self, lever: str, uncontrollables: Sequence[str], lean: str | None = None
    ) -> bool:
        world, control = self.lever_scores(lever)
        nearest = float((self.owner._protos["world"] @ self._vectors([lever])[0]).max())
        # A lever only just over the margin is left alone: calling a student's decision "not yours" on a
        # near call is worse than saying nothing.
        margin = LEVER_MARGIN.get(lean, 0.10) + UNSURE
        if nearest >= LEVER_MIN_SIM.get(lean, 0.45) and world - control >= margin:
            return True
        own = [_clip(u) for u in list(uncontrollables)[:MAX_COACHED] if u.strip()]
        if own:
            return float((self._vectors(own) @ self._vectors([lever])[0]).max()) >= OWN_LIST_SIM
        return False

    def means_any(self, text: str, concept: str, slack: float = 0.0) -> bool:
        found = [_clip(s) for s in sentences(text)]
        if not found:
            return False
        vectors = self._vectors(found)
        protos = self.owner._protos
        if f"{concept}:yes" in protos:
            yes = _top_means(vectors @ protos[f"{concept}:yes"].T)
            no = _top_means(vectors @ protos[f"{concept}:no"].T)
            if float((yes - no).max()) >= KNN_MARGIN[concept] - slack:
                return True
        return float((vectors @ protos[concept].T).max()) >= CONCEPT_SIM[concept] - slack

    def mentions_lever(self, text: str, levers: Sequence[str]) -> bool:
        found = [_clip(s) for s in sentences(text)]
        if not found or not levers:
            return False
        sims = self._vectors(found) @ self._vectors([_clip(x) for x in list(levers)[:MAX_COACHED]]).T
        return float(sims.max()) >= MENTION_SIM


_semantics: EmbeddingSemantics | None = None


def get_semantics() -> EmbeddingSemantics | None:
    """The process-wide embedding semantics, or None (rules only) if the model cannot be loaded."""
    global _semantics
    if _semantics is None:
        try:
            from studyguide.embeddings import get_embedder

            _semantics = EmbeddingSemantics(get_embedder())
        except Exception:  # noqa: BLE001 - any load failure means: coach with the rules alone
            log.exception("sentence-embedding model unavailable; coaching with rules only")
            return None
    return _semantics


def check(plan: Plan, *, use_model: bool = True, semantics: EmbeddingSemantics | None = None) -> Feedback:
    """Rules plus (when available) the embedding model: the plan's phrases are encoded in one batch."""
    sem = semantics if semantics is not None else (get_semantics() if use_model else None)
    read = as_read(read_unanswered_as_blank(plan))  # encode what the rules read
    return coach(plan, sem.for_plan(read) if sem is not None else None, read=read)
