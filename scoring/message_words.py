"""The words and frames around the Qt-free layers' messages, as translatable texts.

The messages themselves are scoring/message_catalogue.py's templates; here are the small sets
of words that stand in them for a value (kinds of file, fields, sheet states), how texts are
put together (a file and its message, a list), and what each kind of error means when no
template fits its message. Marked for lupdate under "Messages", like the templates.
"""

from __future__ import annotations

from scoring.message_catalogue import QT_TRANSLATE_NOOP

# Words that stand in messages for a value from a small known set (handlers w, f, s, k, p).
WORDS: dict[str, tuple[str, ...]] = {
    "w": (
        QT_TRANSLATE_NOOP("Messages", "PanelScore event package"),
        QT_TRANSLATE_NOOP("Messages", "PanelScore score file"),
        QT_TRANSLATE_NOOP("Messages", "event workbook"),
        QT_TRANSLATE_NOOP("Messages", "paper sheet"),
        QT_TRANSLATE_NOOP("Messages", "project sheet"),
        QT_TRANSLATE_NOOP("Messages", "event file"),
    ),
    "f": (
        QT_TRANSLATE_NOOP("Messages", "key"),
        QT_TRANSLATE_NOOP("Messages", "name"),
        QT_TRANSLATE_NOOP("Messages", "name_en"),
        QT_TRANSLATE_NOOP("Messages", "max"),
        QT_TRANSLATE_NOOP("Messages", "step"),
        QT_TRANSLATE_NOOP("Messages", "guidance"),
        QT_TRANSLATE_NOOP("Messages", "code"),
        QT_TRANSLATE_NOOP("Messages", "title"),
        QT_TRANSLATE_NOOP("Messages", "unit"),
        QT_TRANSLATE_NOOP("Messages", "category"),
        QT_TRANSLATE_NOOP("Messages", "presenter"),
        QT_TRANSLATE_NOOP("Messages", "order"),
        QT_TRANSLATE_NOOP("Messages", "summary"),
        QT_TRANSLATE_NOOP("Messages", "id"),
        QT_TRANSLATE_NOOP("Messages", "affiliation"),
        QT_TRANSLATE_NOOP("Messages", "role"),
        QT_TRANSLATE_NOOP("Messages", "categories"),
        QT_TRANSLATE_NOOP("Messages", "judge"),
        QT_TRANSLATE_NOOP("Messages", "project"),
        QT_TRANSLATE_NOOP("Messages", "reason"),
        QT_TRANSLATE_NOOP("Messages", "date"),
        QT_TRANSLATE_NOOP("Messages", "venue"),
        QT_TRANSLATE_NOOP("Messages", "organiser"),
        QT_TRANSLATE_NOOP("Messages", "language"),
        QT_TRANSLATE_NOOP("Messages", "aggregate"),
        QT_TRANSLATE_NOOP("Messages", "trim"),
        QT_TRANSLATE_NOOP("Messages", "min_judges_for_trim"),
        QT_TRANSLATE_NOOP("Messages", "basis"),
        QT_TRANSLATE_NOOP("Messages", "decimals"),
        QT_TRANSLATE_NOOP("Messages", "tie_break"),
        QT_TRANSLATE_NOOP("Messages", "top_n"),
        QT_TRANSLATE_NOOP("Messages", "deviation_limit"),
        QT_TRANSLATE_NOOP("Messages", "presentation_minutes"),
        QT_TRANSLATE_NOOP("Messages", "qa_minutes"),
        QT_TRANSLATE_NOOP("Messages", "event name"),
        QT_TRANSLATE_NOOP("Messages", "dimension"),
        QT_TRANSLATE_NOOP("Messages", "comment"),
    ),
    "s": (
        QT_TRANSLATE_NOOP("Messages", "draft"),
        QT_TRANSLATE_NOOP("Messages", "empty"),
        QT_TRANSLATE_NOOP("Messages", "submitted"),
    ),
    "k": (QT_TRANSLATE_NOOP("Messages", "score-file"), QT_TRANSLATE_NOOP("Messages", "paper")),
    "p": (
        QT_TRANSLATE_NOOP("Messages", "Event"),
        QT_TRANSLATE_NOOP("Messages", "Rubric"),
        QT_TRANSLATE_NOOP("Messages", "Categories"),
        QT_TRANSLATE_NOOP("Messages", "Projects"),
        QT_TRANSLATE_NOOP("Messages", "Judges"),
        QT_TRANSLATE_NOOP("Messages", "Conflicts"),
    ),
}

