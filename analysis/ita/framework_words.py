"""A framework and an OIT list family in plain words, for pages, reports and exports: which framework scored a year
(the shipped file or a version saved in the app, and how sure it is) and the name of a list family."""
from __future__ import annotations

from analysis.common.text import TEXT, msg, render, t
from analysis.ita.framework import PARTS, Framework


def family_words(family: str) -> dict | str:
    """An OIT list family as a message parameter in words ("nacc" → the NACC list), rendered in the language of the
    message around it; a family the catalogue does not know stays as it is."""
    return msg(f"oit.family_{family}") if f"oit.family_{family}" in TEXT else family


def family_name(family: str, lang: str = "th") -> str:
    """An OIT list family in words in the language ("nacc" → รายการของ ป.ป.ช. (หน่วยงานทั่วไป))."""
    return str(render(family_words(family), lang))


def describe(fw: Framework | None, lang: str = "th") -> str:
    """Which framework scored a year, in plain words: the shipped file or the version saved in the app, and how sure
    it is (verified with its source, assumed, unknown)."""
    if fw is None:
        return ""
    status = t(f"fw.status_{fw.status}", lang, source=fw.source)
    differ = [t("fw.part_status", lang, part=t(f"fw.part_{name}", lang),
                status=t(f"fw.status_{fw.part(name)[0]}", lang, source=fw.part(name)[1]))
              for name in PARTS if fw.part(name) != (fw.status, fw.source)]
    if differ:
        status += " · " + "; ".join(differ)
    if fw.version:
        return t("fw.describe_saved", lang, year=fw.fiscal_year, version=fw.version, status=status)
    return t("fw.describe_file", lang, year=fw.fiscal_year, status=status)
