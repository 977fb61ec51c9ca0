"""Personal data (Thailand's PDPA): find names, national IDs, phones, e-mails, addresses and free text; drop or mask them."""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.common.normalise import THAI_DIGITS, norm_header
from analysis.common.text import msg, render

# The reasons a column is personal data; each is named in the report by the catalogue code "pdpa.<reason>".
REASONS = ("name", "national_id", "phone", "email", "address", "free_text", "photo")
_HEADER_ALIASES = {
    "name": ("ชื่อ", "ชื่อผู้ร้อง", "ชื่อผู้ร้องเรียน", "ชื่อผู้แจ้ง", "ชื่อ นามสกุล", "ชื่อ สกุล", "ชื่อสกุล", "นามสกุล",
             "ผู้ร้อง", "ผู้ร้องเรียน", "ผู้แจ้ง", "ผู้แจ้งเรื่อง", "name", "full name", "first name", "last name",
             "surname", "complainant", "reporter", "complainant name"),
    "national_id": ("เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "บัตรประชาชน", "เลขบัตรประจำตัวประชาชน",
                    "national id", "citizen id", "id card", "id card no", "national id no", "thai id"),
    "phone": ("โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "หมายเลขโทรศัพท์", "มือถือ", "เบอร์มือถือ", "โทร", "phone",
              "tel", "telephone", "mobile", "phone number", "contact number"),
    "email": ("อีเมล", "อีเมล์", "e mail", "email", "email address"),
    "address": ("ที่อยู่", "ที่อยู่ผู้ร้อง", "ที่อยู่ผู้ร้องเรียน", "ที่อยู่ที่ติดต่อได้", "address", "home address",
                "coords", "coordinates", "พิกัด", "ละติจูด", "ลองจิจูด", "latitude", "longitude", "lat", "lon"),
    "free_text": ("รายละเอียด", "รายละเอียดเรื่อง", "รายละเอียดการร้องเรียน", "ข้อความ", "เรื่อง", "เรื่องร้องเรียน",
                  "comment", "comments", "description", "detail", "details", "message", "text", "หมายเหตุ",
                  "remark", "remarks", "note", "notes", "ความคิดเห็น", "ข้อเสนอแนะ"),
    "photo": ("photo", "photo after", "photos", "image", "รูป", "รูปภาพ", "ภาพถ่าย"),
}
HEADER_REASON: dict[str, str] = {norm_header(a): reason for reason, aliases in _HEADER_ALIASES.items() for a in aliases}

# Name headers by pattern (issue 10.5): the header, without spaces, is wholly made of name words (Thai: ชื่อ, สกุล,
# นามสกุล, ผู้ร้อง, ผู้ร้องเรียน, ผู้แจ้ง …; English: name, surname, first/last/full name, complainant …) joined
# by nothing, spaces or -, /, () (norm_header turns those into spaces), and holds at least one core word. A header
# with another word in it (ชื่อหน่วยงาน, ชื่อเรื่อง, unit name) is another concept and is not a name.
_NAME_WORDS = ("ชื่อ|นามสกุล|สกุล|ผู้ร้องเรียน|ผู้ร้องทุกข์|ผู้ร้อง|ผู้แจ้งเรื่อง|ผู้แจ้งเหตุ|ผู้แจ้ง|และ|ของ|หรือ"
               "|complainants?|reporters?|fullname|firstname|lastname|givenname|familyname|surname|names?|first"
               "|last|full|given|family|middle|of|and|or|the|s")
NAME_HEADER = re.compile(f"(?:{_NAME_WORDS})+")
_NAME_CORE = re.compile(r"ชื่อ|สกุล|ผู้ร้อง|ผู้แจ้ง|name|complainant|reporter")
# Name cells by content: a title, then one to three words and nothing else ("นายสมชาย ใจดี", "Mrs. Jane Doe").
# Words that begin like a title but are offices or trades (นายก, นายอำเภอ, นางพยาบาล …) are not names.
_NOT_TITLED = "ก|อำเภอ|ทะเบียน|ช่าง|จ้าง|ตรวจ|ประกัน|หน้า|ด่าน|พยาบาล|แบบ|ฟ้า"
NAME_CELL = re.compile(rf"(?:นางสาว|เด็กชาย|เด็กหญิง|นาง(?!{_NOT_TITLED})|นาย(?!{_NOT_TITLED})|น\.\s?ส\.|ด\.\s?ช\.|"
                       rf"ด\.\s?ญ\.)\s*[ก-๛]+(?:\s+[ก-๛.]+){{0,2}}"
                       r"|(?:mr|mrs|ms|miss)(?:\.\s*|\s+)[a-z][a-z'-]*(?:\s+[a-z][a-z.'-]*){0,2}", re.IGNORECASE)

