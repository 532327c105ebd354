"""Readers on a flaky connection or with JavaScript off: the dashboard reloads with the network
gone (service worker), and without JavaScript the pre-rendered charts, figures, tables and
sources are all there."""

import functools
import http.server
import tempfile
import threading

import pytest
from selenium import webdriver

import conftest
from conftest import DIST, Page


def serve_dist():
    handler = functools.partial(conftest.DistHandler, directory=str(DIST))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def test_the_dashboard_reloads_offline_after_a_first_visit(driver):
    server, base = serve_dist()
    page = Page(driver, base)
    try:
        page.open("/")
        if not page.js("return 'serviceWorker' in navigator"):
            pytest.skip(f"{driver.engine} has no service workers in this build")
        # The worker serves the page loads after the one that installed it.
        page.js("navigator.serviceWorker.ready.then(() => { window.__awcWorkerReady = true; })")
        page.wait_for(lambda d: page.js("return !!window.__awcWorkerReady"), "the service worker", timeout=30)
        page.open("/")
        page.wait_for(
            lambda d: page.js("return !!navigator.serviceWorker.controller"),
            "the service worker to control the page",
            timeout=30,
        )
    finally:
        server.shutdown()
        server.server_close()
    # The network is gone: nothing listens on the port any more.
    page.open("/?refugees.from=1990")
    assert len(page.find_all("figure.chart-card .chart-figure__svg svg")) == 11
    assert "1990–" in page.text("#chart-refugees .chart-card__subtitle")
    page.open("/embed/unama-civilians.html?theme=dark")
    assert page.find_all(".chart-figure__svg svg")
    assert page.find_all(".embed__footer .data-version")
    assert not page.console_errors()


def start_without_javascript(engine, profile_dir):
    if engine == "chromium":
        options = webdriver.ChromeOptions()
        options.binary_location = conftest.shutil.which("chromium") or "/usr/bin/chromium"
        for arg in conftest.CHROMIUM_ARGS:
            options.add_argument(arg)
        options.add_argument(f"--user-data-dir={profile_dir}")
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
        service = webdriver.ChromeService(executable_path=conftest.shutil.which("chromedriver") or "/usr/bin/chromedriver")
        return webdriver.Chrome(options=options, service=service)
    if engine == "firefox":
        options = webdriver.FirefoxOptions()
        options.binary_location = conftest.shutil.which("firefox-esr") or "/usr/bin/firefox-esr"
        options.add_argument("-headless")
        options.set_preference("javascript.enabled", False)
        service = webdriver.FirefoxService(executable_path=conftest.shutil.which("geckodriver"))
        return webdriver.Firefox(options=options, service=service)
    return None


@pytest.mark.parametrize("engine", conftest.engines())
def test_without_javascript_a_reader_sees_numbers_charts_tables_and_sources(engine, base_url):
    with tempfile.TemporaryDirectory(prefix=f"awc-nojs-{engine}-") as profile_dir:
        driver = start_without_javascript(engine, profile_dir)
        if driver is None:
            # WebKitGTK's WebDriver offers no switch for JavaScript; Chromium and Firefox
            # cover the static page, which is the same HTML in every engine.
            pytest.skip(f"{engine}: no way to turn JavaScript off through WebDriver")
        try:
            driver.set_window_size(1280, 900)
            driver.get(base_url + "/")
            find_all = lambda css: driver.find_elements("css selector", css)  # noqa: E731
            assert len(find_all("figure.chart-card .static-chart svg")) == 11
            assert len(find_all(".headline-cards .headline-card")) == 8
            assert "$2,313 billion" in [card.text.split("\n")[0] for card in find_all(".headline-card")]
            assert len(find_all(".chart-card__table-details table")) == 11
            assert len(find_all(".claims .claim")) == 13
            assert len(find_all(".source-cards .source-card")) > 50
            note = find_all(".noscript-note")
            assert note and note[0].is_displayed() and "JavaScript is turned off" in note[0].text
            # The loading status would spin forever: without JavaScript it is hidden.
            assert not driver.find_element("id", "boot").is_displayed()
            # Nothing spills sideways on a phone (WebDriver scripts still run where the engine
            # allows them with page scripts off).
            driver.set_window_size(375, 900)
            try:
                widths = driver.execute_script(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
                )
            except Exception:  # noqa: BLE001 - an engine that refuses all scripts
                widths = None
            if widths:
                assert widths[0] <= widths[1], f"horizontal overflow without JavaScript: {widths}"
            driver.get(base_url + "/embed/refugees.html")
            assert find_all(".static-chart svg")
            assert find_all(".embed__footer .data-version")
        finally:
            driver.quit()
