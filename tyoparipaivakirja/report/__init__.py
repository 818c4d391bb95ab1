"""PDF reports built with reportlab from core summary models. No Qt.

The layer is empty until the role description and supervision summary issues fill it.
"""
