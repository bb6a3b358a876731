"""The materials preflight: files per project, projects without material, stray files."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from demo.builder import demo_event
from scoring.model import Project
from storage.errors import InputError
from storage.preflight import preflight


def count_pages(path: Path) -> int | str:
    """A PDF reader good enough for the demo's PDFs (the console passes QtPdf's)."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data:
        return "damaged PDF"
    return len(re.findall(rb"/Type\s*/Page[^s]", data)) if path.suffix == ".pdf" else 1


def test_demo_materials_with_a_broken_pdf_and_a_stray_file(demo_dir: Path) -> None:
    event = demo_event()
    materials = demo_dir / "materials"
    first = event.ordered_projects()[0].code
    (materials / f"{first}-申报材料.pdf").write_bytes(b"%PDF-1.7\n\x00broken")
    (materials / f"{first}_佐证.docx").write_bytes(b"PK word")
    (materials / "会议议程.pdf").write_bytes(b"%PDF-1.7\n%%EOF")
    (materials / "旧材料").mkdir()
    (materials / ".DS_Store").write_bytes(b"hidden")
    missing = Project("Z99", "无材料的项目", "某单位", event.projects[0].category)
    event = replace(event, projects=(*event.projects, missing))
    steps: list[tuple[int, int, str]] = []

    result = preflight(materials, event, count_pages, lambda *step: steps.append(step))

    assert result.without_material == (missing,)
    assert [p.name for p in result.unmatched] == ["会议议程.pdf", "旧材料"]
    assert [f.project for f in result.files] == [
        p.code
        for p in event.ordered_projects()
        if p is not missing
        for _ in range(2 if p.code == first else 1)
    ]
    broken, other = result.files_of(first)
    assert (broken.kind, broken.pages, broken.error) == ("pdf", None, "damaged PDF")
    assert (other.kind, other.pages, other.error, other.ok) == ("other", None, "", False)
    assert result.failed == (broken,) and result.not_shown == (other,)
    fine = [f for f in result.files if f.project != first]
    assert all(f.ok and f.pages and f.pages > 0 for f in fine)
    assert result.pages == sum(f.pages or 0 for f in fine)
    assert result.projects_with_material == len(event.projects) - 1
    assert not result.clean
    assert steps[-1] == (len(result.files), len(result.files), "")
    assert len(steps) == len(result.files) + 1


def test_the_demo_folder_is_clean(demo_dir: Path) -> None:
    event = demo_event()
    result = preflight(demo_dir / "materials", event, count_pages)
    assert result.clean
    assert result.projects_with_material == len(event.projects)


def test_a_cancel_stops_the_check(demo_dir: Path) -> None:
    event = demo_event()

    def cancel(done: int, total: int, label: str) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        preflight(demo_dir / "materials", event, count_pages, cancel)


def test_refusals_are_input_errors(demo_dir: Path) -> None:
    event = demo_event()
    with pytest.raises(InputError, match="does not exist"):
        preflight(demo_dir / "nowhere", event, count_pages)
    (demo_dir / "materials" / "link.pdf").symlink_to(demo_dir / "event.xlsx")
    with pytest.raises(InputError, match="links are not accepted"):
        preflight(demo_dir / "materials", event, count_pages)
