"""Screenshots of the real windows under Xvfb, for the README and the issues.

    ./scripts/screenshots                 # all four, into docs/
    ./scripts/screenshots --only judge-en --out /tmp/shots --keep

Writes docs/judge-zh.png, docs/judge-en.png, docs/console-collect-zh.png and
docs/console-results-zh.png. Installs the X server, Qt's xcb libraries and imagemagick with
apt-get when they are missing (as root), starts Xvfb on a free display, prepares fresh data
folders in a temporary folder through the storage layer (the demo event; judge J01 with three
projects submitted and a fourth half scored; the secretariat with the demo event and its
package, the judges' score files collected for the Results page), then opens the app itself
for each shot through ``ui.app.run_gui`` on the xcb platform, waits until it is ready (the
merge done, the PDF rendered), and takes the window with imagemagick's ``import``. No window
manager runs, so the window has no frame and the shot is of the window alone.

What storage cannot preset is done in the running app through its widgets, as a user would:
the Collect page collects the demo's score files itself (as "Add folder…" does, so its
summary line shows); on the Results page a category and its first project are chosen, so the
breakdown shows.

The same file is the app side: ``screenshots.py --app DIR ROLE POSE`` opens the app, prints
``READY <window id>`` once the window is posed and painted, and closes it on a line on stdin.
"""

from __future__ import annotations

import argparse
import os
import selectors
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = "1600x1000x24"
JUDGE = "J01"
SUBMITTED = 3  # J01 has submitted the first three projects and typed part of the fourth
# Debian packages: the X server, imagemagick, and what Qt's xcb platform plugin links to
# (Qt's own error message names only libxcb-cursor0).
PACKAGES = (
    "xvfb",
    "imagemagick",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-randr0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libx11-xcb1",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
)


@dataclass(frozen=True)
class Shot:
    name: str  # docs/<name>.png
    role: str  # judge or secretariat
    language: str  # zh_CN or en
    pose: str  # judge, collect or results


SHOTS = (
    Shot("judge-zh", "judge", "zh_CN", "judge"),
    Shot("judge-en", "judge", "en", "judge"),
    Shot("console-collect-zh", "secretariat", "zh_CN", "collect"),
    Shot("console-results-zh", "secretariat", "zh_CN", "results"),
)


