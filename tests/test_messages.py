"""Errors and problems of the Qt-free layers read in Chinese (ui/messages.py).

Real errors from the real storage functions (a damaged package, a foreign file, a newer
format, a workbook with problems, a read-only folder, a merge with foreign and tampered
score files…) are explained with the Chinese translator installed: Chinese text, the file
name kept, no English sentence left. Without a translator they read exactly as before.
"""

from __future__ import annotations

import ast
import functools
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from scoring import message_catalogue as catalogue
from scoring import message_words
from scoring.content import ScoreContent, SheetRow
from scoring.model import Dimension, Event
from scoring.problems import Problem
from scoring.validation import EventProblem, check_event
from storage.atomic import atomic_write
from storage.errors import ExportError, InputError, WorkbookError
from storage.merge import merge
from storage.package import read_package
from storage.paper import read_paper_sheet
from storage.scorefile import write_score_file
from storage.workbook import read_workbook, write_workbook
from storage.workspace import EditRefused, Workspace
from tests.factories import make_event
from ui.ask import Ask
from ui.i18n import Translators
from ui.messages import (
    describe_event_problem,
    explain_cell_problem,
    explain_error,
    explain_event_problem,
    explain_message,
    explain_problem,
)

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "panelscore_zh_CN.ts"
CJK = re.compile(r"[\u4e00-\u9fff]")
# Two words in a row that are not acronyms ("CSV UTF-8", "PanelScore 活动数据包" are fine).
ENGLISH = re.compile(r"\b[A-Za-z]*[a-z][A-Za-z]*[ ,;:]+[A-Za-z]*[a-z][A-Za-z]*\b")


def english_left(text: str, *values: str) -> list[str]:
    """English phrases in ``text`` once the given values (paths, codes, names) are removed."""
    for value in sorted(filter(None, values), key=len, reverse=True):
        text = text.replace(value, " ")
    return ENGLISH.findall(text)


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    translators = Translators(qapp)
    translators.use("zh_CN")
    try:
        yield
    finally:
        translators.remove()
    assert QCoreApplication.translate("Messages", "the disk is full") == "the disk is full"


# -- real errors, built once ---------------------------------------------------------------
def _raised(action: Callable[[], object]) -> BaseException:
    try:
        action()
    except Exception as error:  # the error is what the test looks at
        return error
    raise AssertionError("no error was raised")


def _newer(package: Path, target: Path) -> Path:
    shutil.copy(package, target)
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE meta SET value = '9' WHERE key = 'format_version'")
    return target


def _read_only_folder(folder: Path) -> bool:
    """A folder nobody may write to (for root, only the immutable flag does it)."""
    folder.mkdir()
    folder.chmod(0o500)
    if not os.access(folder, os.W_OK):
        return True
    return subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0


