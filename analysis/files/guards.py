"""File guards run before any parser: size cap, format by content, zip bombs, XML entities, passwords."""
from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path
from typing import NoReturn

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from analysis.common import settings
from analysis.common.report import IngestError, IngestReport, Problem

MB = 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
MAX_RATIO = 200                 # a member compressed more than 200:1 …
RATIO_MIN_BYTES = 10 * MB       # … and larger than 10 MB uncompressed is refused
XML_HEAD_MAX = 64 * 1024        # the root element must start within this many bytes of an XML part
SMALL_XML_MAX = 2 * MB          # parts parsed in full with defusedxml when no larger than this

# Format names returned by guard(); label used in messages (Thai and English alike).
LABELS = {
    "xlsx": "Excel (.xlsx)", "xlsb": "Excel (.xlsb)", "xls": "Excel 97–2003 (.xls)",
    "ods": "OpenDocument (.ods)", "csv": "CSV",
}
_FAMILY_BY_EXT = {
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".xltx": "xlsx", ".xltm": "xlsx", ".xlsb": "xlsb",
    ".xls": "xls", ".xlt": "xls", ".ods": "ods", ".ots": "ods",
    ".csv": "csv", ".txt": "csv", ".tsv": "csv", ".tab": "csv",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OTHER_MAGICS = (   # (magic, Thai name, English name)
    (b"%PDF", "เอกสาร PDF", "a PDF document"),
    (b"\x89PNG", "รูปภาพ PNG", "a PNG image"),
    (b"\xff\xd8\xff", "รูปภาพ JPEG", "a JPEG image"),
    (b"GIF8", "รูปภาพ GIF", "a GIF image"),
    (b"{\\rtf", "เอกสาร RTF (Word)", "an RTF (Word) document"),
    (b"Rar!", "ไฟล์บีบอัด RAR", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "ไฟล์บีบอัด 7-Zip", "a 7-Zip archive"),
    (b"\x1f\x8b", "ไฟล์บีบอัด gzip", "a gzip archive"),
)
_SAVE_AS_TH = "เปิดไฟล์ใน Excel หรือ LibreOffice แล้วเลือก “บันทึกเป็น” สมุดงาน Excel (.xlsx) แล้วอัปโหลดไฟล์ใหม่"
_SAVE_AS_EN = "open it in Excel or LibreOffice, choose “Save As” Excel Workbook (.xlsx) and upload the new file"
_ROOT_START = re.compile(r"<[A-Za-z_]")


def refuse(report: IngestReport, code: str, message_th: str, message_en: str,
           fix_th: str, fix_en: str) -> NoReturn:
    """Add an error Problem for the whole file to the report and raise IngestError(report)."""
    report.add(Problem("error", code, message_th, message_en, fix_th, fix_en, file=report.file))
    raise IngestError(report)


def refuse_corrupt(report: IngestReport, reason: object) -> NoReturn:
    """Refuse a damaged or unreadable file, quoting the parser's short reason."""
    why = " ".join(str(reason).split())[:200] or type(reason).__name__
    refuse(report, "file_corrupt",
           f"ไฟล์เสียหายหรืออ่านไม่ได้ ({why})", f"the file is damaged or cannot be read ({why})",
           "เปิดไฟล์ต้นฉบับใน Excel ตรวจว่าเปิดได้ครบ แล้วบันทึกเป็นไฟล์ใหม่ (.xlsx) หรือดาวน์โหลดไฟล์มาใหม่ แล้วอัปโหลดอีกครั้ง",
           "open the original in Excel, check it opens completely, save it as a new file (.xlsx) "
           "or download it again, then upload it again")


def guard(data: bytes, file_name: str, report: IngestReport) -> str:
    """The file's format by content ("xlsx", "xlsb", "xls", "ods" or "csv") once every guard passed.

    Raises IngestError with a bilingual Problem for empty, oversized, unknown, encrypted, corrupt or
    malicious files. Notes (report.assume) when the name's extension disagrees with the content.
    """
    check_size(data, report)
    head = data[:8]
    if head.startswith(_ZIP_MAGICS):
        kind = _check_zip(data, report)
    elif head.startswith(_OLE_MAGIC):
        kind = _check_ole(data, report)
    else:
        kind = _check_text(data, report)
    ext = Path(file_name).suffix.lower()
    named = _FAMILY_BY_EXT.get(ext)
    if named != kind and not (named == "xlsx" and kind == "xlsb"):
        shown = ext or "(ไม่มีนามสกุล)"
        report.assume(f"ชื่อไฟล์ลงท้ายด้วย {shown} แต่เนื้อในเป็น {LABELS[kind]} จึงอ่านตามเนื้อใน",
                      f"the name ends in {ext or '(no extension)'} but the content is {LABELS[kind]}; read by content")
        report.add(Problem("info", "extension_mismatch",
                           f"นามสกุลไฟล์ {shown} ไม่ตรงกับเนื้อใน ({LABELS[kind]}) — อ่านตามเนื้อใน",
                           f"the extension {ext or '(none)'} does not match the content ({LABELS[kind]}); read by content",
                           "ไม่ต้องแก้ก็ได้ หรือเปลี่ยนชื่อไฟล์ให้ลงท้ายตามชนิดจริง",
                           "nothing to do; or rename the file to match its real type", file=report.file))
    return kind


def check_size(data: bytes, report: IngestReport) -> None:
    if not data:
        refuse(report, "file_empty", "ไฟล์ว่างเปล่า (0 ไบต์)", "the file is empty (0 bytes)",
               "ตรวจว่าบันทึกไฟล์เสร็จแล้วและเลือกไฟล์ถูกตัว แล้วอัปโหลดใหม่",
               "check that the file was saved completely and that you picked the right file, then upload it again")
    cap = settings.get_int("ITA_MAX_UPLOAD_MB")
    if len(data) > cap * MB:
        size = len(data) / MB
        refuse(report, "file_too_large",
               f"ไฟล์มีขนาด {size:,.1f} MB เกินขีดจำกัด {cap} MB",
               f"the file is {size:,.1f} MB, over the {cap} MB limit",
               "ลบชีต แถว หรือรูปภาพที่ไม่ใช้ หรือแยกเป็นหลายไฟล์ (ผู้ดูแลระบบปรับขีดจำกัดได้ที่ ITA_MAX_UPLOAD_MB)",
               "remove unused sheets, rows or pictures, or split it into several files "
               "(an administrator can raise the limit with ITA_MAX_UPLOAD_MB)")


def _check_zip(data: bytes, report: IngestReport) -> str:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # BadZipFile, struct/Value errors from a damaged directory
        refuse_corrupt(report, f"zip: {exc}")
    if len(infos) > MAX_ZIP_MEMBERS:
        refuse(report, "zip_too_many_members",
               f"ไฟล์มีส่วนประกอบภายใน {len(infos):,} ชิ้น เกิน {MAX_ZIP_MEMBERS:,} ชิ้น ซึ่งผิดปกติสำหรับสเปรดชีต",
               f"the file holds {len(infos):,} internal parts, more than {MAX_ZIP_MEMBERS:,}, "
               "which is not normal for a spreadsheet", _SAVE_AS_TH, _SAVE_AS_EN)
    total = sum(i.file_size for i in infos)
    cap = settings.get_int("ITA_MAX_UNCOMPRESSED_MB")
    if total > cap * MB:
        refuse(report, "zip_too_large",
               f"เมื่อแตกไฟล์ออกจะมีขนาด {total / MB:,.0f} MB เกินขีดจำกัด {cap} MB (อาจเป็นไฟล์อันตรายแบบ zip bomb)",
               f"unpacked, the file would be {total / MB:,.0f} MB, over the {cap} MB limit (possibly a zip bomb)",
               "ถ้าเป็นไฟล์จริง ให้ลบชีตหรือแถวที่ไม่ใช้ หรือแยกเป็นหลายไฟล์ แล้วบันทึกใหม่ "
               "(ผู้ดูแลระบบปรับขีดจำกัดได้ที่ ITA_MAX_UNCOMPRESSED_MB)",
               "if the file is genuine, remove unused sheets or rows or split it into several files and save again "
               "(an administrator can raise the limit with ITA_MAX_UNCOMPRESSED_MB)")
    for info in infos:
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            refuse(report, "zip_bomb",
                   f"ส่วนประกอบ {info.filename} ถูกบีบอัดไว้ {ratio:,.0f} เท่า ซึ่งผิดปกติ (อาจเป็นไฟล์อันตรายแบบ zip bomb)",
                   f"the part {info.filename} is compressed {ratio:,.0f} to 1, which is abnormal (possibly a zip bomb)",
                   _SAVE_AS_TH, _SAVE_AS_EN)
    names = {i.filename for i in infos}
    kind = _zip_kind(zf, names, report)
    if kind == "ods" and "META-INF/manifest.xml" in names:   # encrypted ODS parts are listed in the manifest
        try:
            encrypted = b"encryption-data" in _read_small(zf, "META-INF/manifest.xml")
        except Exception as exc:
            refuse_corrupt(report, f"META-INF/manifest.xml: {exc}")
        if encrypted:
            refuse_password(report)
    check_xml_parts(zf, infos, report)
    return kind


def _read_small(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > SMALL_XML_MAX:
        return b""
    with zf.open(info) as fh:
        return fh.read(SMALL_XML_MAX + 1)


def _zip_kind(zf: zipfile.ZipFile, names: set[str], report: IngestReport) -> str:
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    mimetype = b""
    if "mimetype" in names:
        try:
            mimetype = _read_small(zf, "mimetype")[:100]
        except Exception as exc:
            refuse_corrupt(report, f"mimetype: {exc}")
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet") or (
            not mimetype and "content.xml" in names):
        return "ods"
    if "word/document.xml" in names or mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        _refuse_unknown(report, "เอกสาร Word", "a Word document")
    if "ppt/presentation.xml" in names or mimetype.startswith(b"application/vnd.oasis.opendocument.presentation"):
        _refuse_unknown(report, "งานนำเสนอ PowerPoint", "a PowerPoint presentation")
    refuse(report, "format_unknown",
           "ไฟล์นี้เป็นไฟล์บีบอัด (zip) ที่ไม่ใช่สเปรดชีต", "this is a zip archive, not a spreadsheet",
           "แตกไฟล์ zip ออกก่อน แล้วอัปโหลดไฟล์ .xlsx, .xls, .ods หรือ .csv ที่อยู่ข้างใน",
           "unzip it first and upload the .xlsx, .xls, .ods or .csv file inside")


def check_xml_parts(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], report: IngestReport) -> None:
    """Refuse DOCTYPE/ENTITY declarations: scan the head of every XML part, parse small key parts in full."""
    for info in infos:
        low = info.filename.lower()
        if not low.endswith((".xml", ".rels", ".vml")) or info.is_dir():
            continue
        try:
            with zf.open(info) as fh:
                head = b""
                while len(head) < XML_HEAD_MAX:
                    chunk = fh.read(4096)
                    if not chunk:
                        break
                    head += chunk
                    if _ROOT_START.search(_xml_text(head)):
                        break
        except RuntimeError as exc:  # zip-level password ("File ... is encrypted")
            if "encrypted" in str(exc):
                refuse_password(report)
            refuse_corrupt(report, f"{info.filename}: {exc}")
        except Exception as exc:
            refuse_corrupt(report, f"{info.filename}: {exc}")
        text = _xml_text(head)
        lowered = text.lower()
        if "<!doctype" in lowered or "<!entity" in lowered:
            _refuse_entities(report, info.filename)
        if not _ROOT_START.search(text) and len(head) >= XML_HEAD_MAX:
            _refuse_entities(report, info.filename)
        if info.file_size <= SMALL_XML_MAX and low in (
                "[content_types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels",
                "meta-inf/manifest.xml"):
            try:
                safe_et.fromstring(zf.read(info), forbid_dtd=True)
            except DefusedXmlException:
                _refuse_entities(report, info.filename)
            except Exception as exc:
                refuse_corrupt(report, f"{info.filename}: {exc}")


