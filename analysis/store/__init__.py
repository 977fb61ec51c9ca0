"""The workspace database: one Store with typed repositories (datasets, measures, complaints, meta), the records
they return, the upload/demo/manual-entry services, and the Alembic migrations.

    store = Store()                                  # settings.database_url(), migrated to head
    store.datasets.load_scores()                     # DatasetRepository
    store.measures.update(id, fields, version, who)  # MeasureRepository (ConflictError when someone saved first)
    store.complaints.load()                          # ComplaintRepository
    store.meta.demo_dismissed()                      # MetaRepository
    ingest_and_store(store, data, file_name)         # upload services (analysis.store.workspace)
"""
from analysis.store.access import (
    ADMIN,
    COMPLAINT_EXPORT,
    EDIT,
    LOCAL_USER,
    UNIT_ARG,
    Denied,
    UserStore,
    for_user,
    local_account,
)
from analysis.store.access import check as check_access
from analysis.store.accounts import (
    ROLES,
    Account,
    AccountError,
    AccountRepository,
    AuditEntry,
    AuditRepository,
    SignIn,
)
from analysis.store.audit_words import action_name as audit_action_name
from analysis.store.audit_words import user_name as audit_user_name
from analysis.store.backup import BackupError, BackupSummary, backup_workspace, is_empty, restore_workspace
from analysis.store.checklists import ChecklistRepository, StoredCheck, StoredEntry, entries_of
from analysis.store.complaints import ComplaintRepository
from analysis.store.datasets import DatasetRepository, ResultLike
from analysis.store.frameworks import FrameworkRepository, StoredFramework
from analysis.store.measures import MeasureRepository
from analysis.store.meta import DEMO_DISMISSED, DEMO_KINDS, MetaRepository
from analysis.store.records import (
    ROUNDS,
    STATUSES,
    Change,
    ComplaintOutcome,
    ComplaintUpload,
    ConflictError,
    DatasetInfo,
    LinkKind,
    LogAction,
    LogEntry,
    Measure,
    MeasureStatus,
    Origin,
    PlanUpdate,
    Progress,
    Round,
    Saved,
    UploadOutcome,
    UploadStatus,
    YearSource,
)
from analysis.store.store import MIGRATIONS_DIR, Store
from analysis.store.tables import MEASURE_FIELDS, PROGRESS_FIELDS, PUBLISHED_COLUMNS, SCORE_COLUMNS
from analysis.store.views import (
    ALL_DEMO,
    DemoBeside,
    ManualFormView,
    StoredFilesView,
    audit_table,
    complaint_uploads_view,
    datasets_view,
    demo_beside_view,
    manual_form_view,
    manual_saved_text,
    sources_text,
)
from analysis.store.workspace import (
    DEMO_COMPLAINTS_FILE,
    DEMO_FILES,
    DEMO_PLAN_UNIT,
    SAMPLES_DIR,
    DemoContents,
    demo_beside,
    demo_contents,
    ingest_and_store,
    ingest_complaints,
    manual_entry,
    remove_demo,
    save_manual,
    seed_demo,
    seed_demo_checklist,
    seed_demo_complaints,
    seed_demo_measures,
    set_demo_beside,
    sha256,
)

__all__ = [
    "FrameworkRepository", "StoredFramework",
    "ChecklistRepository", "StoredCheck", "StoredEntry", "entries_of", "seed_demo_checklist",
    "ADMIN", "COMPLAINT_EXPORT", "EDIT", "LOCAL_USER", "UNIT_ARG", "Denied", "UserStore", "check_access", "for_user", "local_account",
    "ROLES", "Account", "AccountError", "AccountRepository", "AuditEntry", "AuditRepository", "SignIn",
    "BackupError", "BackupSummary", "backup_workspace", "is_empty", "restore_workspace",
    "ALL_DEMO", "DEMO_KINDS", "audit_action_name", "audit_table", "audit_user_name", "DemoBeside", "demo_beside", "demo_beside_view", "set_demo_beside", "ManualFormView", "StoredFilesView", "complaint_uploads_view", "datasets_view", "manual_form_view",
    "manual_saved_text",
    "DEMO_COMPLAINTS_FILE", "DEMO_DISMISSED", "DEMO_FILES", "DEMO_PLAN_UNIT", "MEASURE_FIELDS", "MIGRATIONS_DIR",
    "PROGRESS_FIELDS", "PUBLISHED_COLUMNS", "ROUNDS", "SAMPLES_DIR", "SCORE_COLUMNS", "STATUSES", "Change",
    "ComplaintOutcome", "ComplaintRepository", "ComplaintUpload", "ConflictError", "DatasetInfo", "DatasetRepository",
    "LinkKind", "LogAction", "LogEntry", "Measure", "MeasureRepository", "MeasureStatus", "MetaRepository", "Origin", "PlanUpdate",
    "Progress", "ResultLike", "Round", "Saved", "Store", "UploadOutcome", "UploadStatus", "YearSource", "sources_text", "DemoContents", "demo_contents", "ingest_and_store",
    "ingest_complaints", "manual_entry", "remove_demo", "save_manual", "seed_demo", "seed_demo_complaints",
    "seed_demo_measures", "sha256",
]
