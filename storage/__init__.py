"""SQLite storage (through sqlite-utils), workbook import and the merge. No Qt here."""
