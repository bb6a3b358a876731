"""The English texts of storage/ and scoring/, as translatable templates (scoring/wording.py).

Each template is written exactly as the Qt-free layers word the message, with ``{0}``, ``{1}``…
where they put a value; scoring/wording.py matches a message against the templates and fills the
translated template with the values. QT_TRANSLATE_NOOP only marks the text for lupdate (under
the context "Messages"); the translation is looked up when a message is shown, so a switch
of language takes effect at once. A message no template fits stays as it is.

The letters after a template say what each placeholder holds, in order:
  r  a value shown as it is (a code, a file name, a number), never holding "; "
  t  text someone typed, shown as it is: may hold "; " (it ends where the template's next
     words begin)
  m  a message that has its own template (required: else the template does not fit)
  M  a message that may have its own template (shown as it is when none fits)
  e  an event problem as ``str(EventProblem)`` ("Rubric k1: the step 0 is not positive")
  w  what kind of file ("PanelScore score file", "paper sheet", …: WORDS)
  f  a field of the event ("title", "min_judges_for_trim", …: WORDS)
  l  a list of fields ("code, title")
  s  a sheet state ("draft", "empty")
  k  an input kind ("score-file", "paper")
  j  judges with their rows ("J01 (row 2), J02 (row 5)")
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context`` (scripts/translations scans this file);
    Qt's own would import Qt, which the Qt-free reports translate without."""
    return text


class Messages:
    """The translation context of every text here, in message_words.py and ui/messages.py (lupdate
    files QT_TRANSLATE_NOOP("Messages", …) under it; tests/test_translations.py wants a class
    of that name)."""


