"""The app shell as a reader sees it: title, sections, headline figures with sources, footer."""

import re
import shutil

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from conftest import APP_MOUNTED, DIST, served

DIST_INDEX = DIST / "index.html"

SECTIONS = ["spending", "casualties", "displacement", "events", "claims", "sources"]


def test_static_html_works_before_and_without_the_wasm():
    html = DIST_INDEX.read_text(encoding="utf-8")
    assert '<html lang="en">' in html
    assert re.search(r'<meta name="description" content="[^"]{50,}"', html)
    assert 'property="og:title"' in html and 'property="og:description"' in html
    assert "Loading the interactive charts" in html
    assert "<noscript>" in html and "JavaScript" in html
    # Pre-rendered by the build: every chart as an SVG with its table, and the headline figures.
    assert html.count('class="card chart-card"') == 11 and html.count("<svg") == 11
    assert html.count('class="card headline-card"') == 8
    assert html.count('<table class="data-table">') == 11
    # A strict policy, and no inline script for it to refuse.
    assert 'http-equiv="Content-Security-Policy"' in html and "unsafe-inline" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert re.search(r'rel="icon"[^>]*href="/?favicon-[0-9a-f]+\.svg"', html)


# Parts of the static copy that the app keeps instead of building them again (see
# src/pages/dashboard.rs): they must be exactly what the app would build.
KEPT_STATIC_PARTS = ["header.site-header", 'section[aria-labelledby="headline-heading"]', "footer.site-footer"]


