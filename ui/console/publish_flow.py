"""Publishing from the Results page: the output folder of ``main.py merge``, written in the
background by the same function (publish.outputs.publish), then opened or printed.

The questions and the outside world (folder dialog, messages, file manager, print dialog)
are class methods, so tests replace them (STYLE.md habit 11).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from publish.outputs import publish
from storage.errors import ExportError
from storage.outputs import other_event_results
from ui.ask import Ask
from ui.console.state import ConsoleState
from ui.messages import explain_error
from ui.printing import PdfPages, PrintError, match_paper, render_pages
from ui.tasks import Cancelled, Progress, Task, run_task

RANKING_PDF = "ranking.pdf"


def print_pdf_file(
    parent: QWidget, path: Path, preview: Callable[[QWidget, QPrinter, Callable], bool]
) -> int:
    """Put a PDF on paper through the print preview (its Print button opens the printer
    dialog) with the judge app's printing helper: the very file, page by page. Returns the
    pages sent to the printer (0 when the user cancelled)."""
    pages = PdfPages(path.read_bytes())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    match_paper(printer, pages, path.name)
    failures: list[PrintError] = []
    sent: list[int] = [0]

    def paint(target: QPrinter) -> None:  # called by the dialog: report errors afterwards
        try:
            sent[0] = render_pages(pages, target)
        except PrintError as error:
            failures.append(error)

    printed = preview(parent, printer, paint)
    if failures:
        raise failures[-1]
    return sent[0] if printed else 0


class PublishPanel(QWidget):
    """The Publish… button, and after publishing: the files written, Open folder, Print…"""

    def __init__(self, state: ConsoleState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.task: Task | None = None
        self.outdir: Path | None = None
        self.files: list[Path] = []
        self.publish_button = QPushButton(self.tr("Publish…"))
        self.publish_button.setToolTip(
            self.tr("Write results.json, the reports and the spreadsheet into a folder")
        )
        self.publish_button.clicked.connect(self.start)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.printed = QLabel()
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_outdir)
        self.print_button = QPushButton(self.tr("Print ranking…"))
        self.print_button.clicked.connect(self.print_ranking)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.printed)
        self._show_published()

    # -- the outside world (tests replace it; the dialogs are ui.ask.Ask's) ----------------
    @classmethod
    def open_folder(cls, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- publishing -----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self) -> None:
        outcome = self.state.outcome
        title = self.tr("Publish the results")
        if outcome is None:
            Ask.inform(
                self,
                title,
                self.tr("There are no results to publish yet: collect the score files first."),
                warning=True,
            )
            return
        if self.running:
            return
        outdir = Ask.folder(self, self.tr("Folder for the results and reports"))
        if outdir is None:
            return
        other = other_event_results(outdir, str(outcome.results["event"]["id"]))
        if other is not None and not Ask.confirm(
            self,
            title,
            self.tr(
                "{0} already holds the results of another event ({1}). Publishing replaces "
                "them. Continue?"
            )
            .replace("{0}", str(outdir))
            .replace("{1}", other),
        ):
            return
        writing = self.tr("Writing {0}…")

        def work(progress: Progress) -> list[Path]:
            def step(done: int, total: int, label: str) -> None:
                progress(done, total + 1, writing.replace("{0}", label) if label else "")

            files = publish(outcome, outdir, progress=step, workers=1)
            progress(1, 1, "")
            return files

        self.outdir = outdir
        self.publish_button.setEnabled(False)
        self.task = run_task(
            self, self.tr("Publishing the results…"), work, self._done, self._failed
        )

    def _done(self, files: object) -> None:
        self.publish_button.setEnabled(True)
        self.files = list(files)  # type: ignore[call-overload]
        self._show_published()

    def _failed(self, error: BaseException) -> None:
        self.publish_button.setEnabled(True)
        if isinstance(error, Cancelled):
            message = self.tr("Publishing was cancelled; nothing was written.")
        elif isinstance(error, ExportError):
            message = (
                self.tr("The results could not be written to {0}: {1}. Nothing was written.")
                .replace("{0}", str(self.outdir))
                .replace("{1}", explain_error(error, with_file=False))
            )
        else:
            raise error
        Ask.inform(self, self.tr("Publish the results"), message, warning=True)

    def _show_published(self) -> None:
        done = bool(self.files) and self.outdir is not None
        self.open_button.setVisible(done)
        self.print_button.setVisible(done and (self.outdir / RANKING_PDF).exists())  # type: ignore[operator]
        self.printed.setText("")
        self.printed.hide()
        if not done:
            self.status.setText("")
            return
        self.status.setText(
            self.tr("Published to {0}: {1}")
            .replace("{0}", str(self.outdir))
            .replace("{1}", ", ".join(path.name for path in self.files))
        )

    # -- after publishing -----------------------------------------------------------------
    def open_outdir(self) -> None:
        if self.outdir is not None and not self.open_folder(self.outdir):
            Ask.inform(
                self,
                self.tr("Open folder"),
                self.tr("The folder could not be opened: {0}").replace("{0}", str(self.outdir)),
                warning=True,
            )

    def print_ranking(self) -> None:
        if self.outdir is None:
            return
        try:
            pages = print_pdf_file(self, self.outdir / RANKING_PDF, Ask.print_preview)
        except (PrintError, OSError) as error:
            Ask.inform(
                self,
                self.tr("Print"),
                self.tr("The ranking report could not be printed: {0}").replace(
                    "{0}", explain_error(error)
                ),
                warning=True,
            )
            return
        if pages:
            self.printed.setText(
                self.tr("Sent {0} pages of the ranking report to the printer.").replace(
                    "{0}", str(pages)
                )
            )
            self.printed.show()
