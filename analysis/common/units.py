"""Unit names and unit types: tidy a unit's name and infer its type when the file gives none."""
from __future__ import annotations

import re

DISTRICT = "สำนักงานเขต"
DEPARTMENT = "หน่วยงานส่วนกลาง"
OTHER = "อื่น ๆ"
UNIT_TYPES = (DISTRICT, DEPARTMENT, OTHER)

_SPACES = re.compile(r"\s+")


def clean_name(name: object) -> str:
    """The unit's name with outer spaces removed and inner runs of spaces collapsed to one."""
    return _SPACES.sub(" ", str(name)).strip()


def infer_unit_type(name: str) -> str:
    """สำนักงานเขต for district offices, หน่วยงานส่วนกลาง for BMA departments and offices, else อื่น ๆ."""
    n = clean_name(name)
    if n.startswith("สำนักงานเขต") or n.startswith("เขต"):
        return DISTRICT
    if n.startswith("สำนัก") or n.startswith("สำนักงาน"):
        return DEPARTMENT
    return OTHER
