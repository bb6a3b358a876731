"""The console's Projects page: table edits saved at once, workbook and sheet imports, the
materials preflight — driven offscreen the way a clerk uses them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from demo.builder import demo_event
from scoring.serialize import event_to_dict
from storage.project_sheet import read_sheet
from storage.secretariat import EventStore
from storage.workbook import write_workbook
from ui.ask import Ask
from ui.console.column_mapping import ColumnMappingDialog
from ui.console.column_preview import COLUMNS as PREVIEW
from ui.console.column_preview import PreviewModel
from ui.console.pages.projects import MATERIALS_FOLDER, ProjectsPage
from ui.console.preflight_model import PreflightModel
from ui.console.preflight_pages import count_pages
from ui.console.projects_model import COLUMNS, PROBLEM_ROLE
from ui.console.state import ConsoleState

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def store(tmp_path: Path):
    store = EventStore.open(tmp_path / "event.psevent")
    store.save_event(event_to_dict(demo_event()), "demo")
    yield store
    store.close()


@pytest.fixture
def page(qtbot, store: EventStore, monkeypatch: pytest.MonkeyPatch):
    shown: list[tuple] = []  # what the page told the clerk
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: True))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a, **k: shown.append(a)))
    monkeypatch.setattr(ProjectsPage, "show_problems", classmethod(lambda cls, *a: shown.append(a)))
    page = ProjectsPage(ConsoleState(store))
    page.shown = shown  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    yield page
    if page.task is not None:
        qtbot.waitUntil(lambda: not page.task.running)


def reopened(store: EventStore) -> dict:
    """The event as saved in the file, read through a second connection."""
    other = EventStore.open(store.path)
    try:
        return other.event_data()
    finally:
        other.close()


def cell(page: ProjectsPage, row: int, field: str):
    return page.editor.model.index(row, COLUMNS.index(field))


def test_models_pass_the_qt_model_tester(qtmodeltester, page: ProjectsPage):
    qtmodeltester.check(page.editor.model)
    qtmodeltester.check(page.editor.categories)
    qtmodeltester.check(PreviewModel())
    qtmodeltester.check(PreflightModel())


def test_edits_are_saved_at_once_and_problems_marked_in_place(page: ProjectsPage, store):
    model = page.editor.model
    row = model.row_of("G03")
    assert model.setData(cell(page, row, "title"), "", EDIT)
    assert model.data(cell(page, row, "title"), PROBLEM_ROLE) == ["the title is empty"]
    assert "problem" in page.editor.count.text()
    saved = reopened(store)
    assert saved["projects"][row]["title"] == ""
    # A code renamed is renamed in the conflicts too; K05 × J03 is a demo conflict.
    k05 = model.row_of("K05")
    assert model.setData(cell(page, k05, "code"), " K50 ", EDIT)
    saved = reopened(store)
    assert saved["projects"][k05]["code"] == "K50"
    assert {"judge": "J03", "project": "K50"}.items() <= next(
        c for c in saved["conflicts"] if c["judge"] == "J03"
    ).items()
    # Refused: nothing saved, and the clerk is told why.
    assert not model.setData(cell(page, k05, "code"), "  ", EDIT)
    assert not model.setData(cell(page, k05, "order"), "第二", EDIT)
    assert "whole number" in page.editor.message.text()
    assert reopened(store)["projects"][k05]["order"] == 5
    # A code twice: the repeat is marked.
    assert model.setData(cell(page, k05, "code"), "K04", EDIT)
    assert model.data(cell(page, k05, "code"), PROBLEM_ROLE) == ["'K04' appears more than once"]
    assert model.data(cell(page, model.row_of("K04"), "code"), PROBLEM_ROLE) == []


def test_category_cell_offers_the_events_categories(qtbot, page: ProjectsPage, store):
    table = page.editor.table
    index = page.editor.proxy.mapFromSource(cell(page, 0, "category"))
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.indexWidget(index) or table.focusWidget()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "改革创新 (reform)",
        "攻坚克难 (tough)",
    ]
    combo.setCurrentIndex(1)
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: page.state.data["projects"][0]["category"] == "tough")
    assert reopened(store)["projects"][0]["category"] == "tough"
    assert page.editor.model.data(cell(page, 0, "category")) == "攻坚克难"


def test_add_filter_and_remove_projects(qtbot, page: ProjectsPage, store):
    editor = page.editor
    editor.add_button.click()
    assert editor.model.rowCount() == 35
    assert reopened(store)["projects"][-1] | {"title": ""} == {
        "code": "K18",
        "title": "",
        "unit": "",
        "category": "tough",  # the last project's
        "presenter": "",
        "order": 18,
        "summary": "",
    }
    editor.table.sortByColumn(COLUMNS.index("order"), Qt.SortOrder.DescendingOrder)
    orders = [editor.proxy.index(r, COLUMNS.index("order")).data() for r in range(4)]
    assert orders == ["18", "17", "17", "16"]  # by number: 18 before 9
    editor.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # back to the stored order
    assert editor.proxy.index(0, 0).data() == "G01"
    qtbot.keyClicks(editor.filter, "K1")
    assert editor.proxy.rowCount() == 9  # K10…K18
    editor.table.selectAll()
    editor.remove_button.click()
    saved = reopened(store)
    assert len(saved["projects"]) == 26
    assert not any(c["project"].startswith("K1") for c in saved["conflicts"])
    editor.filter.clear()
    assert editor.proxy.rowCount() == 26


def test_categories_editor(page: ProjectsPage, store):
    categories = page.editor.categories
    assert categories.data(categories.index(1, 3)) == "17"  # projects in 攻坚克难
    assert categories.setData(categories.index(1, 0), "hard", EDIT)
    saved = reopened(store)
    assert saved["categories"][1]["key"] == "hard"
    assert sum(p["category"] == "hard" for p in saved["projects"]) == 17
    page.editor.add_category_button.click()
    row = categories.rowCount() - 1
    assert categories.data(categories.index(row, 1), PROBLEM_ROLE) == ["the name is empty"]
    assert categories.setData(categories.index(row, 1), "新类别", EDIT)
    page.editor.category_table.setCurrentIndex(categories.index(1, 0))
    page.editor.remove_category_button.click()
    saved = reopened(store)
    assert [c["key"] for c in saved["categories"]] == ["reform", "C3"]
    k01 = page.editor.model.row_of("K01")
    assert page.editor.model.data(cell(page, k01, "category"), PROBLEM_ROLE) == [
        "unknown category 'hard'"
    ]


def test_import_event_workbook_replaces_the_event(
    qtbot, page: ProjectsPage, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    event = demo_event()
    event = replace(event, name="另一场评审会", projects=event.projects[:5], conflicts=())
    path = tmp_path / "另一场.xlsx"
    write_workbook(event, path)
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: path))
    page.workbook_button.click()
    qtbot.waitUntil(lambda: not page.task.running)
    saved = reopened(store)
    assert saved["name"] == "另一场评审会"
    assert [p["code"] for p in saved["projects"]] == ["G01", "G02", "G03", "G04", "G05"]
    assert page.editor.model.rowCount() == 5
    assert page.status.text() == "Imported 另一场.xlsx: 5 projects, 7 judges."


def test_a_workbook_with_problems_lists_them_all_and_changes_nothing(
    qtbot, page: ProjectsPage, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "坏.xlsx"
    write_workbook(demo_event(), path)
    book = openpyxl.load_workbook(path)
    book["Projects"]["D3"] = "不存在的类别"
    book["Rubric"]["D2"] = "三十"
    del book["Judges"]
    book.save(path)
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: path))
    before = reopened(store)
    page.workbook_button.click()
    qtbot.waitUntil(lambda: not page.task.running)
    ((_, title, intro, problems),) = page.shown
    assert title == "Import event workbook"
    assert "坏.xlsx has 3 problem(s)" in intro
    assert [str(p) for p in problems] == [
        "sheet Rubric, row 2, column 满分: '三十' is not a number",
        "sheet Judges: the sheet 评委 / Judges is missing",
        "sheet Projects, row 3, column 类别: unknown category '不存在的类别'",
    ]
    assert reopened(store) == before


def write_other_sheet(path: Path) -> Path:
    """Columns named unlike the template and in another order, under a title line."""
    book = openpyxl.Workbook()
    for row in [
        ["2024年度改革创新项目申报汇总表"],
        ["组别", "项目全称", "汇报人", "序号", "申报单位名称", "答辩顺序", "摘要"],
        ["改革创新", "一网通办再升级", "王五", "N01", "甲街道办事处", 2, "简介一"],
        ["新赛道", "低空经济试点", "赵六", "N02", "乙区发改局", "1", ""],
        ["攻坚克难", "", "", "G01", "丙", 3, ""],
    ]:
        book.active.append(row)
    book.save(path)
    return path


def test_import_projects_from_any_sheet_through_the_column_mapping(
    qtbot, qtmodeltester, page: ProjectsPage, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = write_other_sheet(tmp_path / "申报汇总.xlsx")
    seen = {}

    def ask_mapping(cls, parent, grid, categories, codes):
        dialog = ColumnMappingDialog(grid, categories, codes, parent)
        qtbot.addWidget(dialog)
        seen["mapping"] = {f: c.currentText() for f, c in dialog.combos.items()}
        seen["header"] = dialog.header_row.value()
        seen["summary"] = dialog.summary.text()
        qtmodeltester.check(dialog.preview_model)
        seen["preview"] = [
            dialog.preview_model.index(r, PREVIEW.index("problems")).data()
            for r in range(dialog.preview_model.rowCount())
        ]
        return dialog.outcome()

    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: path))
    monkeypatch.setattr(ProjectsPage, "ask_mapping", classmethod(ask_mapping))
    page.sheet_button.click()
    qtbot.waitUntil(lambda: not page.task.running)
    assert seen["header"] == 2
    assert seen["mapping"] == {
        "code": "D: 序号",
        "title": "B: 项目全称",
        "unit": "E: 申报单位名称",
        "category": "A: 组别",
        "presenter": "C: 汇报人",
        "order": "F: 答辩顺序",
        "summary": "G: 摘要",
    }
    assert seen["preview"] == ["", "", "the project G01 already exists; not imported"]
    assert seen["summary"].startswith("2 project(s) will be imported. 1 row(s) are not imported")
    assert "New categories: 新赛道." in seen["summary"]
    saved = reopened(store)
    assert len(saved["projects"]) == 36
    assert saved["projects"][-2:] == [
        {
            "code": "N01",
            "title": "一网通办再升级",
            "unit": "甲街道办事处",
            "category": "reform",
            "presenter": "王五",
            "order": 2,
            "summary": "简介一",
        },
        {
            "code": "N02",
            "title": "低空经济试点",
            "unit": "乙区发改局",
            "category": "新赛道",
            "presenter": "赵六",
            "order": 1,
            "summary": "",
        },
    ]
    assert saved["categories"][-1] == {"key": "新赛道", "name": "新赛道", "order": 3}
    assert page.status.text() == "Imported 2 project(s) from 申报汇总.xlsx."


def test_the_mapping_dialog_can_be_corrected_and_replace(qtbot, store, tmp_path: Path):
    grid = read_sheet(write_other_sheet(tmp_path / "s.xlsx"))
    data = store.event_data()
    dialog = ColumnMappingDialog(grid, data["categories"], ["G01"], None)
    qtbot.addWidget(dialog)
    dialog.set_column("title", None)
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == "Choose the column of: Title"
    dialog.set_column("title", 1)
    dialog.replace.setChecked(True)  # replacing: G01 is no longer a repeat
    assert [p["code"] for p in dialog.outcome().result.projects] == ["N01", "N02", "G01"]
    assert dialog.outcome().replace
    assert "1 row(s) have problems" in dialog.summary.text()  # G01's empty title and presenter
    dialog.header_row.setValue(1)  # the title line as header: nothing maps
    assert dialog.mapping()["code"] is None
    assert not dialog.import_button.isEnabled()


def test_materials_preflight_with_a_broken_pdf_and_a_stray_file(
    qtbot, qtmodeltester, page: ProjectsPage, store, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    materials = demo_dir / "materials"
    (materials / "G02-申报材料.pdf").write_bytes(b"%PDF-1.7\nthis is no PDF at all")
    (materials / "K17-申报材料.pdf").unlink()
    (materials / "会议议程.docx").write_bytes(b"PK not really")
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a: materials))
    page.attach_button.click()
    qtbot.waitUntil(lambda: not page.task.running)
    assert store.get(MATERIALS_FOLDER) == str(materials)
    assert page.tabs.currentIndex() == 1
    view = page.preflight_view
    rows = {
        view.model.index(r, 2).data(): view.model.index(r, 4).data()
        for r in range(view.model.rowCount())
    }
    assert len(rows) == 33
    qtmodeltester.check(view.model)
    assert rows["G02-申报材料.pdf"] == "damaged PDF"
    assert rows["G01-申报材料.pdf"] == "3"
    assert view.without.item(0).text().startswith("K17 ")
    assert [view.unmatched.item(i).text() for i in range(view.unmatched.count())] == [
        "会议议程.docx"
    ]
    assert "33 files for 33 of 34 projects: 96 pages" in view.summary.text()
    assert "1 file(s) cannot be opened" in view.summary.text()
    assert not view.stale.isVisible()
    page.editor.model.setData(cell(page, 0, "code"), "G00", EDIT)
    assert view.stale.isVisible()
    page.check_button.click()
    qtbot.waitUntil(lambda: not page.task.running)
    assert not view.stale.isVisible()
    assert view.without.count() == 2  # G00 has no file now; G01's file matches no project


def test_preflight_of_a_missing_folder_says_so(qtbot, page: ProjectsPage, store, tmp_path: Path):
    store.set_setting(MATERIALS_FOLDER, str(tmp_path / "gone"))
    page.check_materials()
    qtbot.waitUntil(lambda: not page.task.running)
    assert "the materials folder does not exist" in page.preflight_view.summary.text()


def test_page_counts_with_qtpdf(demo_dir: Path, tmp_path: Path):
    assert count_pages(demo_dir / "materials" / "G01-申报材料.pdf") == 3
    broken = tmp_path / "x.pdf"
    broken.write_bytes(b"%PDF-1.4\n")
    assert count_pages(broken) == "damaged PDF"
    assert count_pages(tmp_path / "none.pdf") == "the file cannot be opened"
    image = tmp_path / "x.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n broken")
    assert count_pages(image) == "damaged image"


def test_a_failed_save_changes_nothing_shown(page: ProjectsPage, store) -> None:
    saved = []
    page.state.saveFailed.connect(saved.append)
    store.db.close()  # as if the disk went away: every save fails from now on
    model = page.editor.model
    assert not model.setData(cell(page, 0, "title"), "新标题", EDIT)
    assert model.data(cell(page, 0, "title")) == "创新园区供电模式为中小企业降本增效"
    page.editor.add_button.click()
    page.editor.add_category_button.click()
    assert (model.rowCount(), page.editor.categories.rowCount()) == (34, 2)
    assert len(saved) == 3


def test_an_unusable_sheet_is_explained(
    qtbot, page: ProjectsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "旧格式.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: path))
    page.sheet_button.click()
    qtbot.waitUntil(lambda: not page.task.running)
    ((_, title, text),) = page.shown
    assert title == "Cannot use this file"
    assert "Excel 97–2003 (.xls)" in text
    assert page.editor.model.rowCount() == 34