def _full_disk(target: Path) -> BaseException:
    """A disk that fills at 64 KB (RLIMIT_FSIZE), as tests/test_untrusted.py makes one."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))
    try:
        return _raised(lambda: atomic_write(target, lambda t: t.write_bytes(b"x" * 200_000)))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


@pytest.fixture(scope="module")
def real_errors(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> list[BaseException]:
    tmp = tmp_path_factory.mktemp("errors")
    package = demo_master / "event.pspkg"
    damaged = tmp / "damaged.pspkg"
    damaged.write_bytes(package.read_bytes()[:6000])
    foreign = tmp / "notes.pspkg"
    foreign.write_text("meeting notes", encoding="utf-8")
    errors = [
        _raised(lambda: read_package(damaged)),
        _raised(lambda: read_package(foreign)),
        _raised(lambda: read_package(tmp / "missing.pspkg")),
        _raised(lambda: read_package(tmp)),
        _raised(lambda: read_package(_newer(package, tmp / "newer.pspkg"))),
    ]
    data = tmp / "data"
    workspace = Workspace.open(data)
    workspace.db.execute("INSERT INTO migrations VALUES ('099_future', datetime('now'))")
    workspace.close()
    errors.append(_raised(lambda: Workspace.open(data)))
    # A workbook with problems, a paper sheet with several, a read-only and a missing folder.
    book = tmp / "event.xlsx"
    write_workbook(read_package(package).event, book)
    from openpyxl import load_workbook

    sheets = load_workbook(book)
    sheets["Rubric"]["D2"] = "很多"
    sheets["Projects"]["D3"] = "nowhere"
    sheets.save(book)
    errors.append(_raised(lambda: read_workbook(book)))
    paper = tmp / "paper.csv"
    paper.write_text(
        "评委编号,项目编号,创新立意,创新举措,影响范围,备注\n"
        "J07,G01,abc,20,20,\nJ07,,10,10,10,\nJ08,G01,10,10,10,\n",
        encoding="utf-8",
    )
    errors.append(_raised(lambda: read_paper_sheet(paper, read_package(package).event)))
    usb = tmp / "usb"
    if _read_only_folder(usb):  # SQLite's refusal, and the system's
        create = lambda temp: sqlite3.connect(temp).execute("CREATE TABLE t (x)")  # noqa: E731
        errors.append(_raised(lambda: atomic_write(usb / "x.pspkg", create)))
        errors.append(_raised(lambda: atomic_write(usb / "y.txt", lambda t: t.write_text(""))))
        subprocess.run(["chattr", "-i", str(usb)], capture_output=True, check=False)
        usb.chmod(0o700)
    errors.append(_full_disk(tmp / "full.bin"))
    judge = Workspace.open(tmp / "judge")
    judge.import_package(package)
    judge.choose_judge("J01")
    errors.append(_raised(lambda: judge.export(tmp / "pulled-out")))  # the stick is gone
    for key in ("concept", "measures", "impact"):
        judge.set_score("G01", key, "20")
    judge.submit("G01")
    errors.append(_raised(lambda: judge.set_score("G01", "concept", "21")))
    errors.append(_raised(lambda: judge.set_score("G02", "concept", "31")))
    errors.append(_raised(lambda: judge.submit("G03")))
    judge.close()
    recused = Workspace.open(tmp / "recused")
    recused.import_package(package)
    recused.choose_judge("J03")
    errors.append(_raised(lambda: recused.set_score("K05", "concept", "1")))
    recused.close()
    return errors


@pytest.fixture(scope="module")
def merge_problems(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Problem]:
    """A merge of the demo's inputs with foreign, tampered, draft and unreadable files."""
    tmp = tmp_path_factory.mktemp("merge")
    package = read_package(demo_master / "event.pspkg")
    shutil.copytree(demo_master / "scores", tmp / "scores")
    tampered = tmp / "scores" / "tampered.psscore"
    shutil.copy(sorted((demo_master / "scores").glob("J02-*.psscore"))[0], tampered)
    with sqlite3.connect(tampered) as conn:
        conn.execute("UPDATE scores SET value = '1' WHERE rowid = 1")
    base = ScoreContent(package.event.id, package.digest, "J99", {}, {}, package_code=package.code)
    contents = {
        "other-event": replace(base, event_id="another-event", judge="J01"),
        "other-package": replace(base, package_digest="0" * 64, judge="J01"),
        "unknown-judge": base,
        "draft": replace(
            base,
            judge="J06",
            revision=5,
            scores={"G01": {"concept": Decimal(3)}, "Z99": {"concept": Decimal(1)}},
            sheets={"G01": SheetRow("draft"), "Z99": SheetRow("submitted")},
        ),
    }
    for name, content in contents.items():
        write_score_file(content, tmp / "scores" / f"{name}.psscore")
    (tmp / "scores" / "readme.psscore").write_text("not a score file", encoding="utf-8")
    outcome = merge(
        package,
        [tmp / "scores"],
        exclude=[str(tmp / "scores" / "J05-邹敏华-IDNZ5Y5M-r1.psscore")],
    )
    return outcome.problems


def event_problems() -> list[EventProblem]:
    event = make_event(trim=2, min_judges_for_trim=3, tie_break=("nope",), decimals=9)
    dims = (*event.dimensions, Dimension("extra", "额外", "Extra", Decimal(5), Decimal(2)))
    broken: Event = replace(event, name="", dimensions=dims)
    return check_event(broken)


def values_of(error: BaseException) -> list[str]:
    """What a Chinese text may keep as it is: file names and the values in the message."""
    cause = error.__cause__
    out = [getattr(error, "source", ""), getattr(error, "target", "")]
    out.append(cause.strerror or "" if isinstance(cause, OSError) else "")  # the system's
    out += [str(Path(v).parent) for v in out if v]
    return [v for v in out if v] + ["score-file", "Rubric", "Projects"]


