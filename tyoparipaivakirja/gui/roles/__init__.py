"""Roolijako: the role split in force, its draft editor, timeline, history and the PDF."""
