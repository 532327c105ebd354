"""No request leaves the page's origin: after a whole reading session (every section, a chart
table, tooltips, the event filters, the map and its province table, downloads), every resource
the browser fetched and every element that can fetch one points at the page's own origin."""

from urllib.parse import urlparse

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import served
from test_charts import chart_card, point_at

SECTIONS = ["spending", "casualties", "displacement", "events", "claims", "sources"]

# Everything the page fetched in this document, as the browser's own performance timeline
# records it (navigation, scripts, wasm, styles, images, fonts, fetches), and every URL an
# element or a style sheet could fetch. blob: and data: URLs are made by the page itself.
FETCHED = """
const urls = [];
for (const entry of performance.getEntriesByType('navigation')) urls.push(['navigation', entry.name]);
for (const entry of performance.getEntriesByType('resource')) urls.push([entry.initiatorType, entry.name]);
const fetching = 'img, script, link, iframe, frame, embed, object, source, track, video, audio, image, use, input[type=image]';
for (const element of document.querySelectorAll(fetching)) {
  for (const name of ['src', 'href', 'data', 'poster', 'srcset', 'xlink:href']) {
    const value = element.getAttribute(name);
    if (!value || (element.tagName === 'LINK' && !/stylesheet|icon|preload|modulepreload|manifest/.test(element.rel))) continue;
    for (const part of name === 'srcset' ? value.split(',') : [value]) {
      urls.push([element.tagName.toLowerCase() + '@' + name, new URL(part.trim().split(/\\s+/)[0], document.baseURI).href]);
    }
  }
}
for (const sheet of document.styleSheets) {
  let rules = [];
  try { rules = [...sheet.cssRules]; } catch (error) { urls.push(['stylesheet', sheet.href || 'unreadable sheet']); }
  for (const rule of rules) {
    for (const match of rule.cssText.matchAll(/url\\(\\s*["']?([^"')]+)["']?\\s*\\)/g)) {
      urls.push(['css url()', new URL(match[1], sheet.href || document.baseURI).href]);
    }
  }
}
return urls;
"""


def off_origin(urls, origin):
    """The (kind, url) pairs whose origin is not `origin`; blob: URLs count by their inner
    origin, data: URLs are made in the page and fetch nothing."""
    bad = []
    for kind, url in urls:
        parsed = urlparse(url)
        if parsed.scheme == "data":
            continue
        if parsed.scheme == "blob":
            parsed = urlparse(url[len("blob:"):])
        if f"{parsed.scheme}://{parsed.netloc}" != origin:
            bad.append((kind, url))
    return bad


def check_origin(page):
    origin = page.js("return location.origin")
    urls = page.js(FETCHED)
    assert any(kind == "navigation" for kind, _ in urls), "the navigation entry is missing"
    assert any(url.endswith(".wasm") for _, url in urls), f"the wasm fetch is missing: {urls}"
    assert not off_origin(urls, origin), f"requests off {origin}: {off_origin(urls, origin)}"
    return urls


