"""What the Collect page tells the clerk in its two status lines: what one collecting run
added, found already collected or could not read; and the state of the latest merge."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storage.input_rows import InputRow
from storage.secretariat import CollectReport
from ui.console.inputs_model import status_text
from ui.console.state import ConsoleState
from ui.messages import explain_message

LISTED = 8  # detail lines shown; the rest is counted


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectPage", text)


def collect_summary(report: CollectReport) -> str:
    """Rich text: one line of counts, then a line per file already there or not collected."""
    if not (report.added or report.already or report.failed):
        return html.escape(tr("No score files or paper sheets were found there."))
    added = len(report.added)
    if added == 0:
        counts = [tr("Nothing new.")]
    elif added == 1:
        counts = [tr("Added 1 file.")]
    else:
        counts = [tr("Added {0} files.").replace("{0}", str(added))]
    if report.already:
        counts.append(
            tr("{0} already collected (identical files are kept once).").replace(
                "{0}", str(len(report.already))
            )
        )
    if report.failed:
        counts.append(tr("{0} could not be collected.").replace("{0}", str(len(report.failed))))
    head = " ".join(counts)
    if report.failed:
        head = f'<span style="color:#b00020">{html.escape(head)}</span>'
    else:
        head = html.escape(head)
    lines = [
        tr("{0} — already collected, the same file as {1}")
        .replace("{0}", Path(original).name)
        .replace("{1}", copy)
        for original, copy in report.already
    ]
    lines += [
        tr("{0} — not collected: {1}")
        .replace("{0}", Path(original).name)
        .replace("{1}", explain_message(reason))
        for original, reason in report.failed
    ]
    shown = [f"• {html.escape(line)}" for line in lines[:LISTED]]
    if len(lines) > LISTED:
        shown.append(html.escape(tr("… and {0} more").replace("{0}", str(len(lines) - LISTED))))
    return "<br>".join([head, *shown])


def merge_summary(state: ConsoleState, rows: Sequence[InputRow]) -> str:
    """One line: why there is no merge, or how many inputs of each status it has."""
    if state.package is None:
        if state.package_error:
            return tr("The event package cannot be read: {0}").replace("{0}", state.package_error)
        return tr(
            "No event package yet: the merge needs the package the judges scored with "
            "(page Package)."
        )
    if state.merge_error:
        return tr("Not merged: {0}").replace("{0}", state.merge_error)
    if state.outcome is None:
        if not rows:
            return tr("Nothing collected yet.")
        return tr("Merging…")
    counts = Counter(row.status for row in rows)
    parts = [
        f"{status_text(status)} {counts[status]}"
        for status in ("counted", "superseded", "duplicate", "excluded", "rejected", "missing", "")
        if counts[status]
    ]
    line = (
        tr("Package {0}. Inputs: {1}.")
        .replace("{0}", state.package.code)
        .replace("{1}", " · ".join(parts))
    )
    if state.package_outdated():
        line += "\n" + tr(
            "The event was changed after this package was exported; the merge uses the "
            "package's event and rules. Export the package again and hand it out."
        )
    return line
