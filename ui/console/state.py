"""What every console page shares: the event file, the event being edited, the package and
the latest merge of the collected inputs. Pages edit through here and listen to its signals.
"""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from publish.collect import merge_inputs
from scoring.model import Event
from scoring.problems import Problem
from scoring.serialize import event_to_dict
from storage.errors import InputError
from storage.merge import MergeOutcome
from storage.package import PackageInfo, read_package
from storage.secretariat import EventStore, event_of
from ui.messages import explain_error

Progress = Callable[[int, int, str], None]


class ConsoleState(QObject):
    eventChanged = Signal()  # the event data was edited (any page)
    packageChanged = Signal()  # another package is the one collected against
    inputsChanged = Signal()  # inputs collected or removed, exclusions or choices changed
    outcomeChanged = Signal()  # a new merge (or none) — the Collect and Results pages redraw
    saveFailed = Signal(str)  # an edit could not be saved (full or vanished disk)

    def __init__(self, store: EventStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._data = store.event_data()
        self._package: PackageInfo | None = None
        self._package_failure: InputError | None = None  # why the chosen package is unreadable
        self.outcome: MergeOutcome | None = None
        self.merge_error = ""
        self.refused: tuple[Problem, ...] = ()  # the merge counted nothing: why, per file
        self._load_package()

    # -- the event being edited ---------------------------------------------------------
    @property
    def data(self) -> dict[str, Any]:
        """The event as plain data; read-only for pages — change it through ``edit``."""
        return self._data

    def edit(self, what: str, change: Callable[[dict[str, Any]], None]) -> None:
        """Apply ``change`` to a copy of the event data, save it at once, tell the pages."""
        data = copy.deepcopy(self._data)
        change(data)
        try:
            self.store.save_event(data, what)
        except (sqlite3.Error, OSError) as error:
            # Pages show the unsaved value; reloading them puts back what is really stored.
            self.saveFailed.emit(explain_error(error) if isinstance(error, OSError) else str(error))
            self.eventChanged.emit()
            return
        self._data = data
        self.eventChanged.emit()

    def replace_event(self, data: dict[str, Any], what: str) -> None:
        self.edit(what, lambda d: (d.clear(), d.update(copy.deepcopy(data))))

    def event(self) -> Event | None:
        """The edited event as the domain model, or None while it is incomplete."""
        try:
            return event_of(self._data)
        except InputError:
            return None

    # -- the package ----------------------------------------------------------------------
    @property
    def package(self) -> PackageInfo | None:
        return self._package

    @property
    def package_error(self) -> str:
        """Why the chosen package cannot be read ('' if it can), in the current language."""
        failure = self._package_failure
        return "" if failure is None else explain_error(failure, with_file=False)

    def _load_package(self) -> None:
        path = self.store.get("package_path")
        self._package, self._package_failure = None, None
        if path:
            try:
                self._package = read_package(Path(path))
            except InputError as error:
                self._package_failure = error

    def package_outdated(self) -> bool:
        """Whether the event was edited after the package was exported (same event, other
        content): the merge still uses the package's event and rules."""
        package, event = self._package, self.event()
        if package is None or event is None or event.id != package.event.id:
            return False
        return event_to_dict(event) != event_to_dict(package.event)

    def set_package(self, path: Path) -> PackageInfo:
        """Collect against this package from now on; InputError if it cannot be read."""
        package = read_package(path)
        self.store.set_setting("package_path", str(path))
        self._package, self._package_failure = package, None
        self.packageChanged.emit()
        return package

    # -- collected inputs and the merge -------------------------------------------------
    def inputs_changed(self) -> None:
        self.inputsChanged.emit()

    def merge_work(self) -> Callable[[Progress], MergeOutcome]:
        """The merge as a function for a background task (reads files only, not the store)."""
        package = self._package
        paths = self.store.input_paths()
        choose = self.store.choices()
        exclude = sorted(self.store.exclusions())
        if package is None:
            raise InputError("choose or export the event package first", kind="no_package")

        def work(progress: Progress) -> MergeOutcome:
            return merge_inputs(package, paths, choose=choose, exclude=exclude, progress=progress)

        return work

    def set_outcome(
        self, outcome: MergeOutcome | None, error: str = "", refused: Sequence[Problem] = ()
    ) -> None:
        """The latest merge; without an outcome, ``error`` and, if it counted nothing, why
        each file was refused."""
        self.outcome, self.merge_error, self.refused = outcome, error, tuple(refused)
        self.outcomeChanged.emit()
