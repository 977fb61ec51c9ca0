"""Security basics (issue 11.6), checked on the repository as it ships: Streamlit's XSRF protection stays on,
every uploader and every way of starting the server use the one upload limit (ITA_MAX_UPLOAD_MB), and no secret
(identity-provider settings, private keys) is kept in the repository."""
from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tracked() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / line for line in out.splitlines() if (ROOT / line).is_file()]


def test_xsrf_protection_stays_on():
    from streamlit import config

    for path in _tracked():
        if path.suffix in (".toml", ".py", ".sh", "") or path.name == "Makefile":
            text = path.read_text(errors="replace")
            assert not re.search(r"enableXsrfProtection\s*[= ]\s*\"?false", text, re.IGNORECASE), path
    config.get_config_options(force_reparse=True, options_from_flags={})
    assert config.get_option("server.enableXsrfProtection") is True


def test_every_uploader_and_every_start_use_the_one_upload_limit():
    uploaders = 0
    for path in [*(ROOT / "pages").glob("*.py"), *(ROOT / "ui").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "file_uploader":
                uploaders += 1
                limit = {k.arg: ast.unparse(k.value) for k in node.keywords}.get("max_upload_size", "")
                assert limit == "setting_int('ITA_MAX_UPLOAD_MB')", f"{path.name}:{node.lineno} uploads up to {limit!r}"
    assert uploaders >= 5
    make = (ROOT / "Makefile").read_text()
    assert '--server.maxUploadSize "$$($(SETTING) ITA_MAX_UPLOAD_MB)"' in make
    assert '"--server.maxUploadSize", upload_mb' in (ROOT / "scripts" / "replicas.py").read_text()
    for example in ("deploy/nginx.conf", "deploy/Caddyfile"):
        assert "ITA_MAX_UPLOAD_MB" in (ROOT / example).read_text(), f"{example} says which setting its limit follows"


def test_no_secret_is_kept_in_the_repository():
    tracked = _tracked()
    assert not [p for p in tracked if p.name == "secrets.toml"], "secrets.toml must never be committed"
    assert ".streamlit/secrets.toml" in (ROOT / ".gitignore").read_text().split()
    leaks = []
    for path in tracked:
        if path.suffix in (".png", ".ttf", ".xlsx", ".xls", ".ods", ".docx", ".pptx", ".zip", ".sqlite3"):
            continue
        text = path.read_text(errors="replace")
        if re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", text):
            leaks.append(f"{path.name}: a private key")
        for value in re.findall(r"(?:client_secret|cookie_secret)\s*=\s*\"([^\"]*)\"", text):
            if value not in ("…", "...", "a long random string") and "test" not in value:
                leaks.append(f"{path.name}: {value}")
    assert not leaks, leaks
