"""Summarises Lighthouse JSON reports: the four category scores per page and form factor, the
metrics, and every audit short of perfect with the elements, files and values it names.

    python scripts/lighthouse_report.py [--threshold 95] [--no-fail] [--summary FILE]
        [--chromium VERSION] PAGE|FORM_FACTOR|REPORT.json ...

Several reports for the same page and form factor are runs of one measurement: the run with the
median performance score is the one reported, with the spread of the others beside it. Exits 1
if any reported category scores below the threshold (unless --no-fail). Standard library only.
"""

import argparse
import json
import os
import sys
from collections import OrderedDict
from pathlib import Path

CATEGORIES = [
    ("performance", "Performance"),
    ("accessibility", "Accessibility"),
    ("best-practices", "Best Practices"),
    ("seo", "SEO"),
]
METRICS = [
    ("first-contentful-paint", "FCP"),
    ("largest-contentful-paint", "LCP"),
    ("total-blocking-time", "TBT"),
    ("cumulative-layout-shift", "CLS"),
    ("speed-index", "SI"),
]
# Diagnostics that carry no score but say what dominates a metric: always shown.
ALWAYS_SHOWN = [
    "largest-contentful-paint-element",
    "layout-shifts",
    "long-tasks",
    "total-byte-weight",
]
MAX_ITEMS = 8


def score100(score):
    return None if score is None else round(score * 100)


def text(value, width=160):
    value = " ".join(str(value).split())
    return value if len(value) <= width else value[: width - 1] + "…"


def format_value(value, value_type=None):
    if isinstance(value, dict):
        kind = value.get("type")
        if kind == "node":
            parts = [value.get("selector") or value.get("nodeLabel") or "?"]
            if value.get("snippet"):
                parts.append(text(value["snippet"], 120))
            if value.get("explanation"):
                parts.append(text(value["explanation"], 400))
            return " — ".join(parts)
        if kind in ("url", "source-location"):
            return value.get("url", "?") + (f":{value['line']}" if "line" in value else "")
        if kind == "code":
            return text(value.get("value", ""))
        if kind == "numeric":
            return f"{value.get('value')}"
        if kind == "text":
            return text(value.get("value", ""))
        if kind == "subitems":
            return "; ".join(format_item(item, None) for item in value.get("items", [])[:4])
        return text(json.dumps(value), 200)
    if isinstance(value, float):
        if value_type in ("ms", "timespanMs"):
            return f"{value:,.0f} ms"
        if value_type == "bytes":
            return f"{value / 1024:,.1f} KiB"
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    if isinstance(value, int) and value_type == "bytes":
        return f"{value / 1024:,.1f} KiB"
    if isinstance(value, int) and value_type in ("ms", "timespanMs"):
        return f"{value:,} ms"
    return text(value)


def format_item(item, headings):
    if headings:
        pairs = []
        for heading in headings:
            key = heading.get("key")
            if key is None or key not in item:
                continue
            label = heading.get("label") or key
            if isinstance(label, dict):
                label = key
            pairs.append(f"{label}: {format_value(item[key], heading.get('valueType'))}")
        for key in ("explanation", "failureReason", "description", "source"):
            if key in item and not any(h.get("key") == key for h in headings):
                pairs.append(f"{key}: {format_value(item[key])}")
        if "subItems" in item:
            pairs.append("→ " + format_value(item["subItems"]))
        if pairs:
            return "; ".join(pairs)
    return "; ".join(f"{key}: {format_value(value)}" for key, value in item.items() if key != "type")


def detail_lines(details):
    """Turns an audit's details into short lines: one per element, file or value."""
    if not details:
        return []
    kind = details.get("type")
    if kind == "list":
        lines = []
        for sub in details.get("items", []):
            lines += detail_lines(sub)
        return lines
    if kind in ("table", "opportunity"):
        headings = details.get("headings") or []
        items = details.get("items") or []
        lines = [format_item(item, headings) for item in items[:MAX_ITEMS]]
        if len(items) > MAX_ITEMS:
            lines.append(f"… and {len(items) - MAX_ITEMS} more")
        return lines
    if kind == "checklist":
        return [f"{key}: {'ok' if value.get('value') else 'no'} ({value.get('label')})"
                for key, value in details.get("items", {}).items()]
    if kind == "debugdata":
        return []
    return []


def audit_category(report, audit_id):
    for category_id, category in report["categories"].items():
        for ref in category["auditRefs"]:
            if ref["id"] == audit_id:
                return category_id, ref.get("weight", 0)
    return None, 0


