"""The secretariat's event file: edits survive reopening, collected inputs outlive the USB
stick, typed paper sheets need two agreeing clerks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from scoring.serialize import event_to_dict
from storage.errors import InputError
from storage.merge import merge
from storage.package import read_package
from storage.secretariat import EventStore, new_event_data


@pytest.fixture
def store(tmp_path: Path) -> EventStore:
    opened = EventStore.open(tmp_path / "sec" / "secretariat.psevent")
    yield opened
    opened.close()


def test_new_event_has_default_rubric_and_fails_validation_until_named(store: EventStore) -> None:
    assert not store.has_event()
    data = store.event_data()
    assert [d["key"] for d in data["dimensions"]] == ["concept", "measures", "impact"]
    assert any(p.field == "name" for p in store.problems())


def test_edits_survive_reopen_and_are_audited(store: EventStore, tmp_path: Path) -> None:
    data = new_event_data()
    data["name"] = "黄埔区评审会"
    store.save_event(data, "name")
    store.set_setting("materials_folder", "/media/usb/材料")
    store.close()
    again = EventStore.open(store.path)
    try:
        assert again.event_data()["name"] == "黄埔区评审会"
        assert again.get("materials_folder") == "/media/usb/材料"
        assert [row["what"] for row in again.audit_trail()] == ["edit"]
    finally:
        again.close()


def test_incomplete_event_data_is_a_clear_error(store: EventStore) -> None:
    data = new_event_data()
    del data["dimensions"]
    store.save_event(data)
    with pytest.raises(InputError) as caught:
        store.event()
    assert caught.value.kind == "bad_event"
    assert "incomplete" in store.problems()[0].message


def test_collected_inputs_outlive_the_usb_stick(store: EventStore, demo_dir: Path) -> None:
    usb = demo_dir / "scores"
    report = store.collect([usb])
    assert len(report.added) == 7 and not report.failed
    again = store.collect([usb / next(p.name for p in usb.iterdir())])
    assert again.added == [] and len(again.already) == 1
    for item in usb.iterdir():
        item.unlink()  # the stick is pulled
    package = read_package(demo_dir / "event.pspkg")
    outcome = merge(package, store.input_paths())
    assert sum(r.status == "counted" for r in outcome.records) == 7


def test_same_name_different_content_is_kept_apart(store: EventStore, tmp_path: Path) -> None:
    for folder, text in (("a", "one"), ("b", "two")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "J01.psscore").write_text(text)
    store.collect([tmp_path / "a" / "J01.psscore", tmp_path / "b" / "J01.psscore"])
    names = sorted((p.path.name for p in store.inputs()), key=len)
    assert names[0] == "J01.psscore" and names[1].startswith("J01-")
    assert len({p.path.read_text() for p in store.inputs()}) == 2


def test_exclusions_and_choices_persist(store: EventStore) -> None:
    store.set_excluded("ABCD1234", True)
    store.choose("J01", "EFGH5678")
    assert store.exclusions() == {"ABCD1234"} and store.choices() == {"J01": "EFGH5678"}
    store.set_excluded("ABCD1234", False)
    store.choose("J01", None)
    assert store.exclusions() == set() and store.choices() == {}


def test_double_entry_needs_two_clerks_who_agree(store: EventStore, demo_dir: Path) -> None:
    package = read_package(demo_dir / "event.pspkg")
    store.save_event(event_to_dict(package.event))
    event = store.event()
    store.set_paper_cell("J07", 1, "王", "G01", "concept", "25")
    store.set_paper_cell("J07", 1, "王", "G01", "measures", "30.5")
    with pytest.raises(InputError, match="both clerks"):
        store.write_paper_input("J07", event)
    store.set_paper_cell("J07", 2, "王", "G01", "concept", "25.0")
    store.set_paper_cell("J07", 2, "王", "G01", "measures", "31")
    with pytest.raises(InputError, match="another clerk"):
        store.write_paper_input("J07", event)
    store.set_paper_cell("J07", 2, "李", "G01", "concept", "25")
    store.set_paper_cell("J07", 2, "李", "G01", "measures", "31")
    store.set_paper_cell("J07", 2, "王", "G01", "concept", "")  # 王 clears his stray pass-2 cell
    store.set_paper_cell("J07", 2, "李", "G01", "concept", "25")
    differences = store.paper_differences("J07")
    assert [(d.project, d.field, d.first, d.second) for d in differences] == [
        ("G01", "measures", "30.5", "31")
    ]
    store.set_paper_cell("J07", 2, "李", "G01", "measures", "30.5")
    for pass_no, clerk in ((1, "王"), (2, "李")):
        store.set_paper_cell("J07", pass_no, clerk, "G01", "impact", "20")
    assert store.paper_differences("J07") == []
    written = store.write_paper_input("J07", event)
    outcome = merge(package, [written.path])
    (sheet,) = [s for s in outcome.sheets if s.project == "G01"]
    assert str(sheet.values["measures"]) == "30.5" and str(sheet.values["concept"]) == "25"
    typed = [row for row in store.audit_trail() if row["what"] == "paper"]
    assert {row["clerk"] for row in typed} == {"王", "李"}


def test_a_foreign_file_is_refused_without_damage(tmp_path: Path) -> None:
    path = tmp_path / "secretariat.psevent"
    path.write_bytes(b"not a database at all, just text " * 100)
    with pytest.raises(InputError) as caught:
        EventStore.open(path)
    assert caught.value.kind == "damaged"
    assert path.read_bytes().startswith(b"not a database")


def test_a_newer_event_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secretariat.psevent"
    EventStore.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO migrations VALUES ('999_future', datetime('now'))")
    with pytest.raises(InputError, match="newer PanelScore"):
        EventStore.open(path)