_ID_RUN = r"(?<!\d)\d(?:[ -]?\d){12}(?!\d)"            # 13 digits, optionally grouped 1-2345-67890-12-3
PHONE = r"(?<![\d+])(?:\+66[ -]?\d|0\d)(?:[ -]?\d){7,8}(?!\d)"   # 0 + 8–9 digits or +66; 1555/1111 never match
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# Titles and ranks a name follows: civil, academic, medical, police and military (the dotted ones as written)
_RANKS = ("พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.",
          "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.", "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "ร.อ.", "ร.ท.", "ร.ต.",
          "จ.ส.อ.", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "ผศ.", "รศ.", "ศ.", "ดร.", "นพ.",
          "พญ.", "ทพ.", "ภก.")
_RANK_RX = "|".join(re.escape(r).replace(r"\.", r"\.\s?") for r in sorted(_RANKS, key=len, reverse=True))
NAME_AFTER_TITLE = (rf"(?:{_RANK_RX}|นางสาว|นาง|นาย|น\.ส\.|ด\.ช\.|ด\.ญ\.|คุณ|dr\.?|mr\.?|mrs\.?|ms\.?|miss)\s*"
                    r"[ก-๛A-Za-z]+(?:\s+[ก-๛A-Za-z]+)?")
# A name without a title after a word that introduces one ("ติดต่อ สมชาย ใจดี", "ผู้แจ้ง: มาลี ศรีสุข")
NAME_AFTER_CUE = (r"((?:ชื่อผู้ร้อง|ชื่อผู้แจ้ง|ผู้ร้องเรียน|ผู้ร้อง|ผู้แจ้ง|ติดต่อคุณ|ติดต่อ|แจ้งโดย|ชื่อ)(?:\s*[:：]\s*|\s+))"
                  r"(?!\[)[ก-๛]{2,}\s+[ก-๛]{2,}")
# Phones as people write them: (081) 234-5678, 081.234.5678, +66 (0)81 234 5678, 02-123-4567
PHONE_WRITTEN = r"(?<![\w+])(?:\+66\s*(?:\(0\)\s*)?|\(?0)\d(?:[\s.\-)]{0,2}\d){7,8}(?!\d)"
# A house address: บ้านเลขที่ 12/3 (หมู่ 4) — street and district names alone are not (categories use them)
ADDRESS = r"(?:บ้านเลขที่|เลขที่)\s*\d+(?:/\d+)?(?:\s*(?:หมู่ที่|หมู่|ม\.)\s*\d+)?"
# A LINE account: "LINE @somchai", "line id: somchai99", "ไลน์ somchai", or an @id on its own
LINE_ID = r"(?:(?:line|ไลน์)\s*(?:id|ไอดี)?\s*[:：]?\s*@?[\w.\-]+)|(?<![\w@])@[A-Za-z0-9_.\-]{3,}"
CONTENT_SHARE = 0.5         # a column is personal when half its filled cells are wholly an ID, phone, e-mail or name
SAMPLE = 5000


def _arabic(s: pd.Series) -> pd.Series:
    """Thai digits replaced by Arabic ones (the per-value translate only runs when a Thai digit is present)."""
    return s.str.translate(THAI_DIGITS) if s.str.contains("[๐-๙]", regex=True).any() else s


def thai_id_valid(text: str) -> bool:
    """True when text (digits, spaces and dashes) is a 13-digit Thai national ID with a valid check digit."""
    digits = re.sub(r"[ -]", "", str(text).translate(THAI_DIGITS))
    if len(digits) != 13 or not digits.isdecimal():
        return False
    d = [int(c) for c in digits]
    return (11 - sum(d[i] * (13 - i) for i in range(12)) % 11) % 10 == d[12]


def valid_ids(values: pd.Series) -> np.ndarray:
    """Mask of cells that are wholly a valid 13-digit national ID (vectorised checksum)."""
    s = _arabic(values.astype("str")).str.replace(r"[ -]", "", regex=True)
    ok = s.str.fullmatch(r"\d{13}").fillna(False).to_numpy(dtype=bool)
    if not ok.any():
        return ok
    digits = np.frombuffer("".join(s[ok].tolist()).encode("ascii"), dtype=np.uint8).reshape(-1, 13) - 48
    weights = np.arange(13, 1, -1)
    check = (11 - (digits[:, :12] * weights).sum(axis=1) % 11) % 10
    out = np.zeros(len(s), dtype=bool)
    out[np.flatnonzero(ok)] = check == digits[:, 12]
    return out


def content_reason(values: pd.Series) -> str | None:
    """'national_id', 'email', 'phone' or 'name' (a title and a name, e.g. นายสมชาย ใจดี, Mrs. Jane Doe) when at
    least half of a sample of the column's filled cells are wholly such values, else None."""
    s = values.dropna().astype("str").str.strip()
    s = s[s != ""]
    if s.empty:
        return None
    s = _arabic(s.iloc[:SAMPLE])
    for reason, hit in (("national_id", lambda x: valid_ids(x)),
                        ("email", lambda x: x.str.fullmatch(EMAIL).fillna(False).to_numpy(dtype=bool)),
                        ("phone", lambda x: x.str.fullmatch(PHONE).fillna(False).to_numpy(dtype=bool)),
                        ("name", lambda x: x.str.fullmatch(NAME_CELL).fillna(False).to_numpy(dtype=bool))):
        if hit(s).mean() >= CONTENT_SHARE:
            return reason
    return None


