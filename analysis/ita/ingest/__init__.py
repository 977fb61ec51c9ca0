"""Ingest of ITA result files: find each sheet's header, map columns, normalise values, validate, return tidy frames."""
