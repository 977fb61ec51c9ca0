"""Streamlit-side helpers: strings table, session-state keys, caching wrappers, chart theme."""
