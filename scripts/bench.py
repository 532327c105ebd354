"""The dashboard against its JavaScript charting peer (bench/peer/, Vega-Lite), in headless
Chromium over WebDriver and the DevTools protocol. Run through scripts/bench.sh, which builds
what this reads:

    python scripts/bench.py --ours DIR --synthetic DIR --peer DIR [--runs 10] [--out FILE]

Measures, for both pages served on 127.0.0.1 by the same static server:
- bytes: every file the page requests (DevTools network log), raw as served, gzip -9 and
  brotli q11 computed from the served file; totals;
- time from navigation start until the headline charts' SVGs are in the DOM (a MutationObserver
  injected before any page script, reading performance.now()), over N cold loads (a fresh
  browser and profile per load, HTTP cache disabled), at 1x and 4x CPU throttling; for ours
  also until all of its charts are drawn;
- JS heap used after load (after a forced garbage collection) and, for ours, wasm memory;
- ours only: filter keystroke latency in the event explorer, with the bundled events and with a
  build listing synthetic events (AWC_SYNTHETIC_EVENTS).
Prints one side-by-side table with ratios and writes it, with the per-file sizes and the machine,
to --out (Markdown).
"""

import argparse
import datetime
import functools
import gzip
import http.server
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import brotli
from selenium import webdriver

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from conftest import CHROMIUM_ARGS  # noqa: E402  (one list of the flags that work here)

HEADLINE = ["us-war-funding", "unama-civilians", "refugees"]
# A live chart of ours; pre-rendered static SVGs (for readers without JavaScript) use other classes.
OURS_SVG = "figure#chart-{id} .chart-figure__svg > svg"
# The same chart pre-rendered by the build into the page (drawn by the same plotters code).
OURS_STATIC_SVG = "figure#chart-{id} .static-chart > svg"
# Vega's SVG renderer: the <svg class="marks"> that vega-embed adds, once its marks are drawn.
PEER_SVG = "figure#chart-{id} .vega-embed svg.marks .role-mark path"
# Typed into the event explorer's search box: words, then Backspace ("\b") to clear each.
KEYSTROKES = "".join(word + "\b" * len(word) for word in ["kunduz", "taliban", "taleban", "airstrike"])
WINDOW = (1280, 900)


# ---------------------------------------------------------------- serving

class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }

    def log_message(self, *args):
        pass


class Server:
    """A static server of one folder on a free loopback port, for the life of a `with`."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


# ---------------------------------------------------------------- browser

class Browser:
    """A fresh headless Chromium with its own empty profile (so every load is cold)."""

    def __init__(self, perf_log=False):
        self.profile = tempfile.mkdtemp(prefix="awc-bench-")
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for arg in CHROMIUM_ARGS:
            options.add_argument(arg)
        options.add_argument(f"--user-data-dir={self.profile}")
        options.add_argument(f"--window-size={WINDOW[0]},{WINDOW[1]}")
        if perf_log:
            options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
        service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.set_window_size(*WINDOW)
        self.driver.set_page_load_timeout(180)

    def cdp(self, method, params=None):
        return self.driver.execute_cdp_cmd(method, params or {})

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def wait_js(self, condition, what, timeout=120.0, interval=0.02):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(f"return ({condition});")
            if value:
                return value
            time.sleep(interval)
        raise TimeoutError(f"waited {timeout:.0f}s for {what}")

    def close(self):
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def observer_script(headline, all_selector=None, all_count=0, static=None):
    """Runs before any page script: records when every headline chart (and all charts) exist.

    `static`: selectors of our pre-rendered headline charts, whose arrival and the first
    contentful paint are recorded too. Ours takes over what is below the first screen when the
    reader engages (src/web/first_engagement.rs); the script stands for a reader who moves the
    mouse at once, by sending a pointer move whenever the page changes until the live charts are
    there.
    """
    config = json.dumps({"headline": headline, "all": all_selector, "count": all_count, "static": static})
    return f"""
