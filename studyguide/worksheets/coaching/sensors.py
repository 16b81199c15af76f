"""Whether a plan's model works on images or sensor readings (so that inputs unlike the training data are its
first risk), read from where the plan names them. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lexicon import EXPERIMENT_WORDS, SENSOR_WORDS
from .text import content_stems, find_all, has_any, sentences

# "P(malignant) from the photos + history", "a score from the gait video": what the model works from.
_WORKS_FROM = re.compile(r"\bfrom (?:the |its |their |each |every |a |an |our )?(?:[\w-]+ )?$")


# The model names what it works from: "given the deposit and lead time", "depending on the partner".
_STATES_INPUTS = re.compile(r"\b(?:given|depending on|depends on|based on|from|using|by)\b")
_NEAR_WORDS = 3


def _near_stems(sentence: str) -> set[str]:
    """The content words within a few words of each image or reading the sentence names."""
    low = sentence.lower().replace("’", "'")
    near: set[str] = set()
    for m in find_all(low, SENSOR_WORDS):
        before, after = low[: m.start()].split()[-_NEAR_WORDS:], low[m.start() :].split()[: _NEAR_WORDS + 1]
        near |= content_stems(" ".join((*before, *after)))
    return near


def reads_images(plan) -> bool:
    """A product works on images or readings when its model or data reads them. A video we send or the photos
    we take for a listing are a lever (something we do), not what the model reads; so is a picture that is one
    of the versions an experiment tries ("the leaflet with a photo of the roof on alternate streets"). A model
    said to work from the images reads them whatever the levers do with them ("a photo review queue")."""
    modeler = plan.modeler.lower().replace("’", "'")
    if any(_WORKS_FROM.search(modeler[: m.start()]) for m in find_all(modeler, SENSOR_WORDS)):
        return True
    lever_text = " ".join(plan.levers[:40]).lower()
    stated_inputs = _STATES_INPUTS.search(modeler) is not None
    model_stems = content_stems(plan.modeler)
    for text in (plan.objective, plan.data, plan.modeler, plan.metric):
        for sentence in sentences(text):
            if text is plan.data and has_any(sentence, EXPERIMENT_WORDS):
                continue
            # A record kept beside the data ("a photo of each evening's table plan") when the model lists
            # what it works from and none of it is that record: we keep it, the model does not read it.
            if text is plan.data and stated_inputs and not _near_stems(sentence) & model_stems:
                continue
            # The image itself as a lever ("whether clients get a video"), not the act of taking one ("how
            # often each wound is photographed": the model still reads the photos).
            for m in find_all(sentence, SENSOR_WORDS):
                if not re.search(rf"\b{re.escape(m.group(0))}s?\b", lever_text):
                    return True
    return False
