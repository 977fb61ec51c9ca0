"""Every setting is documented in the README with its default, and the defaults keep state out of the repo."""
from pathlib import Path

import pytest

from analysis.common import settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.name)
def test_readme_documents_each_setting_and_its_default(setting):
    assert f"`{setting.name}`" in README
    if setting.default:
        assert f"`{setting.default}`" in README


def test_default_database_lives_in_the_data_dir_outside_the_repo(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_DATA_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("ITA_DATABASE_URL", raising=False)
    assert settings.database_url() == f"sqlite:///{tmp_path / 'state'}/ita.sqlite3"
    assert (tmp_path / "state").is_dir()


def test_database_url_setting_wins(monkeypatch):
    monkeypatch.setenv("ITA_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert settings.database_url() == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize(("auth", "address", "expected"), [
    ("", "127.0.0.1", ("none", None)), ("", "::1", ("none", None)), ("", "localhost", ("none", None)),
    ("", "0.0.0.0", ("local", None)), ("", "10.1.2.3", ("local", None)),
    ("none", "0.0.0.0", ("none", "auth.none_not_loopback")), ("none", "", ("none", "auth.none_not_loopback")),
    ("LOCAL", "0.0.0.0", ("local", None)), ("ldap", "127.0.0.1", ("ldap", "auth.unknown_mode")),
])
def test_the_sign_in_mode_follows_the_address_and_none_stays_on_loopback(monkeypatch, auth, address, expected):
    from analysis.common.settings import auth_mode

    monkeypatch.setenv("ITA_AUTH", auth)
    assert auth_mode(address) == expected


def test_make_run_refuses_no_sign_in_beyond_this_machine_and_says_which_mode_it_uses():
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "auth_check.py"
    env = {**os.environ, "ITA_AUTH": "none", "ITA_ADDRESS": "0.0.0.0"}
    refused = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True)
    assert refused.returncode == 2 and "127.0.0.1" in refused.stderr and "ITA_AUTH=local" in refused.stderr
    env = {**os.environ, "ITA_AUTH": "", "ITA_ADDRESS": "127.0.0.1"}
    ok = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True)
    assert ok.returncode == 0 and "No sign-in" in ok.stdout
