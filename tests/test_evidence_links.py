"""analysis.ita.evidence: evidence link checks against a real HTTP server on loopback (no other network): the
outcomes, the refusals (schemes, hosts, private addresses — and that no request reached the server), the request
bound, duplicates, the time checked, and the Thai and English messages."""
from __future__ import annotations

import socket
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from analysis.common.text import t
from analysis.ita import evidence
from analysis.ita.evidence import OUTCOMES, LinkCheck, check_links, host_allowed, is_public_address

LOOPBACK = {"hosts": ["127.0.0.1"], "allow_local": True}


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_HEAD(self):
        self._answer("HEAD")

    def do_GET(self):
        self._answer("GET")

    def _answer(self, method):
        server = self.server
        with server.lock:
            server.seen.append((method, self.path, self.headers.get("Host")))
        path = urlsplit(self.path).path
        if path == "/slow":
            server.release.wait(SERVER_HOLDS)
        if path == "/drip":                      # every byte in time, the whole answer never
            self._drip(server.release)
            return
        status, headers = {
            "/ok": (200, {}),
            "/slow": (200, {}),
            "/missing": (404, {}),
            "/fails": (500, {}),
            "/moved": (301, {"Location": "/ok"}),
            "/head405": (405 if method == "HEAD" else 200, {"Allow": "GET"}),
        }.get(path, (404, {}))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _drip(self, release):
        try:
            self.wfile.write(b"HTTP/1.0 200 OK\r\n")
            while not release.wait(0.05):
                self.wfile.write(b"X-Drip: 1\r\n")
                self.wfile.flush()
        except OSError:
            pass


# The slow and dripping answers hold for SERVER_HOLDS seconds (until the test ends); a check that gave up on its own
# returns long before that. GAVE_UP is far below it and far above the 0.3 s timeouts, so a loaded machine cannot
# make these tests flaky, while a check that waited for the server would fail them.
SERVER_HOLDS, GAVE_UP = 60, 15


@pytest.fixture
def server():
    """A loopback HTTP server; server.seen lists (method, path, Host header) of every request it answered."""
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.seen, srv.lock, srv.release = [], threading.Lock(), threading.Event()
    srv.base = f"http://127.0.0.1:{srv.server_address[1]}"
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()


def _one(url, **kwargs) -> LinkCheck:
    (result,) = check_links([url], **kwargs)
    return result


@pytest.mark.parametrize("path, outcome, status, final", [
    ("/ok", "ok", 200, ""),
    ("/missing", "broken", 404, ""),
    ("/fails", "broken", 500, ""),
    ("/moved", "moved", 301, "{base}/ok"),
    ("/head405", "ok", 200, ""),
])
def test_answers_are_read_as_outcomes(server, path, outcome, status, final):
    result = _one(server.base + path, **LOOPBACK)
    assert (result.outcome, result.http_status, result.final_url) == (outcome, status, final.format(base=server.base))
    assert result.reason == "" and result.url == server.base + path
    assert result.checked_at.tzinfo is not None and result.checked_at.utcoffset() == timedelta(0)


def test_a_redirect_is_reported_not_followed(server):
    _one(server.base + "/moved", **LOOPBACK)
    assert [(m, p) for m, p, _ in server.seen] == [("HEAD", "/moved")]


def test_head_refused_falls_back_to_get(server):
    _one(server.base + "/head405", **LOOPBACK)
    assert [(m, p) for m, p, _ in server.seen] == [("HEAD", "/head405"), ("GET", "/head405")]


def test_a_slow_server_times_out_quickly(server):
    started = time.monotonic()
    result = _one(server.base + "/slow", timeout=0.3, **LOOPBACK)
    assert (result.outcome, result.reason, result.http_status) == ("timeout", "evidence.slow", None)
    assert time.monotonic() - started < GAVE_UP
    assert "0.3" in result.message("en")


def test_a_server_that_drips_bytes_is_cut_off(server):
    started = time.monotonic()
    result = _one(server.base + "/drip", timeout=0.3, **LOOPBACK)
    assert (result.outcome, result.reason) == ("timeout", "evidence.slow")
    assert 0.5 < time.monotonic() - started < GAVE_UP      # the watchdog: 2 × timeout, not the server's end


