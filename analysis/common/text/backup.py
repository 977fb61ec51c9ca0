"""Texts of workspace backup and restore (analysis.store.backup, the backup CLI and the backup page)."""
from __future__ import annotations

_FIX_FILE = {"th": "ใช้ไฟล์ .zip ที่ได้จากคำสั่งสำรองข้อมูลของระบบนี้ (python -m analysis backup หรือหน้าสำรองข้อมูล) "
                   "โดยไม่แก้ไขหรือแตกไฟล์",
             "en": "use a .zip made by this system's backup (python -m analysis backup or the backup page), "
                   "unchanged and not unpacked"}

TEXT: dict[str, dict[str, str]] = {
    "backup.not_zip": {"th": "ไฟล์นี้ไม่ใช่ไฟล์ .zip ที่อ่านได้ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — " + _FIX_FILE["th"],
                       "en": "this file is not a readable .zip; nothing was changed — " + _FIX_FILE["en"]},
    "backup.no_manifest": {"th": "ไม่พบ manifest.json ในไฟล์ .zip นี้ จึงไม่ใช่ไฟล์สำรองของระบบนี้ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — "
                                 + _FIX_FILE["th"],
                           "en": "the .zip has no manifest.json, so it is not a backup of this system; nothing was "
                                 "changed — " + _FIX_FILE["en"]},
    "backup.bad_manifest": {"th": "อ่าน manifest.json ไม่ได้ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — " + _FIX_FILE["th"],
                            "en": "manifest.json cannot be read; nothing was changed — " + _FIX_FILE["en"]},
    "backup.foreign": {"th": "ไฟล์ .zip นี้ไม่ใช่ไฟล์สำรองข้อมูลของระบบนี้ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — " + _FIX_FILE["th"],
                       "en": "this .zip is not a backup of this system; nothing was changed — " + _FIX_FILE["en"]},
    "backup.bad_version": {"th": "ไฟล์สำรองรุ่น {version} ระบบนี้อ่านไม่ได้ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — ใช้ระบบรุ่นเดียวกับที่สำรองไว้",
                           "en": "backup format version {version} cannot be read here; nothing was changed — use "
                                 "the version of the system that made it"},
    "backup.other_schema": {"th": "ไฟล์สำรองมาจากฐานข้อมูลรุ่น {theirs} แต่ฐานข้อมูลนี้เป็นรุ่น {ours} — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — "
                                  "กู้คืนด้วยระบบรุ่นเดียวกับที่สำรองไว้ แล้วจึงปรับรุ่นระบบ",
                            "en": "the backup comes from database revision {theirs} but this database is at {ours}; "
                                  "nothing was changed — restore it with the system version that made it, then "
                                  "upgrade"},
    "backup.unknown_member": {"th": "ไฟล์สำรองมีส่วน {member} ที่ระบบนี้ไม่รู้จัก — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — " + _FIX_FILE["th"],
                              "en": "the backup holds a member {member} this system does not know; nothing was "
                                    "changed — " + _FIX_FILE["en"]},
    "backup.missing_member": {"th": "ไฟล์สำรองขาดส่วน {member} ที่ manifest.json ระบุไว้ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — "
                                    + _FIX_FILE["th"],
                              "en": "the backup lacks the member {member} its manifest lists; nothing was changed — "
                                    + _FIX_FILE["en"]},
    "backup.hash_mismatch": {"th": "ส่วน {member} ของไฟล์สำรองเสียหายหรือถูกแก้ไข (SHA-256 ไม่ตรงกับ manifest.json) — "
                                   "ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — " + _FIX_FILE["th"],
                             "en": "the member {member} is damaged or was edited (its SHA-256 differs from the "
                                   "manifest); nothing was changed — " + _FIX_FILE["en"]},
    "backup.damaged": {"th": "อ่านส่วน {member} ของไฟล์สำรองไม่ได้ (ไฟล์เสียหาย) — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — " + _FIX_FILE["th"],
                       "en": "the member {member} cannot be read (the file is damaged); nothing was changed — "
                             + _FIX_FILE["en"]},
    "backup.too_large": {"th": "ส่วน {member} ของไฟล์สำรองใหญ่ผิดปกติเมื่อแตกไฟล์ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — " + _FIX_FILE["th"],
                         "en": "the member {member} is abnormally large when unpacked; nothing was changed — "
                               + _FIX_FILE["en"]},
    "backup.bad_row": {"th": "ส่วน {member} บรรทัดที่ {line} ไม่ใช่ข้อมูลของตารางนี้ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — " + _FIX_FILE["th"],
                       "en": "{member} line {line} is not a row of this table; nothing was changed — "
                             + _FIX_FILE["en"]},
    "backup.bad_content": {"th": "ข้อมูลในไฟล์สำรองขัดกันเอง (เช่น รายการซ้ำ) จึงกู้คืนไม่ได้ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — "
                                 + _FIX_FILE["th"],
                           "en": "the backup's rows contradict each other (e.g. a repeated record), so it cannot be "
                                 "restored; nothing was changed — " + _FIX_FILE["en"]},
    "backup.not_empty": {"th": "ฐานข้อมูลนี้มีข้อมูลอยู่แล้ว จึงไม่กู้คืนทับ — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ — "
                               "ถ้าต้องการแทนที่ข้อมูลทั้งหมดด้วยไฟล์สำรอง ใช้ --replace (หรือเลือก \"แทนที่ข้อมูลทั้งหมด\" ในหน้าสำรองข้อมูล)",
                         "en": "this database already holds data, so the backup is not restored over it; nothing was "
                               "changed — to replace everything with the backup, add --replace (or tick "
                               "\"replace all data\" on the backup page)"},
    "backup.written": {"th": "บันทึกไฟล์สำรองแล้ว: {path} ({rows:,} แถว จาก {tables} ตาราง)",
                       "en": "backup written: {path} ({rows:,} rows from {tables} tables)"},
    "backup.restored": {"th": "กู้คืนข้อมูลแล้ว: {rows:,} แถว ลงใน {tables} ตาราง",
                        "en": "restored: {rows:,} rows into {tables} tables"},
    # the backup page
    "backup.nav": {"th": "สำรองและกู้คืน", "en": "Backup and restore"},
    "backup.title": {"th": "สำรองและกู้คืนข้อมูล", "en": "Backup and restore"},
    "backup.intro": {"th": "สำรองข้อมูลทั้งหมดของระบบ (ผลการประเมิน มาตรการและประวัติการแก้ไข เรื่องร้องเรียน) เป็นไฟล์ .zip "
                           "ไฟล์เดียว และกู้คืนจากไฟล์นั้น — ไฟล์เดียวกับคำสั่ง python -m analysis backup",
                     "en": "Save everything the workspace holds (results, measures and their history, complaints) as "
                           "one .zip, and restore from it — the same file as python -m analysis backup"},
    "backup.make_header": {"th": "สำรองข้อมูล", "en": "Back up"},
    "backup.make": {"th": "สร้างไฟล์สำรอง", "en": "Make a backup"},
    "backup.made": {"th": "ไฟล์สำรองพร้อมแล้ว: {rows:,} แถว จาก {tables} ตาราง", "en": "backup ready: {rows:,} rows from {tables} tables"},
    "backup.download": {"th": "ดาวน์โหลดไฟล์สำรอง (.zip)", "en": "Download the backup (.zip)"},
    "backup.restore_header": {"th": "กู้คืนจากไฟล์สำรอง", "en": "Restore from a backup"},
    "backup.restore_help": {"th": "ระบบตรวจไฟล์ทั้งหมดก่อน (SHA-256 ของทุกส่วน) ถ้าไฟล์เสียหายหรือไม่ใช่ไฟล์สำรองของระบบนี้ "
                                  "จะไม่เปลี่ยนแปลงข้อมูลใด ๆ — ไฟล์ที่ใหญ่กว่าขนาดอัปโหลดสูงสุด ให้กู้คืนด้วยคำสั่ง "
                                  "python -m analysis restore",
                            "en": "The whole file is checked first (the SHA-256 of every member); a damaged or foreign "
                                  "file changes nothing — a file over the upload limit is restored with "
                                  "python -m analysis restore"},
    "backup.upload": {"th": "ไฟล์สำรอง (.zip)", "en": "Backup file (.zip)"},
    "backup.replace": {"th": "แทนที่ข้อมูลทั้งหมด", "en": "Replace all data"},
    "backup.replace_help": {"th": "ระบบมีข้อมูลอยู่แล้ว: ข้อมูลทั้งหมดที่มีจะถูกแทนที่ด้วยข้อมูลในไฟล์สำรอง (รวมข้อมูลสาธิต)",
                            "en": "The workspace holds data: everything in it is replaced by the backup (the demo "
                                  "included)"},
    "backup.restore": {"th": "กู้คืน", "en": "Restore"},
    "backup.not_zip_name": {"th": "ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .zip: {path}", "en": "the output file must end in .zip: {path}"},
}
