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

# item drill-down (item files live in the browser session only)
ITEMS_FILE = "items_file"          # (file name, bytes, is_demo) of the item file in use
ITEMS_FAMILY = "items_family"      # OIT item list family ("nacc" default)
ITEMS_UPLOADER = "items_uploader"  # uploader widget key generation
USE_ITEMS = "path_use_items"       # planner: use the item file's OIT items

# action plan and measures
MSR_WHO = "measures_who"                     # name entered once per browser session, recorded with every change
MSR_PLAN_IMPORTS = "plan_imports"            # {uploader file_id: PlanResult or error report}
MSR_EDIT_ID = "msr_edit_id"                  # measure chosen for editing
MSR_EDIT_VERSION = "msr_edit_version"        # {measure id: version the form was loaded from}
MSR_CONFIRM_DELETE = "msr_confirm_delete"    # measure id awaiting confirmation
MSR_CONFLICT = "msr_conflict"                # ConflictError of the last refused save
MSR_FLASH = "msr_flash"                      # one message shown after a rerun

# complaints
CMPL_PROCESSED = "complaints_processed"      # {uploader file_id: ComplaintOutcome}
CMPL_UPLOADER = "complaints_uploader_gen"    # bumped to clear the uploader
CMPL_KEEP_TEXT = "complaints_keep_text"      # keep masked free text on upload
CMPL_BREAKDOWN = "complaints_breakdown"      # channel | category | unit
CMPL_FLASH = "complaints_flash"              # one message shown after a rerun
