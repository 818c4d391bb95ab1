"""Purut and Jatkotoimet: the debrief list, the editor, follow-ups and the start notices."""
