"""PDF reports built with reportlab from documents the caller has already worded. No Qt.

``role_description``: the printable role description (tehtävänkuva).
"""
