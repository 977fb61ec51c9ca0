"""Session-state keys of the complaints page."""

PROCESSED = "complaints_processed"        # {uploader file_id: ComplaintOutcome}
UPLOADER = "complaints_uploader_gen"      # bumped to clear the uploader
KEEP_TEXT = "complaints_keep_text"        # keep masked free text on upload
BREAKDOWN = "complaints_breakdown"        # channel | category | unit
FLASH = "complaints_flash"                # one message shown after a rerun
