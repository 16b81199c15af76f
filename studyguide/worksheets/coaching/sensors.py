"""Whether a plan's model works on images or sensor readings (so that inputs unlike the training data are its
first risk), read from where the plan names them. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lexicon import EXPERIMENT_WORDS, SENSOR_WORDS
from .text import find_all, has_any, sentences

# "P(malignant) from the photos + history", "a score from the gait video": what the model works from.
_WORKS_FROM = re.compile(r"\bfrom (?:the |its |their |each |every |a |an |our )?(?:[\w-]+ )?$")


def reads_images(plan) -> bool:
    """A product works on images or readings when its model or data reads them. A video we send or the photos
    we take for a listing are a lever (something we do), not what the model reads; so is a picture that is one
    of the versions an experiment tries ("the leaflet with a photo of the roof on alternate streets"). A model
    said to work from the images reads them whatever the levers do with them ("a photo review queue")."""
    modeler = plan.modeler.lower().replace("’", "'")
    if any(_WORKS_FROM.search(modeler[: m.start()]) for m in find_all(modeler, SENSOR_WORDS)):
        return True
    lever_text = " ".join(plan.levers[:40]).lower()
    for text in (plan.objective, plan.data, plan.modeler, plan.metric):
        for sentence in sentences(text):
            if text is plan.data and has_any(sentence, EXPERIMENT_WORDS):
                continue
            # The image itself as a lever ("whether clients get a video"), not the act of taking one ("how
            # often each wound is photographed": the model still reads the photos).
            for m in find_all(sentence, SENSOR_WORDS):
                if not re.search(rf"\b{re.escape(m.group(0))}s?\b", lever_text):
                    return True
    return False
