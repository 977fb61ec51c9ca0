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
