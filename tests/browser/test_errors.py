"""The error detector every browser test relies on (conftest.py fails a test on any error the
page records or the engine reports) really sees errors, in every engine, and the reader gets a
calm banner with a way out.

The page is made to fail by test scripts, never by anything shipped in the app. Rust panics
reach the same record and banner through the panic hook, which tests/panic_hook.rs checks
natively. Engines treat WebDriver scripts like scripts of another origin: Chromium and Firefox
do not hand their uncaught errors to the page in full (Chromium says "Script error.", Firefox
keeps them from the page's listeners), so a real throw is detected by the engine's own report
there, and by the app's record in WebKit; events dispatched in the page reach the app's
listeners in every engine."""

from selenium.webdriver.common.by import By

from conftest import APP_ERROR_ATTRIBUTE, APP_ERROR_BANNER


def recorded(page):
    return page.js("return document.documentElement.getAttribute(arguments[0]) || ''", APP_ERROR_ATTRIBUTE)


def banner_shown(page):
    return bool(page.find_all(f"#{APP_ERROR_BANNER}"))


def wait_detected(page, probe):
    """Waits until the harness detects `probe` (engines report asynchronously) and returns
    everything it detected; the page is clean again afterwards."""
    seen = []

    def detected(_):
        seen.extend(page.take_errors())
        return any(probe in error for error in seen)

    page.wait_for(detected, f"{probe!r} to be detected", timeout=10)
    assert not recorded(page) and not banner_shown(page), "taking the errors clears the page"
    return seen


def test_an_uncaught_error_is_detected(page):
    page.open("/")
    page.js("setTimeout(() => { throw new Error('probe: uncaught error'); }, 0);")
    wait_detected(page, "probe: uncaught error")


def test_an_unhandled_rejection_is_detected(page):
    page.open("/")
    page.js("Promise.reject(new Error('probe: unhandled rejection'));")
    wait_detected(page, "probe: unhandled rejection")


def test_a_console_error_is_detected(page):
    page.open("/")
    page.js("console.error('probe: console error');")
    errors = wait_detected(page, "probe: console error")
    # A console message alone is not an app failure: no report of the app's own.
    assert not any(error.startswith("app: ") for error in errors), errors


def test_an_error_in_the_page_is_recorded_and_shown_with_a_way_out(page):
    page.open("/?refugees.view=table#spending")
    assert not recorded(page) and not banner_shown(page)
    page.js(
        "window.dispatchEvent(new ErrorEvent('error', {message: 'probe: error event',"
        " filename: location.origin + '/app.js', lineno: 12, colno: 34, error: new Error('x')}));"
    )
    origin = page.js("return location.origin")
    assert recorded(page) == f"error: probe: error event at {origin}/app.js:12:34"
    banner = page.find(f"#{APP_ERROR_BANNER}")
    assert banner.is_displayed()
    assert banner.get_attribute("role") == "alert"
    assert banner.text.startswith("Something went wrong on this page")
    reload = banner.find_element(By.TAG_NAME, "a")
    assert reload.text == "Reload the page"
    # The link reloads this very view (the router leaves rel="external" links to the browser).
    assert reload.get_attribute("rel") == "external"
    assert reload.get_attribute("href") == page.driver.current_url
    # The banner covers nothing a reader needs for good: the app still runs beside it.
    assert page.find_all("#chart-refugees table")
    errors = wait_detected(page, "probe: error event")
    assert "app: the error banner is shown" in errors


def test_a_rejection_in_the_page_is_recorded_with_its_reason(page):
    page.open("/")
    page.js(
        "window.dispatchEvent(new PromiseRejectionEvent('unhandledrejection',"
        " {promise: Promise.resolve(), reason: new Error('probe: rejection event')}));"
    )
    assert recorded(page) == "unhandled rejection: probe: rejection event"
    assert banner_shown(page)
    wait_detected(page, "probe: rejection event")


def test_repeated_errors_show_one_banner_and_keep_every_report(page):
    page.open("/")
    page.js(
        "for (const n of [1, 2, 3]) {"
        " window.dispatchEvent(new ErrorEvent('error', {message: 'probe: repeat ' + n})); }"
    )
    assert recorded(page).split("\n") == [f"error: probe: repeat {n}" for n in (1, 2, 3)]
    assert len(page.find_all(f"#{APP_ERROR_BANNER}")) == 1
    wait_detected(page, "probe: repeat 3")


def test_errors_on_a_page_that_was_left_are_still_detected(page):
    page.open("/")
    page.js("window.dispatchEvent(new ErrorEvent('error', {message: 'probe: before leaving'}));")
    page.open("/#events")
    assert not recorded(page)
    errors = page.take_errors()
    assert "app: error: probe: before leaving" in errors, errors