def _xml_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore")
    if head.startswith(b"<\x00"):
        return head.decode("utf-16-le", "ignore")
    if head.startswith(b"\x00<"):
        return head.decode("utf-16-be", "ignore")
    return head.decode("utf-8", "ignore")


def _refuse_entities(report: IngestReport, part: str) -> NoReturn:
    refuse(report, "xml_entities",
           f"ส่วนประกอบ {part} ในไฟล์มีการประกาศ DOCTYPE/ENTITY ซึ่งสเปรดชีตปกติไม่มี และอาจเป็นการโจมตี "
           "(XML entity / billion laughs) จึงไม่อ่านไฟล์นี้",
           f"the part {part} declares a DOCTYPE/ENTITY, which normal spreadsheets never do and may be an attack "
           "(XML entity expansion / billion laughs); the file was not read",
           "ถ้าไฟล์มาจากแหล่งที่เชื่อถือได้ ให้เปิดใน Excel แล้ว “บันทึกเป็น” .xlsx ไฟล์ใหม่ แล้วอัปโหลดใหม่ "
           "ถ้าไม่แน่ใจที่มา อย่าเปิดไฟล์นี้",
           "if the file comes from a trusted source, open it in Excel, “Save As” a new .xlsx and upload that; "
           "if you are unsure where it came from, do not open it")


