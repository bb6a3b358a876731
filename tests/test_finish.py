"""Finish: the summary, the signature, export with its code, the printed and saved sheet."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QLineEdit

from storage.scorefile import read_score_file
from storage.workspace import Workspace
from ui.ask import Ask
from ui.judge.finish import FinishDialog
from ui.judge.printing import sheet_pdf
from ui.judge.summary_model import CODE_ROLE
from ui.judge.window import JudgeWindow
from ui.printing import PdfPages

JUDGE = "J03"  # recused from K05 in the demo event
PIN = "2468"


@pytest.fixture
def workspace(demo_master: Path, tmp_path: Path) -> Workspace:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(demo_master / "event.pspkg")
    ws.choose_judge(JUDGE)
    ws.set_pin(PIN)
    for code in ("G01", "G02"):
        for key, value in (("concept", "25"), ("measures", "33.5"), ("impact", "24")):
            ws.set_score(code, key, value)
    ws.submit("G01")  # G02 stays a draft; the other 31 are not scored
    yield ws
    ws.close()


@pytest.fixture
def asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    """Every question answered as a judge would; what was asked is recorded."""
    calls: dict[str, list[object]] = {"confirm": [], "inform": []}
    usb = tmp_path / "usb"
    usb.mkdir()

    def confirm(cls: type, parent: object, title: str, text: str) -> bool:
        calls["confirm"].append(text)
        return True

    def inform(cls: type, parent: object, title: str, html: str, warning: bool = False) -> None:
        calls["inform"].append((title, html, warning))

    monkeypatch.setattr(Ask, "confirm", classmethod(confirm))
    monkeypatch.setattr(Ask, "inform", classmethod(inform))
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a: usb))
    return calls


@pytest.fixture
def window(qtbot, workspace: Workspace, asked: dict[str, list[object]]) -> JudgeWindow:
    win = JudgeWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def open_finish(qtbot, window: JudgeWindow) -> FinishDialog:
    dialog = window.open_finish()
    assert isinstance(dialog, FinishDialog)
    qtbot.waitExposed(dialog)
    return dialog


def draw(qtbot, dialog: FinishDialog, y: int = 90, wave: int = 18) -> None:
    """One zigzag stroke across the pad with the mouse."""
    pad = dialog.signature.pad
    canvas = pad.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(30, y))
    for step in range(1, 16):
        qtbot.mouseMove(canvas, QPoint(30 + 16 * step, y + (wave if step % 2 else -wave)))
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, y))


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    (line,) = [x for x in info.stdout.splitlines() if x.startswith("Pages:")]
    return int(line.split()[1])


def test_summary_warns_of_unsubmitted_projects_and_shows_recusals(
    qtbot, qtmodeltester, window: JudgeWindow
) -> None:
    dialog = open_finish(qtbot, window)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(window.workspace.event.projects) == 34
    assert "32 of 33 projects are not submitted" in dialog.warning.text()
    assert "Drafts (1): G02" in dialog.warning.text()
    assert "Not scored (31): G03, G04" in dialog.warning.text()
    assert dialog.unsubmitted()[:2] == ["G02", "G03"] and len(dialog.unsubmitted()) == 32
    assert "K05" in dialog.recusals.text() and dialog.recusals.isVisible()
    rows = {model.index(r, 0).data(CODE_ROLE): r for r in range(model.rowCount())}
    last = model.columnCount() - 1

    def cells(code: str) -> list[str]:
        return [model.index(rows[code], c).data() for c in range(model.columnCount())]

    assert cells("G01")[2:] == ["25", "33.5", "24", "82.5", "Submitted"]
    assert cells("G02")[last] == "Draft, not submitted"
    assert cells("G03")[2:] == ["", "", "", "", "Not scored"]
    assert cells("K05")[2:] == ["—", "—", "—", "—", "Recused"]


def test_all_submitted_is_said_plainly(qtbot, window: JudgeWindow) -> None:
    ws = window.workspace
    for project in ws.event.ordered_projects():
        if project.code in ("G01", "K05"):
            continue
        for key, value in (("concept", "20"), ("measures", "30"), ("impact", "20")):
            ws.set_score(project.code, key, value)
        ws.submit(project.code)
    dialog = open_finish(qtbot, window)
    assert dialog.warning.text() == "✓ All 33 projects are submitted."
    assert dialog.unsubmitted() == []


def test_double_click_goes_back_to_the_project(qtbot, window: JudgeWindow) -> None:
    dialog = open_finish(qtbot, window)
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.rows()[r].code == "G02")
    rect = dialog.table.visualRect(dialog.model.index(row, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current == "G02"
    assert not dialog.isVisible()
    assert window.form.values()["measures"] == Decimal("33.5")


def test_drawn_signature_is_saved_at_once_and_exported(
    qtbot, window: JudgeWindow, asked: dict[str, list[object]], tmp_path: Path
) -> None:
    ws = window.workspace
    dialog = open_finish(qtbot, window)
    assert not dialog.signature.showing_saved()
    draw(qtbot, dialog)
    first = ws.signature()
    assert first.startswith(b"\x89PNG") and first == dialog.signature.pad.to_png()
    draw(qtbot, dialog, y=120)  # a second stroke replaces the saved image at once
    assert ws.signature() != first
    dialog.output.export_button.click()
    assert asked["confirm"] and "32 projects are not submitted" in str(asked["confirm"][0])
    (path,) = (tmp_path / "usb").iterdir()
    content = read_score_file(path)
    assert content.signature_png == ws.signature()
    assert dialog.output.code.text() == content.verification_code()
    assert dialog.output.code.font().pointSize() >= 24  # large, to read out
    assert str(path) in dialog.output.where.text()
    assert asked["inform"] == []  # shown in the dialog, not in a message box


def test_declined_export_writes_nothing(
    qtbot, window: JudgeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: False))
    dialog = open_finish(qtbot, window)
    dialog.output.export_button.click()
    assert list((tmp_path / "usb").iterdir()) == []
    assert dialog.output.code.text() == "—"


def test_saved_signature_comes_back_with_sign_again_and_remove(qtbot, window: JudgeWindow) -> None:
    ws = window.workspace
    dialog = open_finish(qtbot, window)
    draw(qtbot, dialog)
    saved = ws.signature()
    dialog.reject()
    again = open_finish(qtbot, window)
    step = again.signature
    assert step.showing_saved() and not step.saved_image.pixmap().isNull()
    step.sign_again.click()
    assert not step.showing_saved() and step.pad.is_empty()
    assert ws.signature() == saved  # kept until a new stroke is drawn
    draw(qtbot, again, wave=30)
    assert ws.signature() not in (b"", saved)
    again.reject()
    third = open_finish(qtbot, window)
    third.signature.remove.click()
    assert ws.signature() == b"" and not third.signature.showing_saved()


def test_export_state_is_shown_again_and_a_later_change_is_flagged(
    qtbot, window: JudgeWindow
) -> None:
    dialog = open_finish(qtbot, window)
    dialog.output.export_button.click()
    code = dialog.output.code.text()
    dialog.reject()
    again = open_finish(qtbot, window)
    assert again.output.code.text() == code
    assert "Last exported at" in again.output.where.text()
    assert "Scores changed" not in again.output.where.text()
    again.reject()
    window.workspace.set_score("G03", "concept", "20")
    third = open_finish(qtbot, window)
    assert "Scores changed after that export" in third.output.where.text()


def test_save_as_pdf_writes_the_signed_sheet(
    qtbot, window: JudgeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[Path] = []

    def save_path(cls: type, parent: object, title: str, suggested: Path, filters: str) -> Path:
        offered.append(suggested)
        return tmp_path / "sheet"  # no suffix: .pdf is added

    monkeypatch.setattr(Ask, "save_path", classmethod(save_path))
    dialog = open_finish(qtbot, window)
    draw(qtbot, dialog)
    dialog.output.pdf_button.click()
    target = tmp_path / "sheet.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    judge = window.workspace.event.judge(JUDGE)
    assert judge.name in text
    assert "33.5" in text and "82.5" in text
    assert window.workspace.content().verification_code() in text
    assert offered[0].suffix == ".pdf" and JUDGE in offered[0].name
    images = subprocess.run(
        ["pdfimages", "-list", str(target)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert images  # the drawn signature
    assert str(target) in dialog.output.print_status.text()


def test_save_as_pdf_asks_before_replacing_the_file_the_added_suffix_names(
    qtbot, window: JudgeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The save dialog asked about "sheet" only; "sheet.pdf" already there is the judge's call.
    existing = tmp_path / "sheet.pdf"
    existing.write_bytes(b"an earlier signed sheet")
    monkeypatch.setattr(Ask, "save_path", classmethod(lambda cls, *a: tmp_path / "sheet"))
    asked: list[str] = []
    monkeypatch.setattr(
        Ask, "confirm", classmethod(lambda cls, parent, title, text: asked.append(text) or False)
    )
    dialog = open_finish(qtbot, window)
    dialog.output.pdf_button.click()
    assert asked and "sheet.pdf" in asked[0]
    assert existing.read_bytes() == b"an earlier signed sheet"


def test_print_paints_every_page_on_white_paper(
    qtbot, window: JudgeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    def print_preview(cls: type, parent: object, printer: QPrinter, paint: object) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # no real printer in tests
        printer.setOutputFileName(str(out))
        paint(printer)  # type: ignore[operator]
        return True

    monkeypatch.setattr(Ask, "print_preview", classmethod(print_preview))
    dialog = open_finish(qtbot, window)
    dialog.output.print_button.click()
    expected = PdfPages(sheet_pdf(window.workspace)).count()
    assert expected >= 2  # 34 projects do not fit one A4 page
    assert out.stat().st_size > 10_000
    assert pdf_pages(out) == expected
    assert "595 x 842 pts (A4)" in subprocess.run(
        ["pdfinfo", str(out)], check=True, capture_output=True, text=True
    ).stdout.replace(".28", "").replace(".89", "").replace(".276", "")
    assert f"Sent {expected} pages" in dialog.output.print_status.text()
    # The pages are white paper with ink, not a transparent (black) image.
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "20", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
        check=True,
    )
    (page,) = tmp_path.glob("p*.pgm")
    pixels = list(Image.open(page).convert("L").tobytes())
    assert sum(pixels) / len(pixels) > 200
    assert min(pixels) < 128


def test_real_print_preview_renders_the_sheet(qtbot, window: JudgeWindow, tmp_path: Path) -> None:
    """The real preview dialog (not replaced) asks for the pages; closed without printing."""
    seen: list[int] = []

    def close_preview() -> None:
        preview = QApplication.activeModalWidget()
        assert isinstance(preview, QPrintPreviewDialog)
        seen.append(1)
        preview.reject()

    dialog = open_finish(qtbot, window)
    printer_pages: list[int] = []
    original = dialog.output._paint

    def paint(printer: QPrinter) -> None:
        original(printer)
        printer_pages.append(dialog.output._printed)

    dialog.output._paint = paint  # type: ignore[method-assign]
    QTimer.singleShot(0, close_preview)
    dialog.output.print_button.click()
    assert seen == [1]
    assert printer_pages and printer_pages[0] >= 2
    assert dialog.output.print_status.text() == ""  # cancelled: nothing claimed


def test_lock_hides_finish_until_the_pin_is_right(qtbot, window: JudgeWindow) -> None:
    dialog = open_finish(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock_screen.isVisible()
    assert not dialog.isVisible()  # its scores must not show over the lock
    pin = window.lock_screen.findChild(QLineEdit)
    # The keys go to the PIN field (the hidden dialog had them; on a desktop without a window
    # manager nothing passed them on).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pin)
    qtbot.keyClicks(pin, "1357")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert window.lock_screen.isVisible() and not dialog.isVisible()
    qtbot.keyClicks(pin, PIN)
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert not window.lock_screen.isVisible()
    assert dialog.isVisible() and dialog.isModal()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # the keys back in Finish


def test_signing_after_the_export_says_to_export_again(qtbot, window: JudgeWindow) -> None:
    # The verification code covers the scores only: a signature drawn after the export is
    # not in the file on the stick, and the two would differ without a word.
    dialog = open_finish(qtbot, window)
    dialog.output.export_button.click()
    assert "export again" not in dialog.output.where.text()
    draw(qtbot, dialog)
    assert "The signature changed after that export" in dialog.output.where.text()
    dialog.output.export_button.click()
    assert "export again" not in dialog.output.where.text()


def test_a_signature_the_laptop_cannot_save_says_so(qtbot, window: JudgeWindow) -> None:
    dialog = open_finish(qtbot, window)
    window.workspace.db.execute("PRAGMA query_only = ON")  # SQLite refuses every write
    draw(qtbot, dialog)
    assert window.workspace.signature() == b""
    assert "could not save on this laptop" in dialog.signature.status.text()
    window.workspace.db.execute("PRAGMA query_only = OFF")
