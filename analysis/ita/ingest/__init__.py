"""Ingest of ITA result files: find each sheet's header, map columns, normalise values, validate, return tidy frames.

Public: `ingest_bytes`, `ingest_path`, `ingest_sheets`, `IngestResult`, and the helpers item files share
(`find_header`, `letter` for a column letter, `Context` for located problems). The modules `_header`,
`_columns`, `_layouts`, `_validate` and `_pipeline` are private to this package.
"""
from analysis.ita.ingest._header import letter
from analysis.ita.ingest._pipeline import IngestResult, find_header, ingest_bytes, ingest_path, ingest_sheets
from analysis.ita.ingest._validate import Context

__all__ = ["Context", "IngestResult", "find_header", "ingest_bytes", "ingest_path", "ingest_sheets", "letter"]
