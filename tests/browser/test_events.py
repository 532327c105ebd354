"""The event explorer as a reader uses it: filters, the URL, back, the map, notices, export."""

import re
from urllib.parse import parse_qs, urlparse

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

TOTAL = 4605


def count(page):
    """The number of events the live count announces ("1,234 of 4,605 events")."""
    text = page.text("#ev-count")
    match = re.match(r"([\d,]+) of ([\d,]+) events?", text)
    assert match, f"unexpected count text {text!r}"
    assert int(match.group(2).replace(",", "")) == TOTAL
    return int(match.group(1).replace(",", ""))


def query(page):
    return {key: values[0] for key, values in parse_qs(urlparse(page.driver.current_url).query).items()}


def open_events(page, path="/", width=1280):
    page.open(path, width=width)
    page.wait_for(lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-count"), "the event explorer")
    return page


def rows(page):
    return page.find_all("#events tbody tr.ev-row")


def cells(page, css):
    """The rendered text of one cell (`css` inside each row) of every row in the page, read in
    one script so a re-render cannot leave a stale element half-read. `innerText`, because
    WebKit's WebDriver leaves clipped text out of `.text`."""
    return page.js(
        "return [...document.querySelectorAll('#events tbody tr.ev-row')]"
        ".map(row => { const cell = row.querySelector(arguments[0]);"
        " return cell ? (cell.innerText + ' ' + (cell.title || '')).trim() : ''; });",
        css,
    )


def deaths(page):
    return [int(text.split()[0].replace(",", "")) for text in cells(page, ".ev-deaths")]


def click(page, element):
    """A real click, after scrolling the element to the middle at once (the page scrolls
    smoothly, which would move the element under a click that started earlier)."""
    page.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()


def wait_count(page, condition, what):
    page.wait_for(lambda d: condition(count(page)), what)
    return count(page)


def test_every_event_is_listed_newest_first_with_coverage_stated(page):
    open_events(page)
    assert count(page) == TOTAL
    coverage = page.text(".ev-coverage")
    assert "Only 2020 is complete" in coverage
    assert "sample" in coverage and "more than 10 government-side deaths" in coverage
    first_dates = cells(page, ".ev-c--date")[:3]
    assert all("2022" in date for date in first_dates), first_dates
    # Only the rows in view are in the page.
    assert 5 <= len(rows(page)) <= 60
    assert page.find(".ev-table").get_attribute("aria-rowcount") == str(TOTAL + 1)
    # The histogram has a bar per year from the first to the last year.
    assert len(page.find_all(".ev-hist__slot")) == 2022 - 1979 + 1


def test_scrolling_reaches_the_oldest_event_with_few_rows_in_the_page(page):
    open_events(page)
    page.js("const s = document.querySelector('.ev-scroller'); s.scrollTop = s.scrollHeight;")
    page.wait_for(lambda d: any("1979" in text for text in cells(page, ".ev-c--date")), "the oldest rows to render")
    assert len(rows(page)) <= 60


def test_typing_filters_the_list_and_the_count(page):
    open_events(page)
    field = page.find("#ev-q")
    field.send_keys("kundúz")
    filtered = wait_count(page, lambda n: 0 < n < TOTAL, "the count to drop")
    page.wait_for(lambda d: query(page).get("ev.q") == "kundúz", "the URL to hold the text")
    for place, kind, desc in zip(cells(page, ".ev-c--place"), cells(page, ".ev-c--type"), cells(page, ".ev-desc")):
        assert "kunduz" in f"{place} {kind} {desc}".lower()
    assert page.driver.switch_to.active_element == field, "typing must keep the focus in the field"
    field.send_keys(" airstrike")
    wait_count(page, lambda n: n < filtered, "more words to narrow the list")


def test_a_url_round_trips(page):
    path = "/?ev.from=2020&ev.to=2020&ev.type=one-sided&ev.min=5&ev.sort=deaths-desc#events"
    open_events(page, path)
    assert page.find("#ev-from").get_attribute("value") == "2020"
    assert page.find("#ev-to").get_attribute("value") == "2020"
    assert page.find("#ev-type-one-sided").is_selected()
    assert not page.find("#ev-type-state-based").is_selected()
    assert page.find("#ev-min").get_attribute("value") == "5"
    assert page.find("#ev-sort").get_attribute("value") == "deaths-desc"
    shown = count(page)
    assert 0 < shown < TOTAL
    shown_deaths = deaths(page)[:5]
    assert shown_deaths == sorted(shown_deaths, reverse=True) and shown_deaths[-1] >= 5
    assert page.find(".ev-c--deaths[aria-sort]").get_attribute("aria-sort") == "descending"
    # The same link in a fresh load gives the same view.
    open_events(page, path)
    assert count(page) == shown
    # The page opens at the list.
    top = page.js("return document.getElementById('events').getBoundingClientRect().top")
    assert abs(top) < 50, f"#events is {top}px from the top"


def test_back_restores_the_previous_view(page):
    open_events(page, "/?ev.province=Kunduz")
    kunduz = count(page)
    preset = next(b for b in page.find_all(".ev-field--dates .ev-chip") if b.text == "2015–2021")
    click(page, preset)
    page.wait_for(lambda d: query(page).get("ev.from") == "2015", "the preset to reach the URL")
    narrowed = wait_count(page, lambda n: n != kunduz, "the preset to filter")
    assert preset.get_attribute("aria-pressed") == "true"
    page.driver.back()
    page.wait_for(lambda d: "ev.from" not in query(page), "back to drop the preset")
    assert wait_count(page, lambda n: n == kunduz, "the previous count") == kunduz
    assert page.find("#ev-from").get_attribute("value") == ""
    page.driver.forward()
    wait_count(page, lambda n: n == narrowed, "forward to restore the preset")


# Types into the free-text field as a reader would (the field's value, then its input event),
# from a script, so that what the same script does next happens before the typed text's
# deferred URL write could.
TYPE = (
    "const field = document.getElementById('ev-q'); field.value = arguments[0];"
    "field.dispatchEvent(new Event('input', {bubbles: true}));"
)


def test_a_choice_right_after_typing_reaches_the_url_at_once_with_the_text(page):
    open_events(page)
    # The box is ticked while the typed text still waits for its pause: the URL must hold both
    # as soon as the click returns. (A real click: WebKit's back skips entries that scripts
    # wrote without a user's gesture.)
    page.js(TYPE, "kunduz")
    click(page, page.find("#ev-type-one-sided"))
    search = page.js("return location.search;")
    assert {key: values[0] for key, values in parse_qs(search.lstrip("?")).items()} == {
        "ev.q": "kunduz",
        "ev.type": "one-sided",
    }, search
    # The typed text went into the entry the choice left: back returns to it.
    page.driver.back()
    page.wait_for(lambda d: "ev.type" not in query(page), "back to drop the type")
    assert query(page).get("ev.q") == "kunduz"
    page.wait_for(lambda d: page.find("#ev-q").get_attribute("value") == "kunduz", "the field to show the text")
    # The minimum is typed, but it is written at once too, with the text typed before it.
    search = page.js(
        TYPE + "const min = document.getElementById('ev-min'); min.value = '3';"
        "min.dispatchEvent(new Event('input', {bubbles: true})); return location.search;",
        "kunduz airstrike",
    )
    assert {key: values[0] for key, values in parse_qs(search.lstrip("?")).items()} == {
        "ev.q": "kunduz airstrike",
        "ev.min": "3",
    }, search


def test_back_right_after_typing_keeps_the_restored_entry(page):
    open_events(page, "/?ev.province=Kunduz")
    kunduz = count(page)
    # An in-page link adds an entry with the same filter (the router follows it).
    link = page.js(
        "const a = document.createElement('a'); a.id = 'to-events'; a.textContent = 'Events';"
        "a.href = '#events'; document.querySelector('.site-header').append(a); return a;"
    )
    click(page, link)
    page.wait_for(lambda d: d.current_url.endswith("#events"), "the link to add an entry")
    # Typing, then back before the typing pauses: the entry back restores is shown as it is,
    # and no write of the typed text lands on it later.
    page.js(TYPE + "history.back();", "herat")
    page.wait_for(lambda d: not d.current_url.endswith("#events"), "back")
    # Well past the typing's pause (400 ms).
    page.driver.execute_async_script("setTimeout(arguments[arguments.length - 1], 1000);")
    assert "ev.q" not in query(page), page.driver.current_url
    assert query(page).get("ev.province") == "Kunduz"
    assert page.find("#ev-q").get_attribute("value") == ""
    assert wait_count(page, lambda n: n == kunduz, "the restored entry's count") == kunduz


def test_a_province_click_on_the_map_filters_the_list(page):
    open_events(page)
    names = [b.get_attribute("textContent").strip() for b in page.find_all(".ev-province-table tbody th button")]
    assert len(names) == 34
    target = names.index("Kunduz")
    polygon = page.find_all(".ev-map__svg polygon")[target]
    box = page.js("const r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", polygon)
    page.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", polygon)
    ActionChains(page.driver).move_to_element(polygon).perform()
    page.wait_for(lambda d: "Kunduz" in page.text(".ev-map__caption"), "the map to name the province under the pointer")
    ActionChains(page.driver).move_to_element(polygon).click().perform()
    page.wait_for(lambda d: query(page).get("ev.province") == "Kunduz", f"the click ({box}) to filter")
    wait_count(page, lambda n: 0 < n < TOTAL, "the list to follow")
    for place in cells(page, ".ev-c--place"):
        assert "Kunduz province" in place
    assert [c.text.replace("×", "").strip() for c in page.find_all(".ev-chip--remove")] == ["Kunduz"]


DOTS_PAINTED = """
const canvas = document.querySelector('.ev-map canvas.ev-map__layer--dots');
const shown = canvas.getBoundingClientRect();
const provinces = document.querySelector('.ev-map__svg svg').getBoundingClientRect();
const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
let painted = 0;
for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
return {painted, sameBox: Math.abs(shown.width - provinces.width) < 1 && Math.abs(shown.height - provinces.height) < 1
  && Math.abs(shown.top - provinces.top) < 1 && Math.abs(shown.left - provinces.left) < 1};
"""


def dots_painted(page):
    """Pixels the map's dot canvas has painted, and whether it lies exactly over the provinces."""
    return page.js(DOTS_PAINTED)


def test_the_map_paints_a_dot_for_the_selection_and_follows_the_filters(page):
    open_events(page)
    page.scroll_to(page.find(".ev-map"))
    page.wait_for(lambda d: dots_painted(page)["painted"] > 0, "the dots of every event")
    everything = dots_painted(page)
    assert everything["sameBox"], "the dots lie over the provinces they belong to"
    open_events(page, "/?ev.province=Kunduz#events")
    wait_count(page, lambda n: 0 < n < TOTAL, "Kunduz's events")
    page.wait_for(lambda d: 0 < dots_painted(page)["painted"] < everything["painted"], "fewer dots")
    open_events(page, "/?ev.q=no%20such%20event%20anywhere#events")
    wait_count(page, lambda n: n == 0, "no events")
    page.wait_for(lambda d: dots_painted(page)["painted"] == 0, "no dots")
    assert dots_painted(page)["sameBox"]


def test_a_year_link_elsewhere_on_the_page_filters_the_list(page):
    """How a chart links to a year: a plain anchor, followed by the router in the page."""
    open_events(page)
    page.js(
        "const a = document.createElement('a'); a.id = 'year-link'; a.textContent = '2018';"
        "a.href = '?ev.from=2018&ev.to=2018#events'; document.querySelector('.site-header').append(a);"
    )
    click(page, page.find("#year-link"))
    page.wait_for(lambda d: query(page) == {"ev.from": "2018", "ev.to": "2018"}, "the link to set the year")
    shown = wait_count(page, lambda n: 0 < n < TOTAL, "the list to follow the link")
    assert all("2018" in date for date in cells(page, ".ev-c--date"))
    page.driver.back()
    wait_count(page, lambda n: n == TOTAL, "back to show every event again")
    assert shown < TOTAL


def test_a_malformed_parameter_is_ignored_with_a_notice_and_the_rest_applies(page):
    open_events(page, "/?ev.min=abc&ev.from=2018&ev.to=2018#events")
    notice = page.find("#events .url-notice")
    assert notice.is_displayed()
    assert "ev.min=abc" in notice.text
    assert page.find("#ev-from").get_attribute("value") == "2018"
    shown = count(page)
    assert 0 < shown < TOTAL
    assert all("2018" in date for date in cells(page, ".ev-c--date"))


def test_kunduz_in_2020_with_ten_or_more_deaths_is_reachable_from_the_controls(page):
    open_events(page)
    page.find("#ev-from").send_keys("2020", Keys.TAB)
    page.wait_for(lambda d: query(page).get("ev.from") == "2020", "the start year")
    page.find("#ev-to").send_keys("2020", Keys.TAB)
    page.wait_for(lambda d: query(page).get("ev.to") == "2020", "the end year")
    click(page, page.find(".ev-provinces summary"))
    click(page, page.find("#ev-province-kunduz"))
    page.wait_for(lambda d: query(page).get("ev.province") == "Kunduz", "the province")
    page.find("#ev-min").send_keys("10")
    page.wait_for(lambda d: query(page).get("ev.min") == "10", "the minimum")
    shown = wait_count(page, lambda n: 0 < n < 200, "the answer")
    dates, places = cells(page, ".ev-c--date"), cells(page, ".ev-c--place")
    assert 0 < len(dates) <= shown
    assert all("2020" in date for date in dates)
    assert all("Kunduz province" in place for place in places)
    assert all(count >= 10 for count in deaths(page))
    # The same question asked by link gives the same answer.
    open_events(page, "/?ev.from=2020&ev.to=2020&ev.province=Kunduz&ev.min=10")
    assert count(page) == shown


def test_clear_all_and_sorting_by_column(page):
    open_events(page, "/?ev.type=key-event&ev.q=kabul")
    assert count(page) < 40
    click(page, page.find(".ev-c--place .ev-sort"))
    page.wait_for(lambda d: query(page).get("ev.sort") == "place-asc", "sorting by place")
    click(page, page.find(".ev-actions .ev-button"))
    page.wait_for(lambda d: set(query(page)) == {"ev.sort"}, "clear all to keep only the sort")
    assert count(page) == TOTAL


def test_csv_export_names_sources_and_licence(page):
    open_events(page, "/?ev.from=2020&ev.to=2020&ev.province=Kunduz")
    shown = count(page)
    page.js(
        "window.__csv = null; const make = URL.createObjectURL;"
        "URL.createObjectURL = (blob) => { blob.text().then(t => { window.__csv = t; }); return make(blob); };"
    )
    button = next(b for b in page.find_all(".ev-actions .ev-button") if b.text == "Download CSV")
    click(page, button)
    page.wait_for(lambda d: page.js("return window.__csv"), "the CSV text")
    csv = page.js("return window.__csv")
    assert "CC BY 4.0" in csv and "Sundberg" in csv and "Only 2020 is complete" in csv
    data = [line for line in csv.splitlines() if not line.startswith("#")]
    assert data[0].startswith("id,date,date_end")
    assert len(data) == shown + 1


def test_the_explorer_fits_a_phone(page):
    open_events(page, "/?ev.province=Kunduz", width=375)
    overflow = page.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"page is {overflow}px wider than a 375px screen"
    assert page.find_all(".ev-list--cards"), "narrow lists show cards"
    assert rows(page)[0].is_displayed()
