"""The event of bench/judge_ui.py (setup, not measured): 250 projects × 40 judges, each
project with a 30-page PDF, built into a package and imported into a data folder."""

from __future__ import annotations

from pathlib import Path

from demo.synthetic import synthetic_event
from storage.package import PackageInfo, build_package
from storage.workspace import Workspace

PAGES = 30
PDF_VARIANTS = 4  # neighbouring projects get different PDFs (no cache can hide a switch)
JUDGE = "J01"


def write_pdf(path: Path, variant: int, pages: int = PAGES) -> None:
    """A 30-page 申报材料: a header, a heading, paragraphs of Chinese text, a bar chart."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from demo.materials import FONT, _register_font, _wrap

    _register_font()
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    width, height = A4
    body = width - 50 * mm
    text = (
        "本项目围绕数字政府建设与营商环境优化，聚焦企业和群众办事的堵点难点，"
        "推动跨部门数据共享和业务协同，实现一网通办、一次办成。"
    ) * 3
    for page in range(1, pages + 1):
        canvas.setFont(FONT, 10)
        canvas.drawString(25 * mm, height - 15 * mm, f"基准评审会 · 申报材料 · 版本 {variant}")
        canvas.drawRightString(width - 25 * mm, 12 * mm, f"第 {page} 页 / 共 {pages} 页")
        canvas.setFont(FONT, 16)
        canvas.drawString(25 * mm, height - 32 * mm, f"第{page}部分 主要做法与实施成效")
        canvas.setFont(FONT, 11)
        y = height - 45 * mm
        for line in _wrap(text, body, 11):
            canvas.drawString(25 * mm, y, line)
            y -= 6.5 * mm
        # A bar chart with axes and a frame: fills, strokes and small labels.
        left, base = 30 * mm, 60 * mm
        canvas.setLineWidth(0.8)
        canvas.rect(left - 5 * mm, base - 10 * mm, body, 95 * mm)
        canvas.line(left, base, left + body - 15 * mm, base)
        canvas.line(left, base, left, base + 75 * mm)
        for bar in range(8):
            value = ((page * 7 + bar * 13 + variant * 5) % 60 + 10) * mm
            canvas.setFillColorRGB(0.2 + 0.08 * bar, 0.4, 0.7 - 0.05 * bar)
            canvas.rect(left + 5 * mm + bar * 17 * mm, base, 11 * mm, value, fill=1, stroke=0)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(FONT, 8)
            canvas.drawString(left + 5 * mm + bar * 17 * mm, base - 5 * mm, f"指标{bar + 1}")
        canvas.setStrokeColorRGB(0.8, 0.1, 0.1)
        canvas.bezier(
            left,
            base + 20 * mm,
            left + 50 * mm,
            base + 80 * mm,
            left + 90 * mm,
            base,
            left + body - 20 * mm,
            base + 60 * mm,
        )
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.showPage()
    canvas.save()


def build_event_package(root: Path) -> PackageInfo:
    """250 projects (A001…, B001…), 40 judges, one 30-page PDF per project."""
    event = synthetic_event()
    variants = []
    for variant in range(PDF_VARIANTS):
        path = root / f"variant{variant}.pdf"
        write_pdf(path, variant)
        variants.append(path.read_bytes())
    materials = root / "materials"
    materials.mkdir()
    for index, project in enumerate(event.ordered_projects()):
        target = materials / f"{project.code}-申报材料.pdf"
        target.write_bytes(variants[index % PDF_VARIANTS])
    return build_package(event, materials, root / "bench.pspkg")


def prepare_data_dir(package: Path, data_dir: Path) -> None:
    """What a judge's laptop holds after the first run: the package imported, J01 chosen."""
    workspace = Workspace.open(data_dir)
    try:
        workspace.import_package(package)
        workspace.choose_judge(JUDGE)
    finally:
        workspace.close()