# How texts are put together.
SOURCE = QT_TRANSLATE_NOOP(
    "Messages", "{0}: {1}"
)  # a file and what is wrong with it; also a place and its problem
JOIN = QT_TRANSLATE_NOOP("Messages", "{0}; {1}")  # parts of a compound message
LIST = QT_TRANSLATE_NOOP("Messages", "{0}, {1}")  # items of a list
JUDGE_ROW = QT_TRANSLATE_NOOP("Messages", "{0} (row {1})")
MORE_PROBLEMS = QT_TRANSLATE_NOOP(
    "Messages", "{0} (and {1} more problems)"
)  # WorkbookError: the first of several
CELL = {  # CellProblem: sheet, row, column as far as known
    (True, True): QT_TRANSLATE_NOOP("Messages", "sheet {0}, row {1}, column {2}: {3}"),
    (True, False): QT_TRANSLATE_NOOP("Messages", "sheet {0}, row {1}: {2}"),
    (False, True): QT_TRANSLATE_NOOP("Messages", "sheet {0}, column {1}: {2}"),
    (False, False): QT_TRANSLATE_NOOP("Messages", "sheet {0}: {1}"),
}
# A message no template fits, of a kind we know: what the kind means, and the English text.
DETAIL = QT_TRANSLATE_NOOP("Messages", "{0} (details: {1})")
# Any other exception: a sentence, and what the exception says.
GENERIC = QT_TRANSLATE_NOOP("Messages", "The operation could not be completed ({0}).")

# What an InputError (or a merge Problem, which carries the InputError's kind) of each kind
# means, for a message of that kind no template fits.
INPUT_KINDS: dict[str, str] = {
    "bad_input": QT_TRANSLATE_NOOP("Messages", "the file cannot be used"),
    "damaged": QT_TRANSLATE_NOOP("Messages", "the file is damaged"),
    "not_our_file": QT_TRANSLATE_NOOP(
        "Messages", "this is not a PanelScore file of the expected kind"
    ),
    "not_found": QT_TRANSLATE_NOOP("Messages", "the file or folder does not exist"),
    "not_a_file": QT_TRANSLATE_NOOP("Messages", "this is not a file"),
    "too_large": QT_TRANSLATE_NOOP("Messages", "the file is too large"),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "the file cannot be read"),
    "newer_format": QT_TRANSLATE_NOOP(
        "Messages", "made by a newer PanelScore: update PanelScore on this computer"
    ),
    "no_inputs": QT_TRANSLATE_NOOP("Messages", "no score file or paper sheet can be counted"),
    "no_package": QT_TRANSLATE_NOOP("Messages", "no event package is chosen"),
    "bad_event": QT_TRANSLATE_NOOP("Messages", "the event is not consistent"),
    "bad_package": QT_TRANSLATE_NOOP("Messages", "the event package cannot be used"),
    "digest_mismatch": QT_TRANSLATE_NOOP("Messages", "the package was changed after it was made"),
    "missing_material": QT_TRANSLATE_NOOP("Messages", "a material is missing from the package"),
    "bad_material_name": QT_TRANSLATE_NOOP(
        "Messages", "the name of a material file is not allowed"
    ),
    "other_event_loaded": QT_TRANSLATE_NOOP(
        "Messages", "this laptop holds scores of another event"
    ),
    "judge_dropped": QT_TRANSLATE_NOOP(
        "Messages", "the package no longer lists the judge whose scores are stored here"
    ),
    "paper": QT_TRANSLATE_NOOP("Messages", "the typed paper sheet cannot be used yet"),
    "bad_workbook": QT_TRANSLATE_NOOP("Messages", "the event workbook cannot be used"),
    "bad_paper_sheet": QT_TRANSLATE_NOOP("Messages", "the paper sheet cannot be used"),
    "bad_project_sheet": QT_TRANSLATE_NOOP("Messages", "the project sheet cannot be used"),
    "other_event": QT_TRANSLATE_NOOP("Messages", "scores of another event; not counted"),
    "other_package": QT_TRANSLATE_NOOP(
        "Messages", "made with another package of this event; not counted"
    ),
    "verification_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "the verification code does not match; not counted"
    ),
    "unknown_judge": QT_TRANSLATE_NOOP("Messages", "the judge is not in the event"),
    "unknown_project": QT_TRANSLATE_NOOP("Messages", "the project is not in the event"),
    "not_submitted": QT_TRANSLATE_NOOP("Messages", "the score was never submitted; not counted"),
    "bad_score": QT_TRANSLATE_NOOP("Messages", "a score does not fit the rubric; not counted"),
    "unknown_dimension": QT_TRANSLATE_NOOP(
        "Messages", "a dimension is not in the rubric; not counted"
    ),
    "incomplete_score": QT_TRANSLATE_NOOP("Messages", "not every dimension is scored; not counted"),
    "excluded_by_clerk": QT_TRANSLATE_NOOP("Messages", "excluded by the secretariat"),
    "duplicate_input": QT_TRANSLATE_NOOP(
        "Messages", "the same scores were given twice; counted once"
    ),
    "superseded": QT_TRANSLATE_NOOP(
        "Messages", "another input of this judge counts; this one is not used"
    ),
    "judge_missing": QT_TRANSLATE_NOOP("Messages", "no counted input from this judge"),
    "conflict_scored": QT_TRANSLATE_NOOP(
        "Messages", "score of a conflicted pair (回避) not counted"
    ),
    "outside_categories": QT_TRANSLATE_NOOP(
        "Messages", "the judge does not review this category; score not counted"
    ),
    "missing_score": QT_TRANSLATE_NOOP("Messages", "no score for this project"),
    "no_scores": QT_TRANSLATE_NOOP("Messages", "the project has no counted score"),
    "tie_at_cutoff": QT_TRANSLATE_NOOP("Messages", "a tie at the cut-off; the panel must decide"),
    "unprintable_characters": QT_TRANSLATE_NOOP(
        "Messages", "some characters cannot be printed by the report font"
    ),
}