def refuse_password(report: IngestReport) -> NoReturn:
    refuse(report, "file_encrypted",
           "ไฟล์มีรหัสผ่าน จึงอ่านข้อมูลไม่ได้", "the file is password-protected, so its data cannot be read",
           "เปิดไฟล์ใน Excel ด้วยรหัสผ่าน แล้วบันทึกเป็นไฟล์ใหม่โดยไม่ใส่รหัสผ่าน "
           "(ไฟล์ › ข้อมูล › ป้องกันเวิร์กบุ๊ก › เข้ารหัสด้วยรหัสผ่าน › ลบรหัสผ่านออก) แล้วอัปโหลดไฟล์ใหม่",
           "open it in Excel with its password and save a copy without a password "
           "(File › Info › Protect Workbook › Encrypt with Password › clear it), then upload the copy")


def _refuse_unknown(report: IngestReport, what_th: str, what_en: str) -> NoReturn:
    refuse(report, "format_unknown",
           f"ไฟล์นี้เป็น{what_th} ไม่ใช่สเปรดชีต", f"this file is {what_en}, not a spreadsheet",
           "อัปโหลดไฟล์ผลคะแนนในรูปแบบ .xlsx, .xls, .ods หรือ .csv "
           "(ถ้าข้อมูลอยู่ในเอกสาร ให้คัดลอกตารางไปวางใน Excel แล้วบันทึกเป็น .xlsx)",
           "upload the results as .xlsx, .xls, .ods or .csv "
           "(if the data is in a document, copy the table into Excel and save it as .xlsx)")


