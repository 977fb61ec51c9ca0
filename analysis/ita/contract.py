"""The tidy ITA frames every part of the product exchanges (ingest → store → scoring → pages), defined once."""

KEY_COLUMNS = ["unit", "unit_type", "fiscal_year"]
SCORE_COLUMNS = [*KEY_COLUMNS, "indicator", "score"]                          # long: one row per unit-year-indicator
PUBLISHED_COLUMNS = [*KEY_COLUMNS, "iit", "eit", "oit", "total", "level"]     # the tool scores and total as published
