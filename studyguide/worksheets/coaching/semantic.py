"""The embedding half of the coaching: the offline sentence-embedding model the grader uses (all-MiniLM-L6-v2
via ``studyguide.embeddings``) compares levers with prototypes of controllable and uncontrollable things, and
sentences of the plan with prototypes of concepts the word lists may miss.

Nothing heavy is imported at module level; ``get_semantics()`` loads the model on first use. Coaching needs
only the ``Embedder`` interface (``encode(texts) -> L2-normalised rows``), so any object with that method can
stand in for the model (tests use a stub for speed).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .plan import Plan
from .rules import Note, check_plan

if TYPE_CHECKING:
    from studyguide.embeddings import Embedder

log = logging.getLogger(__name__)

# Our own short phrases: what a planner usually decides vs what merely happens to them.
CONTROLLABLE = (
    "the price we charge each customer",
    "which products we recommend and in what order",
    "the order of results on the page",
    "how much money to bet on each game",
    "which games to bet on",
    "the discount we offer",
    "when we send a reminder email",
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
)
CONCEPTS: dict[str, tuple[str, ...]] = {
    "experiment": (
        "we will randomly assign some users to a different setting and compare the results",
        "run a controlled test where the lever is varied on purpose",
        "try several prices on random groups of customers",
        "an A/B test comparing two versions",
    ),
    "human_oversight": (
        "a person checks every output before anything happens",
        "staff review the system's suggestions and can overrule them",
        "run it next to the existing process and compare by hand",
    ),
    "gradual": (
        "start with a small pilot in one place and expand later",
        "release it to a few users first, then to everyone over several months",
        "begin in a limited area and widen the scope step by step",
    ),
    "out_of_domain": (
        "the inputs in use may look different from the training data",
        "new conditions that the model never saw while learning",
        "the data changes over time so the model becomes out of date",
    ),
}

LEVER_MARGIN = 0.08  # lever must be this much closer to an uncontrollable prototype than a controllable one
LEVER_MIN_SIM = 0.40  # ...and at least this close to it
OWN_LIST_SIM = 0.80  # or this close to something the author listed as uncontrollable
# A sentence this close to one of a concept's prototypes counts as mentioning it. MiniLM similarities between
# paraphrases of a plan sentence are modest (0.3-0.45); unrelated plan sentences score 0.05-0.25.
CONCEPT_SIM = {"experiment": 0.45, "human_oversight": 0.30, "gradual": 0.28, "out_of_domain": 0.30}
MENTION_SIM = 0.55  # a model sentence this close to a lever counts as mentioning it


def _sentences(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"(?<=[.!?;])\s+|\n+", text) if p.strip()]
    return parts[:40] or ([text.strip()] if text.strip() else [])


class EmbeddingSemantics:
    """Implements ``rules.Semantics`` with a sentence-embedding model."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder
        self._ctrl = embedder.encode(list(CONTROLLABLE))
        self._unctrl = embedder.encode(list(UNCONTROLLABLE))
        self._concepts = {k: embedder.encode(list(v)) for k, v in CONCEPTS.items()}

    def lever_scores(self, lever: str) -> tuple[float, float]:
        v = self.embedder.encode([lever])[0]
        return float((self._unctrl @ v).max()), float((self._ctrl @ v).max())

    def lever_uncontrollable(self, lever: str, uncontrollables: Sequence[str]) -> bool:
        unctrl, ctrl = self.lever_scores(lever)
        if unctrl >= LEVER_MIN_SIM and unctrl - ctrl >= LEVER_MARGIN:
            return True
        if uncontrollables:
            v = self.embedder.encode([lever])[0]
            own = self.embedder.encode(list(uncontrollables)[:200])
            return float((own @ v).max()) >= OWN_LIST_SIM
        return False

    def means_any(self, text: str, concept: str) -> bool:
        sentences = _sentences(text)
        if not sentences:
            return False
        sims = self.embedder.encode(sentences) @ self._concepts[concept].T
        return float(sims.max()) >= CONCEPT_SIM[concept]

    def mentions_lever(self, text: str, levers: Sequence[str]) -> bool:
        sentences = _sentences(text)
        if not sentences or not levers:
            return False
        sims = self.embedder.encode(sentences) @ self.embedder.encode(list(levers)[:200]).T
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


@dataclass
class CheckResult:
    notes: list[Note]
    used_model: bool


def check(plan: Plan, *, use_model: bool = True, semantics=None) -> CheckResult:
    """Rules plus (when available) the embedding model."""
    sem = semantics if semantics is not None else (get_semantics() if use_model else None)
    return CheckResult(notes=check_plan(plan, sem), used_model=sem is not None)