def without_static_copy(html):
    """index.html with its pre-rendered copy cut out, so that the app builds the whole page."""
    start = html.index('<div class="prerendered">')
    depth = 0
    for tag in re.finditer(r"<(/?)div\b[^>]*>", html[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html[:start] + html[start + tag.end() :]
    raise AssertionError("the static copy is never closed")


def outer_html(page, css):
    # Comments are the app's own position markers, not content.
    return re.sub(r"<!--.*?-->", "", page.js("return document.querySelector(arguments[0]).outerHTML", css))


def test_the_static_parts_the_app_keeps_are_what_it_would_build(page, tmp_path):
    page.open("/")
    kept = {css: outer_html(page, css) for css in KEPT_STATIC_PARTS}
    site = tmp_path / "site"
    shutil.copytree(DIST, site)
    index = site / "index.html"
    index.write_text(without_static_copy(index.read_text(encoding="utf-8")), encoding="utf-8")
    with served(site) as url:
        page.driver.get(url + "/")
        page.wait_for(lambda d: page.js(APP_MOUNTED), "the app to build the page without a static copy")
        assert not page.find_all(".prerendered")
        for css, static in kept.items():
            assert outer_html(page, css) == static, css


def test_header_names_the_dashboard_and_links_every_section(page):
    page.open("/")
    assert "Afghanistan" in page.driver.title
    assert page.text("h1") == "The cost of the war in Afghanistan, 2001–2021"
    nav_targets = [a.get_attribute("href").split("#")[-1] for a in page.find_all(".site-nav a")]
    assert nav_targets == SECTIONS
    for section in SECTIONS:
        heading = page.find(f"#{section} h2")
        assert heading.text, f"section #{section} has no heading"
    # The loading indicator is gone once the app runs.
    assert not page.find_all("#boot")


def test_headline_cards_show_sourced_figures(page):
    page.open("/")
    cards = page.find_all(".headline-cards .headline-card")
    assert len(cards) == 8
    values = [card.find_element("css selector", ".headline-card__value").text for card in cards]
    assert "$2,313 billion" in values
    assert "46,319" in values
    assert "2,712,869" in values
    for card in cards:
        link = card.find_element("css selector", ".source-line a")
        target = link.get_attribute("href").split("#")[-1]
        assert target.startswith("source-")
        assert page.find_all(f"#{target}"), f"source line points at a missing card #{target}"
        assert "NaN" not in card.text


def test_a_source_line_opens_its_source_card(page):
    page.open("/")
    link = page.find(".headline-cards .source-line a")
    target = link.get_attribute("href").split("#")[-1]
    page.js("arguments[0].click()", link)
    page.wait_for(lambda d: d.current_url.endswith(f"#{target}"), "the URL to name the source card")
    card = page.find(f"#{target}")
    assert "Where read" in card.text and "Licence" in card.text


def test_claims_show_a_verdict_and_sources(page):
    page.open("/")
    claims = page.find_all("#claims .claim")
    assert len(claims) == 13
    verdicts = {c.find_element("css selector", ".verdict").text.split(" ")[0] for c in claims}
    assert {"Confirmed", "Differs"} <= verdicts
    two_million = next(c for c in claims if "175,000" in c.text)
    assert "Differs" in two_million.find_element("css selector", ".verdict").text
    assert "47,245" in two_million.text or "46,319" in two_million.text


def test_footer_states_licences_and_data_version(page):
    page.open("/")
    footer = page.text(".site-footer")
    assert "CC BY 4.0" in footer
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}-[0-9a-f]{8}", page.text(".data-version"))


def test_layout_holds_at_320_px_without_horizontal_scrolling(page):
    page.open("/", width=320, height=800)
    overflow = page.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"page is {overflow}px wider than a 320px screen"
    assert page.find("h1").is_displayed()


# What is live and what is still the static copy: the sections below the first screen and the
# loading status.
TAKEOVER_STATE = """
  return {
    copy: !!document.querySelector('.prerendered'),
    boot: !!document.getElementById('boot'),
    liveCharts: document.querySelectorAll('.chart-figure').length,
    staticCharts: document.querySelectorAll('.static-chart').length,
  };
"""


def test_below_the_first_screen_the_page_waits_for_the_reader(page):
    # A phone's first screen holds the header and the headline figures, which stay static.
    page.driver.set_window_size(390, 800)
    page.driver.get("about:blank")
    page.driver.get(page.base_url + "/")
    page.wait_for(lambda d: not page.js(TAKEOVER_STATE)["boot"], "the app to start")
    state = page.js(TAKEOVER_STATE)
    assert state["copy"] and state["liveCharts"] == 0 and state["staticCharts"] == 11, state
    # Still readable: the pre-rendered charts and the headline figures are there.
    assert page.find_all("#spending .static-chart svg")
    assert "$2,313 billion" in page.text(".headline-cards")
    # Scrolling down a page from the keyboard makes the rest live, chart by chart.
    ActionChains(page.driver).send_keys(Keys.PAGE_DOWN).perform()
    page.wait_for(lambda d: not page.js(TAKEOVER_STATE)["copy"], "the rest of the page to be taken over")
    state = page.js(TAKEOVER_STATE)
    assert state["liveCharts"] == 11 and state["staticCharts"] == 0, state
    assert page.find_all("#spending .chart-controls")


def test_a_link_to_a_section_takes_over_down_to_it_at_once(page):
    page.driver.set_window_size(1280, 900)
    # The browser scrolls to the section before the app starts: the sections down to it go live
    # with no input at all, the ones below wait. (From a blank page: from the dashboard, a new
    # hash alone would not load it again.)
    page.driver.get("about:blank")
    page.driver.get(page.base_url + "/#casualties")
    page.wait_for(
        lambda d: page.find_all("#casualties .chart-figure") and not page.js(TAKEOVER_STATE)["boot"],
        "the charts on screen to go live",
    )
    assert page.find_all("#spending .chart-figure")
    assert page.js(TAKEOVER_STATE)["copy"], "the sections below the screen wait for the reader"


# The focused element: what it is, where it is, and whether it is still the static copy's.
FOCUSED = """
  const el = document.activeElement;
  return {
    tag: el ? el.tagName : null,
    text: el ? el.textContent : null,
    href: el ? el.getAttribute('href') : null,
    static: !!(el && el.closest('.prerendered, .static-twin')),
    section: el && el.closest('section[id]') ? el.closest('section[id]').id : null,
  };
"""


def test_a_link_focused_in_the_static_copy_keeps_the_focus_when_it_goes_live(page):
    # A keyboard reader tabs into a part below the first screen while it is still the static
    # copy: moving the focus there wakes the app, which replaces the part, and the focus must
    # follow to the same link in the live part, not fall back to the top of the document.
    page.driver.set_window_size(390, 800)
    for selector in ["#casualties .source-line a", "#sources .source-card__uses a"]:
        page.driver.get("about:blank")
        page.driver.get(page.base_url + "/")
        page.wait_for(lambda d: not page.js(TAKEOVER_STATE)["boot"], "the app to start")
        assert page.js(TAKEOVER_STATE)["copy"], "the parts below the screen are still static"
        # Read in the same task as the focus moves: the app starts replacing parts right after.
        before = page.js("arguments[0].focus({preventScroll: true});" + FOCUSED, page.find(selector))
        assert before["static"] and before["tag"] == "A", before
        page.wait_for(lambda d: not page.js(TAKEOVER_STATE)["copy"], "the rest of the page to be taken over")
        page.wait_for(lambda d: not page.js(FOCUSED)["static"], "the chart cards to go live")
        after = page.js(FOCUSED)
        assert after == {**before, "static": False}, (selector, before, after)
        # And on screen, where the reader can see it (engines round the scroll to whole pixels,
        # so the line's box may overhang the edge by one or two).
        box = page.js("const r = document.activeElement.getBoundingClientRect();"
                      " return [r.top, r.bottom, innerHeight];")
        assert -2 <= box[0] and box[1] <= box[2] + 2, (selector, box)


def test_an_embed_is_its_static_copy_until_the_reader_points_at_it(page):
    page.driver.set_window_size(700, 700)
    page.driver.get("about:blank")
    page.driver.get(page.base_url + "/embed/us-war-funding.html")
    page.wait_for(lambda d: not page.js(TAKEOVER_STATE)["boot"], "the app to start")
    assert page.js(TAKEOVER_STATE)["staticCharts"] == 1
    assert page.find_all(".embed .static-chart svg")
    page.driver.execute_script("window.dispatchEvent(new PointerEvent('pointermove'))")
    page.wait_for(lambda d: page.js(TAKEOVER_STATE)["liveCharts"] == 1, "the live chart")
    assert not page.js(TAKEOVER_STATE)["copy"]
