"""Ingest of ITA result files: find each sheet's header, map columns, normalise values, validate, return tidy frames."""
from analysis.ita.ingest._pipeline import IngestResult, ingest_bytes, ingest_path

__all__ = ["IngestResult", "ingest_bytes", "ingest_path"]
