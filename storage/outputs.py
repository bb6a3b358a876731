"""Writing the merge's output folder: results.json and merge-log.txt, each atomically."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from storage.atomic import describe_os_error, write_files_atomic
from storage.errors import ExportError
from storage.merge import MergeOutcome


def log_lines(outcome: MergeOutcome) -> list[str]:
    results = outcome.results
    event = outcome.package.event
    lines = [
        "PanelScore merge log",
        f"time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"event: {event.name} ({event.id})",
        f"package: {outcome.package.path} code {outcome.package.code}",
        f"method: {json.dumps(results['method'], ensure_ascii=False)}",
        "",
        "inputs:",
    ]
    for record in outcome.records:
        lines.append(
            f"  {record.judge:<8} {record.name:<10} {record.status:<10} {record.kind or '-':<10} "
            f"code {record.verification_code or '-':<8} r{record.revision} {record.source}"
        )
    lines += ["", f"problems: {len(outcome.problems)}"]
    for problem in outcome.problems:
        where = " ".join(x for x in (problem.judge, problem.project) if x)
        source = f" [{problem.source}]" if problem.source else ""
        lines.append(f"  {problem.kind}: {where + ': ' if where else ''}{problem.message}{source}")
    lines += ["", f"results digest: {results['results_digest']}", ""]
    return lines


def write_outputs(
    outcome: MergeOutcome, outdir: Path, extra: Mapping[str, bytes] | None = None
) -> list[Path]:
    """Create ``outdir`` if needed and write results.json, merge-log.txt and ``extra`` (name →
    bytes, e.g. the reports) together; ExportError on failure."""
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(
            f"cannot create the folder: {describe_os_error(error)}", target=str(outdir)
        ) from error
    data = json.dumps(outcome.results, ensure_ascii=False, indent=2) + "\n"
    return write_files_atomic(
        {  # results.json last: it is the file that counts if a rename fails midway
            outdir / "merge-log.txt": "\n".join(log_lines(outcome)).encode("utf-8"),
            **{outdir / name: blob for name, blob in (extra or {}).items()},
            outdir / "results.json": data.encode("utf-8"),
        }
    )


def other_event_results(outdir: Path, event_id: str) -> str | None:
    """The name of another event whose results.json is already in ``outdir`` (publishing
    there would replace it), or None: no results there, unreadable ones, or this event's."""
    try:
        found = json.loads((outdir / "results.json").read_text(encoding="utf-8"))
        event = found["event"]
        other_id, name = str(event["id"]), str(event.get("name") or event["id"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return None if other_id == event_id else name
