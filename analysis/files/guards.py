"""File guards run before any parser: size cap, format by content, zip bombs, XML entities, passwords."""
from __future__ import annotations

import io
import logging
import re
import struct
import zipfile
from pathlib import Path
from typing import NoReturn

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from analysis.common import mime, settings
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.text import msg

log = logging.getLogger(__name__)

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
_OTHER_MAGICS = (   # (magic, catalogue code of what the file is)
    (b"%PDF", "files.kind_pdf"),
    (b"\x89PNG", "files.kind_png"),
    (b"\xff\xd8\xff", "files.kind_jpeg"),
    (b"GIF8", "files.kind_gif"),
    (b"{\\rtf", "files.kind_rtf"),
    (b"Rar!", "files.kind_rar"),
    (b"7z\xbc\xaf\x27\x1c", "files.kind_7z"),
    (b"\x1f\x8b", "files.kind_gzip"),
)
_ROOT_START = re.compile(r"<[A-Za-z_]")


def refuse(report: IngestReport, code: str, message: str, fix: str, /, **params) -> NoReturn:
    """Add an error Problem for the whole file (message and fix by catalogue code) and raise IngestError(report)."""
    report.add(Problem("error", code, message, fix, params, file=report.file))
    raise IngestError(report)


def refuse_corrupt(report: IngestReport, reason: object) -> NoReturn:
    """Refuse a damaged or unreadable file, quoting the parser's short reason (an exception is logged with its
    traceback)."""
    if isinstance(reason, BaseException):
        log.warning("%s: unreadable file", report.file, exc_info=reason)
    why = " ".join(str(reason).split())[:200] or type(reason).__name__
    refuse(report, "file_corrupt", "files.corrupt", "files.corrupt_fix", why=why)


def _refuse_on(report: IngestReport, where: str, exc: Exception) -> NoReturn:
    """Refuse a file whose part `where` made a parser fail unexpectedly (logged with the traceback)."""
    log.warning("%s: %s could not be read", report.file, where, exc_info=exc)
    refuse_corrupt(report, f"{where}: {exc}")


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
        report.assume("files.extension_assumed", ext=ext or msg("files.no_extension"), kind=LABELS[kind])
        report.add(Problem("info", "extension_mismatch", "files.extension_mismatch", "files.extension_mismatch_fix",
                           {"ext": ext or msg("files.no_extension_short"), "kind": LABELS[kind]}, file=report.file))
    return kind


def check_size(data: bytes, report: IngestReport) -> None:
    if not data:
        refuse(report, "file_empty", "files.empty", "files.empty_fix")
    cap = settings.get_int("ITA_MAX_UPLOAD_MB")
    if len(data) > cap * MB:
        refuse(report, "file_too_large", "files.too_large", "files.too_large_fix", size=len(data) / MB, cap=cap)


def _check_zip(data: bytes, report: IngestReport) -> str:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # BadZipFile, struct/Value errors from a damaged directory
        _refuse_on(report, "zip", exc)
    if len(infos) > MAX_ZIP_MEMBERS:
        refuse(report, "zip_too_many_members", "files.zip_too_many_members", "files.save_as_fix",
               n=len(infos), limit=MAX_ZIP_MEMBERS)
    total = sum(i.file_size for i in infos)
    cap = settings.get_int("ITA_MAX_UNCOMPRESSED_MB")
    if total > cap * MB:
        refuse(report, "zip_too_large", "files.zip_too_large", "files.zip_too_large_fix", size=total / MB, cap=cap)
    for info in infos:
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            refuse(report, "zip_bomb", "files.zip_bomb", "files.save_as_fix", part=info.filename, ratio=ratio)
    names = {i.filename for i in infos}
    kind = _zip_kind(zf, names, report)
    if kind == "ods" and "META-INF/manifest.xml" in names:   # encrypted ODS parts are listed in the manifest
        try:
            encrypted = b"encryption-data" in _read_small(zf, "META-INF/manifest.xml")
        except Exception as exc:
            _refuse_on(report, "META-INF/manifest.xml", exc)
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
            _refuse_on(report, "mimetype", exc)
    if mimetype.startswith(mime.ODS.encode()) or (
            not mimetype and "content.xml" in names):
        return "ods"
    if "word/document.xml" in names or mimetype.startswith(mime.ODT.encode()):
        _refuse_unknown(report, "files.kind_word")
    if "ppt/presentation.xml" in names or mimetype.startswith(mime.ODP.encode()):
        _refuse_unknown(report, "files.kind_powerpoint")
    refuse(report, "format_unknown", "files.zip_not_spreadsheet", "files.zip_not_spreadsheet_fix")


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
            _refuse_on(report, info.filename, exc)
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
                _refuse_on(report, info.filename, exc)


def _xml_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore")
    if head.startswith(b"<\x00"):
        return head.decode("utf-16-le", "ignore")
    if head.startswith(b"\x00<"):
        return head.decode("utf-16-be", "ignore")
    return head.decode("utf-8", "ignore")


def _refuse_entities(report: IngestReport, part: str) -> NoReturn:
    refuse(report, "xml_entities", "files.xml_entities", "files.xml_entities_fix", part=part)


def refuse_password(report: IngestReport) -> NoReturn:
    refuse(report, "file_encrypted", "files.encrypted", "files.encrypted_fix")


def _refuse_unknown(report: IngestReport, what: str) -> NoReturn:
    """Refuse a file that is some other kind of document (what: the catalogue code naming it)."""
    refuse(report, "format_unknown", "files.not_spreadsheet", "files.not_spreadsheet_fix", what=msg(what))


def _check_ole(data: bytes, report: IngestReport) -> str:
    try:
        names = ole_stream_names(data)
    except Exception as exc:  # a damaged container would make the parser fail (or panic) anyway
        _refuse_on(report, "OLE2", exc)
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        refuse_password(report)
    if "Workbook" in names or "Book" in names:
        return "xls"
    if "WordDocument" in names:
        _refuse_unknown(report, "files.kind_doc")
    if "PowerPoint Document" in names:
        _refuse_unknown(report, "files.kind_ppt")
    _refuse_unknown(report, "files.kind_office")


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
    for magic, what in _OTHER_MAGICS:
        if data.startswith(magic):
            _refuse_unknown(report, what)
    head = data[:4096]
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    sniff = head.decode("utf-16" if utf16 else "utf-8", "ignore").lstrip("\ufeff \t\r\n").lower()
    if sniff.startswith(("<!doctype html", "<html", "<table")) or ("<html" in sniff and "<table" in sniff):
        refuse(report, "format_unsupported", "files.html", "files.save_as_fix")
    if sniff.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in sniff:
        refuse(report, "format_unsupported", "files.xml_2003", "files.save_as_fix")
    if not utf16 and b"\x00" in data[:8192]:
        refuse(report, "format_unknown", "files.unknown_type", "files.unknown_type_fix")
    return "csv"