# EditRefused kinds (storage/workspace.py).
REFUSED_KINDS: dict[str, str] = {
    "refused": QT_TRANSLATE_NOOP("Messages", "the change was not made"),
    "no_package": QT_TRANSLATE_NOOP("Messages", "no event package has been imported"),
    "no_event": QT_TRANSLATE_NOOP("Messages", "no event or judge chosen"),
    "no_judge": QT_TRANSLATE_NOOP("Messages", "choose who you are first"),
    "other_judge": QT_TRANSLATE_NOOP(
        "Messages", "scores of another judge are stored here; export them first"
    ),
    "bad_pin": QT_TRANSLATE_NOOP("Messages", "the PIN must be 4 to 12 digits"),
    "recused": QT_TRANSLATE_NOOP("Messages", "you are recused from this project (回避)"),
    "submitted": QT_TRANSLATE_NOOP(
        "Messages", "this project is submitted; choose Revise… and give a reason"
    ),
    "not_all_scored": QT_TRANSLATE_NOOP("Messages", "not every dimension is scored"),
    "not_submitted": QT_TRANSLATE_NOOP("Messages", "only a submitted project needs Revise…"),
    "no_reason": QT_TRANSLATE_NOOP("Messages", "give a reason for the revision"),
    "bad_signature": QT_TRANSLATE_NOOP(
        "Messages", "the signature must be a PNG image of at most 2 MB"
    ),
    "bad_score": QT_TRANSLATE_NOOP("Messages", "the score does not fit the rubric"),
}

# ExportError kinds (storage/atomic.py): why a file could not be written, in the words of
# storage.atomic.describe_os_error; "os_error" shows the system's own words.
EXPORT_REASONS: dict[str, str] = {
    "disk_full": QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    "quota": QT_TRANSLATE_NOOP("Messages", "the disk quota is used up"),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages", "the disk is read-only (is the USB stick write-protected?)"
    ),
    "no_permission": QT_TRANSLATE_NOOP("Messages", "PanelScore may not write to this folder"),
    "folder_gone": QT_TRANSLATE_NOOP(
        "Messages", "the folder is not there any more (was the USB stick pulled out?)"
    ),
    "disk_stopped": QT_TRANSLATE_NOOP(
        "Messages", "the disk stopped answering (was the USB stick pulled out?)"
    ),
    "disk_gone": QT_TRANSLATE_NOOP(
        "Messages", "the disk is not there any more (was the USB stick pulled out?)"
    ),
    "full_or_gone": QT_TRANSLATE_NOOP("Messages", "the disk is full or stopped answering"),
}
# Why the laptop's own workspace could not be written (storage.errors.SaveError.kind).
SAVE_REASONS: dict[str, str] = {
    "disk_full": QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    "read_only": QT_TRANSLATE_NOOP("Messages", "the data folder is read-only"),
    "no_permission": QT_TRANSLATE_NOOP("Messages", "PanelScore may not write to its data folder"),
    "busy": QT_TRANSLATE_NOOP("Messages", "another program is using PanelScore's data"),
    "damaged": QT_TRANSLATE_NOOP("Messages", "PanelScore's data file is damaged"),
    "disk_stopped": QT_TRANSLATE_NOOP("Messages", "the disk reported an error"),
}
NOT_SAVED = QT_TRANSLATE_NOOP("Messages", "could not save on this laptop: {0}")
COULD_NOT_WRITE = QT_TRANSLATE_NOOP("Messages", "could not write it: {0}")
SYSTEM = QT_TRANSLATE_NOOP("Messages", "the system reports: {0}")  # OSError.strerror
NO_FOLDER = QT_TRANSLATE_NOOP(
    "Messages", "the folder {0} is not there (was the USB stick pulled out?)"
)
READ_BACK = QT_TRANSLATE_NOOP("Messages", "what was read back is not right: {0}")
READ_BACK_DIFFERS = QT_TRANSLATE_NOOP(
    "Messages", "what was read back differs from what was written"
)
