"""The event workbook (DESIGN.md §5): template, export, and import listing every problem.

Import reads each sheet as text, reports format problems with their Excel row and column,
then runs ``scoring.validation.check_event`` and places its problems on the rows they
came from, so a clerk gets one complete list instead of fixing one error per attempt.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from scoring.model import Band, Category, Conflict, Dimension, Event, Judge, Project, RankingRules
from scoring.numbers import NumberError, to_decimal
from scoring.rubric import DEFAULT_DIMENSIONS, DEFAULT_STEP
from scoring.validation import EventProblem, check_event
from storage import headers as h
from storage.atomic import atomic_write
from storage.errors import CellProblem, WorkbookError

KIND = "bad_workbook"
# Re-importing the same workbook without an id must give the same event id.
_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "panelscore:event-workbook")
# The whole-number rules (trim, decimals, top_n, minutes…), read off the model.
_INT_RULES = tuple(f.name for f in dataclasses.fields(RankingRules) if type(f.default) is int)
_KEY_COLUMN = {"Rubric": "key", "Categories": "key", "Projects": "code", "Judges": "id"}
# A check_event problem about one part is an echo when the sheet it depends on is broken.
_DEPENDS = {
    ("Projects", "category"): "Categories",
    ("Judges", "categories"): "Categories",
    ("Event", "tie_break"): "Rubric",
}
_UNKNOWN = {
    "judge": ("Judges", "unknown judge '{}' (not on the Judges sheet)"),
    "project": ("Projects", "unknown project '{}' (not on the Projects sheet)"),
    "unit": ("Projects", "no project on the Projects sheet is from the unit '{}'"),
}


# -- defaults and writing ----------------------------------------------------------------
def write_template(path: Path) -> None:
    """An empty workbook with every Event field at its default and the default rubric."""
    write_workbook(Event(str(uuid.uuid4()), "", DEFAULT_DIMENSIONS, (), (), ()), path)


def write_workbook(event: Event, path: Path) -> None:
    """The event in the import format (English sheet names, Chinese headers), atomically."""
    from openpyxl import Workbook

    def write(temp: Path) -> None:
        book = Workbook()
        book.remove(book.active)
        for spec, rows in _sheet_rows(event):
            h.fill_sheet(book.create_sheet(spec.en), [c.zh for c in spec.columns], rows)
        book.save(temp)

    atomic_write(path, write)


def _sheet_rows(event: Event) -> list[tuple[h.SheetSpec, list[list[object]]]]:
    # Column keys are the model's attribute names, so each row is read off its object.
    # tie_break is a rules field and also an Event property (the default order): the rules win.
    source = {f.key: event.rules if hasattr(event.rules, f.key) else event for f in h.EVENT_FIELDS}
    fields = [[f.zh, _cell(getattr(source[f.key], f.key))] for f in h.EVENT_FIELDS]
    parts = (event.dimensions, event.categories, event.projects, event.judges, event.conflicts)
    specs = (h.RUBRIC, h.CATEGORIES, h.PROJECTS, h.JUDGES, h.CONFLICTS)
    return [(h.EVENT, fields)] + [
        (spec, [[_cell(getattr(item, c.key)) for c in spec.columns] for item in items])
        for spec, items in zip(specs, parts, strict=True)
    ]


def _cell(value: object) -> object:
    if isinstance(value, Decimal):
        return h.excel_number(value)
    if isinstance(value, tuple):  # guidance bands, or keys (tie_break, a judge's categories)
        return h.guidance_text(value) if value and isinstance(value[0], Band) else ", ".join(value)
    return value


# -- reading -----------------------------------------------------------------------------
def read_workbook(path: Path) -> Event:
    """The event in the workbook; WorkbookError lists every problem with sheet, row, column."""
    reader = _Reader(h.load_xlsx(path, "event workbook", KIND))
    event = reader.read()
    if reader.problems:
        raise WorkbookError(reader.problems, source=str(path))
    return event


class _Lookup:
    """Resolve a typed reference by key first, then by name, ignoring case and spaces."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.names = {h.norm(key): key for key, _ in reversed(pairs)}  # the first key wins
        by_name: dict[str, set[str]] = {}
        for key, name in pairs:
            by_name.setdefault(h.norm(name), set()).add(key)
        for name, keys in by_name.items():
            if len(keys) == 1:  # a name shared by two items names neither
                self.names.setdefault(name, keys.pop())

    def get(self, text: str) -> str:
        """The key, or '' when nothing matches."""
        return self.names.get(h.norm(text), "") if text else ""

    def keys(self, text: str) -> tuple[str, ...]:
        """Comma-separated references as keys; unknown ones stay as typed for check_event."""
        return tuple(self.get(item) or item for item in h.split_list(text))


