"""The scoring form as a judge uses it: typing, Enter to move on, bands, slider, submit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from scoring.rubric import DEFAULT_DIMENSIONS
from widgets.score_form import ScoreForm

FULL = {"concept": Decimal("27.5"), "measures": Decimal("35.0"), "impact": Decimal("24.0")}


@pytest.fixture
def form(qtbot) -> ScoreForm:
    widget = ScoreForm(DEFAULT_DIMENSIONS)
    qtbot.addWidget(widget)
    widget.load("A-07", "智慧社区养老服务平台", "市民政局", {}, "", "empty")
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def type_into(qtbot, form: ScoreForm, index: int, text: str) -> None:
    dimension_input = form.inputs()[index]
    dimension_input.focus_input()
    qtbot.keyClicks(dimension_input.spin_box(), text)
    qtbot.keyClick(dimension_input.spin_box(), Qt.Key.Key_Return)


def total_text(form: ScoreForm) -> str:
    return form._total.text()


def test_typing_then_enter_commits_and_moves_to_the_next_dimension(qtbot, form) -> None:
    first, second = form.inputs()[0], form.inputs()[1]
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        type_into(qtbot, form, 0, "27.5")
    assert blocker.args == ["concept", Decimal("27.5")]
    assert isinstance(blocker.args[1], Decimal)
    assert second.spin_box().hasFocus()
    assert first.spin_box().text() == "27.5"
    # The next field's "—" is selected, so digits replace it straight away.
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        qtbot.keyClicks(second.spin_box(), "35")
        qtbot.keyClick(second.spin_box(), Qt.Key.Key_Enter)
    assert blocker.args == ["measures", Decimal("35.0")]
    assert form.inputs()[2].spin_box().hasFocus()
    # Enter on the last dimension goes on to the comment.
    type_into(qtbot, form, 2, "24")
    assert form.findChild(QPlainTextEdit).hasFocus()


def test_an_off_grid_value_is_rounded_to_the_step(qtbot, form) -> None:
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        type_into(qtbot, form, 0, "27.3")
    assert blocker.args == ["concept", Decimal("27.5")]
    assert form.inputs()[0].spin_box().text() == "27.5"
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        type_into(qtbot, form, 0, "27.2")
    assert blocker.args == ["concept", Decimal("27.0")]


def test_a_number_above_the_maximum_is_refused_not_clamped(qtbot, form) -> None:
    concept = form.inputs()[0]
    with qtbot.assertNotEmitted(form.valueCommitted):
        type_into(qtbot, form, 0, "35")
    # The slip stays visible with a message, and focus stays for the correction.
    assert concept.spin_box().lineEdit().text() == "35"
    assert concept._error.isVisible()
    assert concept.spin_box().hasFocus()
    assert form.flush() is False
    concept.spin_box().selectAll()
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        qtbot.keyClicks(concept.spin_box(), "25")
        qtbot.keyClick(concept.spin_box(), Qt.Key.Key_Return)
    assert blocker.args == ["concept", Decimal("25.0")]
    assert not concept._error.isVisible()


def test_keys_that_cannot_make_a_score_are_refused_as_typed(qtbot, form) -> None:
    spin = form.inputs()[0].spin_box()
    form.inputs()[0].focus_input()
    qtbot.keyClicks(spin, "2x7.55")
    assert spin.lineEdit().text() == "27.5"


def test_a_band_button_sets_its_midpoint_on_the_grid(qtbot, form) -> None:
    concept = form.inputs()[0]
    good = concept.band_buttons()[1]
    assert good.text() == "良 21–26.5"
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        qtbot.mouseClick(good, Qt.MouseButton.LeftButton)
    assert blocker.args == ["concept", Decimal("23.5")]
    assert concept.spin_box().text() == "23.5"
    assert concept.slider().value() == 47
    assert [b.isChecked() for b in concept.band_buttons()] == [False, True, False, False]


def test_slider_and_spin_box_stay_in_sync(qtbot, form) -> None:
    measures = form.inputs()[1]
    type_into(qtbot, form, 1, "30.5")
    assert measures.slider().value() == 61
    # Dragging shows the value as it goes and commits once, on release.
    slider = measures.slider()
    with qtbot.assertNotEmitted(form.valueCommitted):
        slider.setSliderDown(True)
        slider.setSliderPosition(70)
    assert measures.spin_box().text() == "35.0"
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        slider.setSliderDown(False)
    assert blocker.args == ["measures", Decimal("35.0")]
    # A click on the groove is a single step-sized change, committed at once.
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        slider.triggerAction(slider.SliderAction.SliderSingleStepAdd)
    assert blocker.args == ["measures", Decimal("35.5")]
    assert measures.spin_box().text() == "35.5"
    # The spin box's arrow keys move the slider.
    measures.focus_input()
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        qtbot.keyClick(measures.spin_box(), Qt.Key.Key_Up)
    assert blocker.args == ["measures", Decimal("36.0")]
    assert slider.value() == 72


def test_empty_is_not_zero_and_can_be_cleared(qtbot, form) -> None:
    impact = form.inputs()[2]
    assert impact.spin_box().text() == "—"
    assert impact.value() is None
    type_into(qtbot, form, 2, "0")
    assert impact.value() == Decimal("0.0")
    assert impact.spin_box().text() == "0.0"
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        qtbot.mouseClick(impact._clear, Qt.MouseButton.LeftButton)
    assert blocker.args == ["impact", None]
    assert impact.spin_box().text() == "—"
    # Deleting the text and pressing Enter clears too.
    type_into(qtbot, form, 2, "12")
    with qtbot.waitSignal(form.valueCommitted) as blocker:
        impact.focus_input()
        qtbot.keyClick(impact.spin_box(), Qt.Key.Key_Backspace)
        qtbot.keyClick(impact.spin_box(), Qt.Key.Key_Return)
    assert blocker.args == ["impact", None]


def test_load_fills_without_emitting(qtbot, form) -> None:
    with (
        qtbot.assertNotEmitted(form.valueCommitted),
        qtbot.assertNotEmitted(form.commentCommitted),
        qtbot.assertNotEmitted(form.submitRequested),
    ):
        form.load("B-02", "城市更新", "区住建局", FULL, "思路清晰", "draft")
        # Tabbing through loaded values changes nothing either.
        form.inputs()[0].focus_input()
        qtbot.keyClick(form.inputs()[0].spin_box(), Qt.Key.Key_Tab)
    assert [d.spin_box().text() for d in form.inputs()] == ["27.5", "35.0", "24.0"]
    assert form.findChild(QPlainTextEdit).toPlainText() == "思路清晰"
    assert "B-02" in form._code.text()


def test_total_updates_live(qtbot, form) -> None:
    assert total_text(form) == "— / 100"
    type_into(qtbot, form, 0, "27.5")
    assert total_text(form) == "27.5 / 100"
    assert "2" in form._missing.text()
    type_into(qtbot, form, 1, "35")
    type_into(qtbot, form, 2, "24")
    assert total_text(form) == "86.5 / 100"
    assert form._missing.text() == ""
    assert form.total() == Decimal("86.5")


def test_submit_is_enabled_only_when_every_dimension_has_a_value(qtbot, form) -> None:
    assert not form._submit.isEnabled()
    type_into(qtbot, form, 0, "27.5")
    type_into(qtbot, form, 1, "35")
    assert not form._submit.isEnabled()
    with qtbot.assertNotEmitted(form.submitRequested):
        qtbot.keyClick(
            form.inputs()[2].spin_box(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    type_into(qtbot, form, 2, "24")
    assert form._submit.isEnabled()
    with qtbot.waitSignal(form.submitRequested):
        qtbot.mouseClick(form._submit, Qt.MouseButton.LeftButton)


def test_ctrl_enter_submits_including_a_value_still_being_typed(qtbot, form) -> None:
    form.load("A-07", "智慧社区养老服务平台", "市民政局", {**FULL, "impact": None}, "", "draft")
    impact = form.inputs()[2]
    impact.focus_input()
    qtbot.keyClicks(impact.spin_box(), "24")
    with qtbot.waitSignals([form.valueCommitted, form.submitRequested], order="strict"):
        qtbot.keyClick(impact.spin_box(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert impact.value() == Decimal("24.0")


def test_submitted_sheet_is_read_only_with_revise(qtbot, form) -> None:
    form.load("A-07", "智慧社区养老服务平台", "市民政局", FULL, "好", "submitted")
    assert form._revise.isVisible()
    assert not form._submit.isVisible()
    assert form._state_label.text() == "Submitted"
    concept = form.inputs()[0]
    assert concept.spin_box().isReadOnly()
    assert not any(b.isEnabled() for b in concept.band_buttons())
    assert not concept.slider().isEnabled()
    assert form.findChild(QPlainTextEdit).isReadOnly()
    with qtbot.assertNotEmitted(form.valueCommitted), qtbot.assertNotEmitted(form.submitRequested):
        concept.focus_input()
        qtbot.keyClicks(concept.spin_box(), "1")
        qtbot.keyClick(concept.spin_box(), Qt.Key.Key_Up)
        qtbot.keyClick(concept.spin_box(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert concept.spin_box().text() == "27.5"
    with qtbot.waitSignal(form.reviseRequested):
        qtbot.mouseClick(form._revise, Qt.MouseButton.LeftButton)
    form.set_state("draft")
    assert not concept.spin_box().isReadOnly()
    assert form._submit.isEnabled()
    assert not form._revise.isVisible()


def test_recused_project_disables_everything_and_says_why(qtbot, form) -> None:
    form.load("C-11", "校园安全", "市教育局", {}, "", "recused")
    form.set_recused("本单位项目")
    assert form._recusal.isVisible()
    assert "本单位项目" in form._recusal.text()
    assert form._state_label.text() == "Recused"
    assert not any(d.isEnabled() for d in form.inputs())
    assert not form.findChild(QPlainTextEdit).isEnabled()
    assert not form._submit.isEnabled()
    assert not form._revise.isVisible()
    # Loading the next, ordinary project lifts the recusal.
    form.load("C-12", "河道治理", "市水务局", {}, "", "empty")
    assert not form._recusal.isVisible()
    assert all(d.isEnabled() for d in form.inputs())


def test_comment_is_committed_on_focus_out(qtbot, form) -> None:
    comment = form.findChild(QPlainTextEdit)
    comment.setFocus()
    comment.insertPlainText("创新点突出")  # Chinese cannot go through keyClicks
    with qtbot.waitSignal(form.commentCommitted) as blocker:
        form.inputs()[0].focus_input()
    assert blocker.args == ["创新点突出"]
    # Leaving again without a change reports nothing new.
    with qtbot.assertNotEmitted(form.commentCommitted):
        comment.setFocus()
        form.inputs()[0].focus_input()


def test_comment_is_committed_after_a_pause_in_typing(qtbot, form) -> None:
    comment = form.findChild(QPlainTextEdit)
    comment.setFocus()
    with qtbot.waitSignal(form.commentCommitted) as blocker:
        qtbot.keyClicks(comment, "clear plan")
    assert blocker.args == ["clear plan"]
    assert comment.hasFocus()


def test_state_line_and_saved_time(qtbot, form) -> None:
    assert form._state_label.text() == "Not scored"
    type_into(qtbot, form, 0, "20")
    assert form._state_label.text() == "Draft, not submitted"
    form.show_saved("22:31:05")
    assert form._saved.text() == "Saved 22:31:05"