# -- the tests -------------------------------------------------------------------------------
def test_real_errors_explain_in_chinese_with_their_file(
    chinese: None, real_errors: list[BaseException]
) -> None:
    kinds = set()
    for error in real_errors:
        text = explain_error(error)
        kinds.add((type(error).__name__, getattr(error, "kind", "")))
        assert CJK.search(text), text
        source = getattr(error, "source", "") or getattr(error, "target", "")
        assert source in text
        assert english_left(text, *values_of(error)) == [], text
        assert explain_error(error, with_file=False) in text
    assert {
        ("InputError", "damaged"),
        ("InputError", "not_our_file"),
        ("InputError", "not_found"),
        ("InputError", "not_a_file"),
        ("InputError", "newer_format"),
        ("WorkbookError", "bad_workbook"),
        ("InputError", "bad_paper_sheet"),
        ("ExportError", "no_folder"),
        ("EditRefused", "submitted"),
        ("EditRefused", "bad_score"),
        ("EditRefused", "not_all_scored"),
        ("EditRefused", "recused"),
    } <= kinds
    assert ("ExportError", "os_error") in kinds  # the full disk: EFBIG, in the system's words


def test_the_numbers_and_names_in_a_message_stay(
    chinese: None, real_errors: list[BaseException]
) -> None:
    newer = next(e for e in real_errors if getattr(e, "kind", "") == "newer_format")
    assert "9" in explain_error(newer) and "更新 PanelScore" in explain_error(newer)
    workbook = next(e for e in real_errors if isinstance(e, WorkbookError))
    lines = [explain_cell_problem(p) for p in workbook.problems]
    assert any("“很多”不是数字" in line and "第 2 行" in line for line in lines), lines
    assert any("nowhere" in line for line in lines)
    assert f"另有 {len(workbook.problems) - 1} 个问题" in explain_error(workbook)
    refused = next(e for e in real_errors if getattr(e, "kind", "") == "recused")
    assert "曾参与南岗河" in explain_error(refused)  # the conflict's reason


def test_without_a_translator_everything_reads_as_before(
    real_errors: list[BaseException], merge_problems: list[Problem]
) -> None:
    for error in real_errors:
        assert explain_error(error) == str(error)
        assert explain_error(error, with_file=False) == getattr(error, "message", str(error))
        for cell in getattr(error, "problems", []):
            assert explain_cell_problem(cell) == str(cell)
    for problem in merge_problems:
        assert explain_problem(problem) == problem.message
    for event_problem in event_problems():
        assert describe_event_problem(event_problem) == str(event_problem)
        assert explain_event_problem(event_problem) == event_problem.message


def test_merge_problems_explain_in_chinese(chinese: None, merge_problems: list[Problem]) -> None:
    kinds = {problem.kind for problem in merge_problems}
    assert {
        "other_event",
        "other_package",
        "verification_mismatch",
        "unknown_judge",
        "not_submitted",
        "unknown_project",
        "excluded_by_clerk",
        "superseded",
        "judge_missing",
        "not_our_file",
        "missing_score",
    } <= kinds, kinds
    for problem in merge_problems:
        text = explain_problem(problem)
        assert CJK.search(text), problem
        assert english_left(text, "score-file") == [], (problem, text)


def test_event_problems_explain_in_chinese(chinese: None) -> None:
    problems = event_problems()
    assert len(problems) >= 5
    for problem in problems:
        text = describe_event_problem(problem)
        assert CJK.search(explain_event_problem(problem)), problem
        assert english_left(text, problem.key) == [], (problem, text)
    assert any("同分比较顺序" in describe_event_problem(p) for p in problems)
    package_error = "the event is not consistent: " + str(problems[0])
    assert english_left(explain_message(package_error), problems[0].key) == []


def test_unknown_kinds_and_messages_fall_back_to_the_english(chinese: None) -> None:
    new = InputError("a brand new complaint", source="x.psscore", kind="brand_new")
    assert explain_error(new) == "x.psscore：a brand new complaint"
    assert explain_problem(Problem("brand_new", "a brand new complaint")) == "a brand new complaint"
    assert explain_message("a brand new complaint") == "a brand new complaint"
    # A known kind with a message no template fits: what the kind means, the English kept.
    odd = InputError("the bits fell out", source="y.pspkg", kind="damaged")
    assert explain_error(odd) == "y.pspkg：文件已损坏（详情：the bits fell out）"
    odd_export = ExportError("the cable smoked", target="z", kind="")
    assert explain_error(odd_export) == "z：the cable smoked"  # no kind, no template
    assert explain_error(RuntimeError("boom")) == "操作未能完成（boom）。"
    assert explain_error(ValueError()) == "操作未能完成（ValueError）。"
    assert explain_error(EditRefused("nope", kind="brand_new")) == "nope"