class _Reader:
    def __init__(self, book: dict[str, list[list[object]]]) -> None:
        self.book = book
        self.problems: list[CellProblem] = []
        self.tables: dict[str, h.Table] = {}  # by English sheet name
        self.specs: dict[str, h.SheetSpec] = {}  # by the sheet's name in the workbook
        self.broken: set[str] = set()  # sheets missing or lacking a required column
        self.rows: dict[tuple[str, str], list[int]] = {}  # (sheet, key) → Excel rows
        self.event_rows: dict[str, int] = {}  # Event field → Excel row
        self.suppressed: set[tuple[str, str, str]] = set()  # (sheet, key, field) reported
        self.seen: Counter[tuple[str, str, str, str]] = Counter()

    # -- helpers ---------------------------------------------------------------------------
    def table(self, spec: h.SheetSpec, required: bool = True) -> h.Table | None:
        name = h.find_sheet(list(self.book), spec)
        if name is None:
            if required:
                self.broken.add(spec.en)
                message = f"the sheet {spec.label} is missing"
                self.problems.append(CellProblem(spec.en, None, "", message))
            return None
        needed = [c for c in spec.columns if c.required]
        table = h.make_table(name, self.book[name], h.column_names(spec.columns), needed)
        self.tables[spec.en], self.specs[name] = table, spec
        for column in table.missing:
            message = f"the required column {column.label} is missing"
            self.problems.append(CellProblem(name, table.header_row, column.label, message))
        if table.missing:
            self.broken.add(spec.en)
            return None
        return table

    def add(self, table: h.Table, row: int | None, key: str, message: str) -> None:
        """A problem at a row; the column is named as it is headed in the workbook."""
        spec = self.specs[table.sheet]
        fallback = next((c.label for c in spec.columns if c.key == key), key)
        self.problems.append(CellProblem(table.sheet, row, table.header(key, fallback), message))

    def blank(self, table: h.Table, row: int, record: dict[str, str], key: str) -> bool:
        if record[key]:
            return False
        self.add(table, row, key, "this cell must not be empty")
        return True

    def number(self, table: h.Table, row: int, text: str, key: str) -> Decimal | None:
        try:
            return to_decimal(text)
        except NumberError:
            self.add(table, row, key, f"'{text}' is not a number")
            return None

    def integer(self, table: h.Table, row: int, text: str, key: str) -> int | None:
        """A whole number; blank gives 0; a problem is reported and gives None."""
        value = self.number(table, row, text, key) if text else Decimal(0)
        if value is not None and value != value.to_integral_value():
            self.add(table, row, key, f"'{text}' is not a whole number")
            return None
        return None if value is None else int(value)

    def entries(
        self, spec: h.SheetSpec, key: str, *needed: str
    ) -> Iterator[tuple[h.Table, int, dict[str, str], int]]:
        """Rows that have a key, with blanks among ``needed`` reported and the order parsed."""
        table = self.table(spec)
        for row, rec in table.rows if table else []:
            if self.blank(table, row, rec, key):
                continue
            for other in needed:
                self.blank(table, row, rec, other)
            self.rows.setdefault((spec.en, rec[key]), []).append(row)
            order = self.integer(table, row, rec["order"], "order") if "order" in rec else 0
            yield table, row, rec, order or 0

    # -- sheets ----------------------------------------------------------------------------
    def read(self) -> Event:
        fields = self.event_fields()
        dims = self.rubric()
        cats = tuple(
            Category(r["key"], r["name"] or r["key"], order)
            for _, _, r, order in self.entries(h.CATEGORIES, "key", "name")
        )
        by_category = _Lookup([(c.key, c.name) for c in cats])
        projects = self.projects(by_category)
        cats_of = by_category.keys
        judges = tuple(
            Judge(r["id"], r["name"], r["affiliation"], r["role"], n, cats_of(r["categories"]))
            for _, _, r, n in self.entries(h.JUDGES, "id", "name")
        )
        conflicts = self.conflicts(judges, projects)
        by_dimension = _Lookup([(d.key, n) for d in dims for n in (d.name, d.name_en)])
        rules = self.rules(fields, by_dimension)
        name, date = fields.get("name", ""), fields.get("date", "")
        event_id = fields.get("id") or str(uuid.uuid5(_ID_NAMESPACE, f"{name}\x1f{date}"))
        more = {key: fields.get(key, "") for key in ("date", "venue", "organiser")}
        language = self.choice("language", fields) or "zh"
        parts = (dims, cats, projects, judges, conflicts, rules)
        event = Event(event_id, name, *parts, language=language, **more)
        # Conflicts were checked with their rows already; check_event would only repeat them.
        for problem in check_event(replace(event, conflicts=())):
            self.place(problem)
        return event

    def event_fields(self) -> dict[str, str]:
        table = self.table(h.EVENT)
        values: dict[str, str] = {}
        names = h.column_names(h.EVENT_FIELDS)
        for row, rec in table.rows if table else []:
            field = h.match_name(rec["field"], names) if rec["field"] else None
            if field is None:
                typed = rec["field"]
                message = f"'{typed}' is not a known field" if typed else "the field is empty"
                self.add(table, row, "field", message)
            elif field in self.event_rows:
                first = self.event_rows[field]
                self.add(table, row, "field", f"this field is given twice (also in row {first})")
            else:
                self.event_rows[field], values[field] = row, rec["value"]
        return values

    def choice(self, field: str, fields: dict[str, str]) -> str | None:
        text, options = fields.get(field, ""), h.CHOICES[field]
        value = options.get(h.norm(text)) if text else None
        if text and value is None:
            allowed = " / ".join(sorted(set(options.values())))
            row = self.event_rows[field]
            self.add(self.tables["Event"], row, "value", f"'{text}' is not one of {allowed}")
        return value

    def rules(self, fields: dict[str, str], dims: _Lookup) -> RankingRules:
        changes: dict[str, object] = {}
        for key in (*_INT_RULES, "deviation_limit"):
            if fields.get(key):
                parse = self.integer if key in _INT_RULES else self.number
                value = parse(self.tables["Event"], self.event_rows[key], fields[key], "value")
                changes[key] = getattr(RankingRules(), key) if value is None else value
        for key in ("aggregate", "basis"):
            changes[key] = self.choice(key, fields) or getattr(RankingRules(), key)
        # Unknown names stay as typed: check_event reports them on the tie_break row.
        changes["tie_break"] = dims.keys(fields.get("tie_break", ""))
        return RankingRules(**changes)  # type: ignore[arg-type]

    def rubric(self) -> tuple[Dimension, ...]:
        dims = []
        for table, row, r, _ in self.entries(h.RUBRIC, "key", "name", "max"):
            maximum = self.number(table, row, r["max"], "max") if r["max"] else None
            step = self.number(table, row, r["step"], "step") if r["step"] else DEFAULT_STEP
            try:
                bands = h.parse_guidance(r["guidance"])
            except ValueError as error:
                self.add(table, row, "guidance", str(error))
                bands = ()
            if maximum is None or step is None:
                # Reported above; a placeholder keeps the key known, e.g. to tie_break.
                self.suppressed.add(("Rubric", r["key"], ""))
                maximum, step, bands = Decimal(1), DEFAULT_STEP, ()
            name = r["name"] or r["key"]
            dims.append(Dimension(r["key"], name, r["name_en"] or r["key"], maximum, step, bands))
        return tuple(dims)

    def projects(self, by_category: _Lookup) -> tuple[Project, ...]:
        projects = []
        for _, _, r, order in self.entries(h.PROJECTS, "code", "unit", "category"):
            if not r["category"]:
                self.suppressed.add(("Projects", r["code"], "category"))
            category = by_category.get(r["category"]) or r["category"]
            projects.append(
                Project(
                    r["code"], r["title"], r["unit"], category, r["presenter"], order, r["summary"]
                )
            )
        return tuple(projects)

    def conflicts(
        self, judges: tuple[Judge, ...], projects: tuple[Project, ...]
    ) -> tuple[Conflict, ...]:
        table = self.table(h.CONFLICTS, required=False)
        if table is None:
            return ()
        if "project" not in table.columns and "unit" not in table.columns:
            message = "a column 项目编号 / project or 参评单位 / unit is needed"
            self.problems.append(CellProblem(table.sheet, table.header_row, "", message))
            return ()
        lookups = {
            "judge": _Lookup([(j.id, j.name) for j in judges]),
            "project": _Lookup([(p.code, p.title) for p in projects]),
            "unit": _Lookup([(p.unit, p.unit) for p in projects]),
        }
        out = []
        for row, r in table.rows:
            if self.blank(table, row, r, "judge"):
                continue
            if not r["project"] and not r["unit"]:
                self.add(table, row, "project", "name a project (项目编号) or a unit (参评单位)")
            found = {key: lookup.get(r[key]) for key, lookup in lookups.items()}
            for key, (sheet, message) in _UNKNOWN.items():
                # An unknown name is only an echo when its sheet was already reported broken.
                if r[key] and not found[key] and sheet not in self.broken:
                    self.add(table, row, key, message.format(r[key]))
            judge = found["judge"] or r["judge"]
            out.append(Conflict(judge, found["project"], found["unit"], r["reason"]))
        return tuple(out)

    # -- check_event problems back onto their rows -----------------------------------------
    def place(self, problem: EventProblem) -> None:
        where, key, field, message = problem.where, problem.key, problem.field, problem.message
        if where in self.broken or _DEPENDS.get((where, field)) in self.broken:
            return  # an echo of a sheet or column already reported missing
        if {(where, key, field), (where, key, "")} & self.suppressed:
            return  # this cell's problem was already reported while reading it
        table = self.tables[where]
        if where == "Event":
            row = self.event_rows.get(field)
            label = next((f.label for f in h.EVENT_FIELDS if f.key == field), field)
            column = table.header("value") if row else label
            self.problems.append(CellProblem(table.sheet, row, column, message))
            return
        rows = self.rows.get((where, key), [])
        seen = self.seen[(where, key, field, message)]
        self.seen[(where, key, field, message)] += 1
        # check_event reports each repeat of a key: point at the repeat, not the first.
        index = seen + 1 if "more than once" in message else seen
        row = rows[min(index, len(rows) - 1)] if rows else None
        self.add(table, row, field or _column_for(where, message), message)


def _column_for(where: str, message: str) -> str:
    """The column a check_event message without a field is about."""
    if where == "Rubric":
        for word, key in (("maximum", "max"), ("step", "step"), ("guidance", "guidance")):
            if word in message:
                return key
    return _KEY_COLUMN.get(where, "")