# Messages and the parts of compound ones, as the Qt-free layers word them.
RULES: tuple[tuple[str, str], ...] = (
    # storage/db.py, storage/migrations.py: opening our SQLite files
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "the file is damaged or incomplete (was the USB stick pulled out while it was copied?)",
        ),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "the file does not exist"), ""),
    (QT_TRANSLATE_NOOP("Messages", "not a {0}"), "w"),
    (QT_TRANSLATE_NOOP("Messages", "the file is too large for a {0} ({1} MB)"), "wr"),
    (QT_TRANSLATE_NOOP("Messages", "cannot read the file ({0})"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "not a {0} (wrong kind of file)"), "w"),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "made by a newer PanelScore (format version {0}; this one reads up to {1}): "
            "update PanelScore on this computer",
        ),
        "rr",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "this workspace was last used by a newer PanelScore; update PanelScore on this "
            "computer (unknown schema step {0})",
        ),
        "r",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "this {0} was last used by a newer PanelScore; update PanelScore on this computer",
        ),
        "w",
    ),
    # storage/headers.py: workbooks, paper sheets, project sheets
    (QT_TRANSLATE_NOOP("Messages", "this is a folder; choose the {0} file"), "w"),
    (QT_TRANSLATE_NOOP("Messages", "there is no {0} file here"), "w"),
    (QT_TRANSLATE_NOOP("Messages", "the {0} cannot be opened ({1})"), "wr"),
    (QT_TRANSLATE_NOOP("Messages", "the file is larger than {0} MB; is this the right {1}?"), "rw"),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "this is an old Excel 97–2003 (.xls) file or a password-protected workbook; save it "
            "in Excel as an unprotected Excel Workbook (.xlsx)",
        ),
        "",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Messages", "this is not an Excel workbook (.xlsx); is it the right {0}?"
        ),
        "w",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Messages", "the workbook is too large when unpacked; is this the right file?"
        ),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "the file is damaged or is not an Excel workbook"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the {0} cannot be read ({1})"), "wr"),
    # storage/package.py, storage/material_reader.py, storage/materials.py
    (QT_TRANSLATE_NOOP("Messages", "the event is not consistent: {0}"), "e"),
    (QT_TRANSLATE_NOOP("Messages", "the package's event is not consistent: {0}"), "e"),
    (
        QT_TRANSLATE_NOOP(
            "Messages", "the package was changed after it was made (its digest does not match)"
        ),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "the material {0} is not in the package"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the material {0} is damaged"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the package read back differs from what was written"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the score file read back differs from what was written"), ""),
    (
        QT_TRANSLATE_NOOP(
            "Messages", "the event package on this laptop is damaged; import it again"
        ),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "{0} is missing from the package"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "{0} is damaged (its checksum differs)"), "r"),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "the material name '{0}' is not allowed (it contains '..', a folder separator or "
            "a drive)",
        ),
        "r",
    ),
    (QT_TRANSLATE_NOOP("Messages", "the materials folder does not exist"), ""),
    (
        QT_TRANSLATE_NOOP("Messages", "links are not accepted as materials; copy the file itself"),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "the material is larger than 1 GB"), ""),
    # storage/secretariat.py
    (QT_TRANSLATE_NOOP("Messages", "cannot open the event file ({0})"), "M"),
    (QT_TRANSLATE_NOOP("Messages", "the event file is damaged or not an event file"), ""),
    (QT_TRANSLATE_NOOP("Messages", "both clerks must type the sheet before it counts"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the second pass must be typed by another clerk"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the two passes still disagree"), ""),
    (QT_TRANSLATE_NOOP("Messages", "{0} {1}: {2}"), "rrm"),
    (QT_TRANSLATE_NOOP("Messages", "the event is incomplete ({0})"), "r"),
    # storage/merge.py: the merge as a whole
    (QT_TRANSLATE_NOOP("Messages", "no score files or paper sheets were found"), ""),
    (QT_TRANSLATE_NOOP("Messages", "no input can be counted: {0}"), "M"),
    # storage/project_sheet.py
    (QT_TRANSLATE_NOOP("Messages", "choose an Excel workbook (.xlsx) or a CSV file"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the sheet is empty"), ""),
    (QT_TRANSLATE_NOOP("Messages", "this is not a CSV text file"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the CSV file cannot be read ({0})"), "r"),
    (
        QT_TRANSLATE_NOOP(
            "Messages", "the file's text encoding is not readable; save it as 'CSV UTF-8'"
        ),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "the code is empty; the row is not imported"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the code {0} is also on row {1}; not imported"), "rr"),
    (QT_TRANSLATE_NOOP("Messages", "the project {0} already exists; not imported"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the {0} is empty"), "f"),
    (QT_TRANSLATE_NOOP("Messages", "'{0}' is not a whole number; the order is left at 0"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "choose a column for: {0}"), "l"),
    # storage/paper.py (several of these are joined with "; " in one message)
    (QT_TRANSLATE_NOOP("Messages", "a paper sheet must be a .csv or .xlsx file"), ""),
    (QT_TRANSLATE_NOOP("Messages", "columns missing from the header (row {0}): {1}"), "rr"),
    (QT_TRANSLATE_NOOP("Messages", "row {0}, column {1}: '{2}' is not a number"), "rrt"),
    (QT_TRANSLATE_NOOP("Messages", "row {0}, column {1}: the cell is empty"), "rr"),
    (QT_TRANSLATE_NOOP("Messages", "row {0}: project {1} is also on row {2}"), "rrr"),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "the sheet holds scores of more than one judge: {0}; make one sheet per judge",
        ),
        "j",
    ),
    (QT_TRANSLATE_NOOP("Messages", "and {0} more"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the sheet has no scores"), ""),
    # storage/workspace.py: importing a package, and EditRefused
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "this laptop holds scores of another event; export them before importing a new event",
        ),
        "",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "this package no longer lists judge {0}, whose scores are stored here; export them "
            "before importing it",
        ),
        "r",
    ),
    (QT_TRANSLATE_NOOP("Messages", "the copied package differs from the original"), ""),
    (QT_TRANSLATE_NOOP("Messages", "no event package has been imported"), ""),
    (
        QT_TRANSLATE_NOOP("Messages", "scores of another judge are stored here; export them first"),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "the PIN must be 4 to 12 digits"), ""),
    (QT_TRANSLATE_NOOP("Messages", "choose who you are first"), ""),
    (QT_TRANSLATE_NOOP("Messages", "you are recused from this project (回避): {0}"), "r"),
    (
        QT_TRANSLATE_NOOP(
            "Messages", "this project is submitted; choose Revise… and give a reason"
        ),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "not every dimension is scored: {0}"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "only a submitted project needs Revise…"), ""),
    (QT_TRANSLATE_NOOP("Messages", "give a reason for the revision"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the signature must be a PNG image of at most 2 MB"), ""),
    (QT_TRANSLATE_NOOP("Messages", "no event or judge chosen"), ""),
    # scoring/validation.py check_score, scoring/numbers.py
    (QT_TRANSLATE_NOOP("Messages", "{0}: '{1}' is not a number"), "rr"),
    (QT_TRANSLATE_NOOP("Messages", "{0}: {1} is outside 0–{2}"), "rrr"),
    (QT_TRANSLATE_NOOP("Messages", "{0}: {1} is not a multiple of the step {2}"), "rrr"),
    (QT_TRANSLATE_NOOP("Messages", "not a number: {0}"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "not a finite number: {0}"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "not a sensible number: {0}"), "r"),
    # storage/atomic.py, storage/outputs.py: writing files
    (
        QT_TRANSLATE_NOOP(
            "Messages", "the folder {0} is not there (was the USB stick pulled out?)"
        ),
        "r",
    ),
    (QT_TRANSLATE_NOOP("Messages", "could not write it: {0}"), "M"),
    (QT_TRANSLATE_NOOP("Messages", "what was read back is not right: {0}"), "M"),
    (QT_TRANSLATE_NOOP("Messages", "what was read back differs from what was written"), ""),
    (QT_TRANSLATE_NOOP("Messages", "cannot create the folder: {0}"), "M"),
    (QT_TRANSLATE_NOOP("Messages", "the disk is full"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the disk quota is used up"), ""),
    (
        QT_TRANSLATE_NOOP("Messages", "the disk is read-only (is the USB stick write-protected?)"),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "PanelScore may not write to this folder"), ""),
    (
        QT_TRANSLATE_NOOP(
            "Messages", "the folder is not there any more (was the USB stick pulled out?)"
        ),
        "",
    ),
    (
        QT_TRANSLATE_NOOP("Messages", "the disk stopped answering (was the USB stick pulled out?)"),
        "",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Messages", "the disk is not there any more (was the USB stick pulled out?)"
        ),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "the disk is full or stopped answering"), ""),
    # storage/merge.py: problems of one input
    (QT_TRANSLATE_NOOP("Messages", "scores of another event; not counted"), ""),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "made with another package of this event (code {0}, this one is {1}); not counted",
        ),
        "rr",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "verification code mismatch: the file says {0}, its content gives {1}; the file "
            "was changed after export; not counted",
        ),
        "rr",
    ),
    (QT_TRANSLATE_NOOP("Messages", "judge '{0}' is not in the event; not counted"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "project '{0}' is not in the event; not counted"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the score was left as {0}, never submitted; not counted"), "s"),
    (QT_TRANSLATE_NOOP("Messages", "{0}; the project's score is not counted"), "m"),
    (
        QT_TRANSLATE_NOOP("Messages", "unknown dimension {0}; the project's score is not counted"),
        "r",
    ),
    (QT_TRANSLATE_NOOP("Messages", "not every dimension is scored; not counted"), ""),
    (QT_TRANSLATE_NOOP("Messages", "excluded by the secretariat"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the same scores were given twice; counted once"), ""),
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "another input of this judge counts ({0} revision {1}, code {2}); this one is not used",
        ),
        "krr",
    ),
    (QT_TRANSLATE_NOOP("Messages", "no counted input from this judge"), ""),
    # scoring/ranking.py
    (QT_TRANSLATE_NOOP("Messages", "judge '{0}' is not in the event"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "project '{0}' is not in the event"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "score of a conflicted pair (回避) not counted"), ""),
    (
        QT_TRANSLATE_NOOP("Messages", "the judge does not review this category; score not counted"),
        "",
    ),
    (QT_TRANSLATE_NOOP("Messages", "no score for this project"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the project has no counted score"), ""),
    (
        QT_TRANSLATE_NOOP(
            "Messages", "shares rank {0} across the top-{1} cut-off; the panel must decide"
        ),
        "rr",
    ),
    # reports/glyphs.py
    (
        QT_TRANSLATE_NOOP(
            "Messages",
            "the {0} '{1}' has characters the report font cannot show: {2}; they print as □",
        ),
        "ftr",
    ),
    # scoring/validation.py check_event, check_ready
    (QT_TRANSLATE_NOOP("Messages", "the event has no name"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the rubric needs 1 to {0} dimensions"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "'{0}' appears more than once"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the key is empty"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the step {0} is not positive"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the maximum {0} is not positive"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the maximum {0} is not a multiple of the step {1}"), "rr"),
    (QT_TRANSLATE_NOOP("Messages", "the guidance band '{0}' is outside 0–{1}"), "rr"),
    (QT_TRANSLATE_NOOP("Messages", "a project has no code"), ""),
    (QT_TRANSLATE_NOOP("Messages", "unknown category '{0}'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "a judge has no id"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the judge has no name"), ""),
    (QT_TRANSLATE_NOOP("Messages", "unknown judge '{0}'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "names neither a project nor a unit"), ""),
    (QT_TRANSLATE_NOOP("Messages", "unknown project '{0}'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "no project of unit '{0}'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "unknown method '{0}'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "unknown basis '{0}'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "must not be negative"), ""),
    (QT_TRANSLATE_NOOP("Messages", "must be at least {0} to drop {1} high and low"), "rr"),
    (QT_TRANSLATE_NOOP("Messages", "must be between 0 and 6"), ""),
    (QT_TRANSLATE_NOOP("Messages", "unknown dimension '{0}'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the event has no projects"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the event has no judges"), ""),
    # storage/workbook.py: problems in the event workbook (CellProblem.message)
    (QT_TRANSLATE_NOOP("Messages", "the sheet {0} is missing"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the required column {0} is missing"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "this cell must not be empty"), ""),
    (QT_TRANSLATE_NOOP("Messages", "'{0}' is not a number"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "'{0}' is not a whole number"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "'{0}' is not a known field"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the field is empty"), ""),
    (QT_TRANSLATE_NOOP("Messages", "this field is given twice (also in row {0})"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "'{0}' is not one of {1}"), "rr"),
    (QT_TRANSLATE_NOOP("Messages", "cannot read the band '{0}'; write it like '优 27-30'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "a column 项目编号 / project or 参评单位 / unit is needed"), ""),
    (QT_TRANSLATE_NOOP("Messages", "name a project (项目编号) or a unit (参评单位)"), ""),
    (QT_TRANSLATE_NOOP("Messages", "unknown judge '{0}' (not on the Judges sheet)"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "unknown project '{0}' (not on the Projects sheet)"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "no project on the Projects sheet is from the unit '{0}'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "unreadable workbook"), ""),
    # scoring/rubric_edit.py, scoring/projects_edit.py: values typed in the console's tables
    (QT_TRANSLATE_NOOP("Messages", "'{0}' is not a band like '优秀 25-30'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "unknown field '{0}'"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the dimension cannot be read ({0})"), "r"),
    (QT_TRANSLATE_NOOP("Messages", "the {0} must not be empty"), "f"),
    # ui/: the console's state, the judge's printing, the materials preflight
    (QT_TRANSLATE_NOOP("Messages", "choose or export the event package first"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the PDF could not be read"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the printer is not ready"), ""),
    (QT_TRANSLATE_NOOP("Messages", "the printer refused a new page"), ""),
    (QT_TRANSLATE_NOOP("Messages", "cannot be read"), ""),
)
