"""A field that names a different thing sharing the field's name. Machine learning has its own "optimizer"
(the routine that fits a model's weights: Adam, gradient descent, a learning rate) and its own check of a
model on data kept aside (a held-out or test split, cross-validation); neither is the Drivetrain optimizer,
which chooses the levers' settings, nor the simulator, which asks what the outcome would be under other
settings. A field that speaks only of such namesakes, names no lever and asks no what-if leaves the part it
was asked for missing. Read from what the field is about (fitting or scoring the model), not from the plan's
subject. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lexicon import DECISION_WORDS, WHAT_IF
from .text import has_any, sentences

# Fitting the model: the names of training routines and their settings.
_FITTING = re.compile(
    r"\b(?:adam\w*|sgd|rmsprop|adagrad|(?:stochastic |mini-?batch )?gradient descent|back-?prop\w*"
    r"|learning rates?|batch sizes?|early stopping|weight decay|epochs?"
    r"|(?:training|validation) loss|loss function|fine-?tun\w*"
    # the kind of model and the search over its own settings: "gradient boosting, tuned with a grid search"
    # (a grid search over prices names a lever, and is then an optimizer)
    r"|gradient[- ]boost\w*|xgboost|lightgbm|catboost|random forests?|decision trees?|neural net\w*"
    r"|(?:linear|logistic) regression|grid[- ]search\w*|random search|hyper-?param\w*"
    r"|(?:tuned|trained|fitted|fit) (?:with|using|by|on))\b"
)
# An aim for the model's quality ("tune the hyperparameters for the best AUC") is an optimizer aimed at the
# wrong target: prediction_not_decision says so. Only the bare routine leaves the optimizer unstated.
_QUALITY_AIM = re.compile(
    r"\b(?:best|better|highest|lowest|maximi[sz]e|minimi[sz]e|improve|tune)\b.{0,40}?"
    r"\b(?:auc|accuracy|f1|rmse|mae|precision|recall|error|model|hyper-?param\w*)\b"
)
# Scoring the model on data kept aside: the split, and what is scored on it.
_SCORING = re.compile(
    r"\b(?:held[- ]?out|hold[- ]?out|test(?:ing)? (?:set|split|data|sample|period)"
    r"|validation (?:set|split|data)|back-?test\w*|cross-?validat\w*|train(?:ing)?[/ -]test|k-?fold"
    r"|(?:check|measure|score|evaluate|test|see) (?:\w+ ){0,2}(?:accuracy|error|fit|performance)"
    r"|(?:model'?s?|its) (?:accuracy|error|fit|performance)|accuracy|rmse|mae|auc|r2|r²"
    # the same in plain words: "test it on the last 3 months we held back and see how close it gets"
    # ("see how close the queue gets to 5 minutes" under a new rota is a what-if: the model is the subject)
    r"|held back|kept back|(?:set|kept|put) (?:\w+ )?aside"
    r"|(?:see|check|measure) how (?:close|accurate|well|good|right|far off|wrong|often right)"
    r" (?:it|the model|the forecast|the predictions?|its \w+)\b)\b"
)

# Settings set side by side ("compares each dose on held-out weeks") is a what-if question in other words.
_SETTINGS_SET_SIDE_BY_SIDE = (
    r"compar",
    r"each\b",
    r"every\b",
    r"different",
    r"alternative",
    r"other (?!than)",
)


def _only(text: str, about: re.Pattern[str]) -> bool:
    parts = sentences(text) or [text]
    return all(about.search(p.lower()) for p in parts)


def fits_the_model_only(optimizer: str, names_a_lever: bool) -> bool:
    """Whether the optimizer field names only the routine that trains the model ("Adam, learning rate 0.001,
    batch size 32"): every sentence about fitting, no lever named, nothing chosen."""
    text = (optimizer or "").strip()
    if not text or names_a_lever or _QUALITY_AIM.search(text.lower()) or not _only(text, _FITTING):
        return False
    # what is left once the training words are gone must choose nothing: "Adam decides the rota" names a
    # person, "a learning rate schedule" no schedule of work
    return not has_any(_FITTING.sub(" ", text.lower()).replace("schedule", " "), DECISION_WORDS)


def scores_the_model_only(simulator: str) -> bool:
    """Whether the simulator field names only a check of the model on data kept aside ("held-out 20% of
    last year's visits, to check accuracy"): every sentence about scoring and no what-if asked. A lever's
    word may name the records scored ("visits"), so it shows no question."""
    text = (simulator or "").strip()
    return bool(text) and not has_any(text, (*WHAT_IF, *_SETTINGS_SET_SIDE_BY_SIDE)) and _only(text, _SCORING)


__all__ = ["fits_the_model_only", "scores_the_model_only"]
