"""Session-state keys of the action-plan and measures pages."""

WHO = "measures_who"                     # name entered once per browser session, recorded with every change
PLAN_IMPORTS = "plan_imports"            # {uploader file_id: PlanResult or error report}
EDIT_ID = "msr_edit_id"                  # measure chosen for editing
EDIT_VERSION = "msr_edit_version"        # {measure id: version the form was loaded from}
CONFIRM_DELETE = "msr_confirm_delete"    # measure id awaiting confirmation
CONFLICT = "msr_conflict"                # ConflictError of the last refused save
FLASH = "msr_flash"                      # one message shown after a rerun
