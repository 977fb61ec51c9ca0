"""ITA analysis core: ingest, framework files, scoring and storage; never imports streamlit."""