def findings(report):
    """Audits short of perfect (or in error), then the always-shown diagnostics."""
    found = []
    for audit_id, audit in report["audits"].items():
        mode = audit["scoreDisplayMode"]
        if mode in ("notApplicable", "manual"):
            continue
        if mode == "error" or (mode != "informative" and audit["score"] is not None and audit["score"] < 1):
            found.append(audit_id)
    for audit_id in ALWAYS_SHOWN:
        if audit_id in report["audits"] and audit_id not in found:
            found.append(audit_id)
    order = {category_id: index for index, (category_id, _) in enumerate(CATEGORIES)}

    def sort_key(audit_id):
        category_id, weight = audit_category(report, audit_id)
        return (order.get(category_id, len(order)), -weight, audit_id)

    return sorted(found, key=sort_key)


def describe(report):
    lines = []
    for audit_id in findings(report):
        audit = report["audits"][audit_id]
        category_id, weight = audit_category(report, audit_id)
        score = "error" if audit["scoreDisplayMode"] == "error" else (
            "info" if audit["score"] is None else f"{score100(audit['score'])}")
        where = f"{category_id or 'no category'}" + (f", weight {weight}" if weight else "")
        value = f" — {audit['displayValue']}" if audit.get("displayValue") else ""
        lines.append(f"- `{audit_id}` ({score}; {where}): {audit['title']}{value}")
        if audit.get("errorMessage"):
            lines.append(f"    - error: {text(audit['errorMessage'], 300)}")
        for line in detail_lines(audit.get("details")):
            lines.append(f"    - {line}")
    return lines


def performance(report):
    return (report["categories"].get("performance") or {}).get("score") or 0


def pick_median(reports):
    ordered = sorted(reports, key=performance)
    return ordered[(len(ordered) - 1) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="+", help="PAGE|FORM_FACTOR|REPORT.json")
    parser.add_argument("--threshold", type=int, default=95)
    parser.add_argument("--no-fail", action="store_true")
    parser.add_argument("--summary", type=Path)
    parser.add_argument("--chromium", default="")
    parser.add_argument("--load", default="", help="the machine's load average when the runs ended")
    args = parser.parse_args()

    groups = OrderedDict()
    for run in args.runs:
        page, form_factor, path = run.split("|", 2)
        report = json.loads(Path(path).read_text())
        report["_path"] = path
        groups.setdefault((page, form_factor), []).append(report)

    first = next(iter(groups.values()))[0]
    out = []
    out.append(f"Lighthouse {first['lighthouseVersion']}, {args.chromium or first['environment']['hostUserAgent']}, "
               f"{first['fetchTime'][:10]}; pass mark {args.threshold}"
               + (f"; load average {args.load} on {os.cpu_count()} cores" if args.load else ""))
    out.append("")
    header = ["page", "form factor"] + [label for _, label in CATEGORIES] + [label for _, label in METRICS]
    out.append("| " + " | ".join(header) + " |")
    out.append("| " + " | ".join(["---", "---"] + ["---:"] * (len(header) - 2)) + " |")
    failed = []
    chosen = []
    for (page, form_factor), reports in groups.items():
        report = pick_median(reports)
        chosen.append((page, form_factor, report, reports))
        cells = [f"`{page}`", form_factor]
        for category_id, label in CATEGORIES:
            category = report["categories"].get(category_id)
            if category is None and not report.get("runtimeError"):
                cells.append("not run")  # e.g. the dark-theme run checks accessibility alone
                continue
            score = score100(category["score"]) if category else None
            cell = "–" if score is None else str(score)
            if len(reports) > 1 and category_id == "performance":
                spread = sorted(score100(performance(r)) for r in reports)
                cell += f" ({spread[0]}–{spread[-1]})"
            if score is None or score < args.threshold:
                failed.append(f"{page} {form_factor} {label} {cell}")
                cell = f"**{cell}**"
            cells.append(cell)
        for metric_id, _ in METRICS:
            audit = report["audits"].get(metric_id)
            cells.append(audit.get("displayValue", "–") if audit else "not run")
        out.append("| " + " | ".join(cells) + " |")

    for page, form_factor, report, reports in chosen:
        environment = report["environment"]
        out.append("")
        out.append(f"### `{page}`, {form_factor}")
        out.append("")
        out.append(f"Report: `{report['_path'][:-5]}.html`; benchmark index {environment.get('benchmarkIndex')}"
                   + (f"; median of {len(reports)} runs" if len(reports) > 1 else ""))
        if report.get("runtimeError"):
            out.append(f"- runtime error: {report['runtimeError']}")
        for warning in report.get("runWarnings", []):
            out.append(f"- warning: {text(warning, 300)}")
        out.append("")
        out += describe(report) or ["- every audit passes"]

    out.append("")
    if failed:
        out.append(f"Below {args.threshold}: " + "; ".join(failed))
    else:
        out.append(f"Every category of every page is at least {args.threshold}.")
    summary = "\n".join(out) + "\n"
    print(summary, end="")
    if args.summary:
        args.summary.write_text(summary)
    return 1 if failed and not args.no_fail else 0


if __name__ == "__main__":
    sys.exit(main())
