"""The page survives a rough reader: the window squeezed to 200 px and widened again and again,
the event filter typed and cleared faster than the app can redraw, and back and forward
pressed over and over. Afterwards nothing was recorded as an error (conftest.py checks every
engine), the page still answers (the filter filters, every chart is drawn) and what it shows
matches its address."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import APP_MOUNTED
from test_charts import CHART_IDS

TOTAL = 4605


def count(page):
    match = re.match(r"([\d,]+) of ([\d,]+) events?", page.text("#ev-count"))
    assert match, page.text("#ev-count")
    return int(match.group(1).replace(",", ""))


def query(page):
    return {key: values[0] for key, values in parse_qs(urlparse(page.driver.current_url).query).items()}


def settle(page):
    """Waits two frames, so pending redraws have run."""
    page.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));"
    )


def assert_still_answers(page):
    """Every chart is drawn, and the filter still filters."""
    for chart_id in CHART_IDS:
        page.wait_for(
            lambda d: len(page.find_all(f"#chart-{chart_id} .chart-figure svg text")) >= 3, f"{chart_id} to be drawn"
        )
    assert page.js("return document.querySelectorAll('.ev-map__svg polygon').length") == 34
    clear = next(b for b in page.find_all(".ev-actions .ev-button") if b.get_attribute("textContent") == "Clear all filters")
    page.js("arguments[0].click()", clear)
    page.wait_for(lambda d: count(page) == TOTAL, "every event after clearing the filters")
    field = page.find("#ev-q")
    page.scroll_to(field)
    field.send_keys("kunduz")
    page.wait_for(lambda d: query(page).get("ev.q") == "kunduz", "the text to reach the URL")
    page.wait_for(lambda d: 0 < count(page) < TOTAL, "the list to be filtered")


def test_squeezing_the_window_again_and_again(page):
    page.open("/")
    for _ in range(4):
        page.driver.set_window_size(200, 700)
        page.driver.set_window_size(1280, 900)
    # Once more, letting each size draw.
    for width in (200, 1280, 200, 1280):
        page.driver.set_window_size(width, 800)
        settle(page)
    page.wait_for(lambda d: d.execute_script("return innerWidth") >= 1000, "the window to be wide again")
    settle(page)
    # Charts are drawn for the wide window again, not left at the narrow size.
    width = page.js("return document.querySelector('#chart-refugees .chart-figure svg').getAttribute('width')")
    assert int(float(width)) > 400, width
    assert_still_answers(page)


def test_typing_and_clearing_the_filter_faster_than_it_redraws(page):
    page.open("/#events")
    page.wait_for(lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-count"), "the event explorer")
    field = page.find("#ev-q")
    page.scroll_to(field)
    # 30 changes through the keyboard, without waiting for the list.
    for n in range(30):
        if n % 3 == 2:
            field.send_keys(Keys.BACKSPACE, Keys.BACKSPACE)
        else:
            field.send_keys("kab"[n % 3])
    # 30 more in one burst of input events, as a fast paste-and-clear would.
    page.js(
        """
        const field = arguments[0];
        for (let n = 0; n < 30; n++) {
          field.value = n % 2 ? '' : 'kandahar airstrike '.slice(0, n % 19);
          field.dispatchEvent(new Event('input', {bubbles: true}));
        }
        field.value = 'herat';
        field.dispatchEvent(new Event('input', {bubbles: true}));
        """,
        field,
    )
    page.wait_for(lambda d: query(page).get("ev.q") == "herat", "the last text to win")
    shown = 0

    def settled(_):
        nonlocal shown
        shown = count(page)
        return 0 < shown < TOTAL

    page.wait_for(settled, "the list to show the last text's events")
    assert field.get_attribute("value") == "herat"
    # The same link in a fresh load gives the same list: the burst left no stale state.
    page.open("/?ev.q=herat#events")
    page.wait_for(lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-count"), "the event explorer")
    assert count(page) == shown
    assert_still_answers(page)


def test_back_and_forward_over_and_over(page):
    page.open("/#events")
    page.wait_for(lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-count"), "the event explorer")
    # Seven history entries of this test: the load, kinds, two presets, a sort.
    visited = [page.driver.current_url]
    steps = [
        ("#ev-type-one-sided", lambda q: q.get("ev.type") == "one-sided"),
        ("#ev-type-state-based", lambda q: q.get("ev.type") == "state-based,one-sided"),
        ("#ev-type-one-sided", lambda q: q.get("ev.type") == "state-based"),
    ]
    for css, reached in steps:
        page.js("arguments[0].click()", page.find(css))
        page.wait_for(lambda d: reached(query(page)), f"{css} to reach the URL")
        visited.append(page.driver.current_url)
    for preset in ("2015–2021", "2001–2014"):
        chip = next(b for b in page.find_all(".ev-field--dates .ev-chip") if b.text == preset)
        page.js("arguments[0].click()", chip)
        page.wait_for(lambda d: query(page).get("ev.from") == preset[:4], f"the {preset} preset")
        visited.append(page.driver.current_url)
    page.js("arguments[0].click()", page.find(".ev-c--deaths .ev-sort"))
    page.wait_for(lambda d: "ev.sort" in query(page), "the sort")
    visited.append(page.driver.current_url)
    # Eighteen steps through history without waiting for the page in between: nine backs and
    # three forwards (after backs 0, 3 and 6) would end on entry 0, then six forwards on the
    # last. The engine may drop a step that arrives while another is under way, so the walk can
    # end anywhere, even on an earlier test's page of the app.
    for n in range(9):
        page.driver.back()
        if n % 3 == 0:
            page.driver.forward()
    for _ in range(6):
        page.driver.forward()
    # Then a burst from the page itself, faster than any traversal finishes.
    page.js("for (let n = 0; n < 5; n++) { history.back(); history.forward(); }")
    settle(page)
    try:
        page.wait_for(
            lambda d: d.current_url.startswith(page.base_url + "/") and page.js(APP_MOUNTED),
            "the history walk to end on a page of the app",
        )
    except TimeoutException:
        pytest.fail(f"the walk ended on {page.driver.current_url}; this test's entries were {visited}")
    settle(page)
    # What the page shows matches its address: a fresh load of the same address agrees.
    address = page.driver.current_url
    shown = count(page)
    state = query(page)
    checked = {kind: page.find(f"#ev-type-{kind}").is_selected() for kind in ("state-based", "one-sided")}
    page.open(address[len(page.base_url):])
    page.wait_for(lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-count"), "the event explorer")
    assert query(page) == state
    assert count(page) == shown, f"{address}: {shown} shown after the history spam, {count(page)} on a fresh load"
    assert {kind: page.find(f"#ev-type-{kind}").is_selected() for kind in checked} == checked
    assert_still_answers(page)
