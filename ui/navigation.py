"""The app's pages in navigation order, by section: app.py builds st.navigation from this, the tests discover the
pages from it, and page links name a page by its file."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PAGES_DIR = Path(__file__).resolve().parent.parent / "pages"


@dataclass(frozen=True)
class PageSpec:
    """One screen: its file in pages/, the strings key of its navigation title, icon and URL path."""
    file: str
    title_key: str
    icon: str
    url_path: str
    default: bool = False
    admin: bool = False            # listed only for admins (the page itself also refuses anyone else)

    @property
    def path(self) -> Path:
        return PAGES_DIR / self.file


SECTIONS: tuple[tuple[str, tuple[PageSpec, ...]], ...] = (
    ("nav.section_results", (
        PageSpec("overview.py", "nav.overview", ":material/analytics:", "overview", default=True),
        PageSpec("weak_indicators.py", "ind.nav", ":material/troubleshoot:", "weak_indicators"),
        PageSpec("comparison.py", "cmp.nav", ":material/grid_on:", "comparison"),
        PageSpec("year_over_year.py", "yoy.nav", ":material/compare_arrows:", "year_over_year"),
        PageSpec("drivers.py", "drv.nav", ":material/insights:", "drivers"),
        PageSpec("items.py", "items.nav", ":material/checklist:", "items"),
    )),
    ("nav.section_improve", (
        PageSpec("path_to_85.py", "path.nav", ":material/route:", "path_to_85"),
        PageSpec("action_plan.py", "plan.nav", ":material/assignment:", "action_plan"),
        PageSpec("measures.py", "msr.nav", ":material/task_alt:", "measures"),
        PageSpec("oit.py", "oit.nav", ":material/fact_check:", "oit"),
        PageSpec("complaints.py", "cmpl.nav", ":material/report:", "complaints"),
    )),
    ("nav.section_share", (
        PageSpec("meeting_pack.py", "pack.nav", ":material/slideshow:", "meeting_pack"),
        PageSpec("data.py", "nav.data", ":material/folder_open:", "data"),
        PageSpec("frameworks.py", "fwk.nav", ":material/rule:", "frameworks"),
        PageSpec("backup.py", "backup.nav", ":material/settings_backup_restore:", "backup", admin=True),
        PageSpec("audit.py", "audit.nav", ":material/policy:", "audit", admin=True),
    )),
)
PAGES: tuple[PageSpec, ...] = tuple(p for _, pages in SECTIONS for p in pages)
