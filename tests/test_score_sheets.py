"""score-sheets.pdf: every counted judge's sheet, checked through the real PDF text and fonts."""

from __future__ import annotations

import dataclasses
import io
import itertools
import random
import re
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw
from reportlab.graphics.barcode.qr import QrCodeWidget

from reports.cjk_wrap import CANNOT_END, CANNOT_START, block
from reports.data import JudgeSheet, ReportData
from reports.fast_table import Cell, FastTable, Row
from reports.layout import para
from reports.score_sheet_table import PORTRAIT_WIDTH, fixed, sheet_styles
from reports.score_sheets import (
    QrDrawing,
    judge_flowables,
    judge_sheet_pdf,
    qr_modules,
    qr_payload,
    score_sheets_pdf,
)
from scoring.content import SheetRow


def pdf_text(path: Path, layout: bool = True) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


def pdf_images(path: Path) -> list[str]:
    out = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True)
    return [line for line in out.stdout.decode().splitlines()[2:] if line.strip()]


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))  # type: ignore[union-attr]


def assert_fonts_embedded(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts, "no font listed"
    # Columns: name, type (one or two words), encoding, emb, sub, uni, object ID (two numbers).
    for row in fonts:
        assert row[-5] == "yes", f"font not embedded: {row}"
    assert any("WenQuanYiMicroHei" in row[0] for row in fonts)


def pages_with(text: str, needle: str) -> list[str]:
    return [page for page in text.split("\f") if needle in page]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def demo_pdf(demo_report: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(
        tmp_path_factory.mktemp("sheets"), "score-sheets.pdf", score_sheets_pdf(demo_report)
    )


def sheet_of(data: ReportData, judge_id: str) -> JudgeSheet:
    return next(s for s in data.sheets if s.judge.id == judge_id)


def with_content(sheet: JudgeSheet, **changes: Any) -> JudgeSheet:
    return dataclasses.replace(sheet, content=dataclasses.replace(sheet.content, **changes))


def test_fonts_embedded(demo_pdf: Path) -> None:
    assert_fonts_embedded(demo_pdf)


def test_every_counted_judge_with_code_and_own_pages(
    demo_report: ReportData, demo_pdf: Path
) -> None:
    text = pdf_text(demo_pdf)
    counted = [j for j in demo_report.results["judges"] if j["status"] == "counted"]
    assert len(counted) == len(demo_report.sheets) == 7
    pages = text.split("\f")
    for judge in counted:
        assert judge["name"] in text
        own = pages_with(text, judge["verification_code"])
        assert own, judge["id"]
        # Large code under the QR on the first page, and the judge line on every page.
        assert all(f"（{judge['id']}）" in page for page in own)
    # One judge per page: no page carries two judges' codes (each judge starts a new page).
    codes = [j["verification_code"] for j in counted]
    for page in pages:
        assert sum(code in page for code in codes) <= 1
    assert page_count(demo_pdf) >= len(counted)


def test_continued_pages_say_so(demo_report: ReportData, demo_pdf: Path) -> None:
    own = pages_with(
        pdf_text(demo_pdf, layout=False), sheet_of(demo_report, "J01").verification_code
    )
    assert len(own) >= 2
    assert "（续）" not in own[0]
    assert all("（续）" in page for page in own[1:])


def test_recusal_only_on_j03(demo_report: ReportData, demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    j03 = "".join(pages_with(text, sheet_of(demo_report, "J03").verification_code))
    k05 = next(line for line in j03.splitlines() if re.match(r"\s*K05\s", line))
    assert "回避" in k05
    assert not re.search(r"\d+\.\d", k05), "a recused row prints no scores"
    assert "回避 1" in j03
    # The reason wraps in its cell: compare the text without layout, spaces and line breaks.
    flat = "".join(pages_with(pdf_text(demo_pdf, layout=False), "JX3WUKPY"))
    flat = re.sub(r"\s", "", flat)
    reason = re.sub(r"\s", "", demo_report.event.conflicts[0].reason)
    assert "回避原因：" + reason in flat
    for sheet in demo_report.sheets:
        if sheet.judge.id != "J03":
            own = "".join(pages_with(text, sheet.verification_code))
            assert "回避 0" in own and "回避原因" not in own


def test_paper_input_marked(demo_report: ReportData, demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    for sheet in demo_report.sheets:
        pages = "".join(pages_with(text, sheet.verification_code))
        if sheet.judge.id == "J07":
            assert sheet.kind == "paper"
            assert "由纸质评分表录入" in pages and "纸质录入" in pages
        else:
            assert "纸质" not in pages


def test_totals_are_the_judges_exact_sums(demo_report: ReportData, demo_pdf: Path) -> None:
    sheet = sheet_of(demo_report, "J02")
    pages = "".join(pages_with(pdf_text(demo_pdf), sheet.verification_code))
    for code, values in sheet.content.scores.items():
        total = sum(values.values(), Decimal(0)).quantize(Decimal("0.1"))
        line = next(line for line in pages.splitlines() if re.match(rf"\s*{code}\s", line))
        numbers = re.findall(r"\d+\.\d", line)
        assert numbers[-1] == f"{total}", (code, line)
        assert "已提交" in line


def test_qr_is_vector_and_encodes_the_code(demo_report: ReportData, demo_pdf: Path) -> None:
    assert pdf_images(demo_pdf) == []  # no raster image: the QR codes are drawn as vectors
    sheet = sheet_of(demo_report, "J01")
    story = judge_flowables(demo_report.event, sheet, "IDNZ5Y5M", PORTRAIT_WIDTH, True)

    def drawings(items: Any) -> list[QrDrawing]:
        found: list[QrDrawing] = []
        for item in items if isinstance(items, list | tuple) else [items]:
            if isinstance(item, QrDrawing):
                found.append(item)
            elif isinstance(item, list | tuple):
                found += drawings(item)
            for row in getattr(item, "_cellvalues", []):
                found += drawings(list(row))
        return found

    (qr,) = drawings(story)
    expected = qr_payload(demo_report.event.id, "J01", sheet.verification_code)
    assert qr.qr_value == expected
    assert expected == f"PanelScore|{demo_report.event.id}|J01|{sheet.verification_code}"


def signature_png() -> bytes:
    image = PILImage.new("RGBA", (300, 100), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 80), (90, 20), (160, 85), (290, 30)], fill="navy", width=5)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_laptop_sheet_needs_no_results_and_draws_the_signature(
    demo_report: ReportData, tmp_path: Path
) -> None:
    sheet = with_content(sheet_of(demo_report, "J01"), signature_png=signature_png())
    path = write(tmp_path, "one.pdf", judge_sheet_pdf(demo_report.event, sheet, "IDNZ5Y5M"))
    assert len(pdf_images(path)) >= 1  # the signature image (plus its alpha mask)
    text = pdf_text(path)
    assert "评委签名" in text and "日期" in text and "签名图像无法显示" not in text
    assert sheet.verification_code in text
    assert_fonts_embedded(path)


@pytest.mark.parametrize("png", [b"not a png", signature_png()[:60]])
def test_broken_signature_prints_fallback(
    demo_report: ReportData, tmp_path: Path, png: bytes
) -> None:
    sheet = with_content(sheet_of(demo_report, "J01"), signature_png=png)
    path = write(tmp_path, "broken.pdf", judge_sheet_pdf(demo_report.event, sheet, "X"))
    assert "签名图像无法显示" in pdf_text(path)
    assert pdf_images(path) == []


def test_draft_unscored_and_comment(demo_report: ReportData, tmp_path: Path) -> None:
    base = sheet_of(demo_report, "J01")
    sheets = dict(base.content.sheets)
    scores = dict(base.content.scores)
    sheets["G02"] = SheetRow("draft", "举措清楚，建议补充数据", 2)
    del scores["G04"]
    sheets.pop("G04", None)
    sheet = with_content(base, sheets=sheets, scores=scores)
    path = write(tmp_path, "draft.pdf", judge_sheet_pdf(demo_report.event, sheet, "X", "预览"))
    text = pdf_text(path)
    g04 = next(line for line in text.splitlines() if re.match(r"\s*G04\s", line))
    assert "未评分" in g04 and not re.search(r"\d+\.\d", g04)
    # Cells that wrap (state, comment): read the plain text, cell by cell, without spaces.
    flat = re.sub(r"\s", "", pdf_text(path, layout=False))
    assert "草稿，未提交" in flat and "举措清楚，建议补充数据" in flat
    g02 = next(line for line in text.splitlines() if re.match(r"\s*G02\s", line))
    assert "87.5" in g02 and "已提交" not in g02
    assert "草稿1" in flat and "未评分1" in flat and "预览" in text


def test_a_comment_too_long_for_a_page_is_cut_in_its_row_and_printed_whole_after(
    demo_report: ReportData, tmp_path: Path
) -> None:
    # A table row cannot break across pages: a 3000-character comment once made the laptop's
    # Print and Save as PDF fail with reportlab's LayoutError, and nothing was written.
    base = sheet_of(demo_report, "J01")
    sheets = dict(base.content.sheets)
    long = "".join(f"第{n}条意见：举措扎实，数据翔实，建议补充成效对比。" for n in range(120))
    sheets["G02"] = SheetRow("submitted", long, 1)
    sheet = with_content(base, sheets=sheets)
    path = write(tmp_path, "long.pdf", judge_sheet_pdf(demo_report.event, sheet, "X"))
    flat = re.sub(r"\s", "", pdf_text(path, layout=False))
    assert "全文见表末" in flat and "评语全文" in flat
    assert "第119条意见" in flat  # the end of the comment, on a later page
    assert_fonts_embedded(path)


def test_english_labels(demo_report: ReportData, tmp_path: Path) -> None:
    event = dataclasses.replace(demo_report.event, language="en")
    sheet = sheet_of(demo_report, "J07")
    text = pdf_text(write(tmp_path, "en.pdf", judge_sheet_pdf(event, sheet, "X")))
    assert "Typed from the paper score sheet" in text
    assert "Innovation" in text and "Judge's signature" in text


@pytest.mark.slow
def test_big_event(tmp_path: Path) -> None:
    from demo.synthetic import build_synthetic
    from publish.data import report_data
    from storage.merge import merge

    package, folder = build_synthetic(tmp_path, per_category=125, judges=40)
    data = report_data(merge(package, [folder]))
    path = write(tmp_path, "big.pdf", score_sheets_pdf(data))
    assert_fonts_embedded(path)
    text = pdf_text(path, layout=False)
    pages = text.split("\f")
    per_judge = []
    for sheet in data.sheets:
        own = pages_with(text, sheet.verification_code)
        assert own and f"（{sheet.judge.id}）" in own[0]
        per_judge.append(len(own))
    assert len(per_judge) == 40
    assert len(set(per_judge)) == 1  # same projects for everyone, so the same page count
    assert page_count(path) == 40 * per_judge[0]
    assert 5 <= per_judge[0] <= 20
    for code in ("A001", "A125", "B063", "B125"):
        assert len(re.findall(rf"\b{code}\b", text)) == 40
    assert sum("已提交 250，草稿 0，回避 0，未评分 0" in p for p in pages) == 40


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [("29", 1, "29.0"), ("20.25", 1, "20.25"), ("100", 0, "100"), ("1E+1", 1, "10.0")],
)
def test_raw_numbers_keep_their_digits(value: str, places: int, text: str) -> None:
    assert fixed(Decimal(value), places) == text


# -- the fast score table: same lines as a Paragraph, splits like a Table ----------------------

PLAIN_TEXTS = [
    "科技创新改革创新项目第18号攻坚举措攻坚举措攻坚举措",
    "创新园区供电模式为中小企业降本增效。全国首创电水气热网联办改革（试点）、一次报",
    "Digital government reform: one-stop service for 2,000 firms (pilot)",
    "多 空格\n换行\t制表  与 Latin words 混排 Supercalifragilisticexpialidocious",
    "A & B <c> 混排的标题",
    "",
]


def paragraph_lines(text: str, style: Any, width: float) -> list[tuple[float, str]]:
    paragraph = para(text, style)
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [(round(extra, 6), " ".join(words)) for extra, words in lines]
    return [
        (round(line.extraSpace, 6), "".join(getattr(w, "text", "") for w in line.words))
        for line in lines
    ]


@pytest.mark.parametrize("zh", [True, False])
@pytest.mark.parametrize("name", ["cell", "head", "dim"])
def test_blocks_break_like_paragraphs(zh: bool, name: str) -> None:
    style = sheet_styles(zh)[name]
    random.seed(name)
    alphabet = "数字政府改革创新项目第号攻坚举措。、）abc XYZ 12-"
    texts = PLAIN_TEXTS + [
        "".join(random.choice(alphabet) for _ in range(random.randint(1, 70))) for _ in range(150)
    ]
    for text in texts:
        if any(a in "。、）" and b in "。、）" for a, b in itertools.pairwise(text)):
            continue  # two closing marks in a row: the fuller rules may differ (next test)
        if style.wordWrap == "CJK" and set(text) & set("&<>"):
            continue  # a Paragraph splits such text into pieces (and wraps it a little apart)
        for width in (29.0, 41.9, 93.5, 140.0):
            got = [(round(line.extra, 6), line.text) for line in block(text, style, width).lines]
            assert got == paragraph_lines(text, style, width), (text, width)
            height = para(text, style).wrap(width, 10_000)[1]
            assert block(text, style, width).height == pytest.approx(height)


@pytest.mark.parametrize(
    "text",
    [
        "红色赋能打造“15分钟党群服务圈”",
        "云埔街打造城中村管理“严田模式”",
        "全国首创电水气热网联办改革，实现五个领域报装业务“一次报”“零跑动”",
        "举措清楚，建议补充数据。数据来源需要进一步说明（特别是2022年的部分）。”其余无。",
    ],
)
def test_no_line_starts_with_closing_punctuation(text: str) -> None:
    style = sheet_styles()["cell"]
    for width in [w / 2 for w in range(80, 400)]:  # four characters and more
        lines = [line.text for line in block(text, style, width).lines]
        assert "".join(lines) == text
        for before, after in itertools.pairwise(lines):
            assert after[0] not in CANNOT_START, (width, lines)
            assert before[-1] not in CANNOT_END, (width, lines)
            assert len(before) > 1


def test_unprintable_characters_show_as_placeholder(
    demo_report: ReportData, tmp_path: Path
) -> None:
    assert [line.text for line in block("A\U00020000B", sheet_styles()["cell"], 200).lines] == [
        "A□B"
    ]
    event = demo_report.event
    projects = tuple(
        dataclasses.replace(p, title=p.title + "\U00020000", code=p.code + "\U00020001")
        if p.code == "G03"
        else p
        for p in event.projects
    )
    event = dataclasses.replace(event, projects=projects)
    path = write(tmp_path, "odd.pdf", judge_sheet_pdf(event, sheet_of(demo_report, "J01"), "X"))
    text = re.sub(r"\s", "", pdf_text(path, layout=False))
    assert "G03□" in text and "试点□" in text


def test_every_title_is_text(demo_report: ReportData, demo_pdf: Path) -> None:
    flat = re.sub(r"\s", "", pdf_text(demo_pdf, layout=False))
    for project in demo_report.event.projects:
        assert re.sub(r"\s", "", project.title) in flat, project.code


def rows_table(n: int, continued: bool = True) -> FastTable:
    style = sheet_styles()["cell"]
    positions = [0.0, 40.0, 200.0]

    def row(text: str) -> Row:
        return Row([Cell(text), Cell((block(text * 3, style, 148.0),))], positions)

    header = [Row([Cell((block("head", style, 188.0),), span=2)], positions), row("H")]
    again = Row([Cell((block("head（续）", style, 188.0),), span=2)], positions)
    return FastTable(
        [40.0, 160.0], header, [row(f"r{i}") for i in range(n)], again if continued else None
    )


def test_fast_table_splits_by_rows_under_the_repeated_header() -> None:
    table = rows_table(30)
    width, height = table.wrap(500, 10_000)
    assert width == 200.0
    assert height == pytest.approx(sum(r.height for r in [*table.header, *table.rows]))
    head = sum(r.height for r in table.header)
    one = table.rows[0].height
    assert table.split(500, head + one - 0.01) == []  # not even one row: next page
    assert table.split(500, height + 1) == [table]
    first, rest = table.split(500, head + 3 * one + 0.5)
    assert first.rows == table.rows[:3] and rest.rows == table.rows[3:]
    assert first.header == table.header
    assert rest.header == [table.continued, table.header[1]]
    assert first.wrap(500, 10_000)[1] <= head + 3 * one + 0.5
    # A continuation splits again with the continued header.
    again, last = rest.split(500, head + 5 * one)
    assert len(again.rows) == 5 and last.header[0] is table.continued
    plain = rows_table(10, continued=False)
    assert plain.split(500, head + 2 * one)[1].header == plain.header


def test_row_measures_like_a_table() -> None:
    style = sheet_styles()["cell"]
    positions = [0.0, 40.0, 200.0]
    assert Row([Cell("x"), Cell("")], positions).height == pytest.approx(12 + 2 + 2.5)
    two = block("数" * 30, style, 148.0)
    assert len(two.lines) == 2
    assert Row([Cell("x"), Cell((two,))], positions).height == pytest.approx(22 + 2 + 2.5)
    with pytest.raises(ValueError):
        Row([Cell("x")], positions)


# -- QR code: reportlab's encoding, drawn faster -------------------------------------------


def test_qr_modules_match_reportlab() -> None:
    random.seed(4)
    for i in range(60):
        value = qr_payload(f"EVT-{i:04d}", f"J{i:02d}", "".join(random.sample("ABCDEFGHJK2345", 8)))
        widget = QrCodeWidget(value, barLevel="M")
        widget.qr.make()
        modules, border = qr_modules(value)
        assert modules == widget.qr.modules and border == widget.barBorder
