"""ITA_AUTH=oidc (issue 11.1) in headless Chromium against a real OpenID Connect provider on loopback
(oidc-provider-mock): the agency's sign-in button leads to the provider, and back in the app the e-mail claim
names the account, whose role applies; an e-mail without an account gets nothing but a message."""
from __future__ import annotations

import pytest

from analysis.common.text import t
from analysis.store import Store
from tests.browser_support import BROWSER, chromium_page, settle, streamlit_server

pytestmark = BROWSER
oidc_provider_mock = pytest.importorskip("oidc_provider_mock")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("oidc")
    store = Store(f"sqlite:///{folder / 'ita.sqlite3'}")
    store.accounts.add("anna", "viewer", email="Anna@Example.go.th")
    store.close()
    with oidc_provider_mock.run_server_in_thread() as provider:
        secrets = folder / "secrets.toml"
        secrets.write_text(
            "[auth]\n"
            'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
            'cookie_secret = "a-long-random-test-secret-for-the-identity-cookie"\n'
            'client_id = "ita-dashboard"\n'
            'client_secret = "test-client-secret"\n'
            f'server_metadata_url = "http://localhost:{provider.server_port}/.well-known/openid-configuration"\n',
            encoding="utf-8")
        with streamlit_server(folder, args=("--secrets.files", str(secrets)), ITA_AUTH="oidc") as url:
            yield url, folder


# counts the page links the sidebar ever held, from before the first byte of the page: a page list shown for a
# moment (Streamlit's old pages-folder mode on a fresh server's first visit) is caught, not only the settled page
NAV_WATCH = """
window.__navSeen = 0;
new MutationObserver(() => {
  const n = document.querySelectorAll("[data-testid='stSidebarNavLink']").length;
  if (n > window.__navSeen) window.__navSeen = n;
}).observe(document, {subtree: true, childList: true});
"""


def _through_the_provider(page, url: str, email: str) -> None:
    page.add_init_script(NAV_WATCH)
    page.goto(url + "/")
    settle(page)
    assert page.locator("[data-testid='stSidebarNavLink']").count() == 0, "no page list before sign-in"
    assert page.evaluate("window.__navSeen") == 0, "no page list before sign-in, not even for a moment"
    page.get_by_role("button", name=t("auth.oidc_sign_in")).click()
    page.locator("input[name='sub']").wait_for(timeout=30_000)          # the provider's own form
    page.locator("input[name='sub']").fill(email)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(url + "/**", timeout=60_000)
    settle(page)


def test_an_oidc_sign_in_maps_the_e_mail_claim_to_its_account(server):
    url, folder = server
    with chromium_page() as page:
        _through_the_provider(page, url, "anna@example.go.th")
        page.get_by_text(t("auth.signed_in_as", name="anna", role=t("auth.role_viewer"))).wait_for(timeout=60_000)
        assert page.locator("[data-testid='stSidebarNavLink']").count() > 5
        assert page.locator("[data-testid='stException']").count() == 0
    with chromium_page() as page:
        _through_the_provider(page, url, "stranger@example.go.th")
        page.get_by_text(t("auth.oidc_no_account", email="stranger@example.go.th")).wait_for(timeout=60_000)
        assert page.locator("[data-testid='stSidebarNavLink']").count() == 0
        assert "สำนักงานเขต" not in page.locator("body").inner_text()
    store = Store(f"sqlite:///{folder / 'ita.sqlite3'}")
    try:
        events = {(e.user, e.action) for e in store.audit.list()}
    finally:
        store.close()
    assert {("anna", "sign_in"), ("stranger@example.go.th", "sign_in_failed")} <= events