# -- the driver ---------------------------------------------------------------------------------
def install_packages() -> None:
    missing = [
        name
        for name in PACKAGES
        if subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
        ).stdout.strip()
        != "install ok installed"
    ]
    if not missing:
        return
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        sys.exit(f"screenshots: please install {' '.join(missing)} (Debian packages)")
    print(f"installing {' '.join(missing)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display it picks itself (-displayfd): never one already in use."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        sys.exit("screenshots: Xvfb did not start")
    return server, f":{number}"


def prepare_judge(folder: Path, package: Path, language: str) -> Path:
    from demo.builder import demo_scores
    from storage.workspace import Workspace
    from ui.i18n import store_language

    workspace = Workspace.open(folder)
    try:
        event = workspace.import_package(package).event
        workspace.choose_judge(JUDGE)
        scores = demo_scores(event)[JUDGE]
        projects = [p.code for p in event.ordered_projects() if p.code in scores]
        for code in projects[:SUBMITTED]:
            for key, value in scores[code].items():
                workspace.set_score(code, key, value)
            workspace.submit(code)
        current = projects[SUBMITTED]
        for dimension in event.dimensions[:2]:  # typed so far: two of the three
            workspace.set_score(current, dimension.key, scores[current][dimension.key])
        workspace.set_setting("current_project", current)
    finally:
        workspace.close()
    store_language(folder, language)
    return folder


def prepare_console(folder: Path, demo: object, collect: bool) -> Path:
    from demo.builder import DemoFolder
    from scoring.serialize import event_to_dict
    from storage.secretariat import STORE_NAME, EventStore
    from ui.i18n import store_language

    assert isinstance(demo, DemoFolder)
    store = EventStore.open(folder / STORE_NAME)
    try:
        store.save_event(event_to_dict(demo.package.event), "demo event")
        store.set_setting("materials_folder", str(demo.materials))
        store.set_setting("demo_scores", str(demo.scores))
        store.set_setting("package_path", str(demo.package.path))
        if collect:  # else the app collects them itself, as "Add folder…" does
            store.collect([demo.scores])
    finally:
        store.close()
    store_language(folder, "zh_CN")
    return folder


def set_console_page(folder: Path, page: str) -> None:
    from storage.secretariat import STORE_NAME, EventStore

    store = EventStore.open(folder / STORE_NAME)
    try:
        store.set_setting("console_page", page)
    finally:
        store.close()


def wait_ready(app: subprocess.Popen[bytes], timeout: float) -> str:
    """The window id the app prints once posed and painted; "" if it does not in time."""
    assert app.stdout is not None
    deadline = time.monotonic() + timeout
    fd, seen = app.stdout.fileno(), b""
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while (left := deadline - time.monotonic()) > 0 and selector.select(left):
            chunk = os.read(fd, 4096)
            if not chunk:  # the app ended
                return ""
            seen += chunk
            for line in seen.decode(errors="replace").splitlines():
                if line.startswith("READY ") and seen.endswith(b"\n"):
                    return line.split()[1]
    return ""


def take(shot: Shot, data_dir: Path, display: str, out: Path, timeout: float) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen(
        [sys.executable, __file__, "--app", str(data_dir), shot.role, shot.pose],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert app.stdin is not None and app.stdout is not None
    try:
        window = wait_ready(app, timeout)
        if not window:
            sys.exit(f"screenshots: the app did not get ready for {shot.name}")
        # The window itself (no window manager: no frame); metadata stripped, lossless.
        subprocess.run(
            ["import", "-display", display, "-window", window, "-strip",
             "-define", "png:compression-level=9", f"png:{out}"],
            check=True,
        )  # fmt: skip
        app.stdin.write(b"quit\n")
        app.stdin.flush()
        app.wait(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: "
          f"{out.stat().st_size // 1024} KB", flush=True)  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder (docs/)")
    parser.add_argument("--only", action="append", choices=[s.name for s in SHOTS])
    parser.add_argument("--keep", action="store_true", help="keep the data folders")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per shot")
    args = parser.parse_args(argv)
    shots = [s for s in SHOTS if not args.only or s.name in args.only]
    install_packages()
    sys.path.insert(0, str(ROOT))
    from demo.builder import build_demo

    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="panelscore-shots-"))
    server, display = start_xvfb()
    try:
        demo = build_demo(work / "demo")
        folders: dict[str, Path] = {}
        for shot in shots:
            key = f"{shot.role}-{shot.language}"
            if shot.role == "secretariat":
                key += f"-{shot.pose}"
            if key not in folders:
                folder = work / key
                folders[key] = (
                    prepare_judge(folder, demo.package.path, shot.language)
                    if shot.role == "judge"
                    else prepare_console(folder, demo, collect=shot.pose != "collect")
                )
            if shot.role == "secretariat":
                set_console_page(folders[key], shot.pose)
            take(shot, folders[key], display, args.out / f"{shot.name}.png", args.timeout)
    finally:
        server.terminate()
        server.wait()
        if args.keep:
            print(f"data folders kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


# -- the app side -------------------------------------------------------------------------------
SETTLE_MS = 1500  # after the window is posed: the PDF pages render on QPdfView's thread


def run_app(data_dir: Path, role: str, pose: str) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui.app import run_gui

    app = QApplication(sys.argv)  # made here so the timers below exist before run_gui runs
    app.setCursorFlashTime(0)  # a steady text cursor: the same picture on every run
    started = time.monotonic()

    def window() -> QMainWindow | None:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        return shown[0] if shown else None

    def ready(main: QMainWindow) -> bool:
        if pose == "judge":
            return getattr(main, "model", None) is not None
        task = getattr(main, "merge_task", None)
        state = getattr(main, "state", None)
        merging = task is not None and task.running
        return state is not None and state.outcome is not None and not merging

    posed: list[QMainWindow] = []

    def poll() -> None:
        main = window()
        if main is not None and pose == "collect" and not posed:
            posed.append(main)
            collect_demo_scores(main)
        if main is None or not ready(main):
            if time.monotonic() - started > 50:
                print("TIMEOUT", flush=True)
                app.closeAllWindows()
                return
            QTimer.singleShot(100, poll)
            return
        main.activateWindow()
        if pose == "results":
            show_breakdown(main)
        QTimer.singleShot(SETTLE_MS, lambda: print(f"READY {int(main.winId())}", flush=True))

    def quit_on_input() -> None:
        notifier.setEnabled(False)
        app.closeAllWindows()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(quit_on_input)
    QTimer.singleShot(0, poll)
    return run_gui(data_dir, role)


def collect_demo_scores(main: object) -> None:
    """Collect page: the demo's score files collected as "Add folder…" does."""
    state = main.state  # type: ignore[attr-defined]
    main.pages["collect"].collect([Path(state.store.get("demo_scores"))])  # type: ignore[attr-defined]


def show_breakdown(main: object) -> None:
    """Results page: the first category, its first project selected (the breakdown shows)."""
    page = main.pages["results"]  # type: ignore[attr-defined]
    page.category.setCurrentIndex(1)  # 0 is Overall
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.setFocus()


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--app":
        sys.exit(run_app(Path(sys.argv[2]), sys.argv[3], sys.argv[4]))
    sys.exit(main(sys.argv[1:]))
