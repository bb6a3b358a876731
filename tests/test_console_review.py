"""A clerk trying to break the secretariat console on the meeting day: each test is a way
the console once let them down (found in review), driven through the real window."""

from __future__ import annotations

from pathlib import Path

from storage.input_rows import EXCLUDE, REMOVE
from tests.helpers.collecting import console, page_of, settle
from ui.ask import Ask


def test_the_last_input_that_counts_cannot_be_excluded_into_a_dead_end(
    qtbot, demo_dir: Path, tmp_path: Path
) -> None:
    # Excluding the only counting input left nothing to merge; without a merge the row had
    # no status, so "Include again" stayed disabled and the clerk was stuck.
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        page = page_of(window)
        page.collect([next((demo_dir / "scores").glob("J01-*.psscore"))])
        settle(qtbot, window)
        page.inputs.selectRow(0)
        exclude = page.input_buttons[EXCLUDE]
        assert not exclude.isEnabled()
        assert "Remove it instead" in exclude.toolTip()
        assert page.input_buttons[REMOVE].isEnabled()
        # With a second judge's file both can be excluded, one at a time.
        page.collect([next((demo_dir / "scores").glob("J02-*.psscore"))])
        settle(qtbot, window)
        page.inputs.selectRow(0)
        assert exclude.isEnabled() and exclude.toolTip() == ""
        exclude.click()
        settle(qtbot, window)
        assert state.outcome is not None
        counted = next(i for i, r in enumerate(page.inputs_model.rows()) if r.status == "counted")
        page.inputs.selectRow(counted)
        assert not exclude.isEnabled()


def _publish_panel(window):
    from ui.console.publish_flow import PublishPanel

    panel = window.pages["results"].findChild(PublishPanel)
    assert panel is not None
    return panel


def test_publishing_over_another_events_results_asks_first(
    qtbot, demo_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    # Picking last year's results folder silently replaced its results.json and reports.

    out = tmp_path / "results-2022"
    out.mkdir()
    last_year = '{"event": {"id": "e-2022", "name": "2022年度评审会"}}\n'
    (out / "results.json").write_text(last_year, encoding="utf-8")
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, p, t: out))
    monkeypatch.setattr(
        Ask, "confirm", classmethod(lambda cls, p, t, text: asked.append(text) or answer[0])
    )
    with console(qtbot, demo_dir, tmp_path) as (_state, window):
        page_of(window).collect([demo_dir / "scores"])
        settle(qtbot, window)
        panel = _publish_panel(window)
        panel.start()
        assert len(asked) == 1 and "2022年度评审会" in asked[0]
        assert panel.task is None  # said no: nothing written
        assert (out / "results.json").read_text(encoding="utf-8") == last_year
        answer[0] = True
        panel.start()
        qtbot.waitUntil(lambda: not panel.running, timeout=30_000)
        assert "e-2022" not in (out / "results.json").read_text(encoding="utf-8")
        assert len(asked) == 2


def test_collect_warns_when_the_event_was_edited_after_the_package(
    qtbot, demo_dir: Path, tmp_path: Path
) -> None:
    # The Package page said the package was stale; Collect merged on against it in silence.
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        page = page_of(window)
        page.collect([demo_dir / "scores"])
        settle(qtbot, window)
        assert "changed after this package" not in page.merge_status.text()
        rules = dict(state.data["rules"])
        state.edit("rules", lambda d: d["rules"].update(aggregate="median"))
        assert "changed after this package was exported" in page.merge_status.text()
        assert "Package IDNZ5Y5M" in page.merge_status.text()
        state.edit("rules", lambda d: d.update(rules=rules))  # back as packaged
        assert "changed after this package" not in page.merge_status.text()


def test_a_typed_sheet_does_not_overwrite_a_collected_file_of_the_same_name(
    qtbot, demo_dir: Path, tmp_path: Path
) -> None:
    # A stick's "paper-J07.csv" was kept as inputs/paper-J07.csv, the very name the typed
    # sheet of J07 is written to: "Use this sheet" replaced the collected file in silence.
    import shutil

    from demo.builder import PAPER_JUDGE, demo_scores
    from tests.test_console_paper_entry import _type_sheet

    stick = tmp_path / "usb"
    stick.mkdir()
    collected = stick / f"paper-{PAPER_JUDGE}.csv"
    shutil.copy(next((demo_dir / "scores").glob(f"{PAPER_JUDGE}-*.csv")), collected)
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        page = page_of(window)
        page.collect([stick])
        settle(qtbot, window)
        dialog = page.open_paper_entry()
        assert dialog is not None
        dialog.judge.setCurrentIndex(dialog.judge.findData(PAPER_JUDGE))
        sheet = demo_scores(state.package.event)[PAPER_JUDGE]
        assert "this sheet counts" not in dialog.status_text()
        _type_sheet(dialog, "张三", 1, sheet)
        _type_sheet(dialog, "李四", 2, sheet)
        assert dialog.use.isEnabled()
        dialog.use.click()
        settle(qtbot, window)
        kept = {item.original: item.path for item in state.store.inputs()}
        assert set(kept) == {str(collected), "typed by 张三, 李四"}
        assert kept[str(collected)].read_bytes() == collected.read_bytes()
        dialog.close()


def test_other_event_results_reads_only_a_whole_results_file(tmp_path: Path) -> None:
    from storage.outputs import other_event_results

    assert other_event_results(tmp_path, "e1") is None  # nothing there
    results = tmp_path / "results.json"
    for text in ("", "[]", "{not json", '{"event": 3}', '{"event": {"name": "x"}}'):
        results.write_text(text, encoding="utf-8")
        assert other_event_results(tmp_path, "e1") is None
    results.write_text('{"event": {"id": "e1", "name": "本次"}}', encoding="utf-8")
    assert other_event_results(tmp_path, "e1") is None
    assert other_event_results(tmp_path, "e2") == "本次"
