#!/usr/bin/env python3
"""Keystroke-to-screen latency of the event explorer's search field (`#ev-q`).

Serves a release build (default: dist/), opens it in a browser through WebDriver, scrolls the
events section into view and types real keystrokes into `#ev-q` one at a time (words typed and
erased again), waiting for each to settle. For every keystroke the page records, in ms from
the input event's own timestamp:

  dom      the count (`#ev-count`) or the first row of the list changed (MutationObserver),
           when either did; the report counts the keys whose change came before `frame`, so
           that it was in the first frame the browser drew after the key
  frame    the first animation frame after the event began (its rAF callbacks run)
  painted  that frame's style, layout and paint are done: the first task after it (with
           `scheduler.postTask` at user-blocking priority where the engine has it, so work
           the page itself defers until after the frame is not counted in)
  raf2     the second animation frame began (the "double rAF": the first frame is on screen;
           it includes the wait for the display's next frame, which no page can avoid)
  timing   the engine's own event-to-next-paint (Event Timing API, Chromium and Firefox),
           in 8 ms steps and reported only from 16 ms up: "<16" when it was not reported

`painted` is the latency a reader sees, less that wait for the display. Chromium also reports
the main thread's time per keystroke, all work included (DevTools `Performance.getMetrics`).

The machine may be busy with other work (builds, other browsers); `--priority` runs the browser
at a higher scheduling priority (needs root) so the figures reflect the page, not the neighbours.

Usage: scripts/measure_keystroke.py [--dist DIR] [--browser chromium|firefox|webkit]
       [--rounds N] [--priority] [--json FILE] [--css CSS]
"""

import argparse
import functools
import http.server
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from conftest import STARTERS, DistHandler  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

# Words typed and erased again, key by key: most keys change the selection, some do not
# ("zz…" after the first "z": no event contains it). 76 keystrokes a round.
WORDS = ["kunduz", "taleban", "airstrike", "kabul", "zzzz", "helmand"]

INSTRUMENT = r"""
const field = document.getElementById('ev-q');
const lat = window.__awcLat = {records: [], current: null, timing: [], waiter: null};
const watch = () => {
  const count = document.getElementById('ev-count');
  const row = document.querySelector('#events tbody tr.ev-row');
  return (count ? count.textContent : '') + '|' + (row ? row.textContent : '');
};
new MutationObserver(() => {
  const rec = lat.current;
  if (rec && rec.dom === undefined && watch() !== rec.before) rec.dom = performance.now();
}).observe(document.getElementById('events'), {subtree: true, childList: true, characterData: true});
if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes('event')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'input') lat.timing.push([entry.startTime, entry.duration]);
    }
  }).observe({type: 'event', durationThreshold: 16});
}
// Capture on the window: runs before the app's own listener.
window.addEventListener('input', (event) => {
  if (event.target !== field) return;
  const rec = lat.current = {event: event.timeStamp, before: watch()};
  requestAnimationFrame(() => {
    rec.frame = performance.now();
    const painted = () => { if (rec.painted === undefined) rec.painted = performance.now(); };
    if (window.scheduler && scheduler.postTask) {
      scheduler.postTask(painted, {priority: 'user-blocking'});
    } else {
      const afterPaint = new MessageChannel();
      afterPaint.port1.onmessage = painted;
      afterPaint.port2.postMessage(0);
    }
    requestAnimationFrame(() => {
      rec.raf2 = performance.now();
      setTimeout(() => {
        rec.changed = watch() !== rec.before;
        delete rec.before;
        lat.records.push(rec);
        const waiter = lat.waiter;
        lat.waiter = null;
        if (waiter) waiter();
      }, 0);
    });
  });
}, true);
"""

WAIT_RECORD = """
const done = arguments[arguments.length - 1];
const want = arguments[0];
const lat = window.__awcLat;
if (lat.records.length >= want) done(lat.records[want - 1]);
else lat.waiter = () => done(lat.records[want - 1]);
"""

MEASURES = ["dom", "frame", "painted", "raf2"]


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def keys(rounds):
    sequence = []
    for _ in range(rounds):
        for word in WORDS:
            sequence.extend(word)
            sequence.extend([Keys.BACKSPACE] * len(word))
    return sequence


def chromium_metrics(driver):
    result = driver.execute_cdp_cmd("Performance.getMetrics", {})
    return {m["name"]: m["value"] for m in result["metrics"]}


