"""SQLite storage, workbook import and the merge. No Qt here.

sqlite-utils is imported only through storage/lean_sqlite_utils.py, never on the judge
app's start path (storage/db.py speaks plain sqlite3).
"""