def test_unknown_kinds_in_english(qapp: QCoreApplication) -> None:
    assert explain_error(InputError("the bits fell out", kind="damaged")) == "the bits fell out"
    assert explain_error(RuntimeError("boom")) == "boom"
    assert explain_error(ValueError()) == "ValueError"


# -- the catalogue -------------------------------------------------------------------------
SAMPLES = {
    "r": "X1",
    "t": "28; 29",  # typed text may hold the "; " that joins messages
    "m": "the disk is full",
    "M": "the disk is full",
    "e": "Rubric k1: the step 0 is not positive",
    "w": "paper sheet",
    "f": "title",
    "l": "code, title",
    "s": "draft",
    "k": "paper",
    "j": "J01 (row 2), J02 (row 5)",
}


def sample(template: str, handlers: str) -> str:
    return re.sub(r"\{(\d+)\}", lambda m: SAMPLES[handlers[int(m[1])]], template)


@pytest.mark.parametrize(("template", "handlers"), catalogue.RULES, ids=lambda v: v[:40])
def test_every_template_reads_in_both_languages(
    qapp: QCoreApplication, template: str, handlers: str
) -> None:
    assert sorted(set(re.findall(r"\{(\d+)\}", template))) == [str(i) for i in range(len(handlers))]
    message = sample(template, handlers)
    assert explain_message(message) == message  # English: as it is
    translators = Translators(qapp)
    translators.use("zh_CN")
    try:
        text = explain_message(message)
    finally:
        translators.remove()
    assert CJK.search(text), (message, text)
    assert english_left(text, "X1", "CSV UTF", "Excel", "PanelScore") == [], (message, text)
    assert text.count("X1") == message.count("X1")


@functools.cache
def ts_messages() -> dict[str, ET.Element]:
    tree = ET.parse(TS)
    return {
        m.findtext("source", ""): m
        for context in tree.iter("context")
        if context.findtext("name") == "Messages"
        for m in context.iter("message")
    }


def catalogue_texts() -> list[str]:
    texts = [template for template, _ in catalogue.RULES]
    texts += [word for words in message_words.WORDS.values() for word in words]
    for table in (
        message_words.INPUT_KINDS,
        message_words.REFUSED_KINDS,
        message_words.EXPORT_REASONS,
        message_words.SAVE_REASONS,
    ):
        texts += table.values()
    texts += message_words.CELL.values()
    names = ("SOURCE", "JOIN", "LIST", "JUDGE_ROW", "MORE_PROBLEMS", "DETAIL", "GENERIC")
    texts += [getattr(message_words, name) for name in names]
    texts += [
        message_words.COULD_NOT_WRITE,
        message_words.NOT_SAVED,
        message_words.SYSTEM,
        message_words.NO_FOLDER,
        message_words.READ_BACK,
    ]
    return [*texts, message_words.READ_BACK_DIFFERS]


@pytest.mark.parametrize("text", catalogue_texts(), ids=lambda v: v[:40])
def test_every_text_has_a_finished_translation(text: str) -> None:
    message = ts_messages().get(text)
    assert message is not None, f"{text!r} is not in {TS.name}: run ./scripts/translations"
    translation = message.find("translation")
    assert translation is not None and translation.get("type") is None and translation.text
    placeholders = sorted(re.findall(r"\{\d+\}", text))
    assert sorted(re.findall(r"\{\d+\}", translation.text)) == placeholders


def kinds_in_sources(*folders: str) -> dict[str, set[str]]:
    """Constant kinds given to InputError, ExportError, EditRefused and Problem (also through
    merge's _reject and report helpers) in the sources, by what is called."""
    found: dict[str, set[str]] = {}
    positions = {"Problem": 0, "report": 0, "_reject": 2}
    for folder in folders:
        paths = [ROOT / folder] if folder.endswith(".py") else sorted((ROOT / folder).rglob("*.py"))
        for path in paths:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            constants = {
                target.id: node.value.value
                for node in tree.body
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                for target in node.targets
                if isinstance(target, ast.Name)
            }
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = getattr(func, "id", None) or getattr(func, "attr", "")
                given = [k.value for k in node.keywords if k.arg == "kind"]
                if name == "Problem" or (name in positions and path.name == "merge.py"):
                    given += node.args[positions[name] : positions[name] + 1]
                for value in given:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.setdefault(name, set()).add(value.value)
                    elif isinstance(value, ast.Name) and value.id in constants:
                        found.setdefault(name, set()).add(str(constants[value.id]))
    return found


