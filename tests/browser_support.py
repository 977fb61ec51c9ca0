"""Support for the browser tests: a real `streamlit run` server (ready by its health endpoint) and headless Chromium."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
# every browser test module: skipped without chromium, and run on one test worker (make test runs two with
# --dist loadgroup), one after another — so at most one server and one browser of the tests run at a time beside the
# other worker's tests, and the read-only modules share one demo server (conftest.demo_server)
BROWSER = [needs_chromium, pytest.mark.xdist_group("browser")]
START_SECONDS = 90
SETTLE_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
            return r.status == 200 and r.read().strip() == b"ok"
    except OSError:
        return False


def _start(data_dir: Path, port: int, env_extra: dict[str, str], args: tuple[str, ...] = ()) -> subprocess.Popen | None:
    """The server on port once its health endpoint says ok; None when the port was taken meanwhile."""
    env = {**os.environ, "ITA_DATA_DIR": str(data_dir), "ITA_LOAD_DEMO": "1", **env_extra}
    env.pop("ITA_DATABASE_URL", None)
    log_path = data_dir / f"server-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ui.serve", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false", *args],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if _healthy(port):
            return proc
        if proc.poll() is not None:
            text = log_path.read_text(errors="replace")
            if "already in use" in text:
                return None
            pytest.fail(f"streamlit exited with {proc.returncode}: {text[-2000:]}")
        time.sleep(0.3)
    proc.kill()
    pytest.fail(f"streamlit did not answer /_stcore/health in {START_SECONDS} s: "
                + log_path.read_text(errors="replace")[-2000:])


@contextmanager
def streamlit_server(data_dir: Path, args: tuple[str, ...] = (), **env_extra: str):
    """A running app on a loopback port (a port taken between choosing and binding is retried), its URL yielded;
    args are more `streamlit run` options (e.g. --secrets.files)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    for _ in range(5):
        port = _free_port()
        proc = _start(data_dir, port, env_extra, args)
        if proc is not None:
            break
    else:
        pytest.fail("no free port for streamlit after 5 tries")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def chromium_page(width: int = 1400, height: int = 1000):
    """A new headless Chromium page (Debian's chromium, driven by Playwright)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser.new_page(viewport={"width": width, "height": height})
        finally:
            browser.close()


def on_page(url_path: str):
    """A test of a page address for page.wait_for_url: the page at url_path, whatever its query parameters."""
    from urllib.parse import urlparse

    return lambda address: urlparse(address).path.rstrip("/").endswith("/" + url_path)


def settle(page, limit: float = SETTLE_SECONDS) -> None:
    """Wait until the script has finished and no skeleton is left; fail loudly when that takes over `limit` seconds."""
    page.wait_for_selector("[data-testid='stApp']", timeout=limit * 1000)
    end = time.monotonic() + limit
    time.sleep(0.5)
    state = None
    while time.monotonic() < end:
        state = page.get_attribute("[data-testid='stApp']", "data-test-script-state")
        if state == "notRunning" and page.locator("[data-testid='stSkeleton']").count() == 0:
            return
        time.sleep(0.2)
    raise AssertionError(f"the page did not settle in {limit:.0f} s (script state {state!r}) at {page.url}")
