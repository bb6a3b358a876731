"""Console page 5: check the event, export the event package, show its code for reading aloud.

The package is built by storage.package.build_package (as ``main.py package`` does) in the
background, under a hidden temporary name in the chosen folder; once it is written and read
back it is renamed ``<event name>-<code>.pspkg``, so a name with a code is always a whole
package. The exported (or an existing) package becomes the one Collect merges against.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scoring.serialize import event_to_dict
from scoring.validation import EventProblem, check_ready
from storage.clock import shown
from storage.errors import ExportError, InputError
from storage.package import PackageInfo, export_package
from storage.secretariat import event_of
from ui.ask import Ask
from ui.console.state import ConsoleState
from ui.messages import describe_event_problem, explain_error
from ui.tasks import Cancelled, Task, run_task

PARTS = ("Event", "Rubric", "Categories", "Projects", "Judges", "Conflicts")
ERROR_STYLE = "color: #a61b29;"
OK_STYLE = "color: #1e7b34; font-weight: bold;"


def code_text(code: str) -> str:
    """The code in two groups of four, as it is read aloud."""
    return f"{code[:4]} {code[4:]}"


class PackagePage(QWidget):
    def __init__(self, state: ConsoleState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Event package"))
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(title)
        self.ready = QLabel()
        self.ready.setWordWrap(True)
        layout.addWidget(self.ready)
        self.problems = QTreeWidget()
        self.problems.setHeaderHidden(True)
        layout.addWidget(self.problems)
        self.materials = QLabel()
        self.materials.setWordWrap(True)
        layout.addWidget(self.materials)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export package…"))
        self.export_button.clicked.connect(self.export)
        self.use_button = QPushButton(self.tr("Use an existing package…"))
        self.use_button.clicked.connect(self.use_existing)
        row.addWidget(self.export_button)
        row.addWidget(self.use_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(self._package_part())
        layout.addStretch(1)
        state.eventChanged.connect(self.refresh)
        state.packageChanged.connect(self.refresh)
        self.refresh()

    def _package_part(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(frame)
        self.package_title = QLabel()
        column.addWidget(self.package_title)
        self.code = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(48)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.code.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.stale = QLabel()
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        for label in (self.code, self.details):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.code)
        column.addWidget(self.details)
        column.addWidget(self.stale)
        return frame

    # -- questions (tests replace these, STYLE.md habit 11) ---------------------------------
    # -- showing ----------------------------------------------------------------------------
    def event_problems(self) -> list[EventProblem]:
        try:
            return check_ready(event_of(self.state.data))
        except InputError as error:
            return [EventProblem("Event", "", "", error.message)]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the materials folder may have been attached on the Projects page

    def materials_dir(self) -> Path | None:
        folder = self.state.store.get("materials_folder")
        return Path(folder) if folder else None

    def refresh(self) -> None:
        self._show_problems(self.event_problems())
        folder = self.materials_dir()
        if folder is None:
            self.materials.setText(
                self.tr(
                    "No materials folder is attached (see the Projects page): "
                    "the package will hold no materials."
                )
            )
        elif not folder.is_dir():
            text = self.tr("The materials folder {0} is not there (was a USB stick pulled out?).")
            self.materials.setText(text.replace("{0}", str(folder)))
        else:
            self.materials.setText(self.tr("Materials folder: {0}").replace("{0}", str(folder)))
        self._show_package()

    def _show_problems(self, problems: list[EventProblem]) -> None:
        self.problems.clear()
        running = self.task is not None and self.task.running
        self.export_button.setEnabled(not problems and not running)
        if not problems:
            self.ready.setText(self.tr("✔ The event is ready to be packaged."))
            self.ready.setStyleSheet(OK_STYLE)
            self.problems.hide()
            return
        text = self.tr("✖ Fix these problems before the package can be exported ({0}):")
        self.ready.setText(text.replace("{0}", str(len(problems))))
        self.ready.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        names = self._part_names()
        order = {part: i for i, part in enumerate(PARTS)}
        for part in sorted({p.where for p in problems}, key=lambda w: order.get(w, len(PARTS))):
            found = [p for p in problems if p.where == part]
            head = QTreeWidgetItem([f"{names.get(part, part)} ({len(found)})"])
            for problem in found:
                text = describe_event_problem(problem, with_part=False)
                head.addChild(QTreeWidgetItem([text]))
            self.problems.addTopLevelItem(head)
        self.problems.expandAll()
        rows = self.problems.topLevelItemCount() + len(problems)
        height = rows * self.problems.sizeHintForRow(0) + 2 * self.problems.frameWidth() + 4
        self.problems.setFixedHeight(min(height, 240))
        self.problems.show()

    def _part_names(self) -> dict[str, str]:
        return {
            "Event": self.tr("Event"),
            "Rubric": self.tr("Rubric"),
            "Categories": self.tr("Categories"),
            "Projects": self.tr("Projects"),
            "Judges": self.tr("Judges"),
            "Conflicts": self.tr("Conflicts"),
        }

    def _show_package(self) -> None:
        package = self.state.package
        if package is None:
            self.package_title.setText(
                self.tr("No package yet: export one or use an existing one.")
            )
            if self.state.package_error:
                text = self.tr("The package chosen before cannot be read: {0}")
                self.package_title.setText(text.replace("{0}", self.state.package_error))
            for label in (self.code, self.details, self.stale):
                label.clear()
                label.hide()
            return
        self.package_title.setText(self.tr("Package code — read it aloud to the judges:"))
        self.code.setText(code_text(package.code))
        lines = [
            self.tr("Event: {0}").replace("{0}", package.event.name),
            self.tr("Created: {0}").replace("{0}", shown(package.created_at) or "—"),
            self.tr("Materials: {0} files").replace("{0}", str(len(package.materials))),
            self.tr("File: {0}").replace("{0}", str(package.path)),
            self.tr("Digest: {0}").replace("{0}", package.digest),
        ]
        self.details.setText("\n".join(lines))
        warning = self._stale_warning(package)
        self.stale.setText(warning)
        self.code.show()
        self.details.show()
        self.stale.setVisible(bool(warning))

    def _stale_warning(self, package: PackageInfo) -> str:
        event = self.state.event()
        if event is not None and event.id != package.event.id:
            text = self.tr("This package holds another event ({0}) than the one edited here.")
            return text.replace("{0}", package.event.name)
        if event is None or event_to_dict(event) != event_to_dict(package.event):
            return self.tr(
                "The event was changed after this package was exported: "
                "export again and hand out the new package."
            )
        return ""

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    # -- actions ------------------------------------------------------------------------------
    def export(self) -> None:
        problems = self.event_problems()
        event = self.state.event()
        if problems or event is None:
            lines = [self.tr("The event has problems; fix them before exporting:")]
            lines += [f"· {describe_event_problem(problem)}" for problem in problems]
            self._say("\n".join(lines), error=True)
            return
        materials = self.materials_dir()
        if materials is not None and not materials.is_dir():
            text = self.tr("The materials folder {0} is not there; attach it again first.")
            self._say(text.replace("{0}", str(materials)), error=True)
            return
        folder = Ask.folder(self, self.tr("Export the event package to…"))
        if folder is None:
            return
        if not folder.is_dir():
            text = self.tr("The folder {0} is not there (was the USB stick pulled out?).")
            self._say(text.replace("{0}", str(folder)), error=True)
            return
        self._say(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        work = partial(export_package, event, materials, folder)
        title = self.tr("Exporting the event package…")
        self.task = run_task(self, title, work, self._exported, self._export_failed)

    def _exported(self, info: PackageInfo) -> None:
        try:
            self.state.set_package(info.path)
        except InputError as error:
            self._export_failed(error)
            return
        lines = [self.tr("Exported to {0}").replace("{0}", str(info.path))]
        if not info.materials:
            lines.append(self.tr("The package holds no materials."))
        if info.unmatched:
            text = self.tr("Not packaged ({0} files name no project code): {1}")
            lines.append(
                text.replace("{0}", str(len(info.unmatched))).replace(
                    "{1}", ", ".join(info.unmatched)
                )
            )
        self._say("\n".join(lines))
        self.refresh()

    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._say(self.tr("The export was cancelled; nothing was written."), error=True)
        elif isinstance(error, ExportError):
            text = self.tr("The package was not exported to {0}: {1}")
            folder = self._target_folder(error.target)
            reason = explain_error(error, with_file=False)
            self._say(text.replace("{0}", folder).replace("{1}", reason), error=True)
        elif isinstance(error, InputError):
            text = self.tr("The package was not exported: {0}")
            self._say(text.replace("{0}", explain_error(error)), error=True)
        elif isinstance(error, OSError):
            text = self.tr("The package was not exported: {0}")
            self._say(text.replace("{0}", explain_error(error, with_file=False)), error=True)
        else:
            self.refresh()
            raise error
        self.refresh()

    @staticmethod
    def _target_folder(target: str) -> str:
        """The folder the user chose (the error names the hidden temporary file in it)."""
        path = Path(target)
        return str(path.parent if path.name.startswith(".export-") else path)

    def use_existing(self) -> None:
        path = Ask.open_file(
            self, self.tr("Use an event package"), self.tr("Event packages (*.pspkg)")
        )
        if path is None:
            return
        try:
            self.state.set_package(path)
        except InputError as error:
            text = self.tr("This package cannot be used: {0}")
            self._say(text.replace("{0}", explain_error(error)), error=True)
            return
        self._say(self.tr("Collect now merges against {0}").replace("{0}", str(path)))
