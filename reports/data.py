"""What every report is made from: the event, the results (the one source of truth) and the
counted inputs. Reports never recompute a result; they read ``results``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from scoring.content import ScoreContent
from scoring.model import Event, Judge


@dataclass(frozen=True)
class JudgeSheet:
    """One judge's counted input, as printed on their score sheet."""

    judge: Judge
    kind: str  # "score-file" | "paper"
    verification_code: str
    content: ScoreContent
    source: str = ""


@dataclass(frozen=True)
class ReportData:
    event: Event
    results: Mapping[str, Any]  # the dict written as results.json
    sheets: Sequence[JudgeSheet] = ()
    extra_problems: Sequence[Mapping[str, str]] = field(default_factory=tuple)

    @property
    def zh(self) -> bool:
        return self.event.language != "en"

    def projects(self) -> list[Mapping[str, Any]]:
        return list(self.results["projects"])

    def project_results(self) -> dict[str, Mapping[str, Any]]:
        return {p["code"]: p for p in self.results["projects"]}

    def digest(self) -> str:
        return str(self.results["results_digest"])

    def category_name(self, key: str) -> str:
        for category in self.event.categories:
            if category.key == key:
                return category.name
        return key

    def dimension_name(self, key: str) -> str:
        dim = self.event.dimension(key)
        return dim.name if self.zh else dim.name_en
