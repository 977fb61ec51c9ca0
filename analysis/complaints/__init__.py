"""Complaints: ingest (records or counts), dates, column roles, personal-data removal (PDPA), statistics by fiscal year, export."""
