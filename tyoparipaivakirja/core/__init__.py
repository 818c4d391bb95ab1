"""Pure domain: dataclasses, rules and validation. No Qt, no SQL, no files."""
