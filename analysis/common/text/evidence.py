"""Texts of the evidence link check (evidence.) — Thai and English."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # the outcome of one link (LinkCheck.message); {why} is one of the reasons below
    "evidence.ok": {"th": "ใช้ได้ ({status})", "en": "OK ({status})"},
    "evidence.broken": {"th": "ลิงก์เสีย ({status})", "en": "Broken link ({status})"},
    "evidence.moved": {"th": "ย้ายไปที่ {target} ({status})", "en": "Moved to {target} ({status})"},
    "evidence.moved_nowhere": {"th": "ย้ายที่แล้ว แต่เว็บไซต์ไม่บอกที่อยู่ใหม่ ({status})",
                               "en": "Moved, but the site gives no new address ({status})"},
    "evidence.timeout": {"th": "หมดเวลา: {why}", "en": "Timed out: {why}"},
    "evidence.refused": {"th": "ไม่ตรวจ: {why}", "en": "Not checked: {why}"},
    "evidence.error": {"th": "ตรวจไม่ได้: {why}", "en": "Could not check: {why}"},
    # reasons (LinkCheck.reason)
    "evidence.blank": {"th": "ไม่มีลิงก์", "en": "no link given"},
    "evidence.bad_url": {"th": "ไม่ใช่ลิงก์เว็บที่ถูกต้อง (ต้องขึ้นต้นด้วย http:// หรือ https:// ตามด้วยชื่อเว็บไซต์)",
                         "en": "not a valid web link (it must start with http:// or https:// and a site name)"},
    "evidence.scheme": {"th": "ตรวจเฉพาะลิงก์ http:// และ https:// (ลิงก์นี้เป็น {scheme}:)",
                        "en": "only http:// and https:// links are checked (this one is {scheme}:)"},
    "evidence.host_not_listed": {"th": "โฮสต์ {host} ไม่อยู่ในรายการโฮสต์ที่ผู้ดูแลระบบอนุญาตให้ตรวจ",
                                 "en": "host {host} is not on the list of hosts your administrator allows to be checked"},
    "evidence.no_hosts": {"th": "ผู้ดูแลระบบยังไม่ได้กำหนดโฮสต์ที่ตรวจได้ จึงไม่ตรวจลิงก์",
                          "en": "your administrator has not named any host to check, so no link is checked"},
    "evidence.local_address": {"th": "ที่อยู่ภายใน/ส่วนตัว ({address})",
                               "en": "internal/private address ({address})"},
    "evidence.limit": {"th": "เกินจำนวนคำขอสูงสุด {limit} ครั้งต่อการตรวจหนึ่งรอบ (max_requests)",
                       "en": "over the limit of {limit} requests per check (max_requests)"},
    "evidence.slow": {"th": "เว็บไซต์ไม่ตอบภายใน {seconds:g} วินาที",
                      "en": "the site did not answer within {seconds:g} s"},
    "evidence.total_timeout": {"th": "การตรวจทั้งรอบใช้เวลาเกิน {seconds:g} วินาที",
                               "en": "the whole check took longer than {seconds:g} s"},
    "evidence.dns": {"th": "ไม่พบชื่อโฮสต์ {host}", "en": "host name {host} was not found"},
    "evidence.connection_refused": {"th": "เครื่องปลายทางปฏิเสธการเชื่อมต่อ",
                                    "en": "the server refused the connection"},
    "evidence.tls": {"th": "ใบรับรองความปลอดภัย (TLS/HTTPS) ของเว็บไซต์ใช้ไม่ได้",
                     "en": "the site's security certificate (TLS/HTTPS) failed"},
    "evidence.network": {"th": "เชื่อมต่อเว็บไซต์ไม่ได้", "en": "could not connect to the site"},
    "evidence.bad_response": {"th": "เว็บไซต์ตอบกลับไม่ถูกต้อง", "en": "the site sent an invalid answer"},
}