def test_every_kind_in_the_sources_has_its_words() -> None:
    """A kind added in storage/ or scoring/ needs its words in scoring/message_catalogue.py."""
    found = kinds_in_sources("storage", "scoring", "reports", "ui/console/state.py")
    input_kinds = found["InputError"] | found["Problem"] | found["_reject"] | found["report"]
    assert {"damaged", "not_our_file", "newer_format", "paper", "bad_paper_sheet"} <= input_kinds
    assert {"other_event", "tie_at_cutoff", "unprintable_characters"} <= input_kinds
    assert sorted(input_kinds - set(message_words.INPUT_KINDS)) == []
    assert {"submitted", "recused", "bad_score"} <= found["EditRefused"]
    assert sorted(found["EditRefused"] - set(message_words.REFUSED_KINDS)) == []
    # ExportError: the reasons storage.atomic gives (from errno, or its own probe) …
    atomic = ast.parse((ROOT / "storage" / "atomic.py").read_text(encoding="utf-8"))
    reasons = {
        value.value
        for node in ast.walk(atomic)
        if isinstance(node, ast.Dict)
        for value in node.values
        if isinstance(value, ast.Constant) and value.value.isidentifier()
    } | {
        node.value.elts[0].value
        for node in ast.walk(atomic)
        if isinstance(node, ast.Return)
        and isinstance(node.value, ast.Tuple)
        and isinstance(node.value.elts[0], ast.Constant)
    }
    assert {"disk_full", "read_only", "no_permission", "disk_gone", "full_or_gone"} <= reasons
    assert sorted(reasons - set(message_words.EXPORT_REASONS)) == []
    # … and the other kinds it raises, which ui/messages.py explains one by one.
    explained = ast.parse((ROOT / "ui" / "messages.py").read_text(encoding="utf-8"))
    compared = {
        node.comparators[0].value
        for node in ast.walk(explained)
        if isinstance(node, ast.Compare)
        and isinstance(node.comparators[0], ast.Constant)
        and isinstance(node.left, ast.Attribute)
        and node.left.attr == "kind"
    }
    assert {"no_folder", "read_back"} <= found["ExportError"]
    assert sorted(found["ExportError"] - compared) == []
    assert "os_error" in compared


# -- where the user reads them -----------------------------------------------------------
@pytest.fixture
def damaged(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "从U盘复制的.pspkg"
    path.write_bytes((demo_master / "event.pspkg").read_bytes()[:6000])
    return path


def test_the_judge_reads_why_a_package_cannot_be_imported(
    qtbot, chinese: None, tmp_path: Path, damaged: Path
) -> None:
    from ui.judge.window import JudgeWindow

    workspace = Workspace.open(tmp_path / "data")
    window = JudgeWindow(workspace, lambda: damaged)
    qtbot.addWidget(window)
    try:
        window.packages.import_package(damaged)
        shown = window.first_run.error.text()
        assert "文件已损坏或不完整" in shown and damaged.name in shown
    finally:
        window.close()
        workspace.close()


def test_the_console_reads_why_a_package_cannot_be_used(
    qtbot, chinese: None, tmp_path: Path, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storage.secretariat import EventStore
    from ui.console.pages.package import PackagePage
    from ui.console.state import ConsoleState

    store = EventStore.open(tmp_path / "sec" / "event.psevent")
    page = PackagePage(ConsoleState(store))
    qtbot.addWidget(page)
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: damaged))
    try:
        page.use_existing()
        shown = page.message.text()
        assert shown.startswith("无法使用此数据包：") and damaged.name in shown
        assert "文件已损坏或不完整（复制时 U 盘是否被拔出了？）" in shown
        assert english_left(shown, str(damaged)) == []
    finally:
        page.close()
        store.close()


def test_every_kind_of_save_error_storage_raises_is_explained_in_chinese(chinese: None) -> None:
    # storage/db.py's SQLite failures on the laptop's own database, each in Chinese words.
    from storage.db import _SAVE_FAILURES
    from storage.errors import SaveError

    for kind, why in set(_SAVE_FAILURES.values()):
        shown = explain_error(SaveError(f"could not save on this laptop: {why}", kind=kind))
        assert shown.startswith("无法保存到本机："), shown
        assert english_left(shown, "PanelScore") == [], shown
