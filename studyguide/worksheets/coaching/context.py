"""What one check of one plan shares: the ``Context`` the checks write their notes and strengths into, and the
``Semantics`` protocol the embedding half implements (``semantic.EmbeddingSemantics``). Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .notes import Note, make_note
from .plan import Plan
from .text import has_any

MAX_COACHED = 40  # levers (and uncontrollable inputs) read per plan; a plan with more gets a note
# How near the embedding model's margin a sentence must come for a "missing" note to be held back.
UNSURE = 0.02


class Semantics(Protocol):
    def lever_uncontrollable(
        self, lever: str, uncontrollables: Sequence[str], lean: str | None = None
    ) -> bool:
        """Whether the lever (its core phrase) reads as something the planner does not decide; ``lean`` is
        what its structure suggested (CONTROL, WORLD or None)."""
        ...

    def means_any(self, text: str, concept: str, slack: float = 0.0) -> bool:
        """Whether a sentence of the text states the concept; ``slack`` lowers the bar (a sentence that
        comes within ``slack`` of it counts), so that a note about a missing element is held back when the
        model is unsure."""
        ...

    def mentions_lever(self, text: str, levers: Sequence[str]) -> bool: ...

    def every_sentence_reads_as(self, reader: str, text: str) -> bool:
        """Whether the field judge's per-sentence ``reader`` reads every sentence of the text as its kind
        (False when its weights are not loaded)."""
        ...


@dataclass
class Context:
    """One check of one plan: what the rules found so far, shared by the checks."""

    plan: Plan
    sem: Semantics | None
    notes: list[Note] = field(default_factory=list)
    strengths: dict[str, str] = field(default_factory=dict)
    levers: list[str] = field(default_factory=list)  # the levers coached (at most MAX_COACHED)
    controllable: list[str] = field(default_factory=list)  # the levers that read as decisions
    betting: bool = False  # our action cannot change the event (bets do not change who wins)

    def add(
        self, field_name: str, code: str, message: str, *, certain: bool = False, ask: bool = False
    ) -> None:
        self.notes.append(make_note(field_name, code, message, certain=certain, ask=ask))

    def strength(self, key: str, text: str) -> None:
        self.strengths.setdefault(key, text)

    def every_sentence_reads_as(self, reader: str, text: str) -> bool:
        """The field judge's per-sentence ``reader`` on the text; False with the rules alone (or a stand-in
        semantics that has no such reader)."""
        read = getattr(self.sem, "every_sentence_reads_as", None)
        return read is not None and bool(text.strip()) and read(reader, text)

    def mentions(self, text: str, words: Sequence[str], concept: str, model_text: str | None = None) -> bool:
        """Whether the text states a concept: the word list first, the embedding model where words miss (on
        ``model_text`` when given: the fields its example sentences come from)."""
        if has_any(text, words):
            return True
        text = text if model_text is None else model_text
        return self.sem is not None and bool(text.strip()) and self.sem.means_any(text, concept)

    def absent(self, text: str, words: Sequence[str], concept: str, model_text: str | None = None) -> bool:
        """Whether the plan clearly does not state a concept: no word for it, and the embedding model not even
        close. A note that something is missing is written only then; when the model is near its margin
        the coach says nothing rather than something wrong."""
        if has_any(text, words):
            return False
        text = text if model_text is None else model_text
        return self.sem is None or not text.strip() or not self.sem.means_any(text, concept, slack=UNSURE)

    @property
    def example_lever(self) -> str | None:
        return self.controllable[0] if self.controllable else None
