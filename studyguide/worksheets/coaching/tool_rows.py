"""List rows that name a tool or a store of records the plan works with: "Mill SCADA log", "Lab LIMS", "the
batch planning spreadsheet", "weather app feed", "a sales forecast model", "Our DMS", "Website analytics".
Such a row says where the data is kept or which tool does the work: it is no lever (nothing is set by naming
it) and no uncontrollable input (nothing in the world the model reads). Read from the row's structure: a
short noun phrase whose head is a tool, and nothing after it ("booking system outages" names an event, "the
app's price" a setting). Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .constraints_listed import every_row

_TOOL_ROW = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\W+)?(?:the |our |my |a |an )?(?:[\w'&-]+ ){0,3}"
    r"(?:system|software|database|ledger|platform|lims|scada|portal|spreadsheet|log|dashboard|app|feed"
    r"|model|tool|crm|erp|epos|analytics|tracker|telematics|website|web ?page|booking page"
    # the usual initials of a records system: a dealer's DMS, a school's MIS, a warehouse's WMS, a ward's EPR
    r"|dms|mis|wms|tms|cms|lms|bms|hris|ehr|emr|epr|pos)s?\W*$",
    re.IGNORECASE,
)


def names_a_tool(row: str) -> bool:
    return _TOOL_ROW.match(row.strip()) is not None


def only_tools(rows: list[str]) -> list[str]:
    """The rows, when there are at least two and every one names a tool or a store of records."""
    return every_row(rows, names_a_tool)


__all__ = ["names_a_tool", "only_tools"]