def contains_personal(values: pd.Series) -> np.ndarray:
    """Mask of cells holding, anywhere in the text, a valid national ID, a phone number or an e-mail address."""
    s = _arabic(values.astype("str"))
    found = s.str.contains(PHONE, regex=True).to_numpy(dtype=bool, na_value=False).copy()
    found |= s.str.contains(EMAIL, regex=True).fillna(False).to_numpy(dtype=bool)
    runs = s.str.contains(_ID_RUN, regex=True).fillna(False).to_numpy(dtype=bool)
    if runs.any():
        idx = np.flatnonzero(runs)
        ids = s.iloc[idx].str.extractall(f"({_ID_RUN})")[0]
        good = valid_ids(ids)
        hit = ids.index.get_level_values(0)[good]
        found[s.index.get_indexer(pd.Index(hit).unique())] = True
    return found


def mask_text(values: pd.Series) -> pd.Series:
    """The text (as a categorical Series) with national IDs, phones, e-mails and names after a title masked.

    Masks: [เลขประชาชน], [โทรศัพท์] (also as written with brackets, dots or +66 (0)), [อีเมล], [ไลน์], [ที่อยู่]
    (a house number), [ชื่อ] (after a title or rank, or after a word that introduces a name). Any 13-digit run is masked (valid checksum or not),
    so a mistyped ID is not shown either. Distinct values are masked once (vectorised on the column)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    u = _arabic(pd.Series(uniques, dtype="str"))
    u = u.str.replace(EMAIL, "[อีเมล]", regex=True)
    u = u.str.replace(_ID_RUN, "[เลขประชาชน]", regex=True)
    u = u.str.replace(PHONE, "[โทรศัพท์]", regex=True)
    u = u.str.replace(PHONE_WRITTEN, "[โทรศัพท์]", regex=True)
    u = u.str.replace(LINE_ID, "[ไลน์]", regex=True, flags=re.IGNORECASE)
    u = u.str.replace(ADDRESS, "[ที่อยู่]", regex=True)
    u = u.str.replace(NAME_AFTER_TITLE, "[ชื่อ]", regex=True, flags=re.IGNORECASE)
    u = u.str.replace(NAME_AFTER_CUE, r"\1[ชื่อ]", regex=True)
    new_codes, cats = pd.factorize(u, use_na_sentinel=True)
    full = np.append(new_codes, -1).astype("int64")[codes]
    return pd.Series(pd.Categorical.from_codes(full, categories=pd.Index(cats, dtype="str")), index=values.index)


@dataclass(frozen=True)
class Removed:
    """One column taken out of an upload, and why (a PDPA reason or 'unused')."""
    column: str
    reason: str            # a key of REASONS, or "unused"
    by: str                # "header" | "content" | ""

    def message(self) -> dict:
        """The column and why it was removed, as a catalogue message (analysis.common.text)."""
        reason = f"pdpa.{self.reason}" if self.reason in REASONS else "pdpa.unused"
        by = msg(f"pdpa.by_{self.by}") if self.by in ("header", "content") else ""
        return msg("pdpa.removed", column=self.column, reason=msg(reason), by=by)

    def text(self, lang: str = "th") -> str:
        """'ชื่อผู้ร้อง (ชื่อบุคคล — จากชื่อคอลัมน์)' in the chosen language."""
        return render(self.message(), lang)


def is_name_header(header) -> bool:
    """True when a header names a person by pattern: ชื่อ-สกุลผู้ร้อง, ชื่อ - นามสกุล, ชื่อ/สกุล, ชื่อผู้แจ้ง,
    First name, Complainant's name …; False for ชื่อหน่วยงาน, ชื่อเรื่อง, Unit name and other concepts."""
    compact = norm_header(header).replace(" ", "")
    return bool(compact) and NAME_HEADER.fullmatch(compact) is not None and _NAME_CORE.search(compact) is not None


def header_reason(header) -> str | None:
    """The PDPA reason a column header stands for (name, national_id, phone, email, address, free_text, photo)."""
    h = norm_header(header)
    if h in HEADER_REASON:
        return HEADER_REASON[h]
    if is_name_header(h):
        return "name"
    for prefix, reason in (("ชื่อผู้", "name"), ("เลขประจำตัวประชาชน", "national_id"), ("เบอร์", "phone"),
                           ("โทรศัพท์", "phone"), ("อีเมล", "email"), ("ที่อยู่", "address"), ("รายละเอียด", "free_text")):
        if h.startswith(prefix):
            return reason
    return None


def personal_columns(frame: pd.DataFrame, columns=None) -> list[Removed]:
    """Every column (of `columns`, default all) that holds personal data, judged by header first, then content."""
    out = []
    for col in (frame.columns if columns is None else columns):
        reason = header_reason(col)
        if reason is not None:
            out.append(Removed(str(col), reason, "header"))
            continue
        if frame[col].dtype.kind in "iufMb":
            continue
        reason = content_reason(frame[col])
        if reason is not None:
            out.append(Removed(str(col), reason, "content"))
    return out
