"""Windows and pages: wiring of storage/, scoring/ and reports/ to widgets/."""
