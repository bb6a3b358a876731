"""ranking.pdf: the final ranking report of the meeting (A4 portrait, the event's language).

Cover → one ranking table per category → charts → problems and inputs → calculation trace
→ signatures. Everything printed comes from ``data.results`` (results.json); the only numbers
computed here describe the data (judges' leniency) and are labelled as such.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from reports.data import ReportData
from reports.layout import build_pdf
from reports.ranking_appendix import appendix_section, signature_section
from reports.ranking_charts import charts_section
from reports.ranking_common import fit
from reports.ranking_cover import cover
from reports.ranking_labels import labels
from reports.ranking_problems import problems_section
from reports.ranking_tables import ranking_section

FOOTER_SIZE = 7.5
FOOTER_SIDE = 68 * mm  # each side of the centred page number, so the three never overlap


def ranking_story(data: ReportData) -> list[Flowable]:
    return [
        *cover(data),
        *ranking_section(data),
        *charts_section(data),
        *problems_section(data),
        *appendix_section(data),
        *signature_section(data),
    ]


def ranking_pdf(data: ReportData) -> bytes:
    t = labels(data.zh)
    return build_pdf(
        ranking_story(data),
        title=f"{data.event.name} · {t['doc_title']}",
        footer_left=fit(t["footer"].format(event=data.event.name), FOOTER_SIDE, FOOTER_SIZE),
        footer_right=fit(
            t["footer_digest"].format(digest=data.digest()[:16]), FOOTER_SIDE, FOOTER_SIZE
        ),
        zh=data.zh,
    )
