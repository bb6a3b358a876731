"""The judge window's materials pane, whose viewer is built just after the first paint.

QtPdf, the viewer's widgets and the first material cost ~25 ms of a start budget of ~60 ms
(bench/judge_ui.py): the project list and the form are painted first, and the viewer takes
its place in the same pane as soon as the event loop runs. Asking for `viewer` builds it at
once, so nothing ever waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from storage.errors import InputError
from storage.material_reader import MaterialReader
from widgets.first_paint import after_first_paint

if TYPE_CHECKING:
    from widgets.materials_viewer import MaterialsViewer


class MaterialsPane(QObject):
    """Owns the pane widget (stable, for the splitter and the lock) and the viewer in it."""

    fullScreenRequested = Signal(bool)
    viewerBuilt = Signal()

    def __init__(
        self,
        reader: MaterialReader,
        explain: Callable[[InputError], str],
        no_materials: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self._explain = explain
        self._no_materials = no_materials
        self.widget = QWidget()
        self._layout = QVBoxLayout(self.widget)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._viewer: MaterialsViewer | None = None
        self._code = ""  # the project to show once the viewer exists

    @property
    def viewer(self) -> MaterialsViewer:
        if self._viewer is None:
            from widgets.materials_viewer import MaterialsViewer  # QtPdf: after the first paint

            self._viewer = MaterialsViewer()
            self._viewer.fullScreenRequested.connect(self.fullScreenRequested)
            self._layout.addWidget(self._viewer)
            if self._code:
                self._load(self._code)
            self.viewerBuilt.emit()
        return self._viewer

    def is_built(self) -> bool:
        return self._viewer is not None

    def show_project(self, code: str) -> None:
        self._code = code
        if self._viewer is not None:
            self._load(code)

    def build_after_first_paint(self, painted: QWidget) -> None:
        """Build the viewer from the event loop once ``painted`` has been painted."""
        after_first_paint(painted, self._build)

    def _build(self) -> None:
        if self.widget.window().isVisible():  # not for a window closed meanwhile
            self.viewer  # noqa: B018  (the property builds it)

    def _load(self, code: str) -> None:
        materials = [  # the reasons a material cannot be shown, in the user's language
            (name, kind, data if isinstance(data, bytes) else Exception(self._explain(data)))
            for name, kind, data in self.reader.read(code)
        ]
        if materials:
            self.viewer.set_materials(materials)
        else:
            self.viewer.clear(self._no_materials)