def test_the_whole_call_is_bounded_by_total_timeout(server):
    started = time.monotonic()
    results = check_links([server.base + "/slow", server.base + "/slow?2"], timeout=3, total_timeout=0.3,
                          **LOOPBACK)
    assert time.monotonic() - started < GAVE_UP
    assert [(r.outcome, r.reason) for r in results] == [("timeout", "evidence.total_timeout")] * 2


def test_connection_refused_and_tls_failure_are_errors(server):
    with socket.socket() as probe:               # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    refused, tls = check_links([f"http://127.0.0.1:{closed}/", server.base.replace("http:", "https:") + "/ok"],
                               **LOOPBACK)
    assert (refused.outcome, refused.reason) == ("error", "evidence.connection_refused")
    assert (tls.outcome, tls.reason) == ("error", "evidence.tls")
    assert server.seen == []                     # the TLS hello is not an HTTP request


def test_an_unknown_host_is_an_error(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(evidence.socket, "getaddrinfo", no_such_host)
    result = _one("https://nowhere.bangkok.go.th/x", hosts=["bangkok.go.th"])
    assert (result.outcome, result.reason, result.params) == ("error", "evidence.dns", {"host": "nowhere.bangkok.go.th"})


@pytest.mark.parametrize("url, hosts", [
    ("http://127.0.0.1:{port}/ok", ["127.0.0.1"]),
    ("http://127.1.2.3:{port}/ok", ["127.1.2.3"]),
    ("http://[::1]:{port}/ok", ["::1"]),
    ("http://[::ffff:127.0.0.1]:{port}/ok", ["::ffff:127.0.0.1"]),
    ("http://localhost:{port}/ok", ["localhost"]),
    ("http://10.1.2.3/", ["10.1.2.3"]),
    ("http://192.168.1.1/", ["192.168.1.1"]),
    ("http://172.16.0.1/", ["172.16.0.1"]),
    ("http://169.254.169.254/latest/meta-data/", ["169.254.169.254"]),
    ("http://[fe80::1]/", ["fe80::1"]),
    ("http://0.0.0.0:{port}/ok", ["0.0.0.0"]),
])
def test_private_and_loopback_addresses_are_refused(server, url, hosts):
    url = url.format(port=server.server_address[1])
    result = _one(url, hosts=hosts, allow_local=False, timeout=0.5)
    assert (result.outcome, result.reason, result.http_status) == ("refused", "evidence.local_address", None)
    assert server.seen == []


@pytest.mark.parametrize("url, reason", [
    ("file:///etc/passwd", "evidence.scheme"),
    ("ftp://bangkok.go.th/report.pdf", "evidence.scheme"),
    ("javascript:alert(1)", "evidence.scheme"),
    ("http://127.0.0.1:{port}/ok", "evidence.host_not_listed"),
    ("http://example.com/", "evidence.host_not_listed"),
    ("http://evilbangkok.go.th/", "evidence.host_not_listed"),
    ("http://bangkok.go.th.evil.example/", "evidence.host_not_listed"),
    ("http://bangkok.go.th@127.0.0.1:{port}/ok", "evidence.host_not_listed"),
])
def test_other_schemes_and_hosts_are_refused_without_a_lookup(server, monkeypatch, url, reason):
    lookups = []
    monkeypatch.setattr(evidence.socket, "getaddrinfo", lambda *a, **k: lookups.append(a) or [])
    monkeypatch.delenv("ITA_EVIDENCE_HOSTS", raising=False)          # the default: bangkok.go.th
    monkeypatch.setenv("ITA_EVIDENCE_ALLOW_LOCAL", "1")
    result = _one(url.format(port=server.server_address[1]))
    assert (result.outcome, result.reason) == ("refused", reason)
    assert lookups == [] and server.seen == []


@pytest.mark.parametrize("url", ["", "   ", "bangkok.go.th/page", "http://", "http://bangkok.go.th:99999/",
                                 "https://bang kok.go.th/"])
def test_blank_and_malformed_links_are_errors(url):
    result = _one(url, hosts=["bangkok.go.th"])
    assert result.outcome == "error"
    assert result.reason == ("evidence.blank" if not url.strip() else "evidence.bad_url")


def test_an_empty_host_list_checks_nothing(server):
    result = _one(server.base + "/ok", hosts=[" ", ""], allow_local=True)
    assert (result.outcome, result.reason) == ("refused", "evidence.no_hosts")
    assert server.seen == []


@pytest.mark.parametrize("host, allowed", [
    ("bangkok.go.th", True),
    ("www.bangkok.go.th", True),
    ("WWW.Bangkok.Go.Th.", True),
    ("a.b.bangkok.go.th", True),
    ("evilbangkok.go.th", False),
    ("bangkok.go.th.evil.example", False),
    ("go.th", False),
    ("127.0.0.1", False),
])
def test_a_host_covers_its_subdomains_only(host, allowed):
    assert host_allowed(host, ["bangkok.go.th", ""]) is allowed


def test_ip_hosts_match_as_addresses():
    assert host_allowed("::1", ["[0:0::1]"]) and not host_allowed("::2", ["::1"])
    assert not host_allowed("1.127.0.0.1", ["127.0.0.1"])


@pytest.mark.parametrize("address, public", [
    ("8.8.8.8", True),
    ("2001:4860:4860::8888", True),
    ("::ffff:8.8.8.8", True),
    ("127.0.0.1", False),
    ("::1", False),
    ("::ffff:127.0.0.1", False),
    ("::ffff:10.0.0.1", False),
    ("10.1.2.3", False),
    ("172.16.0.1", False),
    ("192.168.0.1", False),
    ("169.254.169.254", False),
    ("fe80::1%eth0", False),
    ("fd00::1", False),
    ("100.64.0.1", False),
    ("0.0.0.0", False),
    ("::", False),
    ("224.0.0.1", False),
    ("240.0.0.1", False),
    ("255.255.255.255", False),
    ("2002:7f00:1::", False),          # 6to4 around 127.0.0.1
    ("64:ff9b::a00:1", False),         # NAT64 around 10.0.0.1
    ("not an address", False),
])
def test_public_addresses(address, public):
    assert is_public_address(address) is public


def test_a_name_with_any_private_address_is_refused(server, monkeypatch):
    port = server.server_address[1]
    monkeypatch.setattr(evidence.socket, "getaddrinfo", lambda *a, **k: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("8.8.8.8", port)),
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port)),
    ])
    result = _one(f"http://www.bangkok.go.th:{port}/ok")
    assert (result.outcome, result.reason, result.params) == ("refused", "evidence.local_address",
                                                              {"address": "127.0.0.1"})
    assert server.seen == []