def _check_ole(data: bytes, report: IngestReport) -> str:
    try:
        names = ole_stream_names(data)
    except Exception as exc:  # a damaged container would make the parser fail (or panic) anyway
        refuse_corrupt(report, f"OLE2: {exc}")
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        refuse_password(report)
    if "Workbook" in names or "Book" in names:
        return "xls"
    if "WordDocument" in names:
        _refuse_unknown(report, "เอกสาร Word (.doc)", "a Word document (.doc)")
    if "PowerPoint Document" in names:
        _refuse_unknown(report, "งานนำเสนอ PowerPoint (.ppt)", "a PowerPoint presentation (.ppt)")
    _refuse_unknown(report, "ไฟล์ Microsoft Office ชนิดอื่น", "another kind of Microsoft Office file")


_END = 0xFFFFFFFA  # sector numbers at or above this are markers (free, end of chain, FAT, DIFAT)


def ole_stream_names(data: bytes) -> set[str]:
    """The names of the storages and streams in an OLE2 (Compound File) container's directory.

    Raises ValueError when the header, the allocation table or the directory lies past the end of the data.
    """
    if len(data) < 512:
        raise ValueError("shorter than an OLE2 header")
    u32 = struct.Struct("<I").unpack_from
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        raise ValueError(f"bad sector shift {shift}")
    size = 1 << shift

    def sector_at(number: int) -> bytes:
        block = data[(number + 1) * size:(number + 2) * size]
        if len(block) < size:
            raise ValueError(f"sector {number} lies past the end of the file (truncated?)")
        return block

    n_fat, first_dir = u32(data, 44)[0], u32(data, 48)[0]
    difat_sec, n_difat = u32(data, 68)[0], u32(data, 72)[0]
    difat = list(struct.unpack_from("<109I", data, 76))
    for _ in range(min(n_difat, len(data) // size)):
        if difat_sec >= _END:
            break
        entries = struct.unpack(f"<{size // 4}I", sector_at(difat_sec))
        difat.extend(entries[:-1])
        difat_sec = entries[-1]
    fat_bytes = b"".join(sector_at(s) for s in difat[:n_fat] if s < _END)
    fat = struct.unpack(f"<{len(fat_bytes) // 4}I", fat_bytes)
    names: set[str] = set()
    sector, seen = first_dir, set()
    while sector < _END and sector not in seen:
        seen.add(sector)
        block = sector_at(sector)
        for off in range(0, size, 128):
            length, kind = struct.unpack_from("<HB", block, off + 64)
            if kind in (1, 2, 5) and 2 <= length <= 64:
                names.add(block[off:off + length - 2].decode("utf-16-le", "replace"))
        sector = fat[sector] if sector < len(fat) else _END
    if not names:
        raise ValueError("empty directory")
    return names


def _check_text(data: bytes, report: IngestReport) -> str:
    for magic, th, en in _OTHER_MAGICS:
        if data.startswith(magic):
            _refuse_unknown(report, th, en)
    head = data[:4096]
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    sniff = head.decode("utf-16" if utf16 else "utf-8", "ignore").lstrip("\ufeff \t\r\n").lower()
    if sniff.startswith(("<!doctype html", "<html", "<table")) or ("<html" in sniff and "<table" in sniff):
        refuse(report, "format_unsupported",
               "ไฟล์นี้เป็นหน้าเว็บ (HTML) ที่ตั้งชื่อเป็นไฟล์สเปรดชีต ซึ่งระบบส่งออกบางระบบทำแบบนี้",
               "this file is a web page (HTML) named like a spreadsheet, as some export systems produce",
               _SAVE_AS_TH, _SAVE_AS_EN)
    if sniff.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in sniff:
        refuse(report, "format_unsupported",
               "ไฟล์นี้เป็น XML Spreadsheet 2003 ซึ่งยังไม่รองรับ", "this is an XML Spreadsheet 2003 file, which is not supported",
               _SAVE_AS_TH, _SAVE_AS_EN)
    if not utf16 and b"\x00" in data[:8192]:
        refuse(report, "format_unknown",
               "อ่านชนิดไฟล์ไม่ได้: ไม่ใช่ Excel (.xlsx/.xls), OpenDocument (.ods) หรือ CSV",
               "unknown file type: not Excel (.xlsx/.xls), OpenDocument (.ods) or CSV",
               "อัปโหลดไฟล์ผลคะแนนในรูปแบบ .xlsx, .xls, .ods หรือ .csv",
               "upload the results as .xlsx, .xls, .ods or .csv")
    return "csv"
