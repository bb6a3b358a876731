"""Look-ups the sections of ranking.pdf share: categories in results order, judge names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from reports.data import ReportData
from reports.fonts import printable, register
from reports.layout import para, styles

Project = Mapping[str, Any]


def by_category(data: ReportData) -> list[tuple[str, list[Project]]]:
    """(category key, its projects) in the order results.json lists them (rank order)."""
    groups: dict[str, list[Project]] = {}
    for project in data.projects():
        groups.setdefault(str(project["category"]), []).append(project)
    return list(groups.items())


def judge_names(data: ReportData) -> dict[str, str]:
    """Judge id → name: the event's judges, then any other name the results list."""
    names = {str(j["id"]): str(j["name"]) for j in data.results.get("judges", [])}
    names.update({judge.id: judge.name for judge in data.event.judges})
    return names


def counted_judges(data: ReportData) -> list[str]:
    """Ids of judges whose input counted, in the results' (judge) order, each once."""
    seen: list[str] = []
    for entry in data.results.get("judges", []):
        if entry["status"] == "counted" and entry["id"] not in seen:
            seen.append(str(entry["id"]))
    return seen


def judge_label(data: ReportData, judge_id: str) -> str:
    name = judge_names(data).get(judge_id, "")
    return f"{judge_id} {name}".strip() if name and name != judge_id else judge_id


def dash(value: object) -> str:
    """A published value, or an em dash for null (no score, undefined statistic)."""
    return "—" if value is None or value == "" else str(value)


def fit(text: str, width: float, size: float) -> str:
    """The text shortened with … so it fits ``width`` points (footers have one line)."""
    text = printable(text)
    font = register()
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def style(name: str, **changes: Any) -> ParagraphStyle:
    """A copy of a shared style with a few changes (font size, colour, alignment)."""
    base = styles()[name]
    return ParagraphStyle(f"{name}-{sorted(changes.items())}", parent=base, **changes)


def has_cjk(text: str) -> bool:
    return any(ord(char) >= 0x2E80 for char in text)


def paragraph(value: object, base: ParagraphStyle) -> Paragraph:
    """A paragraph that wraps like its content: CJK line breaking (anywhere) for text with
    Chinese characters, word wrapping for Latin-only text, which CJK mode would cut
    mid-word ("Innovati|on"); over-long Latin words are still split to fit."""
    content = str(value)
    return para(content, wrapping(base, content))


def wrapping(base: ParagraphStyle, content: str) -> ParagraphStyle:
    if has_cjk(content):
        return base
    return ParagraphStyle(f"{base.name}-latin", parent=base, wordWrap=None)


def room(label: str, minimum: float, size: float) -> float:
    """A column at least as wide as the longest word of its header (English headers wrap
    between words only), plus the cell padding."""
    words = [label[:4]] if has_cjk(label) else label.split()  # up to 4 CJK chars a line
    widest = max([stringWidth(w, register(), size) for w in words] + [0.0])
    return max(minimum, widest + 6.5)
