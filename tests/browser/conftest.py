"""Browser test harness: serves the release dist/ on a free loopback port and drives a real
browser through W3C WebDriver. The engine comes from BROWSERS (comma-separated; default
chromium), so the same tests run in every engine the machine has."""

import functools
import http.server
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
# AWC_DIST lets a developer test another build folder while dist/ is being rebuilt.
DIST = Path(os.environ.get("AWC_DIST", ROOT / "dist"))

# Flags that keep headless Chromium quiet on a machine with no internet (see TOOLCHAIN.md).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


class DistHandler(http.server.SimpleHTTPRequestHandler):
    """Static file server with the MIME type browsers require for streaming wasm compilation."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".svg": "image/svg+xml",
    }

    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def base_url():
    if not (DIST / "index.html").is_file():
        pytest.fail("dist/index.html is missing: run `trunk build --release` first (scripts/test.sh does)")
    handler = functools.partial(DistHandler, directory=str(DIST))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def engines():
    return [name.strip() for name in os.environ.get("BROWSERS", "chromium").split(",") if name.strip()]


def pytest_configure(config):
    # Selenium's own deprecation notice about its internals is not ours to fix.
    config.addinivalue_line("filterwarnings", "ignore:setting remote_server_addr:DeprecationWarning")


def start_chromium(profile_dir):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in CHROMIUM_ARGS:
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={profile_dir}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def start_firefox(profile_dir):
    options = webdriver.FirefoxOptions()
    options.binary_location = shutil.which("firefox-esr") or "/usr/bin/firefox-esr"
    options.add_argument("-headless")
    options.add_argument("-profile")
    options.add_argument(profile_dir)
    service = webdriver.FirefoxService(executable_path=shutil.which("geckodriver"))
    return webdriver.Firefox(options=options, service=service)


def start_webkit(profile_dir):
    # WebKitGTK has no headless mode: scripts/test.sh starts Xvfb and sets DISPLAY.
    options = webdriver.WebKitGTKOptions()
    options.binary_location = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
    options.add_argument("--automation")
    service = webdriver.WebKitGTKService(executable_path=shutil.which("WebKitWebDriver") or "/usr/bin/WebKitWebDriver")
    return webdriver.WebKitGTK(options=options, service=service)


STARTERS = {"chromium": start_chromium, "firefox": start_firefox, "webkit": start_webkit}


@pytest.fixture(scope="session", params=engines())
def driver(request):
    engine = request.param
    if engine not in STARTERS:
        pytest.fail(f"unknown browser engine {engine!r}; known: {', '.join(STARTERS)}")
    with tempfile.TemporaryDirectory(prefix=f"awc-{engine}-") as profile_dir:
        drv = STARTERS[engine](profile_dir)
        drv.engine = engine
        drv.set_window_size(1280, 900)
        yield drv
        drv.quit()


# The page first shows its pre-rendered static copy (class "prerendered"); the app has taken
# over once that copy and the loading status are gone and the app's own content is there.
APP_MOUNTED = """
  return !document.querySelector('.prerendered') && !document.getElementById('boot')
    && !!document.querySelector('#app > *');
"""


class Page:
    """What a reader does: open a URL, wait for the app, read what is on screen."""

    def __init__(self, driver, base_url):
        self.driver = driver
        self.base_url = base_url

    def open(self, path="/", width=1280, height=900):
        self.driver.set_window_size(width, height)
        self.driver.get(self.base_url + path)
        self.wait_for(lambda d: self.js(APP_MOUNTED), "the app to start")
        return self

    def wait_for(self, condition, what, timeout=20):
        return WebDriverWait(self.driver, timeout).until(condition, message=f"waited {timeout}s for {what}")

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self, css):
        return self.find(css).text

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def scroll_to(self, element):
        """Centres an element at once (the page scrolls smoothly for readers, not for tests)."""
        self.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)

    def console_errors(self):
        """Console errors and Rust panic messages the page logged (engines that expose logs)."""
        if self.driver.engine != "chromium":
            return []
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]


@pytest.fixture
def page(driver, base_url):
    p = Page(driver, base_url)
    yield p
    errors = p.console_errors()
    assert not errors, f"console errors: {errors}"