def test_the_name_is_resolved_once_and_the_checked_address_is_used(server, monkeypatch):
    """No DNS rebinding: one lookup per URL, even with HEAD and GET; the Host header carries the name."""
    port = server.server_address[1]
    lookups = []

    def resolve(host, *args, **kwargs):
        lookups.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(evidence.socket, "getaddrinfo", resolve)
    result = _one(f"http://evidence.bangkok.go.th:{port}/head405", hosts=["bangkok.go.th"], allow_local=True)
    assert (result.outcome, result.http_status) == ("ok", 200)
    assert lookups == ["evidence.bangkok.go.th"]
    assert server.seen == [("HEAD", "/head405", f"evidence.bangkok.go.th:{port}"),
                           ("GET", "/head405", f"evidence.bangkok.go.th:{port}")]


def test_settings_are_the_defaults(server, monkeypatch):
    monkeypatch.setenv("ITA_EVIDENCE_HOSTS", "example.org, 127.0.0.1")
    monkeypatch.setenv("ITA_EVIDENCE_ALLOW_LOCAL", "1")
    assert _one(server.base + "/ok").outcome == "ok"
    monkeypatch.setenv("ITA_EVIDENCE_ALLOW_LOCAL", "0")
    assert _one(server.base + "/ok").reason == "evidence.local_address"
    monkeypatch.delenv("ITA_EVIDENCE_HOSTS")
    monkeypatch.setenv("ITA_EVIDENCE_ALLOW_LOCAL", "1")
    assert _one(server.base + "/ok").reason == "evidence.host_not_listed"
    assert [m for m, *_ in server.seen] == ["HEAD"]


