"""Browser test harness: serves the release dist/ on a free loopback port and drives a real
browser through W3C WebDriver. The engine comes from BROWSERS (comma-separated; default
chromium), so the same tests run in every engine the machine has."""

import contextlib
import functools
import http.server
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
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


@contextlib.contextmanager
def served(directory):
    """Serves `directory` on a free loopback port for as long as the block runs."""
    handler = functools.partial(DistHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def base_url():
    if not (DIST / "index.html").is_file():
        pytest.fail("dist/index.html is missing: run `trunk build --release` first (scripts/test.sh does)")
    with served(DIST) as url:
        yield url


# The app built from tests/fixtures/hostile-data/ (strings full of markup, script, bidi controls
# and Arabic script); scripts/test.sh builds it and names it, so there it must exist.
HOSTILE_DIST = Path(os.environ.get("AWC_HOSTILE_DIST", ROOT / "target" / "hostile-dist"))
HOSTILE_BUILD = (
    "AWC_DATA_DIR=tests/fixtures/hostile-data trunk build --offline --dist target/hostile-dist"
)


@pytest.fixture(scope="session")
def hostile_base_url():
    if not (HOSTILE_DIST / "index.html").is_file():
        message = f"{HOSTILE_DIST}/index.html is missing: build it with `{HOSTILE_BUILD}` (scripts/test.sh does)"
        if "AWC_HOSTILE_DIST" in os.environ:
            pytest.fail(message)
        pytest.skip(message)
    with served(HOSTILE_DIST) as url:
        yield url


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
    # WebDriver BiDi reports the page's console errors and uncaught errors (classic WebDriver
    # has no log in Firefox); only the page's own, not the browser's.
    options.enable_bidi = True
    service = webdriver.FirefoxService(executable_path=shutil.which("geckodriver"))
    drv = webdriver.Firefox(options=options, service=service)
    drv.bidi_errors = []
    drv.script.add_console_message_handler(
        lambda entry: entry.level == "error" and drv.bidi_errors.append(f"console.error: {entry.text}")
    )
    drv.script.add_javascript_error_handler(lambda entry: drv.bidi_errors.append(f"uncaught: {entry.text}"))
    return drv


def start_webkit(profile_dir):
    # WebKitGTK has no headless mode: scripts/test.sh starts Xvfb and sets DISPLAY.
    options = webdriver.WebKitGTKOptions()
    options.binary_location = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
    options.add_argument("--automation")
    service = webdriver.WebKitGTKService(executable_path=shutil.which("WebKitWebDriver") or "/usr/bin/WebKitWebDriver")
    return webdriver.WebKitGTK(options=options, service=service)


STARTERS = {"chromium": start_chromium, "firefox": start_firefox, "webkit": start_webkit}


# WebKitGTK sometimes fails on its own, never in Chromium or Firefox: its WebAssembly stops with
# "Out of bounds memory access" (README, "Known fault, WebKitGTK only"), or the browser goes
# away and takes the WebDriver session with it. A WebKit test that fails with one of these runs
# again, at most twice, in a browser started afresh if the old one is gone; any other failure,
# and any failure in Chromium or Firefox, stands. pytest prints each rerun ("R", "N rerun").
ENGINE_FAULTS = {
    "webkit": [
        "Out of bounds memory access",
        "InvalidSessionIdException",
    ],
}
ENGINE_FAULT_RERUNS = 2


def pytest_collection_modifyitems(items):
    for item in items:
        callspec = getattr(item, "callspec", None)
        engine = callspec.params.get("browser", callspec.params.get("engine")) if callspec else None
        if engine in ENGINE_FAULTS:
            item.add_marker(pytest.mark.flaky(reruns=ENGINE_FAULT_RERUNS, only_rerun=ENGINE_FAULTS[engine]))


class Browser:
    """One engine's browser, kept for the whole run and started again if the engine loses it."""

    def __init__(self, engine, profile_root):
        self.engine = engine
        self.profile_root = profile_root
        self.driver = None
        self.restarts = []

    def start(self):
        profile_dir = tempfile.mkdtemp(prefix=f"{self.engine}-", dir=self.profile_root)
        self.driver = STARTERS[self.engine](profile_dir)
        self.driver.engine = self.engine
        self.driver.set_window_size(1280, 900)

    def alive(self):
        try:
            self.driver.current_url  # noqa: B018 - any command fails once the session is gone
            return True
        except Exception:
            return False

    def live_driver(self, test_name):
        if self.driver is None:
            self.start()
        elif not self.alive():
            self.restarts.append(test_name)
            self.quit()
            self.start()
        return self.driver

    def quit(self):
        with contextlib.suppress(Exception):
            self.driver.quit()


BROWSERS_STARTED = []


@pytest.fixture(scope="session", params=engines())
def browser(request):
    engine = request.param
    if engine not in STARTERS:
        pytest.fail(f"unknown browser engine {engine!r}; known: {', '.join(STARTERS)}")
    with tempfile.TemporaryDirectory(prefix=f"awc-{engine}-") as profile_root:
        held = Browser(engine, profile_root)
        BROWSERS_STARTED.append(held)
        yield held
        held.quit()


@pytest.fixture
def driver(browser, request):
    return browser.live_driver(request.node.nodeid)


def pytest_terminal_summary(terminalreporter):
    for held in BROWSERS_STARTED:
        for test_name in held.restarts:
            terminalreporter.write_line(f"{held.engine}: the browser was gone and was started again before {test_name}")


# The page first shows its pre-rendered static copy (class "prerendered"); the app has taken
# over once that copy and the loading status are gone and the app's own content is there.
# The app takes over what is below the first screen when the reader engages with the page
# (src/web/first_engagement.rs); a pointer move stands for a reader who moves the mouse, and is
# sent on every check because the app may not be listening yet.
APP_MOUNTED = """
  window.dispatchEvent(new Event('pointermove'));
  return !document.querySelector('.prerendered') && !document.getElementById('boot')
    && !!document.querySelector('#app > *');
"""

# What the app records when something breaks (src/web/error_report.rs): every report on the
# document element, and the banner shown to the reader.
APP_ERROR_ATTRIBUTE = "data-app-error"
APP_ERROR_BANNER = "app-error"

# WebKitGTK's WebDriver exposes no console: after each load, console.error is wrapped so that
# what the page logs from then on is kept for the harness (start-up errors still reach the
# app's own record when they are panics or uncaught errors).
WEBKIT_CONSOLE_WRAPPER = """
if (!window.__awcConsoleErrors) {
  window.__awcConsoleErrors = [];
  const original = console.error;
  console.error = function (...args) {
    window.__awcConsoleErrors.push(args.map(String).join(' '));
    return original.apply(this, args);
  };
}
"""

READ_PAGE_ERRORS = """
const root = document.documentElement;
const found = [];
const record = root ? root.getAttribute(arguments[0]) : null;
if (record) { found.push(...record.split('\\n').map(line => 'app: ' + line)); }
if (document.getElementById(arguments[1])) { found.push('app: the error banner is shown'); }
for (const line of (window.__awcConsoleErrors || [])) { found.push('console.error: ' + line); }
if (window.__awcConsoleErrors) { window.__awcConsoleErrors.length = 0; }
if (record) { root.removeAttribute(arguments[0]); }
const banner = document.getElementById(arguments[1]);
if (banner) { banner.remove(); }
return found;
"""


class Page:
    """What a reader does: open a URL, wait for the app, read what is on screen."""

    def __init__(self, driver, base_url, start_timeout=20):
        self.driver = driver
        self.base_url = base_url
        # How long the app may take to start after a load.
        self.start_timeout = start_timeout
        # Errors seen on pages this test has left or checked; see `take_errors`.
        self.errors = []

    def open(self, path="/", width=1280, height=900):
        # Leaving a page loses what it recorded, so read it first.
        self.collect_errors()
        self.driver.set_window_size(width, height)
        self.driver.get(self.base_url + path)
        self.wait_for(lambda d: self.js(APP_MOUNTED), "the app to start", timeout=self.start_timeout)
        if self.driver.engine == "webkit":
            self.js(WEBKIT_CONSOLE_WRAPPER)
        return self

    def wait_for(self, condition, what, timeout=20):
        try:
            return WebDriverWait(self.driver, timeout).until(condition, message=f"waited {timeout}s for {what}")
        except TimeoutException as waited:
            # What the page reported while we waited is most often why: say it here, where the
            # test failed (it is still reported again when the test ends).
            reported = list(self.collect_errors())
            if reported:
                raise TimeoutException(f"{waited.msg}; meanwhile the page reported: {reported}") from None
            raise

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
        """Console errors and uncaught errors the engine reports: Chromium's WebDriver log,
        Firefox's WebDriver BiDi events, WebKit's wrapped console.error (read with the page's
        record in `page_errors`). Reading them clears them."""
        if self.driver.engine == "chromium":
            return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]
        if self.driver.engine == "firefox":
            found, self.driver.bidi_errors[:] = list(self.driver.bidi_errors), []
            return found
        return []

    def page_errors(self):
        """What the open page recorded (every engine): panics, uncaught errors and unhandled
        rejections from the app's own record, whether its error banner shows, and (WebKit)
        wrapped console errors. Reading them clears them from the page."""
        try:
            return self.js(READ_PAGE_ERRORS, APP_ERROR_ATTRIBUTE, APP_ERROR_BANNER) or []
        except Exception as error:  # e.g. a page that is not ours (about:blank) or is gone
            return [f"harness: could not read the page's error record: {error}"] if self.driver.current_url.startswith(self.base_url) else []

    def collect_errors(self):
        self.errors += self.page_errors() + self.console_errors()
        return self.errors

    def take_errors(self):
        """Every error seen so far, in every engine; the list starts empty again."""
        found, self.errors = self.collect_errors(), []
        return found


def checked_page(driver, url, start_timeout=20):
    """A Page on `url` whose test fails on any error the page recorded or the engine reported."""
    p = Page(driver, url, start_timeout)
    leftover = p.take_errors()
    if leftover:
        pytest.fail(f"errors appeared after the previous test ended ({driver.engine}): {leftover}")
    yield p
    errors = p.take_errors()
    assert not errors, f"errors in the page ({driver.engine}): {errors}"


@pytest.fixture
def page(driver, base_url):
    yield from checked_page(driver, base_url)


@pytest.fixture
def hostile_page(driver, hostile_base_url):
    # A development build (about 12 MB of wasm, not optimised): WebKit takes a while to start it.
    yield from checked_page(driver, hostile_base_url, start_timeout=120)
