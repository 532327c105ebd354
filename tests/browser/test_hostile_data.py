"""Hostile data renders as inert text: the app built from tests/fixtures/hostile-data/ (strings
holding <script>, <img onerror>, right-to-left overrides, zero-width characters, Arabic and
Pashto and a very long word) shows every such string literally, runs none of it, adds no
element for it, and still fits a 375 px phone. Charts write their SVG as a string that the
page parses (innerHTML), so chart labels are checked too: escaped once, not twice.

Needs the fixture build (scripts/test.sh makes it); run by hand without it, these tests skip
and say how to build it."""

from urllib.parse import parse_qs, urlparse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
RLO, PDF, ZWJ, ZWSP = "\u202e", "\u202c", "\u200d", "\u200b"
PASHTO = "د افغانستان جګړه"
ARABIC = "الحرب في أفغانستان"

# Elements and attributes the hostile strings would create if any reached the page as markup.
INJECTED = """
const found = [];
for (const element of document.querySelectorAll('img, b, iframe, object, embed, [onerror], [onload]')) {
  found.push(element.outerHTML.slice(0, 120));
}
for (const script of document.scripts) {
  if (script.textContent.includes('__pwned') || (script.src && !script.src.startsWith(location.origin))) {
    found.push(script.outerHTML.slice(0, 120));
  }
}
for (const svg of document.querySelectorAll('svg')) {
  for (const element of svg.querySelectorAll('script, foreignObject, a, image')) found.push(element.outerHTML.slice(0, 120));
}
return found;
"""


def svg_texts(page, chart_id):
    return page.js(
        "return [...document.querySelectorAll(`#chart-${arguments[0]} .chart-figure svg text`)].map(t => t.textContent.trim())",
        chart_id,
    )


def assert_inert(page):
    assert page.js("return typeof window.__pwned") == "undefined", "a hostile string ran as script"
    assert page.js(INJECTED) == [], "a hostile string became markup"


def text_of(page, css):
    """Rendered text, including text clipped or folded away (textContent, not innerText)."""
    return page.js("return document.querySelector(arguments[0]).textContent", css)


def overflow(page):
    return page.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")


def rows_text(page):
    return page.js("return [...document.querySelectorAll('#events tbody tr.ev-row')].map(r => r.textContent)")


def type_filter(page, text):
    """Replaces the event filter's words, as a reader would, and waits for the list."""
    field = page.find("#ev-q")
    page.scroll_to(field)
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.BACKSPACE)
    field.send_keys(text)
    page.wait_for(
        lambda d: parse_qs(urlparse(d.current_url).query).get("ev.q") == [text], "the words to reach the URL"
    )


def wait_explorer(page):
    page.wait_for(lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-q"), "the event explorer", timeout=60)


def test_hostile_strings_show_as_text_in_cards_sources_claims_and_charts(hostile_page):
    page = hostile_page.open("/")
    assert_inert(page)
    # This is the fixture build, not the real data (a stale build would pass vacuously).
    claims = text_of(page, "#claims")
    assert f"over 175,000 Afghan civilians {SCRIPT} were killed {RLO}during the long war{PDF} — {ARABIC}" in claims
    assert IMG + " AP, 30 Apr 2021: DoD Cost of War report " + RLO in text_of(page, "#source-dod-via-ap-2021-04-30")
    assert f"UNHCR {SCRIPT} المفوضية{ZWJ} Refugee Data Finder" in text_of(page, "#source-unhcr-population-2025")
    # The figure list of the spending section holds the hostile label whole.
    assert f"{IMG} DoD war-fighting & costs{ZWJ}" in text_of(page, "#spending")
    # The key-event marker key of every time chart (shown on narrow charts, read by screen readers).
    assert f"Troop surge: {SCRIPT} Obama" in text_of(page, "#chart-refugees")

    # Charts write SVG as a string the page parses: labels must be escaped there, once.
    # A figure label with markup and "&": the bar label shows both as typed ("&", not "&amp;").
    labels = svg_texts(page, "spending-composition")
    hostile = [label for label in labels if label.startswith("<img src=x")]
    assert hostile, labels
    assert all("&amp;" not in label for label in hostile), hostile
    # A country holding escaped-looking text shows it literally ("&amp;" stays "&amp;").
    countries = svg_texts(page, "coalition-deaths-by-country")
    assert any(label.startswith("Australia <b>&amp;</b>") for label in countries), countries
    # A series label with a script element: the legend and the series toggle show it as text.
    legend = svg_texts(page, "refugees")
    assert any(label.startswith("In Iran <script>") for label in legend), legend
    toggles = " ".join(label.text for label in page.find_all("#chart-refugees .series-toggle"))
    assert "In Iran <script>window.__pwned=1</script>" in toggles
    # Hiding that series by its checkbox still works, and the legend then drops it.
    checkbox = next(
        label.find_element(By.TAG_NAME, "input")
        for label in page.find_all("#chart-refugees .series-toggle")
        if "In Iran" in label.text
    )
    page.js("arguments[0].click()", checkbox)
    page.wait_for(lambda d: not any("In Iran" in label for label in svg_texts(page, "refugees")), "the legend to drop it")
    assert_inert(page)


def test_hostile_events_show_as_text_and_are_found_by_their_words(hostile_page):
    page = hostile_page.open("/?ev.type=key-event&ev.q=surge#events")
    wait_explorer(page)
    page.wait_for(lambda d: any(SCRIPT in row and PASHTO in row for row in rows_text(page)), "the surge event")
    assert_inert(page)
    # Typing the markup itself finds the place that holds it, as plain words.
    page.js("arguments[0].click()", page.find("#ev-type-key-event"))
    page.wait_for(lambda d: "ev.type" not in d.current_url, "every kind of event again")
    type_filter(page, '<img src=x onerror="window')
    page.wait_for(
        lambda d: any(f"Hutal {IMG} {RLO}nwot{PDF} (Maywand){ZWJ}{ZWSP}" in row for row in rows_text(page)),
        "the hostile place to be listed",
    )
    assert_inert(page)


def test_hostile_strings_fit_a_phone(hostile_page):
    page = hostile_page.open("/?ev.q=hutal#events", width=375, height=800)
    wait_explorer(page)
    page.wait_for(lambda d: any("Hutal <img" in row for row in rows_text(page)), "the hostile place")
    assert overflow(page) <= 0, f"the page is {overflow(page)}px wider than a 375px screen (hostile place)"
    type_filter(page, "obama west point")
    page.wait_for(lambda d: any(SCRIPT in row for row in rows_text(page)), "the hostile description")
    assert overflow(page) <= 0, f"the page is {overflow(page)}px wider than a 375px screen (hostile description)"
    # The claims, the sources and the charts hold the rest; the page as a whole must fit.
    page.scroll_to(page.find("#claims"))
    assert overflow(page) <= 0, f"the page is {overflow(page)}px wider than a 375px screen"
    assert_inert(page)
