"""The meeting pack as PDF: the deck (.pptx) converted by LibreOffice headless, where it is installed.

Each conversion runs in its own temporary folder with its own LibreOffice profile (-env:UserInstallation), so
conversions at the same time do not share or lock a profile, and is stopped (with every process it started) after
TIMEOUT seconds.
"""
from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from analysis.common.text import jsonable, t

log = logging.getLogger(__name__)
TIMEOUT = 120                      # seconds one conversion may take
OFFICE_NAMES = ("soffice", "libreoffice")


class PdfError(RuntimeError):
    """The PDF could not be made (LibreOffice missing, failed or too slow); code and params name the message."""

    def __init__(self, code: str, /, **params):
        self.code, self.params = code, jsonable(params)
        super().__init__(f"{self.message('th')} / {self.message('en')}")

    def message(self, lang: str = "th") -> str:
        """What went wrong and what to do, in the language."""
        return t(self.code, lang, **self.params)


def office() -> str | None:
    """The LibreOffice program on the PATH (soffice or libreoffice), or None when it is not installed."""
    return next((found for name in OFFICE_NAMES if (found := shutil.which(name))), None)


def _stop(proc: subprocess.Popen) -> None:
    """Stop the conversion and every process it started (soffice starts soffice.bin under it)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.wait()


def pptx_to_pdf(pptx: bytes, timeout: float = TIMEOUT) -> bytes:
    """The PDF bytes of a .pptx (one page per slide), made by LibreOffice headless. Raises PdfError when
    LibreOffice is not installed, fails, or takes longer than timeout seconds."""
    program = office()
    if program is None:
        raise PdfError("pdf.no_office")
    with tempfile.TemporaryDirectory(prefix="ita-pdf-") as folder:
        work = Path(folder)
        (work / "pack.pptx").write_bytes(pptx)
        command = [program, "--headless", "--norestore", "--nologo", "--nolockcheck",
                   f"-env:UserInstallation={(work / 'profile').as_uri()}",
                   "--convert-to", "pdf", "--outdir", str(work), str(work / "pack.pptx")]
        env = {**os.environ, "HOME": str(work)}          # LibreOffice writes under HOME; keep it in the folder
        try:
            proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=work,
                                    start_new_session=True)
        except OSError as exc:
            raise PdfError("pdf.failed", reason=str(exc)[:200]) from exc
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(proc)
            log.warning("pdf: LibreOffice stopped after %s s", timeout)
            raise PdfError("pdf.timeout", seconds=int(timeout)) from None
        pdf = work / "pack.pdf"
        if proc.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
            reason = err.decode("utf-8", "replace").strip()[-300:] or f"exit {proc.returncode}"
            log.warning("pdf: LibreOffice failed: %s", reason)
            raise PdfError("pdf.failed", reason=reason)
        return pdf.read_bytes()
