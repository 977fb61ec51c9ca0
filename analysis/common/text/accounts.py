"""Texts of accounts and the audit trail (analysis.store.accounts and the users / audit CLI)."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "acct.bad_role": {"th": "บทบาท “{role}” ไม่มีในระบบ — ใช้ viewer, editor หรือ admin",
                      "en": "there is no role “{role}” — use viewer, editor or admin"},
    "acct.editor_needs_unit": {"th": "ผู้แก้ไข (editor) ต้องได้รับสิทธิ์อย่างน้อยหนึ่งหน่วยงาน — ใส่ --unit ชื่อหน่วยงาน "
                                     "หรือ --all-units",
                               "en": "an editor needs at least one unit — give --unit NAME or --all-units"},
    "acct.name_empty": {"th": "ชื่อบัญชีว่าง — ใส่ชื่อบัญชี", "en": "the account name is empty — give a name"},
    "acct.exists": {"th": "มีบัญชีชื่อ “{name}” อยู่แล้ว — ใช้ users set-role เพื่อเปลี่ยนบทบาท",
                    "en": "an account “{name}” already exists — use users set-role to change its role"},
    "acct.unknown": {"th": "ไม่พบบัญชีชื่อ “{name}” — ดูรายชื่อด้วย users list",
                     "en": "there is no account “{name}” — see users list"},
    "acct.password_short": {"th": "รหัสผ่านต้องยาวอย่างน้อย {n} ตัวอักษร", "en": "the password needs at least {n} characters"},
    "acct.wrong_password": {"th": "รหัสผ่านเดิมไม่ถูกต้อง", "en": "the current password is wrong"},
    "acct.password_stdin_empty": {"th": "ไม่ได้รับรหัสผ่านทาง stdin — ส่งรหัสผ่านหนึ่งบรรทัด เช่น "
                                        "printf '%s\\n' \"$PASS\" | python -m analysis users add …",
                                  "en": "no password arrived on stdin — pipe one line, e.g. "
                                        "printf '%s\\n' \"$PASS\" | python -m analysis users add …"},
    "acct.added": {"th": "เพิ่มบัญชี {name} ({role}) แล้ว", "en": "account {name} ({role}) added"},
    "acct.role_set": {"th": "เปลี่ยนบทบาทของ {name} เป็น {role} แล้ว", "en": "{name} is now {role}"},
    "acct.removed": {"th": "ลบบัญชี {name} แล้ว", "en": "account {name} removed"},
    "acct.bad_since": {"th": "--since “{value}”: {why} — ใช้ วว/ดด/ปปปป (พ.ศ. หรือ ค.ศ.) หรือ ปปปป-ดด-วว",
                       "en": "--since “{value}”: {why} — use DD/MM/YYYY (BE or CE) or YYYY-MM-DD"},
}
