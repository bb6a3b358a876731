"""The materials viewer: PDFs and images in tabs, page navigation, zoom, messages in place."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolButton
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from widgets.materials_viewer import MaterialsViewer
from widgets.pdf_view import FitMode

FONT_PATH = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
FONT = "WenQuanYiMicroHei"


def make_pdf(pages: int, label: str = "") -> bytes:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_PATH), subfontIndex=0))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for page in range(1, pages + 1):
        canvas.setFont(FONT, 36)
        canvas.drawString(72, A4[1] - 120, f"{label}第 {page} 页")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def pdf30() -> bytes:
    return make_pdf(30)


@pytest.fixture
def png(qapp: object) -> bytes:
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("darkblue"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data)


@pytest.fixture
def viewer(qtbot) -> MaterialsViewer:
    widget = MaterialsViewer()
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def button(viewer: MaterialsViewer, action: object) -> QToolButton:
    return next(b for b in viewer.findChildren(QToolButton) if b.defaultAction() is action)


def focus_page(qtbot, viewer: MaterialsViewer) -> None:
    """Shortcuts of the viewer only work in an active window with the focus inside it."""
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    viewer.pdf_pane.view.setFocus()
    qtbot.waitUntil(viewer.pdf_pane.view.hasFocus)


def page_is_printed(viewer: MaterialsViewer) -> bool:
    """The view shows a white page with dark text on it (the rendered page arrived)."""
    image = viewer.pdf_pane.view.viewport().grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    return middle == QColor("white") and min(bytes(image.constBits())[::4]) < 80


def test_the_first_pdf_is_shown_at_page_one_of_thirty(qtbot, viewer, pdf30, png) -> None:
    viewer.set_materials([("申报书.pdf", "pdf", pdf30), ("现场照片.png", "image", png)])

    assert [viewer.tabs.tabText(i) for i in range(viewer.tabs.count())] == [
        "申报书.pdf",
        "现场照片.png",
    ]
    assert viewer.current_material() == 0
    assert viewer.showing() == "pdf"
    assert (viewer.page_number(), viewer.page_count()) == (1, 30)
    assert viewer.page_spin.text() == "1 / 30"
    assert not viewer.previous_action.isEnabled()
    qtbot.waitUntil(lambda: page_is_printed(viewer))


def test_next_previous_and_typed_page_numbers_move_through_the_pdf(qtbot, viewer, pdf30) -> None:
    viewer.set_materials([("申报书.pdf", "pdf", pdf30)])

    qtbot.mouseClick(button(viewer, viewer.next_action), Qt.MouseButton.LeftButton)
    assert viewer.page_number() == 2
    assert viewer.page_spin.text() == "2 / 30"
    assert viewer.previous_action.isEnabled()

    viewer.page_spin.setFocus()
    viewer.page_spin.selectAll()
    qtbot.keyClicks(viewer.page_spin, "17")
    assert viewer.page_number() == 2  # nothing moves while the number is being typed
    qtbot.keyClick(viewer.page_spin, Qt.Key.Key_Return)
    assert viewer.page_number() == 17

    qtbot.mouseClick(button(viewer, viewer.previous_action), Qt.MouseButton.LeftButton)
    assert viewer.page_spin.text() == "16 / 30"


def test_keys_inside_the_page_scroll_and_jump(qtbot, viewer, pdf30) -> None:
    viewer.set_materials([("申报书.pdf", "pdf", pdf30)])
    focus_page(qtbot, viewer)

    for _ in range(4):
        qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_PageDown)
    assert viewer.page_number() > 2
    qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_End)
    assert viewer.page_spin.text() == "30 / 30"
    assert not viewer.next_action.isEnabled()
    qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_PageUp)
    assert viewer.page_number() == 29
    qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_Home)
    assert viewer.page_number() == 1


def test_fit_width_is_the_default_and_zoom_keys_change_the_zoom(qtbot, viewer, pdf30) -> None:
    viewer.set_materials([("申报书.pdf", "pdf", pdf30)])
    assert viewer.fit_mode() is FitMode.WIDTH
    assert viewer.fit_width_action.isChecked()
    fitted = viewer.zoom_factor()
    label = viewer.zoom_label.text()
    focus_page(qtbot, viewer)

    qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.fit_mode() is FitMode.CUSTOM
    assert not viewer.fit_width_action.isChecked()
    assert viewer.zoom_factor() == pytest.approx(fitted * 1.25)
    assert viewer.zoom_label.text() != label
    # Wider than the view now: the page can be scrolled sideways.
    assert viewer.pdf_pane.view.horizontalScrollBar().maximum() > 0

    qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom_factor() == pytest.approx(fitted / 1.25)

    qtbot.mouseClick(button(viewer, viewer.fit_page_action), Qt.MouseButton.LeftButton)
    assert viewer.fit_mode() is FitMode.PAGE
    assert viewer.zoom_factor() < fitted  # a whole A4 page is narrower than the pane
    qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.fit_mode() is FitMode.WIDTH
    assert viewer.zoom_factor() == pytest.approx(fitted)


def test_unshowable_materials_get_a_message_in_place(qtbot, viewer, pdf30, png) -> None:
    viewer.set_materials(
        [
            ("申报书.pdf", "pdf", pdf30),
            ("损坏.pdf", "pdf", b"%PDF-1.4 this is not really a PDF"),
            ("丢失.pdf", "pdf", FileNotFoundError("not in the package")),
            ("附件.docx", "other", b"PK\x03\x04"),
            ("照片.jpg", "image", b"\xff\xd8 not a jpeg"),
            ("空.pdf", "pdf", RuntimeError()),
        ]
    )
    for index, detail in [
        (1, "not a readable PDF"),
        (2, "not in the package"),
        (3, "cannot be displayed here"),
        (4, "not a readable image"),
        (5, "RuntimeError"),
    ]:
        viewer.select_material(index)
        name = viewer.tabs.tabText(index)
        assert viewer.showing() == "message"
        assert viewer.message_label.isVisible()
        assert viewer.message().startswith(name)
        assert "This material cannot be shown" in viewer.message()
        assert detail in viewer.message()
        assert not viewer.page_spin.isEnabled()
        assert not viewer.zoom_in_action.isEnabled()
    # The good material is still there when the judge goes back to it.
    viewer.select_material(0)
    assert (viewer.showing(), viewer.page_count()) == ("pdf", 30)


def test_switching_tabs_shows_the_image_fitted_to_the_width(qtbot, viewer, pdf30, png) -> None:
    viewer.set_materials([("申报书.pdf", "pdf", pdf30), ("现场照片.png", "image", png)])

    qtbot.mouseClick(viewer.tabs, Qt.MouseButton.LeftButton, pos=viewer.tabs.tabRect(1).center())
    assert viewer.showing() == "image"
    assert viewer.image_pane.isVisible()
    assert viewer.page_count() == 0
    width = viewer.image_pane.viewport().width()
    assert viewer.image_pane.shown_size().width() == pytest.approx(width, abs=2)
    assert viewer.image_pane.shown_size().height() == pytest.approx(width * 2 / 3, abs=2)

    viewer.zoom_out()
    assert viewer.image_pane.shown_size().width() == pytest.approx(width / 1.25, abs=2)
    viewer.fit_page()
    room = viewer.image_pane.viewport().size()
    shown = viewer.image_pane.shown_size()
    assert shown.width() <= room.width() and shown.height() <= room.height()


def test_another_projects_materials_start_at_their_first_page(qtbot, viewer, pdf30) -> None:
    viewer.set_materials([("申报书.pdf", "pdf", pdf30)])
    viewer.go_to_page(20)
    viewer.set_materials([("其他项目.pdf", "pdf", make_pdf(5, "乙"))])

    assert (viewer.page_number(), viewer.page_count()) == (1, 5)
    assert viewer.pdf_pane.view.verticalScrollBar().value() == 0
    qtbot.waitUntil(lambda: page_is_printed(viewer))


def test_clear_shows_only_the_message(qtbot, viewer, pdf30) -> None:
    viewer.set_materials([("申报书.pdf", "pdf", pdf30)])
    viewer.clear("Choose a project")

    assert viewer.showing() == "message"
    assert viewer.message() == "Choose a project"
    assert viewer.message_label.isVisible()
    assert not viewer.tabs.isVisible()
    assert viewer.page_count() == 0
    viewer.set_materials([])
    assert "no materials" in viewer.message()


def test_f11_and_the_button_ask_for_full_screen(qtbot, viewer, pdf30) -> None:
    viewer.set_materials([("申报书.pdf", "pdf", pdf30)])
    focus_page(qtbot, viewer)

    with qtbot.waitSignal(viewer.fullScreenRequested) as blocker:
        qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_F11)
    assert blocker.args == [True]
    assert viewer.full_screen_button.isChecked()

    with qtbot.waitSignal(viewer.fullScreenRequested) as blocker:
        qtbot.mouseClick(viewer.full_screen_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]

    # The window left or entered full screen by itself: the button follows, nothing is asked.
    with qtbot.assertNotEmitted(viewer.fullScreenRequested):
        viewer.set_full_screen_state(True)
    assert viewer.full_screen_button.isChecked()


def test_the_demo_materials_are_readable(qtbot, viewer, demo_master: Path) -> None:
    files = sorted((demo_master / "materials").glob("*.pdf"))[:4]
    viewer.set_materials([(path.name, "pdf", path.read_bytes()) for path in files])

    for index, path in enumerate(files):
        viewer.select_material(index)
        assert viewer.tabs.tabText(index) == path.name
        assert viewer.showing() == "pdf"
        assert viewer.page_count() == 3
        qtbot.waitUntil(lambda: page_is_printed(viewer))


def test_a_viewer_added_to_a_shown_window_shows_the_zoom_it_uses(qtbot, pdf30: bytes) -> None:
    # The judge window adds the viewer after its first paint; the zoom shown must follow the
    # size the pages get (it said 11 % while fitting the width at 67 %).
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    pane = QWidget()
    qtbot.addWidget(pane)
    pane.resize(800, 900)
    pane.show()
    qtbot.waitExposed(pane)
    viewer = MaterialsViewer()
    QVBoxLayout(pane).addWidget(viewer)
    viewer.set_materials([("a.pdf", "pdf", pdf30)])
    qtbot.waitUntil(lambda: viewer.isVisible() and viewer.pdf_pane.view.viewport().width() > 500)
    percent = round(viewer.zoom_factor() * 100)
    assert percent > 50 and viewer.zoom_label.text() == f"{percent} %"
    pane.resize(500, 900)  # a narrower pane: a smaller fit, and the label follows it
    qtbot.waitUntil(lambda: round(viewer.zoom_factor() * 100) < percent)
    assert viewer.zoom_label.text() == f"{round(viewer.zoom_factor() * 100)} %"
