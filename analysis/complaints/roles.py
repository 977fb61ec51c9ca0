"""What complaint-file columns and values mean: Thai/English header aliases, status words, corruption and bribery words."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.common.normalise import norm_header

# Role -> aliases (matched after norm_header), earliest alias wins when several headers fit one role.
ROLE_ALIASES: dict[str, tuple[str, ...]] = {
    "received": ("วันที่รับเรื่อง", "วันรับเรื่อง", "วันที่ร้องเรียน", "วันที่แจ้ง", "วันที่แจ้งเรื่อง", "วันเวลาที่แจ้ง",
                 "วันที่ได้รับ", "วันที่รับ", "received date", "date received", "received", "received at",
                 "created", "created at", "timestamp", "วันที่", "date"),
    "closed": ("วันที่เสร็จสิ้น", "วันที่ดำเนินการแล้วเสร็จ", "วันที่แล้วเสร็จ", "วันที่ปิดเรื่อง", "วันที่ยุติเรื่อง",
               "วันที่ดำเนินการเสร็จ", "closed date", "date closed", "closed at", "closed", "completed date",
               "date completed", "finished date", "resolved date", "last activity"),
    "status": ("สถานะ", "สถานะเรื่อง", "สถานะการดำเนินการ", "ผลการดำเนินการ", "state", "status"),
    "category": ("ประเภทเรื่อง", "ประเภทเรื่องร้องเรียน", "ประเภทการร้องเรียน", "ประเภท", "หมวด", "หมวดหมู่",
                 "หมวดเรื่อง", "category", "complaint type", "type", "กลุ่มเรื่อง", "ชื่อเรื่อง", "subject"),
    "channel": ("ช่องทาง", "ช่องทางการร้องเรียน", "ช่องทางรับเรื่อง", "ช่องทางที่รับเรื่อง", "ช่องทางการแจ้ง",
                "channel", "source"),
    "unit": ("หน่วยงาน", "หน่วยงานที่รับผิดชอบ", "หน่วยงานผู้รับผิดชอบ", "organization", "organisation", "unit",
             "agency", "department", "สำนักงานเขต", "เขต", "district", "ชื่อหน่วยงาน", "unit name", "agency name"),
    "ticket": ("เลขที่เรื่อง", "เลขที่รับ", "เลขรับ", "เลขที่", "ลำดับ", "ที่", "ticket id", "ticket", "id", "no"),
    # aggregates
    "fiscal_year": ("ปีงบประมาณ", "ปีงบประมาณ พ ศ", "ปีงบ", "ปี", "fiscal year", "fy", "year"),
    "month": ("เดือน", "month"),
    "n_received": ("จำนวนเรื่องที่ได้รับ", "เรื่องที่ได้รับ", "จำนวนเรื่องร้องเรียน", "จำนวนเรื่อง", "ได้รับ",
                   "รับเรื่อง", "จำนวน", "received count", "complaints", "count", "total"),
    "n_finished": ("ดำเนินการแล้วเสร็จ", "แล้วเสร็จ", "เสร็จสิ้น", "ยุติเรื่อง", "finished", "completed",
                   "resolved"),
    "n_in_progress": ("อยู่ระหว่างดำเนินการ", "ระหว่างดำเนินการ", "กำลังดำเนินการ", "in progress", "pending", "open"),
}
_LOOKUP = {role: [norm_header(a) for a in aliases] for role, aliases in ROLE_ALIASES.items()}
RECORD_ROLES = ("received", "closed", "status", "category", "channel", "unit")
AGGREGATE_ROLES = ("fiscal_year", "month", "category", "n_received", "n_finished", "n_in_progress", "unit")

FINISHED, IN_PROGRESS, WAITING = "finished", "in_progress", "waiting"
_STATUS_EXACT = {
    FINISHED: ("เสร็จสิ้น", "เสร็จ", "แล้วเสร็จ", "ดำเนินการแล้วเสร็จ", "ดำเนินการเสร็จสิ้น", "ยุติ", "ยุติเรื่อง",
               "ปิดเรื่อง", "ปิด", "finished", "finish", "done", "closed", "completed", "complete", "resolved"),
    IN_PROGRESS: ("กำลังดำเนินการ", "อยู่ระหว่างดำเนินการ", "ระหว่างดำเนินการ", "ดำเนินการ", "ส่งต่อ", "ส่งเรื่องต่อ",
                  "ส่งต่อหน่วยงาน", "in progress", "processing", "forwarded", "ongoing"),
    WAITING: ("รอรับเรื่อง", "รอดำเนินการ", "รอ", "ใหม่", "รับเรื่อง", "รับเรื่องแล้ว", "new", "pending", "waiting",
              "open", "received"),
}
_STATUS_LOOKUP = {norm_header(w): code for code, words in _STATUS_EXACT.items() for w in words}
CORRUPTION = (r"ทุจริต|ประพฤติมิชอบ|มิชอบ|คอร์?รัปชั่?น|สินบน|เรียกรับ|ผลประโยชน์ทับซ้อน|ขัดกันแห่งผลประโยชน์|ส่วย"
              r"|corrupt|misconduct|brib|fraud|abuse of power|conflict of interest")
BRIBERY = r"สินบน|เรียกรับ|ส่วย|ใต้โต๊ะ|brib"
UNKNOWN = "ไม่ระบุ"


def map_roles(headers: list[str], roles: tuple[str, ...]) -> dict[str, int]:
    """{role: column position} for the given roles; each header is used at most once, earliest alias first."""
    normed = [norm_header(h) for h in headers]
    taken: set[int] = set()
    out: dict[str, int] = {}
    for role in roles:
        for alias in _LOOKUP[role]:
            hits = [i for i, h in enumerate(normed) if h == alias and i not in taken]
            if hits:
                out[role] = hits[0]
                taken.add(hits[0])
                break
    return out


def known_header(value) -> bool:
    """True when a header cell names any complaint role (used to find the header row)."""
    h = norm_header(value)
    return bool(h) and any(h in aliases for aliases in _LOOKUP.values())


def categorical(codes: np.ndarray, labels, index, na_label: str | None = None) -> pd.Series:
    """A categorical Series with labels[codes] (codes −1 → na_label or NA); equal labels are merged."""
    new_codes, cats = pd.factorize(pd.Series(list(labels), dtype="str"), use_na_sentinel=True)
    if na_label is not None:
        if na_label in set(cats):
            na_code = int(list(cats).index(na_label))
        else:
            cats, na_code = pd.Index(list(cats) + [na_label], dtype="str"), len(cats)
    else:
        na_code = -1
    full = np.append(new_codes, na_code).astype("int64")[codes]
    return pd.Series(pd.Categorical.from_codes(full, categories=pd.Index(cats, dtype="str")), index=index)


def statuses(values: pd.Series) -> tuple[pd.Series, list[str]]:
    """(finished / in_progress / waiting per cell (categorical), the distinct texts not recognised — read as in progress)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped, unknown = [], []
    for text in uniques:
        h = norm_header(text)
        code = _STATUS_LOOKUP.get(h)
        if code is None:
            code = (FINISHED if ("เสร็จ" in h or "ยุติ" in h or "ปิดเรื่อง" in h) else
                    IN_PROGRESS if ("ระหว่าง" in h or "กำลัง" in h) else
                    WAITING if h.startswith("รอ") else None)
        if code is None:
            unknown.append(str(text))
            code = IN_PROGRESS
        mapped.append(code)
    return categorical(codes, mapped, values.index, na_label=WAITING), unknown     # blank status: not finished


def categories(values: pd.Series) -> pd.DataFrame:
    """category (first item of "{a,b}" lists), group ("corruption"/"general") and bribery (bool) per cell."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    u = pd.Series(uniques, dtype="str").str.strip().str.strip("{}[]").str.strip()
    first = u.str.split(",").str[0].str.strip().str.strip('"').replace("", UNKNOWN)
    corrupt = u.str.contains(CORRUPTION, case=False, regex=True).to_numpy(dtype=bool, na_value=False)
    bribe = u.str.contains(BRIBERY, case=False, regex=True).to_numpy(dtype=bool, na_value=False)
    return pd.DataFrame({
        "category": categorical(codes, first.tolist(), values.index, na_label=UNKNOWN),
        "group": categorical(codes, np.where(corrupt, "corruption", "general").tolist(), values.index,
                             na_label="general"),
        "bribery": np.append(bribe, False)[codes]}, index=values.index)


def first_item(values: pd.Series) -> pd.Series:
    """The first comma-separated item of each cell (Traffy's organization lists several units), categorical."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    u = pd.Series(uniques, dtype="str").str.split(",").str[0].str.strip().replace("", UNKNOWN)
    return categorical(codes, u.tolist(), values.index, na_label=UNKNOWN)
