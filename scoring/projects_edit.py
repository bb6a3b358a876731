"""Edits of the projects and categories of an event held as plain data (the dict format of
``scoring.serialize.event_to_dict``), as the console's Projects page makes them.

Keys stay consistent: renaming a project's code renames it in the conflicts, renaming a
category's key renames it in the projects and the judges' categories. What can be stored but
is wrong (an empty title, an unknown category, a code twice) is kept and reported by
``project_problems``/``category_problems``, cell by cell, for the table to mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from scoring.numbers import NumberError, to_decimal
from scoring.serialize import event_from_dict
from scoring.validation import check_event

PROJECT_FIELDS = ("code", "title", "unit", "category", "presenter", "order", "summary")
CATEGORY_FIELDS = ("key", "name", "order")
Data = dict[str, Any]
Problems = list[dict[str, list[str]]]  # per row: field → messages
_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def normalise(field: str, value: object) -> object:
    """The value as stored; ValueError (a reason) when it cannot be stored at all."""
    text = str(value).strip() if value is not None else ""
    if field == "order":
        if not text:
            return 0
        try:
            number = to_decimal(text)
        except NumberError:
            raise ValueError(f"'{text}' is not a whole number") from None
        if number != number.to_integral_value():
            raise ValueError(f"'{text}' is not a whole number")
        return int(number)
    if field in ("code", "key") and not text:
        raise ValueError(f"the {field} must not be empty")
    return text


def next_code(codes: Iterable[str]) -> str:
    """A free code after the last numbered one: G17 → G18, 007 → 008; else P1, P2…"""
    codes = list(codes)
    taken = set(codes)
    for code in reversed(codes):
        match = _NUMBERED.match(code)
        if match:
            prefix, digits = match.groups()
            number = int(digits)
            while True:
                number += 1
                candidate = f"{prefix}{number:0{len(digits)}d}"
                if candidate not in taken:
                    return candidate
    number = len(codes) + 1
    while f"P{number}" in taken:
        number += 1
    return f"P{number}"


# -- projects ------------------------------------------------------------------------------
def set_project_field(data: Data, row: int, field: str, value: object) -> None:
    project = data["projects"][row]
    old = project.get(field)
    project[field] = value
    if field == "code" and old != value:
        for conflict in data.get("conflicts", []):
            if conflict.get("project") == old:
                conflict["project"] = value


def add_project(data: Data) -> int:
    """A new project at the end: the next free code, the last project's category (or the
    first category) and the next order in it; returns its row."""
    projects = data["projects"]
    if projects:
        category = projects[-1].get("category", "")
    else:
        category = data["categories"][0]["key"] if data["categories"] else ""
    same = [int(p.get("order", 0)) for p in projects if p.get("category") == category]
    projects.append(
        {
            "code": next_code(p["code"] for p in projects),
            "title": "",
            "unit": "",
            "category": category,
            "presenter": "",
            "order": max(same, default=0) + 1,
            "summary": "",
        }
    )
    return len(projects) - 1


def conflicts_of(data: Data, codes: Iterable[str]) -> int:
    """How many conflicts name one of these projects."""
    wanted = set(codes)
    return sum(1 for c in data.get("conflicts", []) if c.get("project") in wanted)


def remove_projects(data: Data, rows: Iterable[int]) -> None:
    """Remove the projects at these rows and the conflicts that name them."""
    rows = set(rows)
    codes = {p["code"] for i, p in enumerate(data["projects"]) if i in rows}
    data["projects"] = [p for i, p in enumerate(data["projects"]) if i not in rows]
    data["conflicts"] = [c for c in data.get("conflicts", []) if c.get("project") not in codes]


def import_projects(
    data: Data, projects: list[Data], new_categories: list[Data], *, replace: bool
) -> None:
    """Add (or put in place of all) these projects, creating the categories they name."""
    known = {c["key"] for c in data["categories"]}
    data["categories"].extend(c for c in new_categories if c["key"] not in known)
    data["projects"] = [*([] if replace else data["projects"]), *projects]


# -- categories ----------------------------------------------------------------------------
def set_category_field(data: Data, row: int, field: str, value: object) -> None:
    category = data["categories"][row]
    old = category.get(field)
    category[field] = value
    if field == "key" and old != value:
        for project in data["projects"]:
            if project.get("category") == old:
                project["category"] = value
        for judge in data.get("judges", []):
            judge["categories"] = [value if k == old else k for k in judge.get("categories", [])]


def add_category(data: Data) -> int:
    categories = data["categories"]
    keys = {c["key"] for c in categories}
    number = len(categories) + 1
    while f"C{number}" in keys:
        number += 1
    order = max((int(c.get("order", 0)) for c in categories), default=0) + 1
    categories.append({"key": f"C{number}", "name": "", "order": order})
    return len(categories) - 1


def projects_in(data: Data, key: str) -> int:
    return sum(1 for p in data["projects"] if p.get("category") == key)


def remove_category(data: Data, row: int) -> None:
    """Remove the category; its projects keep the key and are marked until moved."""
    key = data["categories"][row]["key"]
    del data["categories"][row]
    for judge in data.get("judges", []):
        judge["categories"] = [k for k in judge.get("categories", []) if k != key]


# -- problems ------------------------------------------------------------------------------
def project_problems(data: Data) -> Problems:
    """Per project row, field → what is wrong (check_event's findings, placed on cells)."""
    projects = data.get("projects", [])
    out: Problems = [{} for _ in projects]
    rows: dict[str, list[int]] = {}
    for row, project in enumerate(projects):
        rows.setdefault(project.get("code", ""), []).append(row)
        if not str(project.get("unit", "")).strip():
            out[row].setdefault("unit", []).append("the unit is empty")
    for problem in _event_problems(data):
        if problem.where != "Projects":
            continue
        field = problem.field or "code"
        targets = rows.get(problem.key, [])
        if "more than once" in problem.message:
            targets = targets[1:]  # the first keeps its code; the repeats are marked
        for row in targets:
            messages = out[row].setdefault(field, [])
            if problem.message not in messages:
                messages.append(problem.message)
    return out


def category_problems(data: Data) -> Problems:
    categories = data.get("categories", [])
    out: Problems = [{} for _ in categories]
    seen: set[str] = set()
    for row, category in enumerate(categories):
        if category["key"] in seen:
            out[row]["key"] = [f"'{category['key']}' appears more than once"]
        seen.add(category["key"])
        if not str(category.get("name", "")).strip():
            out[row]["name"] = ["the name is empty"]
    return out


def _event_problems(data: Data) -> list[Any]:
    try:
        return check_event(event_from_dict(data))
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return []  # an incomplete event elsewhere: the Event page says so
