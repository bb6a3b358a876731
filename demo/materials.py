"""Demo materials: a few pages of 申报材料 per project, drawn with the shipped CJK font."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from scoring.model import Event, Project

FONT_PATH = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
FONT = "WenQuanYiMicroHei"


def _register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_PATH), subfontIndex=0))


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Greedy wrap by measured width: Chinese has no spaces to break at."""
    lines: list[str] = []
    line = ""
    for char in text:
        if pdfmetrics.stringWidth(line + char, FONT, size) > width:
            lines.append(line)
            line = char
        else:
            line += char
    if line:
        lines.append(line)
    return lines


def write_material(project: Project, event: Event, path: Path, pages: int = 3) -> None:
    _register_font()
    canvas = Canvas(str(path), pagesize=A4, invariant=True)  # same bytes every build
    canvas.setTitle(f"{project.code} {project.title}")
    width, height = A4
    body = width - 50 * mm
    for page in range(1, pages + 1):
        canvas.setFont(FONT, 10)
        canvas.drawString(25 * mm, height - 15 * mm, f"{event.name} · 申报材料")
        canvas.drawRightString(width - 25 * mm, 12 * mm, f"第 {page} 页 / 共 {pages} 页")
        y = height - 35 * mm
        if page == 1:
            canvas.setFont(FONT, 18)
            for line in _wrap(f"{project.code}  {project.title}", body, 18):
                canvas.drawString(25 * mm, y, line)
                y -= 9 * mm
            canvas.setFont(FONT, 12)
            y -= 4 * mm
            for label, value in (("参评单位", project.unit), ("陈述人", project.presenter)):
                canvas.drawString(25 * mm, y, f"{label}：{value}")
                y -= 7 * mm
            y -= 6 * mm
            heading, text = "项目简介", project.summary
        else:
            heading = ("主要做法与创新举措", "实施成效与影响范围")[(page - 2) % 2]
            text = project.summary * 2
        canvas.setFont(FONT, 14)
        canvas.drawString(25 * mm, y, heading)
        y -= 9 * mm
        canvas.setFont(FONT, 11)
        for line in _wrap(text, body, 11):
            canvas.drawString(25 * mm, y, line)
            y -= 6.5 * mm
        canvas.showPage()
    canvas.save()
