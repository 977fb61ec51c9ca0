"""Texts of reports themselves: where a problem is, how its fix is introduced, reports saved before the catalogue."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "report.where_sheet": {"th": "ชีต {sheet}", "en": "sheet {sheet}"},
    "report.where_row": {"th": "แถว {row}", "en": "row {row}"},
    "report.where_column": {"th": "คอลัมน์ {column}", "en": "column {column}"},
    "report.line": {"th": "{where}: {message}", "en": "{where}: {message}"},
    "report.with_fix": {"th": "{line} — วิธีแก้: {fix}", "en": "{line} — fix: {fix}"},
    # reports stored before the catalogue keep their Thai and English texts as they were saved
    "report.saved_message": {"th": "{message}", "en": "{message}"},
    "report.saved_fix": {"th": "{fix}", "en": "{fix}"},
    "report.saved_assumption": {"th": "{text}", "en": "{text}"},
    # framework errors: file, field, message
    "report.framework_error": {"th": "{file}: {field}: {message}", "en": "{file}: {field}: {message}"},
}