def measure(args, url):
    """Types the keystrokes; returns the records and Chromium's main-thread totals."""
    with tempfile.TemporaryDirectory(prefix=f"awc-measure-{args.browser}-") as profile:
        driver = STARTERS[args.browser](profile)
        try:
            driver.set_window_size(args.width, args.height)
            driver.get(url)
            # The list is below the first screen: a pointer move stands for a reader who moves
            # the mouse, and the typing starts once the whole page is live.
            WebDriverWait(driver, 30).until(lambda d: d.execute_script(
                "dispatchEvent(new Event('pointermove'));"
                " return !!document.getElementById('ev-count') && !document.querySelector('.prerendered')"))
            field = driver.find_element(By.CSS_SELECTOR, "#ev-q")
            driver.execute_script(
                "document.getElementById('events').scrollIntoView({block: 'start', behavior: 'instant'});"
                "arguments[0].focus({preventScroll: true});",
                field,
            )
            if args.css:
                driver.execute_script(
                    "const s = document.createElement('style'); s.textContent = arguments[0]; document.head.append(s);",
                    args.css,
                )
            time.sleep(1.0)  # let the charts, fonts and map settle
            driver.execute_script(INSTRUMENT)
            chromium = args.browser == "chromium"
            if chromium:
                driver.execute_cdp_cmd("Performance.enable", {"timeDomain": "threadTicks"})
                before = chromium_metrics(driver)
            records = []
            for n, key in enumerate(keys(args.rounds), start=1):
                ActionChains(driver).send_keys(key).perform()
                records.append(driver.execute_async_script(WAIT_RECORD, n))
                time.sleep(0.03)
            time.sleep(0.3)
            timing = driver.execute_script("return window.__awcLat.timing")
            totals = None
            if chromium:
                after = chromium_metrics(driver)
                totals = {key: after[key] - before[key] for key in after if key in before}
        finally:
            driver.quit()
    for record in records:
        reported = [duration for start, duration in timing if abs(start - record["event"]) < 0.01]
        record["timing"] = reported[0] if reported else None
    return records, totals


def report(args, records, totals):
    n = len(records)
    changed = [r for r in records if r["changed"]]
    print(f"{args.browser}, {n} keystrokes ({len(changed)} changed the count or list)")
    print(f"{'ms after the input event':<26}{'p50':>7}{'p95':>7}{'max':>7}")
    for label, rows in [("all", records), ("changed", changed), ("unchanged", [r for r in records if not r["changed"]])]:
        if not rows:
            continue
        print(f"  {label} ({len(rows)})")
        for name in MEASURES:
            values = [r[name] - r["event"] for r in rows if r.get(name) is not None]
            if values:
                print(f"    {name:<22}{percentile(values, 50):7.1f}{percentile(values, 95):7.1f}{max(values):7.1f}")
        slow = [r["timing"] for r in rows if r["timing"] is not None]
        if args.browser != "webkit":
            print(f"    {'timing (Event Timing)':<22}"
                  f"{len(slow)} of {len(rows)} at 16 ms or more" + (f", max {max(slow):.0f}" if slow else ""))
    # The key's new count and list made the first frame after it: no frame was spent waiting.
    in_first = [r for r in changed if r.get("dom") is not None and r["dom"] <= r["frame"]]
    if changed:
        print(f"  changed keys whose new count and list were in the first frame after the key: "
              f"{len(in_first)} of {len(changed)}")
    if totals:
        print("  main thread per keystroke, all work (ms):", ", ".join(
            f"{label} {totals[key] * 1000 / n:.1f}"
            for label, key in [("task", "TaskDuration"), ("script", "ScriptDuration"),
                               ("style", "RecalcStyleDuration"), ("layout", "LayoutDuration")]
        ))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", default=str(ROOT / "dist"))
    parser.add_argument("--browser", default="chromium", choices=sorted(STARTERS))
    parser.add_argument("--rounds", type=int, default=1, help="times the word list is typed and erased")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--priority", action="store_true", help="run the browser at nice -10 (root)")
    parser.add_argument("--json", help="write every record to this file")
    parser.add_argument("--css", help="extra CSS added to the page before typing (to try a change without a rebuild)")
    args = parser.parse_args()

    dist = Path(args.dist)
    if not (dist / "index.html").is_file():
        sys.exit(f"{dist}/index.html is missing: build first")
    if args.priority:
        os.nice(-10)  # inherited by the driver and the browser it starts
    handler = functools.partial(DistHandler, directory=str(dist))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        records, totals = measure(args, f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
    report(args, records, totals)
    if args.json:
        Path(args.json).write_text(json.dumps(records, indent=1))


if __name__ == "__main__":
    main()