def test_a_whole_session_fetches_nothing_from_another_origin(page):
    page.open("/")
    page.js("performance.setResourceTimingBufferSize(100000)")
    # Capture what downloads would save instead of writing files; keep the URLs they use.
    page.js(
        """
        window.__downloads = [];
        const make = URL.createObjectURL;
        URL.createObjectURL = (blob) => { const url = make(blob); window.__downloads.push(url); return url; };
        HTMLAnchorElement.prototype.click = function () { window.__downloads.push(this.href); };
        """
    )
    # Read every section from top to bottom, as a reader scrolling would.
    for section in SECTIONS:
        page.scroll_to(page.find(f"#{section}"))
    height = page.js("return document.documentElement.scrollHeight")
    for y in range(0, height, 600):
        page.js("window.scrollTo(0, arguments[0])", y)
    # Every folded part opened.
    for summary in page.find_all("details > summary"):
        page.js("arguments[0].click()", summary)

    # A chart's table, a tooltip, and its downloads.
    card = chart_card(page, "refugees")
    toggle = next(b for b in card.find_elements(By.CSS_SELECTOR, "button") if b.text == "Show table")
    page.js("arguments[0].click()", toggle)
    page.wait_for(lambda d: card.find_elements(By.CSS_SELECTOR, "table"), "the chart's table")
    figure = chart_card(page, "us-war-funding").find_element(By.CSS_SELECTOR, ".chart-figure")
    page.scroll_to(figure)
    box = figure.rect
    point_at(page, figure, box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5)
    page.js("arguments[0].focus()", figure)
    for _ in range(5):
        figure.send_keys(Keys.ARROW_RIGHT)
    page.wait_for(lambda d: figure.find_elements(By.CSS_SELECTOR, ".chart-tooltip"), "a tooltip")
    buttons = {b.text: b for b in chart_card(page, "us-war-funding").find_elements(By.CSS_SELECTOR, ".chart-actions button")}
    for name in ["CSV", "SVG", "PNG"]:
        page.js("arguments[0].click()", buttons[name])
    page.wait_for(lambda d: len(page.js("return window.__downloads")) >= 5, "the downloads to be made")

    # The event list: words, a preset, the map and the province table, its CSV.
    field = page.find("#ev-q")
    page.scroll_to(field)
    field.send_keys("kabul")
    page.wait_for(lambda d: "ev.q=kabul" in d.current_url, "the filter to reach the URL")
    polygon = page.find_all(".ev-map__svg polygon")[0]
    page.scroll_to(polygon)
    ActionChains(page.driver).move_to_element(polygon).perform()
    table = page.find(".ev-province-table")
    if not table.get_attribute("open"):
        page.js("arguments[0].querySelector('summary').click()", table)
    page.wait_for(lambda d: table.find_element(By.CSS_SELECTOR, "tbody th button").is_displayed(), "the province table")
    page.js("arguments[0].click()", table.find_element(By.CSS_SELECTOR, "tbody th button"))
    page.wait_for(lambda d: "ev.province=" in d.current_url, "a province from the table")
    csv = next(b for b in page.find_all(".ev-actions .ev-button") if b.text == "Download CSV")
    page.js("arguments[0].click()", csv)
    page.wait_for(lambda d: len(page.js("return window.__downloads")) >= 7, "the event CSV")

    urls = check_origin(page)
    downloads = page.js("return window.__downloads")
    assert not off_origin([("download", url) for url in downloads], page.js("return location.origin")), downloads
    assert len(urls) >= 4, urls


def test_a_shared_link_with_every_kind_of_state_fetches_nothing_from_another_origin(page):
    page.open(
        "/?refugees.from=1990&refugees.to=2001&refugees.view=table&unama-civilians.hide=x"
        "&ev.from=2020&ev.to=2020&ev.type=one-sided&ev.province=Kunduz&ev.q=%3Cimg%20src%3Dhttp%3A%2F%2Fexample.com%2Fx%3E"
        "#events"
    )
    page.wait_for(lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-count"), "the event explorer")
    # The text field shows the markup as typed words; nothing is fetched for it.
    assert page.find("#ev-q").get_attribute("value") == "<img src=http://example.com/x>"
    check_origin(page)


def test_a_request_to_another_origin_is_refused_by_the_policy(page, tmp_path):
    """Beyond the check above, the page's Content-Security-Policy refuses any request to another
    origin (another port is another origin): the fetch fails and the browser reports it."""
    (tmp_path / "probe.txt").write_text("probe", encoding="utf-8")
    with served(tmp_path) as other_origin:
        other = f"{other_origin}/probe.txt"
        page.open("/")
        page.js(
            "window.__refused = [];"
            "document.addEventListener('securitypolicyviolation', e => window.__refused.push(e.blockedURI));"
        )
        outcome = page.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch(arguments[0], {mode: 'no-cors'}).then(() => done('loaded'), () => done('refused'));",
            other,
        )
        assert outcome == "refused"
        page.wait_for(lambda d: page.js("return window.__refused.length") > 0, "the policy's report")
        assert page.js("return window.__refused")[0].startswith(other_origin)
        origin = page.js("return location.origin")
        assert off_origin(page.js(FETCHED), origin) == []
        # The refusal is logged by the engine as an error, on purpose here.
        page.take_errors()
