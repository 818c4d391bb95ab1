"""Työparipäiväkirja: an encrypted, local journal for Finnish social-work pairs."""

__version__ = "0.1.0"
