"""Oma osio: a member's own area, check-ins, the trend, nudges and sharing."""
