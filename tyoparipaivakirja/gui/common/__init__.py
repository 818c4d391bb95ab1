"""Shared by every section: the dialog seam, drafts, widgets, theme, idle and session lock."""
