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
DECK_FILES = "deck_files"                 # the last built MeetingPack (name, pptx bytes, xlsx bytes)
DECK_PDF = "deck_pdf"                     # the PDF of the last built MeetingPack (bytes), made when asked for

# the analysis pages' pickers and filters (widget keys; each picker also writes SELECTED_YEAR / SELECTED_UNIT)
OVERVIEW_OPEN_UNIT = "overview_open_unit"  # unit to open on the weak-indicators page
IND_YEAR, IND_UNIT = "ind_year", "ind_unit"
CMP_YEAR, CMP_TYPES = "cmp_year", "cmp_types"
YOY_YEAR, YOY_UNIT, YOY_MEASURE = "yoy_year", "yoy_unit", "yoy_measure"
YOY_ALL_SHOW, YOY_ALL_SEARCH = "yoy_all_show", "yoy_all_search"   # the every-change table: switched on, unit search
OVERVIEW_ALL_SEARCH = "overview_all_search"                          # unit search of a long list of every unit
OVERVIEW_ALL_SHOW = "overview_all_show"                              # the every-unit table: switched on
CMP_MATRIX_SEARCH, CMP_RANKING_SEARCH = "cmp_matrix_search", "cmp_ranking_search"   # the same, comparison tables
DRV_YEAR = "drv_year"
ITEMS_YEAR, ITEMS_UNIT = "items_year", "items_unit"
PATH_YEAR, PATH_UNIT, PATH_TARGET = "path_year", "path_unit", "path_target"
PATH_SETTINGS = "path_settings_{year}"     # the planner's effort/cap editor, one per fiscal year

# item drill-down (item files live in the browser session only)
ITEMS_FILE = "items_file"          # ui.items_session.HeldFile: the item file in use (name, digest, bytes, demo)
ITEMS_FAMILY = "items_family"      # OIT item list family ("nacc" default)
ITEMS_UPLOADER = "items_uploader"  # uploader widget key generation
ITEMS_UPLOAD = "items_upload_{gen}"  # the item-file uploader of that generation
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

# Backup page
BACKUP_FILE = "backup_file"                    # (zip bytes, rows, tables, file name) of the backup just made
BACKUP_FLASH = "backup_flash"                  # one message shown after a rerun
BACKUP_UPLOADER = "backup_uploader_gen"        # bumped to clear the uploader
PLAN_UPLOADER = "plan_uploader_gen"            # bumped to clear the action-plan uploader after a save or skip

# sign-in (ITA_AUTH=local)
ACCOUNT = "auth_account"           # the signed-in account's name
SIGNED_AT = "auth_signed_at"       # when it signed in (UTC datetime): the session lasts ITA_SESSION_HOURS
OIDC_AUDITED = "auth_oidc_audited"  # the e-mail whose identity-provider sign-in this session has audited
AUTH_FLASH = "auth_flash"          # one message for the sign-in form (e.g. "your session ended")

# the OIT readiness page
OIT_FLASH = "oit_flash"                # one message after a save or an import
OIT_CONFLICT = "oit_conflict"          # a refused save (ConflictError), shown once
OIT_EDITOR = "oit_editor_gen"          # bumped after a save: the table editor starts from the stored rows
OIT_UPLOADER = "oit_uploader_gen"      # bumped after an import: the uploader clears

# the frameworks page
FWK_FLASH = "fwk_flash"                # one message after a save
FWK_GEN = "fwk_gen"                    # bumped after a save: the editors start from the stored version
FWK_YEAR = "fwk_year"                  # the year shown

# unit pickers: the unit type first, then the unit (shared like SELECTED_UNIT; "" = all types)
UNIT_TYPE = "selected_unit_type"
OVERVIEW_OPEN_TYPE = "overview_open_unit_type"
IND_TYPE, YOY_TYPE, ITEMS_TYPE, PATH_TYPE = "ind_unit_type", "yoy_unit_type", "items_unit_type", "path_unit_type"
MSR_YEAR, MSR_UNIT, MSR_TYPE = "msr_year", "msr_unit", "msr_unit_type"    # action plan and measures scope
OIT_YEAR, OIT_UNIT, OIT_TYPE, OIT_FAMILY = "oit_year", "oit_unit", "oit_unit_type", "oit_family"
OIT_LATE, OIT_OWNER, OIT_INDICATOR = "oit_only_overdue", "oit_owner", "oit_indicator"   # the checklist's filters
AUDIT_USER, AUDIT_ACTION = "audit_user", "audit_action"

# links that remember (ui/url.py): whether this browser session's link has been read yet
URL_READ = "url_read"              # {"globals": True, "page": True} once the link's values were put in place
