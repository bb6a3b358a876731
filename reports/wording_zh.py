"""Problem messages in Chinese for a Chinese event's reports.

The merge words its problems in English (scoring/, storage/). The app shows them in Chinese
through Qt's translator; the reports are Qt-free and also made by the command line, so they
read the same translations from the committed translation source (resources/translations/
panelscore_zh_CN.ts, kept by scripts/translations) and word them with scoring.wording.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from scoring.wording import Wording

TS_FILE = (
    Path(__file__).resolve().parent.parent / "resources" / "translations" / "panelscore_zh_CN.ts"
)
CONTEXT = "Messages"  # the catalogue's texts (scoring/message_catalogue.py)


def read_messages(path: Path) -> dict[str, str]:
    """English → Chinese for every finished translation of the catalogue's texts; empty if
    the file cannot be read (the report is then as before: English messages)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    table: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            source, text = message.findtext("source"), translation.text
            if source and text:
                table[source] = text
    return table


@cache
def chinese() -> Wording:
    table = read_messages(TS_FILE)
    return Wording(lambda text: table.get(text, text))


def problem_message(problem: Mapping[str, object], zh: bool) -> str:
    """The problem's message as the report prints it: in Chinese for a Chinese event."""
    message = str(problem.get("message", ""))
    return chinese().explain_problem(message, str(problem.get("kind", ""))) if zh else message
