"""Session-state keys, as constants (never string literals in pages)."""

LANG = "lang"                      # "th" | "en"
PRESENT = "presentation_mode"      # bool: larger type, hidden controls
YEAR = "overview_year"             # chosen fiscal year (BE) on the overview
UNIT_TYPES = "overview_unit_types" # chosen unit types on the overview
SELECTED_UNIT = "selected_unit"     # unit chosen on the analysis pages (set it to link to a unit)
SELECTED_YEAR = "selected_year"     # fiscal year (BE) chosen on the analysis pages
PROCESSED_UPLOADS = "processed_uploads"   # {uploader file_id: UploadOutcome}
UPLOADER_KEY = "uploader_generation"      # bumped to clear the uploader
CONFIRM_REMOVE = "confirm_remove"         # dataset id awaiting confirmation, or "demo"
FLASH = "flash_message"                   # one message shown after a rerun
DECK_FILES = "deck_files"                 # {"pptx": bytes, "xlsx": bytes, "name": str} last built meeting pack
