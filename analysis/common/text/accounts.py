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
TEXT.update({
    "access.admin_only": {"th": "บัญชี {name} ทำรายการนี้ไม่ได้: เฉพาะผู้ดูแลระบบ (admin) — ติดต่อผู้ดูแลระบบ",
                          "en": "{name} may not do this: admins only — ask an admin"},
    "access.viewer": {"th": "บัญชี {name} เป็นผู้อ่าน (viewer) จึงแก้ไขข้อมูลไม่ได้ — ขอสิทธิ์ผู้แก้ไขจากผู้ดูแลระบบ",
                      "en": "{name} is a viewer and may not change anything — ask an admin for editor rights"},
    "access.unit": {"th": "บัญชี {name} ไม่มีสิทธิ์แก้ไขข้อมูลของ {unit} — ขอสิทธิ์หน่วยงานนี้จากผู้ดูแลระบบ",
                    "en": "{name} may not change the data of {unit} — ask an admin to grant this unit"},
    "access.every_unit": {"th": "ทุกหน่วยงาน (มาตรการที่ไม่ระบุหน่วยงาน)", "en": "every unit (a measure with no unit)"},
    "access.unclassified": {"th": "ยังไม่ได้กำหนดสิทธิ์ของ {method} — แจ้งผู้พัฒนา",
                            "en": "no access rule for {method} yet — tell the developers"},
    "auth.unknown_mode": {"th": "ITA_AUTH มีค่าไม่ถูกต้อง — ใช้ local, none หรือ oidc",
                          "en": "ITA_AUTH is not valid — use local, none or oidc"},
    "auth.none_not_loopback": {
        "th": "ITA_AUTH=none (ไม่ต้องลงชื่อเข้าใช้) ใช้ได้เฉพาะเมื่อเปิดบนเครื่องนี้ (127.0.0.1) เท่านั้น — ตั้ง ITA_AUTH=local "
              "แล้วสร้างบัญชีผู้ดูแลด้วย python -m analysis users add ชื่อ --role admin --password-stdin "
              "หรือใช้ ITA_ADDRESS=127.0.0.1",
        "en": "ITA_AUTH=none (no sign-in) is allowed only on this machine (127.0.0.1) — set ITA_AUTH=local and create "
              "an admin with python -m analysis users add NAME --role admin --password-stdin, or use "
              "ITA_ADDRESS=127.0.0.1"},
})
TEXT.update({
    "access.signed_out": {"th": "ยังไม่ได้ลงชื่อเข้าใช้ หรือหมดเวลาแล้ว — ลงชื่อเข้าใช้อีกครั้ง",
                          "en": "not signed in, or the session ended — sign in again"},
    "auth.oidc_not_configured": {
        "th": "ITA_AUTH=oidc แต่ยังไม่ได้ตั้งค่าผู้ให้บริการยืนยันตัวตน: ใส่ส่วน [auth] (redirect_uri, cookie_secret, client_id, "
              "client_secret, server_metadata_url) ใน .streamlit/secrets.toml ตามที่ README บอก แล้วเริ่มเซิร์ฟเวอร์ใหม่",
        "en": "ITA_AUTH=oidc but no identity provider is configured: add the [auth] section (redirect_uri, cookie_secret, "
              "client_id, client_secret, server_metadata_url) to .streamlit/secrets.toml as the README says, then restart "
              "the server"},
    "auth.oidc_help": {"th": "ใช้บัญชีเดียวกับที่ใช้เข้าระบบของหน่วยงาน", "en": "Use the account you sign in to the agency's systems with"},
    "auth.oidc_sign_in": {"th": "ลงชื่อเข้าใช้ด้วยบัญชีของหน่วยงาน", "en": "Sign in with the agency account"},
    "auth.oidc_no_account": {
        "th": "อีเมล {email} ยังไม่มีบัญชีในระบบนี้ — ขอให้ผู้ดูแลเพิ่มบัญชี (python -m analysis users add ชื่อ --role viewer "
              "--email {email} …) แล้วลงชื่อเข้าใช้อีกครั้ง",
        "en": "The e-mail {email} has no account here — ask an admin to add one (python -m analysis users add NAME --role "
              "viewer --email {email} …), then sign in again"},
    "auth.title": {"th": "ลงชื่อเข้าใช้ระบบติดตามผล ITA", "en": "Sign in to the ITA dashboard"},
    "auth.no_accounts": {"th": "ยังไม่มีบัญชีผู้ใช้ — ผู้ดูแลระบบสร้างบัญชีแรกบนเครื่องแม่ข่ายด้วยคำสั่ง "
                                "`python -m analysis users add ชื่อ --role admin --password-stdin`",
                         "en": "There are no accounts yet — the administrator creates the first on the server with "
                               "`python -m analysis users add NAME --role admin --password-stdin`"},
    "auth.name": {"th": "ชื่อบัญชี", "en": "Account name"},
    "auth.password": {"th": "รหัสผ่าน", "en": "Password"},
    "auth.sign_in": {"th": "ลงชื่อเข้าใช้", "en": "Sign in"},
    "auth.wrong": {"th": "ชื่อบัญชีหรือรหัสผ่านไม่ถูกต้อง — ลองได้อีก {n} ครั้งก่อนบัญชีถูกระงับ 15 นาที",
                   "en": "wrong account name or password — {n} more tries before the account locks for 15 minutes"},
    "auth.wrong_unknown": {"th": "ชื่อบัญชีหรือรหัสผ่านไม่ถูกต้อง", "en": "wrong account name or password"},
    "auth.locked": {"th": "บัญชีนี้ถูกระงับชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง — ลองใหม่หลัง {until} "
                            "หรือให้ผู้ดูแลระบบตั้งรหัสผ่านใหม่",
                    "en": "this account is locked after repeated wrong passwords — try again after {until}, or ask "
                          "an admin to reset the password"},
    "auth.expired": {"th": "ครบ {hours} ชั่วโมงแล้ว กรุณาลงชื่อเข้าใช้อีกครั้ง",
                     "en": "{hours} hours have passed — please sign in again"},
    "auth.signed_in_as": {"th": "ลงชื่อเข้าใช้: {name} ({role})", "en": "Signed in: {name} ({role})"},
    "auth.role_viewer": {"th": "ผู้อ่าน", "en": "viewer"},
    "auth.role_editor": {"th": "ผู้แก้ไข", "en": "editor"},
    "auth.role_admin": {"th": "ผู้ดูแลระบบ", "en": "admin"},
    "auth.sign_out": {"th": "ออกจากระบบ", "en": "Sign out"},
    "auth.change_password": {"th": "เปลี่ยนรหัสผ่าน", "en": "Change password"},
    "auth.old_password": {"th": "รหัสผ่านเดิม", "en": "Current password"},
    "auth.new_password": {"th": "รหัสผ่านใหม่ (อย่างน้อย 10 ตัวอักษร)", "en": "New password (10 characters or more)"},
    "auth.new_password_again": {"th": "รหัสผ่านใหม่อีกครั้ง", "en": "New password again"},
    "auth.change": {"th": "เปลี่ยนรหัสผ่าน", "en": "Change"},
    "auth.passwords_differ": {"th": "รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน", "en": "the two new passwords differ"},
    "auth.password_changed": {"th": "เปลี่ยนรหัสผ่านแล้ว", "en": "password changed"},
})
TEXT.update({
    "auth.read_only": {"th": "บัญชีของคุณอ่านได้อย่างเดียวในส่วนนี้ — ขอสิทธิ์ผู้แก้ไขจากผู้ดูแลระบบ",
                       "en": "your account may only read here — ask an admin for editor rights"},
    "auth.read_only_unit": {"th": "คุณอ่านมาตรการของ {unit} ได้ แต่แก้ไขไม่ได้ — ขอสิทธิ์หน่วยงานนี้จากผู้ดูแลระบบ",
                            "en": "you may read the measures of {unit} but not change them — ask an admin for this unit"},
    "auth.admin_page": {"th": "หน้านี้สำหรับผู้ดูแลระบบเท่านั้น", "en": "this page is for admins only"},
})
TEXT.update({
    "audit.nav": {"th": "บันทึกการใช้งาน", "en": "Audit trail"},
    "audit.title": {"th": "บันทึกการใช้งาน (audit trail)", "en": "Audit trail"},
    "audit.intro": {"th": "ทุกการเปลี่ยนแปลงและเหตุการณ์ด้านความปลอดภัย: ใคร ทำอะไร เมื่อไร กับหน่วยงานใด — แก้ไขหรือลบจากระบบไม่ได้",
                    "en": "Every change and security event: who did what, when, for which unit — it cannot be edited "
                          "or deleted from the app"},
    "audit.since": {"th": "ตั้งแต่วันที่", "en": "Since"},
    "audit.user": {"th": "บัญชี", "en": "Account"},
    "audit.action": {"th": "การกระทำ", "en": "Action"},
    "audit.all": {"th": "ทั้งหมด", "en": "All"},
    "audit.empty": {"th": "ยังไม่มีรายการในช่วงที่เลือก", "en": "No entries for this choice"},
    "audit.count": {"th": "{n} รายการ (ใหม่สุดก่อน)", "en": "{n} entries (newest first)"},
    "audit.col_at": {"th": "เวลา", "en": "Time"},
    "audit.col_user": {"th": "บัญชี", "en": "Account"},
    "audit.col_unit": {"th": "หน่วยงาน", "en": "Unit"},
    "audit.col_action": {"th": "การกระทำ", "en": "Action"},
    "audit.col_object": {"th": "สิ่งที่เปลี่ยน", "en": "Object"},
    "audit.col_details": {"th": "รายละเอียด", "en": "Details"},
})
TEXT.update({
    "auth.mode_none": {"th": "ไม่ต้องลงชื่อเข้าใช้ (ผู้ใช้คนเดียว บนเครื่องนี้ {address} เท่านั้น) — ตั้ง ITA_AUTH=local เมื่อใช้ร่วมกันหลายคน",
                       "en": "No sign-in (one user, on this machine {address} only) — set ITA_AUTH=local for a shared "
                             "deployment"},
    "deploy.needs_postgres": {"th": "การติดตั้งแบบหลายเครื่องต้องใช้ PostgreSQL ฐานข้อมูลเดียวกัน แต่ ITA_DATABASE_URL คือ {url} "
                                    "— ตั้ง ITA_DATABASE_URL=postgresql+psycopg://ผู้ใช้@เครื่อง/ฐานข้อมูล แล้วเริ่มใหม่",
                              "en": "Replicas need one shared PostgreSQL database, but ITA_DATABASE_URL is {url} — set "
                                    "ITA_DATABASE_URL=postgresql+psycopg://user@host/database and start again"},
    "deploy.needs_sign_in": {"th": "การติดตั้งที่ใช้ร่วมกันต้องลงชื่อเข้าใช้: ITA_AUTH={mode} ใช้ไม่ได้ "
                                   "— ตั้ง ITA_AUTH=local (หรือ oidc) แล้วเริ่มใหม่",
                             "en": "A shared deployment needs sign-in: ITA_AUTH={mode} is not allowed — set ITA_AUTH=local "
                                   "(or oidc) and start again"},
    "deploy.bad_ports": {"th": "--ports ต้องเป็นหมายเลขพอร์ตคั่นด้วยจุลภาค เช่น 8601,8602 (ได้รับ: {ports})",
                         "en": "--ports must be port numbers separated by commas, e.g. 8601,8602 (got: {ports})"},
    "deploy.no_admin": {"th": "ยังไม่มีบัญชีในระบบ: สร้างผู้ดูแลคนแรกด้วย python -m analysis users add ชื่อ --role admin "
                              "--all-units --password-stdin",
                        "en": "There are no accounts yet: create the first admin with python -m analysis users add NAME "
                              "--role admin --all-units --password-stdin"},
    "auth.mode_local": {"th": "ลงชื่อเข้าใช้ด้วยบัญชีในระบบ (ITA_AUTH=local) ที่ {address}",
                        "en": "Sign-in with the workspace's accounts (ITA_AUTH=local) on {address}"},
    "auth.mode_oidc": {"th": "ลงชื่อเข้าใช้ผ่านผู้ให้บริการยืนยันตัวตน (ITA_AUTH=oidc) ที่ {address}",
                       "en": "Sign-in through the identity provider (ITA_AUTH=oidc) on {address}"},
})
