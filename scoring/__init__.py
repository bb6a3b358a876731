"""Qt-free, SQLite-free scoring domain: event model, validation, ranking, agreement."""
