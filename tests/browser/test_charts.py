"""Charts as a reader uses them: every chart renders, tooltips name values and sources, the
table toggle shows the same data, the view lives in the URL, downloads carry the right content."""

import re

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

CHART_IDS = [
    "us-war-funding",
    "spending-composition",
    "us-reconstruction",
    "uk-operations-cost",
    "unama-civilians",
    "deaths-by-category",
    "coalition-deaths",
    "coalition-deaths-by-country",
    "refugees",
    "idps",
    "new-displacement-2021",
]


def chart_card(page, chart_id):
    return page.find(f"#chart-{chart_id}")


def point_at(page, figure, x, y):
    """Moves the pointer to page coordinates (x, y) inside `figure`. Offsets are given from the
    figure's centre, which every engine accepts (WebKit will not target SVG shapes directly)."""
    box = figure.rect
    dx = int(x - box["x"] - box["width"] / 2)
    dy = int(y - box["y"] - box["height"] / 2)
    ActionChains(page.driver).move_to_element_with_offset(figure, dx, dy).perform()


def test_every_chart_renders_with_title_unit_summary_and_source(page):
    page.open("/")
    for chart_id in CHART_IDS:
        card = chart_card(page, chart_id)
        svg = card.find_element(By.CSS_SELECTOR, ".chart-figure svg")
        assert len(svg.find_elements(By.CSS_SELECTOR, "text")) >= 3, chart_id
        assert "NaN" not in svg.get_attribute("outerHTML"), chart_id
        assert card.find_element(By.CSS_SELECTOR, ".chart-card__title").text, chart_id
        assert card.find_element(By.CSS_SELECTOR, ".chart-card__subtitle").text, chart_id
        summary = card.find_element(By.CSS_SELECTOR, ".chart-card__summary").text
        assert re.search(r"\d", summary), f"{chart_id}: summary without figures: {summary!r}"
        source = card.find_element(By.CSS_SELECTOR, ".source-line a")
        assert source.get_attribute("href").split("#")[-1].startswith("source-"), chart_id


def test_keyboard_reader_hears_each_value_with_its_source(page):
    page.open("/")
    figure = chart_card(page, "unama-civilians").find_element(By.CSS_SELECTOR, ".chart-figure")
    page.scroll_to(figure)
    page.js("arguments[0].focus()", figure)
    texts = []
    for _ in range(30):
        figure.send_keys(Keys.ARROW_RIGHT)
        tooltip = figure.find_elements(By.CSS_SELECTOR, ".chart-tooltip")
        if tooltip:
            texts.append(tooltip[0].text)
    killed_2018 = [t for t in texts if t.startswith("2018 · Civilians killed")]
    assert killed_2018, texts
    assert "3,804" in killed_2018[0] and "Source: UNAMA" in killed_2018[0]


