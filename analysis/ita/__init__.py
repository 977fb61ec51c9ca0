"""The ITA itself: per-year frameworks, scoring, overview, weak indicators, comparison, year over year, drivers, item results, path to 85."""