(() => {{
  if (location.protocol !== "http:") return;
  const cfg = {config};
  const b = window.__bench = {{ headline: null, all: null, started: null, wasm: null, done: false }};
  b.longtasks = [];
  new PerformanceObserver((list) => {{
    for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
  }}).observe({{ type: "longtask", buffered: true }});
  addEventListener("TrunkApplicationStarted", (e) => {{
    b.started = performance.now();
    b.wasm = e.detail && e.detail.wasm;
  }});
  // The end of the first frame after now: a task posted from requestAnimationFrame runs after paint.
  const afterFrame = (key) => requestAnimationFrame(() => {{
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {{ b[key] = performance.now(); finish(); }};
    channel.port2.postMessage(null);
  }});
  const finish = () => {{
    if (b.painted !== undefined && (!cfg.all || b.all !== null)) b.done = true;
  }};
  const check = () => {{
    const now = performance.now();
    if (cfg.static && b.static === undefined && cfg.static.every((s) => document.querySelector(s))) b.static = now;
    if (cfg.static && b.headline === null) dispatchEvent(new Event("pointermove"));
    if (b.headline === null && cfg.headline.every((s) => document.querySelector(s))) {{
      b.headline = now;
      afterFrame("painted");
    }}
    if (cfg.all && b.all === null && document.querySelectorAll(cfg.all).length >= cfg.count) b.all = now;
    if (b.headline !== null && (!cfg.all || b.all !== null)) {{ observer.disconnect(); finish(); }}
  }};
  const observer = new MutationObserver(check);
  observer.observe(document, {{ childList: true, subtree: true }});
}})();
"""


def cold_load(url, script, throttle, measure_memory=False, perf_log=False):
    """One cold load in a fresh browser: times (ms since navigation start) and memory."""
    with Browser(perf_log=perf_log) as browser:
        browser.driver.get("about:blank")
        browser.cdp("Network.enable")
        browser.cdp("Network.setCacheDisabled", {"cacheDisabled": True})
        browser.cdp("Network.clearBrowserCache")
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", {"source": script})
        browser.cdp("Emulation.setCPUThrottlingRate", {"rate": throttle})
        browser.cdp("Performance.enable")
        time.sleep(0.5)  # let the browser's own start-up work settle
        browser.driver.get(url)
        browser.wait_js("window.__bench && window.__bench.done", "the charts", timeout=180 * throttle)
        main_thread = main_thread_seconds(browser)
        result = browser.js(
            "const b = window.__bench; return {headline: b.headline, painted: b.painted, all: b.all, started: b.started,"
            " static: b.static === undefined ? null : b.static,"
            " fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null,"
            " peer: window.peerChartsDrawn || null, longtasks: b.longtasks,"
            " files_received: Math.max(...performance.getEntriesByType('resource')"
            ".filter((e) => e.startTime < b.headline).map((e) => e.responseEnd))};"
        )
        result["main_thread"] = main_thread
        if measure_memory:
            time.sleep(1.0)
            browser.cdp("HeapProfiler.enable")
            browser.cdp("HeapProfiler.collectGarbage")
            metrics = {m["name"]: m["value"] for m in browser.cdp("Performance.getMetrics")["metrics"]}
            result["js_heap"] = metrics.get("JSHeapUsedSize")
            result["wasm_memory"] = browser.js(
                "const w = window.__bench.wasm; return w && w.memory ? w.memory.buffer.byteLength : null;"
            )
        if perf_log:
            result["requests"] = requested_files(browser.driver.get_log("performance"))
        return result


MAIN_THREAD = ("TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration")


def main_thread_seconds(browser):
    """The renderer's main-thread time so far (DevTools Performance metrics, seconds): all tasks,
    and in them script (JS and wasm), style recalculation and layout."""
    metrics = {m["name"]: m["value"] for m in browser.cdp("Performance.getMetrics")["metrics"]}
    return {name: metrics.get(name, 0.0) for name in MAIN_THREAD}


def profile_load(url, script, top=10):
    """One load under the V8 sampling profiler, until the headline charts are painted: self time
    by script file (our Rust code shows as "wasm") and by function, in ms."""
    with Browser() as browser:
        # Start on the same origin, so that the page loads in the renderer being profiled.
        browser.driver.get(url + "__blank")
        browser.cdp("Network.setCacheDisabled", {"cacheDisabled": True})
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", {"source": script})
        browser.cdp("Profiler.enable")
        browser.cdp("Profiler.setSamplingInterval", {"interval": 200})
        browser.cdp("Profiler.start")
        browser.driver.get(url)
        browser.wait_js("window.__bench && window.__bench.done", "the charts")
        painted = browser.js("return window.__bench.painted;")
        profile = browser.cdp("Profiler.stop")["profile"]
    return {"painted": painted, **summarize_profile(profile, top)}


def summarize_profile(profile, top=10):
    """Self time (ms) of a V8 CPU profile by script file (our Rust code shows as "wasm") and by
    function, the `top` largest of each."""
    nodes = {node["id"]: node["callFrame"] for node in profile["nodes"]}
    by_file, by_function = {}, {}
    for sample, delta in zip(profile["samples"], profile["timeDeltas"]):
        frame = nodes[sample]
        name = frame["functionName"] or "(anonymous)"
        source = frame["url"].rsplit("/", 1)[-1]
        if name.startswith("wasm-") or frame["url"].startswith("wasm://"):
            source = "wasm"
        source = source or name
        name = re.sub(r"_[0-9a-f]{16}$", "", name)  # wasm-bindgen import shims: __wbg_<name>_<hash>
        by_file[source] = by_file.get(source, 0) + delta / 1000
        key = f"{name} ({source})" if source != name else name
        by_function[key] = by_function.get(key, 0) + delta / 1000
    ordered = lambda d: sorted(d.items(), key=lambda item: -item[1])[:top]  # noqa: E731
    return {"total": sum(by_file.values()), "by_file": ordered(by_file), "by_function": ordered(by_function)}


def requested_files(log):
    """URL -> (status, bytes on the wire) of every request the page made, from the network log."""
    seen, done, status = {}, {}, {}
    for entry in log:
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            seen[params["requestId"]] = params["request"]["url"]
        elif message["method"] == "Network.responseReceived":
            status[params["requestId"]] = params["response"]["status"]
        elif message["method"] == "Network.loadingFinished":
            done[params["requestId"]] = params["encodedDataLength"]
    return {
        url: {"status": status.get(rid), "wire": done.get(rid)}
        for rid, url in seen.items()
        if url.startswith("http")
    }


# ---------------------------------------------------------------- keystrokes

KEYSTROKE_PROBE = """
const root = document.getElementById("events");
const ks = window.__ks = { records: [], current: null };
// What the reader looks for after a key: the count and the first row of the list.
const listState = () => {
  const count = document.getElementById("ev-count");
  const row = root.querySelector("tbody tr.ev-row");
  return (count ? count.textContent : "") + "|" + (row ? row.textContent : "");
};
// The first task after the frame: at user-blocking priority where the engine has it, so that
// work the page defers until after that frame does not count in.
const afterFrame = (record, key) => requestAnimationFrame(() => {
  const mark = () => { record[key] = performance.now(); };
  if (window.scheduler && scheduler.postTask) { scheduler.postTask(mark, { priority: "user-blocking" }); return; }
  const channel = new MessageChannel();
  channel.port1.onmessage = mark;
  channel.port2.postMessage(null);
});
addEventListener("keydown", (e) => {
  if (e.target.id !== "ev-q") return;
  const record = { start: e.timeStamp, lastMutation: null, mutations: 0, frameAfterKey: null, frameAfterDom: null,
                   listBefore: listState(), listChanged: null, frameAfterList: null, firstFrame: null };
  ks.records.push(record);
  ks.current = record;
  requestAnimationFrame(() => { record.firstFrame = performance.now(); });
  afterFrame(record, "frameAfterKey");
}, true);
new MutationObserver((list) => {
  const record = ks.current;
  if (!record) return;
  record.lastMutation = performance.now();
  record.mutations += list.length;
  record.frameAfterDom = null;
  afterFrame(record, "frameAfterDom");
  if (record.listChanged === null && listState() !== record.listBefore) {
    record.listChanged = record.lastMutation;
    afterFrame(record, "frameAfterList");
  }
}).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
"""

WAIT_SETTLED = """
const done = arguments[arguments.length - 1];
const settled = () => {
  const r = window.__ks.current;
  if (!r || r.frameAfterKey === null) return false;
  if (r.lastMutation !== null && r.frameAfterDom === null) return false;
  if (r.listChanged !== null && r.frameAfterList === null) return false;
  return performance.now() - Math.max(r.start, r.lastMutation || 0) > 150;
};
const poll = () => (settled() ? done(true) : setTimeout(poll, 20));
poll();
"""


def key_events(char):
    if char == "\b":
        base = {"key": "Backspace", "code": "Backspace", "windowsVirtualKeyCode": 8, "nativeVirtualKeyCode": 8}
        return [{"type": "rawKeyDown", **base}, {"type": "keyUp", **base}]
    code = ord(char.upper())
    base = {"key": char, "code": f"Key{char.upper()}", "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code}
    return [{"type": "keyDown", "text": char, "unmodifiedText": char, **base}, {"type": "keyUp", **base}]


def keystroke_latency(url, profile=False):
    """Types KEYSTROKES into #ev-q one key at a time, waiting in the page for each to settle;
    per key: ms from the keydown event to the last DOM change in #events, and to the end of the
    first frame after it (or after the key, when nothing changed). With `profile`, the typing
    runs under the sampling profiler instead and only the profile is returned."""
    with Browser() as browser:
        browser.driver.set_script_timeout(60)
        browser.driver.get(url)
        # The list is below the first screen: a pointer move stands for a reader who moves the
        # mouse, and the typing starts once the whole page is live.
        browser.wait_js("(dispatchEvent(new Event('pointermove')), document.getElementById('ev-count'))"
                        " && !document.querySelector('.prerendered')", "the event explorer")
        browser.js("document.getElementById('events').scrollIntoView({block: 'start', behavior: 'instant'});")
        time.sleep(1.0)
        count_text = browser.js("return document.getElementById('ev-count').textContent;")
        browser.js("document.getElementById('ev-q').focus();")
        browser.js(KEYSTROKE_PROBE)
        browser.cdp("Performance.enable")
        if profile:
            browser.cdp("Profiler.enable")
            browser.cdp("Profiler.setSamplingInterval", {"interval": 200})
            browser.cdp("Profiler.start")
        before = main_thread_seconds(browser)
        for char in KEYSTROKES:
            for event in key_events(char):
                browser.cdp("Input.dispatchKeyEvent", event)
            browser.driver.execute_async_script(WAIT_SETTLED)
        after = main_thread_seconds(browser)
        if profile:
            return summarize_profile(browser.cdp("Profiler.stop")["profile"])
        records = browser.js("return window.__ks.records;")
        final_value = browser.js("return document.getElementById('ev-q').value;")
    if len(records) != len(KEYSTROKES) or final_value != "":
        raise RuntimeError(f"typed {len(KEYSTROKES)} keys, saw {len(records)}; field ends as {final_value!r}")
    dom, paint, unchanged = [], [], 0
    list_dom, list_paint, list_in_first_frame, idle_paint = [], [], 0, []
    for r in records:
        if r["lastMutation"] is None:
            unchanged += 1
            paint.append(r["frameAfterKey"] - r["start"])
        else:
            dom.append(r["lastMutation"] - r["start"])
            paint.append(max(r["frameAfterKey"], r["frameAfterDom"]) - r["start"])
        if r["listChanged"] is None:
            idle_paint.append(r["frameAfterKey"] - r["start"])
        else:
            list_dom.append(r["listChanged"] - r["start"])
            list_paint.append(r["frameAfterList"] - r["start"])
            list_in_first_frame += r["firstFrame"] is not None and r["listChanged"] <= r["firstFrame"]
    # Main-thread time per key, in ms (the in-page wait for settling adds a few timers).
    per_key = {name: (after[name] - before[name]) * 1000 / len(records) for name in MAIN_THREAD}
    return {"count_text": count_text.strip(), "keys": len(records), "dom": dom, "paint": paint, "unchanged": unchanged,
            "list_dom": list_dom, "list_paint": list_paint, "list_in_first_frame": list_in_first_frame,
            "idle_paint": idle_paint, "main_thread_per_key": per_key}


# ---------------------------------------------------------------- sizes

def compressed_sizes(data: bytes):
    return len(data), len(gzip.compress(data, 9, mtime=0)), len(brotli.compress(data, quality=11))


def file_sizes(folder: Path, requests: dict):
    rows = []
    for url, info in sorted(requests.items(), key=lambda item: urlparse(item[0]).path):
        path = urlparse(url).path.lstrip("/") or "index.html"
        file = folder / path
        if info["status"] != 200 or not file.is_file():
            rows.append({"file": path, "status": info["status"], "raw": 0, "gzip": 0, "brotli": 0})
            continue
        raw, gz, br = compressed_sizes(file.read_bytes())
        rows.append({"file": path, "status": 200, "raw": raw, "gzip": gz, "brotli": br})
    return rows


def wasm_sections(path: Path):
    """(section name, raw, gzip) of each section of a wasm module."""
    data = path.read_bytes()
    names = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
             7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "data count"}

    def leb(at):
        value = shift = 0
        while True:
            byte = data[at]
            at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value, at

    sections, at = [], 8
    while at < len(data):
        kind = data[at]
        size, start = leb(at + 1)
        payload = data[start:start + size]
        name = names.get(kind, str(kind))
        if kind == 0:
            length, name_at = leb(start)
            name = f"custom \"{payload[name_at - start:name_at - start + length].decode(errors='replace')}\""
        sections.append((name, len(payload), len(gzip.compress(payload, 9, mtime=0))))
        at = start + size
    return sections


def twiggy_top(path: Path, count=20):
    twiggy = shutil.which("twiggy") or str(Path.home() / ".cargo/bin/twiggy")
    if not path.is_file() or not Path(twiggy).is_file():
        return None
    result = subprocess.run([twiggy, "top", "-n", str(count), str(path)], capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


# ---------------------------------------------------------------- report

def median_range(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return "—"
    return f"{statistics.median(values):,.0f} ({values[0]:,.0f}–{values[-1]:,.0f})"


def percentile(values, p):
    values = sorted(values)
    if not values:
        return None
    rank = (len(values) - 1) * p
    low, high = int(rank), min(int(rank) + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (rank - low)


def kb(n):
    return f"{n / 1000:,.1f} KB"


def ratio(a, b):
    return f"{a / b:.2f}×" if a and b else "—"


def machine():
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            mem = int(line.split()[1]) / 1024 / 1024
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, {platform.system()} {platform.release()}"


def versions():
    chromium = subprocess.run([shutil.which("chromium") or "/usr/bin/chromium", "--version"], capture_output=True, text=True).stdout.strip()
    driver = subprocess.run([shutil.which("chromedriver") or "/usr/bin/chromedriver", "--version"], capture_output=True, text=True).stdout.strip()
    libs = {}
    for name in ["vega", "vega-lite", "vega-embed"]:
        package = ROOT / "bench/vega/node_modules" / name / "package.json"
        if package.is_file():
            libs[name] = json.loads(package.read_text())["version"]
    return chromium, driver, libs


def git_commit():
    result = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True, text=True)
    return result.stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ours", type=Path, required=True)
    parser.add_argument("--synthetic", type=Path, help="our build with AWC_SYNTHETIC_EVENTS set")
    parser.add_argument("--synthetic-count", type=int, default=100_000)
    parser.add_argument("--names-wasm", type=Path, help="our wasm before wasm-opt (with names), for twiggy")
    parser.add_argument("--peer", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    args = parser.parse_args()

    chart_count = len(re.findall(r"\n    ChartDef \{", (ROOT / "src/model/chart_catalog.rs").read_text()))
    pages = {
        "ours": (args.ours, observer_script([OURS_SVG.format(id=i) for i in HEADLINE], ".chart-figure__svg > svg", chart_count,
                                            [OURS_STATIC_SVG.format(id=i) for i in HEADLINE])),
        "peer": (args.peer, observer_script([PEER_SVG.format(id=i) for i in HEADLINE])),
    }
    raw = {name: {"loads": {1: [], 4: []}} for name in pages}
    load_at_start = os.getloadavg()[0]
    servers = {name: Server(folder).__enter__() for name, (folder, _) in pages.items()}
    try:
        for throttle in (1, 4):
            for run in range(args.runs):
                for name, (folder, script) in pages.items():
                    first = throttle == 1 and run == 0
                    result = cold_load(servers[name].url, script, throttle, measure_memory=throttle == 1, perf_log=first)
                    if first:
                        raw[name]["files"] = file_sizes(folder, result.pop("requests"))
                    raw[name]["loads"][throttle].append(result)
                    print(f"  {name} {throttle}x run {run + 1}/{args.runs}: headline charts {result['headline']:.0f} ms"
                          + (f", all {result['all']:.0f} ms" if result.get("all") else ""), file=sys.stderr, flush=True)
        for name, (folder, script) in pages.items():
            print(f"  {name}: one load under the CPU profiler…", file=sys.stderr, flush=True)
            raw[name]["profile"] = profile_load(servers[name].url, script)
        print("  typing in the event explorer (bundled events)…", file=sys.stderr, flush=True)
        raw["ours"]["keys_real"] = keystroke_latency(servers["ours"].url)
    finally:
        for server in servers.values():
            server.__exit__()
    if args.synthetic:
        with Server(args.synthetic) as server:
            print(f"  typing in the event explorer ({args.synthetic_count:,} synthetic events)…", file=sys.stderr, flush=True)
            raw["ours"]["keys_synthetic"] = keystroke_latency(server.url)
            print("  the same typing under the CPU profiler…", file=sys.stderr, flush=True)
            raw["ours"]["keys_synthetic_profile"] = keystroke_latency(server.url, profile=True)

    report = render(raw, args, chart_count, (load_at_start, os.getloadavg()[0]))
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(raw, indent=1, default=str), encoding="utf-8")


def render(raw, args, chart_count, load_average):
    ours, peer = raw["ours"], raw["peer"]
    total = {name: {k: sum(f[k] for f in raw[name]["files"]) for k in ("raw", "gzip", "brotli")} for name in raw}
    med = lambda loads, key: statistics.median([l[key] for l in loads if l.get(key) is not None])  # noqa: E731
    lines = []
    out = lines.append
    chromium, driver, libs = versions()
    now = datetime.datetime.now(datetime.timezone.utc)
    out("# Benchmark: the dashboard against a Vega-Lite peer")
    out("")
    out(f"- Date: {now:%Y-%m-%d %H:%M} UTC; commit `{git_commit()}`")
    out(f"- Machine: {machine()}; 1-minute load average {load_average[0]:.1f} at the start, {load_average[1]:.1f} at the end "
        "(the machine is shared: other work slows both pages, interleaved run by run)")
    out(f"- Browser: {chromium} (headless), {driver.split('(')[0].strip()}")
    out(f"- Peer: " + ", ".join(f"{k} {v}" for k, v in libs.items()) + " (minified UMD builds from npm, served beside the page)")
    out(f"- Cold loads: {args.runs} per page and CPU rate, each in a fresh browser and profile with the HTTP cache disabled, "
        "pages served by the same Python static server on 127.0.0.1 (no network throttling, no compression on the wire)")
    out("- Command: `scripts/bench.sh` (see bench/README.md)")
    out("")
    out("| measure | ours (Rust/wasm) | peer (Vega-Lite) | ours / peer |")
    out("| --- | ---: | ---: | ---: |")
    for key, label in (("raw", "bytes transferred, raw"), ("gzip", "bytes, gzip -9"), ("brotli", "bytes, brotli q11")):
        out(f"| {label} (all files) | {kb(total['ours'][key])} | {kb(total['peer'][key])} | {ratio(total['ours'][key], total['peer'][key])} |")
    for throttle in (1, 4):
        o = [l["fcp"] for l in ours["loads"][throttle] if l.get("fcp")]
        p = [l["painted"] for l in peer["loads"][throttle]]
        if o:
            out(f"| 3 headline charts on the page as pre-rendered SVG, first contentful paint, ms, {throttle}× CPU: median (min–max) "
                f"(peer: its charts painted) | {median_range(o)} | {median_range(p)} | {ratio(statistics.median(o), statistics.median(p))} |")
    for throttle in (1, 4):
        for key, label in (("headline", "in the DOM, live"), ("painted", "painted live (end of the next frame)")):
            o = [l[key] for l in ours["loads"][throttle]]
            p = [l[key] for l in peer["loads"][throttle]]
            out(f"| 3 headline charts {label}, ms, {throttle}× CPU: median (min–max) | {median_range(o)} | {median_range(p)} | "
                f"{ratio(statistics.median(o), statistics.median(p))} |")
    for throttle in (1, 4):
        out(f"| all {chart_count} charts of ours in the DOM, ms, {throttle}× CPU | {median_range([l['all'] for l in ours['loads'][throttle]])} | — | — |")
    out(f"| JS heap used after load (after GC), median | {kb(med(ours['loads'][1], 'js_heap'))} | {kb(med(peer['loads'][1], 'js_heap'))} | "
        f"{ratio(med(ours['loads'][1], 'js_heap'), med(peer['loads'][1], 'js_heap'))} |")
    out(f"| wasm linear memory after load | {kb(med(ours['loads'][1], 'wasm_memory'))} | — | — |")
    out(f"| JS heap + wasm memory | {kb(med(ours['loads'][1], 'js_heap') + med(ours['loads'][1], 'wasm_memory'))} | "
        f"{kb(med(peer['loads'][1], 'js_heap'))} | {ratio(med(ours['loads'][1], 'js_heap') + med(ours['loads'][1], 'wasm_memory'), med(peer['loads'][1], 'js_heap'))} |")
    def p50_p95(values):
        return f"{percentile(values, 0.5):.1f} / {percentile(values, 0.95):.1f}"

    for key, label in (("keys_real", "bundled events"), ("keys_synthetic", f"{args.synthetic_count:,} synthetic events")):
        keys = ours.get(key)
        if not keys:
            continue
        out(f"| filter keystroke → count and list updated, ms, p50 / p95 ({label}, {keys['keys']} keys, "
            f"{len(keys['list_dom'])} changing them) | {p50_p95(keys['list_dom'])} | — | — |")
        out(f"| keys whose count and list were in the first frame after the key ({label}) | "
            f"{keys['list_in_first_frame']} of {len(keys['list_dom'])} | — | — |")
        out(f"| filter keystroke → count and list painted, ms, p50 / p95 ({label}) | {p50_p95(keys['list_paint'])} | — | — |")
        out(f"| key that changes nothing → next frame painted (the browser's floor), ms, p50 / p95 ({label}) | "
            f"{p50_p95(keys['idle_paint'])} | — | — |")
        out(f"| filter keystroke → last change in the section (map, histogram, province table follow a frame "
            f"later), ms, p50 / p95 ({label}) | {p50_p95(keys['dom'])} | — | — |")
        out(f"| filter keystroke → that last change painted, ms, p50 / p95 ({label}) | {p50_p95(keys['paint'])} | — | — |")
    out("")
    out("Goals (issue #8): under 150 KB gzip on the wire; headline charts in at most a third of the peer's time; "
        "every filter keystroke within one frame (16 ms) at 100,000 events (issue #5: the view updated within 16 ms).")
    out("")
    gz = total["ours"]["gzip"]
    out(f"- Size: {kb(gz)} gzip — {'met' if gz <= 150_000 else f'not met ({gz / 150_000:.1f}× the budget)'}.")
    for throttle in (1, 4):
        o = statistics.median([l["headline"] for l in ours["loads"][throttle]])
        p = statistics.median([l["headline"] for l in peer["loads"][throttle]])
        op = statistics.median([l["painted"] for l in ours["loads"][throttle]])
        pp = statistics.median([l["painted"] for l in peer["loads"][throttle]])
        out(f"- Time to live headline charts at {throttle}× CPU: {o / p:.2f} of the peer's in the DOM, {op / pp:.2f} painted — "
            f"{'met' if max(o / p, op / pp) <= 1 / 3 else 'not met'} (goal ≤ 0.33).")
        fcps = [l["fcp"] for l in ours["loads"][throttle] if l.get("fcp")]
        if fcps:
            f = statistics.median(fcps)
            out(f"- Time to headline charts on screen at {throttle}× CPU, as the pre-rendered SVG a reader sees first: "
                f"{f / pp:.2f} of the peer's painted — {'met' if f / pp <= 1 / 3 else 'not met'} (goal ≤ 0.33).")
    if ours.get("keys_synthetic"):
        keys = ours["keys_synthetic"]
        p95 = percentile(keys["list_dom"], 0.95)
        all_first = keys["list_in_first_frame"] == len(keys["list_dom"])
        out(f"- Keystroke at {args.synthetic_count:,} events: count and list updated {p95:.1f} ms after the key at p95, "
            f"in the first frame after the key for {keys['list_in_first_frame']} of {len(keys['list_dom'])} keys — "
            f"{'met' if p95 <= 16 and all_first else 'not met'} (goal: updated within 16 ms, in the next frame). "
            f"Painted {p50_p95(keys['list_paint'])} ms (p50 / p95), "
            f"where a key that changes nothing is painted after {p50_p95(keys['idle_paint'])} ms; "
            f"the map, histogram and province table follow, "
            f"last change painted {percentile(keys['paint'], 0.95):.1f} ms at p95.")
    out("")
    out("### Where the time to the headline charts goes (1× CPU, medians)")
    out("")
    out("| | ours | peer |")
    out("| --- | ---: | ---: |")

    def tasks(load):
        before = [(start, duration) for start, duration in load["longtasks"] if start < load["headline"]]
        return len(before), sum(d for _, d in before), max((d for _, d in before), default=0)

    stats = {name: [tasks(load) for load in raw[name]["loads"][1]] for name in raw}
    received = {name: statistics.median([l["files_received"] for l in raw[name]["loads"][1]]) for name in raw}
    out(f"| last file received (ms after navigation start) | {received['ours']:,.0f} | {received['peer']:,.0f} |")
    for index, label in ((0, "long tasks (> 50 ms) before the charts"), (1, "time in them, ms"), (2, "longest, ms")):
        values = {name: statistics.median([t[index] for t in stats[name]]) for name in raw}
        out(f"| {label} | {values['ours']:,.0f} | {values['peer']:,.0f} |")
    for metric, label in (("TaskDuration", "main-thread busy until the charts, ms"), ("ScriptDuration", "of which script, as DevTools counts it (misses much of the peer's, see the profiles)"),
                          ("RecalcStyleDuration", "of which style"), ("LayoutDuration", "of which layout")):
        values = {name: statistics.median([l["main_thread"][metric] * 1000 for l in raw[name]["loads"][1]]) for name in raw}
        out(f"| {label} | {values['ours']:,.0f} | {values['peer']:,.0f} |")
    for key, label in (("headline", "headline charts in the DOM, ms"), ("painted", "headline charts painted, ms")):
        out(f"| {label} | {statistics.median([l[key] for l in ours['loads'][1]]):,.0f} | "
            f"{statistics.median([l[key] for l in peer['loads'][1]]):,.0f} |")
    out("")
    out("### CPU profiles (self time, 1× CPU): one load of each page until the headline charts are painted")
    out("")
    out("`(program)` is the browser's own work (parsing, style, layout, paint); a wasm-bindgen import such as "
        "`__wbg_clientWidth` also carries the layout it forces. One load each, under the sampling profiler (slower).")
    out("")
    profiles = [(f"{title}: painted at {raw[name]['profile']['painted']:,.0f} ms", raw[name]["profile"])
                for name, title in (("ours", "Ours"), ("peer", "Peer"))]
    if ours.get("keys_synthetic_profile"):
        profiles.append((f"Ours, typing the {len(KEYSTROKES)} keys at {args.synthetic_count:,} synthetic events "
                         "(a separate pass; `(idle)` includes the pauses between keys)", ours["keys_synthetic_profile"]))
    for heading, prof in profiles:
        out(f"{heading}; {prof['total']:,.0f} ms sampled")
        out("")
        out("| by file | ms | by function | ms |")
        out("| --- | ---: | --- | ---: |")
        for (file_name, file_ms), (function, function_ms) in zip(prof["by_file"], prof["by_function"]):
            out(f"| `{file_name}` | {file_ms:,.0f} | `{function}` | {function_ms:,.0f} |")
        out("")
    for name, title in (("ours", "Ours"), ("peer", "Peer")):
        out(f"### Files requested: {title.lower()}")
        out("")
        out("| file | raw | gzip | brotli |")
        out("| --- | ---: | ---: | ---: |")
        for f in raw[name]["files"]:
            note = "" if f["status"] == 200 else f" (HTTP {f['status']})"
            out(f"| `{f['file']}`{note} | {f['raw']:,} | {f['gzip']:,} | {f['brotli']:,} |")
        out(f"| **total** | **{total[name]['raw']:,}** | **{total[name]['gzip']:,}** | **{total[name]['brotli']:,}** |")
        out("")
    wasm = [f for f in ours["files"] if f["file"].endswith(".wasm")]
    if wasm:
        out("### What our wasm is made of (sections of the shipped file)")
        out("")
        out("| section | raw | gzip (alone) |")
        out("| --- | ---: | ---: |")
        sections = wasm_sections(args.ours / wasm[0]["file"])
        for name, size, gz_size in sections:
            out(f"| {name} | {size:,} | {gz_size:,} |")
        out("")
        by_name = {name: gz_size for name, _, gz_size in sections}
        out(f"The wasm is {wasm[0]['gzip'] / total['ours']['gzip']:.0%} of our gzip bytes. Compressed alone, its code "
            f"section is {kb(by_name.get('code', 0))} and its data section {kb(by_name.get('data', 0))}; the data section "
            "is mostly the dataset compiled in (the events above all), the code is Leptos, plotters and our drawing code.")
        out("")
    top = twiggy_top(args.names_wasm) if args.names_wasm else None
    if top:
        out("### `twiggy top -n 20` (our wasm before wasm-opt, with its names section)")
        out("")
        out("```")
        out(top.rstrip())
        out("```")
        out("")
    for key, label in (("keys_real", "bundled events"), ("keys_synthetic", "synthetic events")):
        keys = ours.get(key)
        if keys:
            per_key = keys["main_thread_per_key"]
            out(f"Keystrokes ({label}): list started as “{keys['count_text']}”; {keys['keys']} keys typed "
                f"(`{KEYSTROKES.replace(chr(8), '⌫')}`), {keys['unchanged']} changed nothing in the DOM; "
                f"DOM max {max(keys['dom'] or [0]):.1f} ms, frame max {max(keys['paint']):.1f} ms. "
                f"Main thread per key: {per_key['TaskDuration']:.1f} ms busy, of which script (JS and wasm) "
                f"{per_key['ScriptDuration']:.1f}, style {per_key['RecalcStyleDuration']:.1f}, layout {per_key['LayoutDuration']:.1f}.")
            out("")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
