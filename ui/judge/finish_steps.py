"""The steps of Finish after the summary: sign (2), export (3), print or save as PDF (4)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from storage.atomic import atomic_write, safe_file_name
from storage.clock import shown
from storage.errors import ExportError, SaveError
from storage.score_export import ExportResult
from storage.workspace import EditRefused, Workspace
from ui.ask import Ask
from ui.judge.printing import sheet_pdf
from ui.messages import explain_error
from ui.printing import PdfPages, PrintError, match_paper, render_pages
from widgets.signature_pad import SignaturePad

SAVED_SIGNATURE_SIZE = (420, 150)


def _time(at: str) -> str:
    return at[11:19] if len(at) >= 19 else at


class SignatureStep(QWidget):
    """The pad; every stroke is saved at once. A saved signature shows as an image (the pad
    keeps strokes, it cannot take a PNG back) with "Sign again" and "Remove"."""

    stored = Signal()  # a signature was saved or removed

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.pad = SignaturePad()
        self.pad.changed.connect(self._save)
        self.saved_image = QLabel()
        self.saved_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved_image.setMinimumSize(320, 120)
        self.saved_image.setStyleSheet("background: white; border: 1px solid #b0b0b0;")
        self.saved_image.setAccessibleName(self.tr("Saved signature"))
        self.sign_again = QPushButton(self.tr("Sign &again"))
        self.sign_again.setAutoDefault(False)
        self.sign_again.clicked.connect(self._sign_again)
        self.remove = QPushButton(self.tr("&Remove signature"))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(self._remove)
        saved = QWidget()
        column = QVBoxLayout(saved)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.saved_image, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Your saved signature.")), 1)
        buttons.addWidget(self.sign_again)
        buttons.addWidget(self.remove)
        column.addLayout(buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(saved)
        self.pages.addWidget(self.pad)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        png = workspace.signature()
        if png:
            self._show_saved(png)
        else:
            self.pages.setCurrentWidget(self.pad)
            self.status.setText(
                self.tr("The signature is saved as you draw; it goes into the file.")
            )

    def showing_saved(self) -> bool:
        return self.pages.currentIndex() == 0

    def _show_saved(self, png: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(png, "PNG"):
            width, height = SAVED_SIGNATURE_SIZE
            self.saved_image.setPixmap(
                pixmap.scaled(
                    min(width, pixmap.width()),
                    min(height, pixmap.height()),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.saved_image.setText(self.tr("The saved signature cannot be shown; sign again."))
        self.pages.setCurrentIndex(0)
        self.status.clear()

    def _sign_again(self) -> None:
        self.pad.clear()
        self.pages.setCurrentWidget(self.pad)
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.setText(self.tr("The saved signature stays until you draw a new one."))

    def _remove(self) -> None:
        if self._store(b""):
            self.pages.setCurrentWidget(self.pad)

    def _save(self) -> None:
        self._store(b"" if self.pad.is_empty() else self.pad.to_png())

    def _store(self, png: bytes) -> bool:
        try:
            at = self._workspace.set_signature(png)
        except (EditRefused, SaveError) as error:  # SaveError: the laptop's disk refused it
            why = explain_error(error, with_file=False)
            self.status.setText(self.tr("Not saved: {0}").replace("{0}", why))
            return False
        self.stored.emit()
        if png:
            self.status.setText(self.tr("Signature saved at {0}.").replace("{0}", _time(at)))
        else:
            self.status.setText(self.tr("No signature saved."))
        return True


class OutputStep(QWidget):
    """Export (with the verification code shown large), then print or save the sheet."""

    def __init__(
        self,
        workspace: Workspace,
        export: Callable[[QWidget], ExportResult | None],  # asks over the given widget
        unsubmitted: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._export = export
        self._unsubmitted = unsubmitted
        self._pages: PdfPages | None = None
        self._print_error = ""
        self._printed = 0
        self.folder: Path | None = None  # where the score file went; offered for the PDF
        self.export_button = QPushButton(self.tr("&Export score file…"))
        self.export_button.clicked.connect(self.export)
        self.code = QLabel("—")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(30)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Verification code"))
        self.where = QLabel(self.tr("Not exported yet."))
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("&Print score sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_status = QLabel()
        self.print_status.setWordWrap(True)
        self.print_status.setTextFormat(Qt.TextFormat.PlainText)
        for button in (self.export_button, self.print_button, self.pdf_button):
            button.setAutoDefault(False)
        self._layout()
        self._show_last_export()

    def _layout(self) -> None:
        export = QGroupBox(self.tr("3 · Export"))
        column = QVBoxLayout(export)
        column.addWidget(self.export_button)
        caption = QLabel(self.tr("Verification code (read it to the secretariat):"))
        caption.setWordWrap(True)
        column.addWidget(caption)
        column.addWidget(self.code)
        column.addWidget(self.where)
        paper = QGroupBox(self.tr("4 · Print"))
        column = QVBoxLayout(paper)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        column.addLayout(row)
        column.addWidget(self.print_status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(export, 1)
        layout.addWidget(paper)

    def _show_last_export(self) -> None:
        last = self._workspace.last_export()
        if last is None:
            return
        self.code.setText(last.verification_code)
        text = self.tr("Last exported at {0}: {1}").replace("{0}", shown(last.at))
        text = text.replace("{1}", last.name)
        if self._workspace.content().verification_code() != last.verification_code:
            text += "\n" + self.tr(
                "⚠ Scores changed after that export: export again so the file and the "
                "printed sheet carry the same code."
            )
        elif self._workspace.signed_after_export():  # the code covers the scores only
            text += "\n" + self.tr(
                "⚠ The signature changed after that export: export again so the file "
                "carries the signature on the printed sheet."
            )
        self.where.setText(text)

    def refresh(self) -> None:
        """The signature changed: the note on the last export may need saying again."""
        self._show_last_export()

    # -- export -----------------------------------------------------------------------------
    def export(self) -> None:
        missing = self._unsubmitted()
        if missing and not Ask.confirm(
            self,
            self.tr("Export"),
            self.tr(
                "{0} projects are not submitted and will not be counted. Export anyway?"
            ).replace("{0}", str(len(missing))),
        ):
            return
        result = self._export(self)
        if result is None:
            return
        self.folder = result.path.parent
        self.code.setText(result.verification_code)
        self.where.setText(
            self.tr("Saved to {0} (export {1}).")
            .replace("{0}", str(result.path))
            .replace("{1}", str(result.revision))
        )

    # -- paper --------------------------------------------------------------------------------
    def _sheet(self) -> bytes | None:
        try:
            return sheet_pdf(self._workspace)
        except (EditRefused, ValueError) as error:
            Ask.inform(self, self.tr("Score sheet"), explain_error(error), warning=True)
            return None

    def print_sheet(self) -> None:
        pdf = self._sheet()
        if pdf is None:
            return
        try:
            self._pages = PdfPages(pdf)
        except PrintError as error:
            Ask.inform(self, self.tr("Print"), explain_error(error), warning=True)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        match_paper(printer, self._pages, self.tr("Score sheet"))
        self._print_error, self._printed = "", 0
        try:
            printed = Ask.print_preview(self, printer, self._paint)
        finally:
            self._pages = None
        if self._print_error:
            Ask.inform(self, self.tr("Print failed"), self._print_error, warning=True)
        elif printed:
            self.print_status.setText(
                self.tr("Sent {0} pages to the printer.").replace("{0}", str(self._printed))
            )

    def _paint(self, printer: QPrinter) -> None:
        if self._pages is None:
            return
        try:
            self._printed = render_pages(self._pages, printer)
        except PrintError as error:  # raised inside a Qt signal: report it after the dialog
            self._print_error = explain_error(error)

    def save_pdf(self) -> None:
        pdf = self._sheet()
        if pdf is None:
            return
        event = self._workspace.event
        judge = event.judge(self._workspace.judge_id)
        stem = f"{judge.id}-{judge.name}-{self._workspace.package.code}-"  # type: ignore[union-attr]
        name = safe_file_name(stem + self.tr("score-sheet")) + ".pdf"
        path = Ask.save_path(
            self,
            self.tr("Save the score sheet as PDF"),
            (self.folder or Path.home()) / name,
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            # The save dialog asked about the name without ".pdf" only.
            replace = self.tr("{0} already exists. Replace it?").replace("{0}", path.name)
            if path.exists() and not Ask.confirm(self, self.tr("Save as PDF"), replace):
                return
        try:
            atomic_write(path, lambda temp: temp.write_bytes(pdf))
        except ExportError as error:
            Ask.inform(self, self.tr("Saving failed"), explain_error(error), warning=True)
            return
        self.folder = path.parent
        self.print_status.setText(self.tr("Saved to {0}").replace("{0}", str(path)))
