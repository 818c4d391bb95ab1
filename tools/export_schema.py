"""Write the export format's JSON Schema to ``resources/``, and the reference part of
``docs/export-format.md``, from the table registry.

    .venv/bin/python tools/export_schema.py

A test checks that the committed file matches, so run this after changing a table
description in ``tyoparipaivakirja/storage/registry.py``.
"""

from __future__ import annotations

from tyoparipaivakirja.storage.portable import document_with_reference, schema_path, schema_text


def main() -> None:
    path = schema_path()
    path.write_text(schema_text(), encoding="utf-8")
    print(path)
    doc = path.parents[1] / "docs" / "export-format.md"
    doc.write_text(document_with_reference(doc.read_text(encoding="utf-8")), encoding="utf-8")
    print(doc)


if __name__ == "__main__":
    main()
