"""Työnohjaus: supervision sessions, their agenda and agreements, and the summary."""
