"""Reusable Qt widgets that know no storage (score input, PDF viewer, signature pad, timer)."""
