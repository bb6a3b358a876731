"""reportlab PDFs and the xlsx export of the ranking. No Qt here."""
