"""Whether a model's input names one of a lever's bracketed options: "split by report type (hospital,
community, police)" beside an input "hospital cases". A one-word option must head the input: "local hospital
bed occupancy" reads beds, not the report type "hospital". Pure: no Django, no torch.
"""

from __future__ import annotations

from .text import content_stems, words


def names_option(option: set[str], item: str) -> bool:
    """Whether the input names the option (the stems of one bracketed option of a lever)."""
    stems = content_stems(item)
    if not option <= stems:
        return False
    last = content_stems(" ".join(words(item)[-1:]))
    return len(option) > 1 or bool(last & option)
