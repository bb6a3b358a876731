"""The signature pad: strokes drawn with the mouse become a cropped PNG; Clear and Ctrl+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton

from widgets.signature_pad import MAX_PNG_WIDTH, SignaturePad

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(500, 240)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def draw(qtbot, pad: SignaturePad, start: tuple[int, int], dx: int, wave: int = 20) -> None:
    """One stroke: press, a zigzag of moves to the right, release."""
    canvas = pad.canvas
    x, y = start
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    for step in range(1, 11):
        point = QPoint(x + dx * step // 10, y + (wave if step % 2 else -wave))
        qtbot.mouseMove(canvas, point)
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x + dx, y))


def decode(png: bytes) -> QImage:
    assert png.startswith(PNG_SIGNATURE)
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return image


def dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 100
    )


def button(pad: SignaturePad, text: str) -> QPushButton:
    (match,) = [b for b in pad.findChildren(QPushButton) if b.text() == text]
    return match


def test_a_new_pad_is_empty(pad: SignaturePad) -> None:
    assert pad.is_empty()
    assert not button(pad, "Clear").isEnabled()
    with pytest.raises(ValueError):
        pad.to_png()


def test_a_stroke_becomes_a_cropped_png_with_ink(qtbot, pad: SignaturePad) -> None:
    draw(qtbot, pad, (60, 90), 200)
    assert not pad.is_empty()
    image = decode(pad.to_png())
    assert dark_pixels(image) > 20
    assert image.width() <= MAX_PNG_WIDTH
    # Cropped: roughly the 200 × 40 px stroke plus margins at twice the screen size, not the pad.
    assert image.width() < 2 * (200 + 40) and image.height() < 2 * (40 + 40)
    corner = image.pixelColor(0, 0)
    assert (corner.red(), corner.green(), corner.blue()) == (255, 255, 255)


def test_a_wide_signature_is_scaled_to_the_maximum_width(qtbot, pad: SignaturePad) -> None:
    pad.resize(900, 240)
    draw(qtbot, pad, (20, 90), 860)
    assert decode(pad.to_png()).width() <= MAX_PNG_WIDTH


def test_clear_empties_the_pad(qtbot, pad: SignaturePad) -> None:
    draw(qtbot, pad, (60, 90), 200)
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseClick(button(pad, "Clear"), Qt.MouseButton.LeftButton)
    assert pad.is_empty()


def test_ctrl_z_removes_the_last_stroke(qtbot, pad: SignaturePad) -> None:
    draw(qtbot, pad, (30, 90), 120)
    draw(qtbot, pad, (300, 90), 150)
    both = decode(pad.to_png()).width()
    with qtbot.waitSignal(pad.changed):
        qtbot.keyClick(pad.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.canvas.strokes()) == 1
    assert decode(pad.to_png()).width() < both  # the right-hand stroke is gone
    qtbot.keyClick(pad.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.is_empty()


def test_ctrl_z_on_the_pad_wins_over_the_windows_undo(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    pad = SignaturePad()
    window.setCentralWidget(pad)
    window_undo = QAction("Undo score edit", window)
    window_undo.setShortcut(QKeySequence.StandardKey.Undo)
    window.addAction(window_undo)
    window.resize(500, 260)
    with qtbot.waitActive(window):  # window shortcuts only fire in the active window
        window.show()
        window.activateWindow()
    pad.canvas.setFocus()
    draw(qtbot, pad, (60, 90), 200)
    with qtbot.assertNotEmitted(window_undo.triggered):
        qtbot.keyClick(pad.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.is_empty()


def test_a_stylus_draws_like_the_mouse(qtbot, pad: SignaturePad) -> None:
    device = QPointingDevice.primaryPointingDevice()
    canvas = pad.canvas

    def send(kind: QEvent.Type, x: float, buttons: Qt.MouseButton) -> None:
        point = QPointF(x, 100)
        event = QTabletEvent(
            kind,
            device,
            point,
            QPointF(canvas.mapToGlobal(point)),
            0.6,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            buttons,
        )
        QApplication.sendEvent(canvas, event)

    send(QEvent.Type.TabletPress, 50, Qt.MouseButton.LeftButton)
    for x in range(60, 200, 10):
        send(QEvent.Type.TabletMove, x, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pad.changed):
        send(QEvent.Type.TabletRelease, 200, Qt.MouseButton.NoButton)
    assert dark_pixels(decode(pad.to_png())) > 20