def test_at_most_max_requests_are_sent(server):
    urls = [f"{server.base}/ok?n={n}" for n in range(4)]
    results = check_links(urls, max_requests=2, **LOOPBACK)
    assert [r.outcome for r in results] == ["ok", "ok", "error", "error"]
    assert [r.reason for r in results[2:]] == ["evidence.limit"] * 2
    assert "2" in results[2].message("th") and "2" in results[2].message("en")
    assert len(server.seen) == 2


def test_the_get_after_head_counts_as_a_request(server):
    assert _one(server.base + "/head405", max_requests=1, **LOOPBACK).reason == "evidence.limit"
    assert len(server.seen) == 1
    assert _one(server.base + "/head405", max_requests=2, **LOOPBACK).outcome == "ok"
    assert len(server.seen) == 3


def test_refused_links_cost_no_request(server):
    results = check_links(["ftp://bangkok.go.th/a", "http://example.com/", server.base + "/ok"], max_requests=1,
                          **LOOPBACK)
    assert [r.outcome for r in results] == ["refused", "refused", "ok"]


def test_results_follow_the_input_and_duplicates_are_checked_once(server):
    ok, missing = server.base + "/ok", server.base + "/missing"
    results = check_links([ok, missing, f"  {ok} ", "", missing, ok], workers=2, **LOOPBACK)
    assert [r.outcome for r in results] == ["ok", "broken", "ok", "error", "broken", "ok"]
    assert results[0] == results[2] == results[5] and results[1] == results[4]
    assert results[3].reason == "evidence.blank"
    assert sorted(p for _, p, _ in server.seen) == ["/missing", "/ok"]


def test_checked_at_is_now_when_given(server):
    now = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    results = check_links([server.base + "/ok", "ftp://x/"], now=now, **LOOPBACK)
    assert [r.checked_at for r in results] == [now, now]
    assert all(r.checked_at.tzinfo == timezone.utc for r in results)
    with pytest.raises(ValueError):
        check_links([server.base + "/ok"], now=datetime(2026, 3, 1), **LOOPBACK)


def test_checked_at_is_the_time_of_the_check(server):
    before = datetime.now(timezone.utc)
    result = _one(server.base + "/ok", **LOOPBACK)
    assert before <= result.checked_at <= datetime.now(timezone.utc)


def test_every_outcome_has_a_thai_and_an_english_message(server):
    base = server.base
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    urls = [base + "/ok", base + "/missing", base + "/moved", base + "/slow", "ftp://bangkok.go.th/x",
            "http://example.com/", "", f"http://127.0.0.1:{closed}/", base + "/ok?3"]
    results = check_links(urls, hosts=["127.0.0.1"], allow_local=True, timeout=0.3, max_requests=5)
    results += check_links(["http://[::1]/"], hosts=["::1"], allow_local=False)
    assert [r.reason for r in results[-3:]] == ["evidence.connection_refused", "evidence.limit",
                                                "evidence.local_address"]
    assert {r.outcome for r in results} == set(OUTCOMES)
    for result in results:
        th, en = result.message("th"), result.message("en")
        assert th.strip() and en.strip() and th != en, result
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in th), th
    by_url = {r.url: r for r in results}
    assert by_url[base + "/ok"].message("th") == "ใช้ได้ (200)" and by_url[base + "/ok"].message("en") == "OK (200)"
    assert by_url[base + "/missing"].message("th") == "ลิงก์เสีย (404)"
    assert by_url[base + "/moved"].message("th") == f"ย้ายไปที่ {base}/ok (301)"
    assert by_url[base + "/slow"].message("th").startswith("หมดเวลา")
    assert by_url["http://example.com/"].message("th") == "ไม่ตรวจ: โฮสต์ example.com ไม่อยู่ใน ITA_EVIDENCE_HOSTS"
    assert results[-1].message("th") == "ไม่ตรวจ: " + t("evidence.local_address", "th", address="::1")


@pytest.mark.parametrize("kwargs", [{"timeout": 0}, {"workers": 0}, {"max_requests": -1}, {"total_timeout": 0}])
def test_bad_arguments_are_refused(kwargs):
    with pytest.raises(ValueError):
        check_links(["http://bangkok.go.th/"], **kwargs)