def test_hovering_a_point_shows_its_exact_value(page):
    page.open("/")
    card = chart_card(page, "us-war-funding")
    figure = card.find_element(By.CSS_SELECTOR, ".chart-figure")
    page.scroll_to(figure)
    # Hover each drawn dot until the pointer rests on FY2010, as a reader would.
    seen = set()
    for dot in figure.find_elements(By.CSS_SELECTOR, "svg circle"):
        if dot.get_attribute("cy") and float(dot.get_attribute("cy")) < 40:
            continue  # legend swatches, not values
        box = dot.rect
        point_at(page, figure, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        tips = figure.find_elements(By.CSS_SELECTOR, ".chart-tooltip")
        if tips:
            seen.add(tips[0].text)
            if tips[0].text.startswith("FY2010 ·"):
                break
    fy2010 = [t for t in seen if t.startswith("FY2010 ·")]
    assert fy2010, sorted(seen)
    assert "$104.9 billion" in fy2010[0] and "Source: Congressional Research Service" in fy2010[0]


def test_table_toggle_shows_the_same_data_and_lives_in_the_url(page):
    page.open("/")
    card = chart_card(page, "refugees")
    toggle = next(b for b in card.find_elements(By.CSS_SELECTOR, "button") if b.text == "Show table")
    page.js("arguments[0].click()", toggle)
    page.wait_for(lambda d: "refugees.view=table" in d.current_url, "the URL to record the table view")
    row = next(r for r in card.find_elements(By.CSS_SELECTOR, "tbody tr") if r.find_element(By.TAG_NAME, "th").text == "2001")
    cells = [c.text for c in row.find_elements(By.TAG_NAME, "td")]
    assert cells[:2] == ["3,809,763", "2,197,821"]
    # The copied link reopens the same view.
    link = card.find_element(By.CSS_SELECTOR, ".chart-actions__link input").get_attribute("value")
    assert "refugees.view=table" in link and link.endswith("#chart-refugees")
    assert link.startswith(page.base_url)
    page.driver.get("about:blank")
    page.open(link[len(page.base_url):])
    reopened = chart_card(page, "refugees")
    assert [b.text for b in reopened.find_elements(By.CSS_SELECTOR, "button[aria-pressed='true']")] == ["Show chart"]
    assert not reopened.find_elements(By.CSS_SELECTOR, ".chart-figure")
    assert reopened.find_elements(By.CSS_SELECTOR, "table tbody tr")


def test_period_in_the_url_applies_and_a_malformed_one_is_reported(page):
    page.open("/?unama-civilians.from=2015&unama-civilians.to=2020&refugees.from=abc")
    unama = chart_card(page, "unama-civilians")
    assert unama.find_element(By.CSS_SELECTOR, ".chart-card__subtitle").text.endswith("2015–2020")
    assert "2,412" not in unama.find_element(By.CSS_SELECTOR, ".chart-card__summary").text
    refugees = chart_card(page, "refugees")
    notice = refugees.find_element(By.CSS_SELECTOR, ".url-notice").text
    assert "refugees.from=abc" in notice
    # The rest of the refugees view still works with its default period.
    assert refugees.find_element(By.CSS_SELECTOR, ".chart-card__subtitle").text.endswith("1979–2021")


def test_hiding_a_series_redraws_without_it(page):
    page.open("/")
    card = chart_card(page, "refugees")
    checkbox = next(
        label.find_element(By.TAG_NAME, "input")
        for label in card.find_elements(By.CSS_SELECTOR, ".series-toggle")
        if "Iran" in label.text
    )
    page.js("arguments[0].click()", checkbox)
    page.wait_for(lambda d: "refugees.hide=unhcr-refugees-iran" in d.current_url, "the URL to record the hidden series")
    legend = card.find_element(By.CSS_SELECTOR, ".chart-figure svg").get_attribute("outerHTML")
    assert "in Iran" not in legend


def test_csv_download_carries_the_shown_rows_and_their_sources(page):
    page.open("/?unama-civilians.from=2018&unama-civilians.to=2018")
    # Capture the Blob the page would save, instead of writing to disk.
    page.js(
        """
        window.__saved = [];
        const original = URL.createObjectURL;
        URL.createObjectURL = (blob) => { window.__saved.push(blob); return original(blob); };
        HTMLAnchorElement.prototype.click = function () { window.__savedName = this.download; };
        """
    )
    card = chart_card(page, "unama-civilians")
    csv_button = next(b for b in card.find_elements(By.CSS_SELECTOR, ".chart-actions button") if b.text == "CSV")
    page.js("arguments[0].click()", csv_button)
    text = page.driver.execute_async_script(
        "const done = arguments[arguments.length - 1]; window.__saved[0].text().then(done);"
    )
    assert page.js("return window.__savedName") == "unama-civilians.csv"
    rows = [line for line in text.splitlines() if not line.startswith("#")]
    assert len(rows) == 3, rows  # header, killed 2018, injured 2018
    assert rows[1].startswith("2018,unama-civilians-killed,") and ",3804," in rows[1]
    assert "UNAMA" in rows[1]


def test_key_event_markers_explain_themselves_on_hover(page):
    page.open("/")
    figure = chart_card(page, "refugees").find_element(By.CSS_SELECTOR, ".chart-figure")
    page.scroll_to(figure)
    markers = figure.find_elements(By.CSS_SELECTOR, ".chart-marker-hit")
    assert len(markers) == 6
    # Point at the marker's label, in the band just above the plot.
    box = markers[0].rect
    point_at(page, figure, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    # The pointer crosses the plot on its way, so wait for the tooltip to settle on the marker.
    page.wait_for(
        lambda d: any(
            t.text.startswith("Soviet withdrawal: Last Soviet soldier leaves Afghanistan")
            for t in figure.find_elements(By.CSS_SELECTOR, ".chart-tooltip")
        ),
        "the marker to explain itself",
        timeout=5,
    )


def test_svg_and_png_downloads_carry_the_chart_as_shown(page):
    page.open("/?refugees.from=1990&refugees.to=2001")
    page.js(
        """
        window.__saved = [];
        const original = URL.createObjectURL;
        URL.createObjectURL = (blob) => { window.__saved.push(blob); return original(blob); };
        window.__names = [];
        HTMLAnchorElement.prototype.click = function () { window.__names.push([this.download, this.href.slice(0, 22)]); };
        """
    )
    card = chart_card(page, "refugees")
    shown_svg = card.find_element(By.CSS_SELECTOR, ".chart-figure svg").get_attribute("outerHTML")
    buttons = {b.text: b for b in card.find_elements(By.CSS_SELECTOR, ".chart-actions button")}
    page.js("arguments[0].click()", buttons["SVG"])
    saved_svg = page.driver.execute_async_script(
        "const done = arguments[arguments.length - 1]; window.__saved[0].text().then(done);"
    )
    assert saved_svg.startswith("<svg") and "1990" in saved_svg and "2001" in saved_svg
    assert saved_svg.count("<circle") == shown_svg.count("<circle")
    page.js("arguments[0].click()", buttons["PNG"])
    page.wait_for(lambda d: len(d.execute_script("return window.__names")) >= 2, "the PNG to be drawn")
    names = page.js("return window.__names")
    assert names[0][0] == "refugees.svg"
    assert names[1] == ["refugees.png", "data:image/png;base64,"]


def test_a_year_on_a_casualty_chart_opens_that_years_events(page):
    page.open("/")
    figure = chart_card(page, "unama-civilians").find_element(By.CSS_SELECTOR, ".chart-figure")
    page.scroll_to(figure)
    page.js("arguments[0].focus()", figure)
    for _ in range(40):
        figure.send_keys(Keys.ARROW_RIGHT)
        tooltip = figure.find_elements(By.CSS_SELECTOR, ".chart-tooltip")
        if tooltip and tooltip[0].text.startswith("2020 ·"):
            break
    assert "this year's events" in tooltip[0].text
    figure.send_keys(Keys.ENTER)
    page.wait_for(lambda d: "ev.from=2020&ev.to=2020" in d.current_url, "the URL to filter the events to 2020")
    # 3,317 UCDP events of 2020 and one key event (the Doha agreement).
    page.wait_for(lambda d: page.text("#ev-count").startswith("3,318 of"), "the list to show the events of 2020")
