"""The journal itself: welcome, create, unlock, the view, settings, backups, import."""
