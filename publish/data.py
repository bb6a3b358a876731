"""The reports' view of a merge: the results plus each counted input's own content."""

from __future__ import annotations

from reports.data import JudgeSheet, ReportData
from storage.merge import MergeOutcome


def report_data(outcome: MergeOutcome) -> ReportData:
    event = outcome.package.event
    loaded = {(item.source, item.code): item for item in outcome.inputs}
    sheets = [
        JudgeSheet(
            event.judge(r.judge),
            r.kind,
            r.verification_code,
            loaded[(r.source, r.verification_code)].content,
            r.source,
        )
        for r in outcome.records
        if r.status == "counted"
    ]
    return ReportData(event, outcome.results, tuple(sheets))
