"""Writes the JavaScript peer's data (bench/peer/): the dashboard's headline charts, from the same
files the dashboard is built from, so nothing is copied by hand.

    python3 bench/export_data.py OUT.json

Reads, with the standard library only:
- src/model/chart_catalog.rs: each chart's title, unit text, shape, series, default period,
  unjoined series and running-total label;
- src/model/chart_data.rs: the key events every time chart marks (MARKER_EVENTS);
- data/series.csv: each series' label and the file that holds it, then that file: long tables
  (`series_id,period,value,status,…`) or the wide tables whose columns are series
  (WIDE_COLUMNS below mirrors crates/datagen's WIDE_SERIES for the series used here);
- data/events_timeline.csv: the marker events' dates and descriptions.

Points follow the dashboard's rules (src/model/chart_data.rs): the year is the period's first
year; a point is set apart (drawn hollow or pale) when its status is not `reported` or its period
is a half year (`H1 2021`); a missing year inside a series breaks its line; unjoined series are
dots; a running total stops at the first gap and is set apart after the first set-apart value.
"""

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHART_IDS = ["us-war-funding", "unama-civilians", "refugees"]

# Wide tables: (file, column) -> series id, as in crates/datagen/src/load.rs WIDE_SERIES.
WIDE_COLUMNS = {
    ("casualties_unama.csv", "civilians_killed"): "unama-civilians-killed",
    ("casualties_unama.csv", "civilians_injured"): "unama-civilians-injured",
    ("casualties_unama.csv", "total_civilian_casualties"): "unama-civilian-casualties",
    ("displacement_unhcr_by_year.csv", "refugees"): "unhcr-refugees",
    ("displacement_unhcr_by_year.csv", "refugees_in_pakistan"): "unhcr-refugees-pakistan",
    ("displacement_unhcr_by_year.csv", "refugees_in_iran"): "unhcr-refugees-iran",
}


def rust_string(text: str) -> str:
    """The value of a Rust string literal body (the escapes the catalogue uses)."""
    text = re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda m: chr(int(m.group(1), 16)), text)
    return text.replace('\\"', '"').replace("\\\\", "\\")


def catalogue() -> dict:
    """Chart definitions from src/model/chart_catalog.rs, by id."""
    source = (ROOT / "src/model/chart_catalog.rs").read_text(encoding="utf-8")
    string = r'"((?:[^"\\]|\\.)*)"'
    charts = {}
    for block in re.findall(r"ChartDef \{(.*?)\n    \},", source, re.S):
        def field(name, pattern=string):
            match = re.search(rf"\n\s+{name}: {pattern}", block, re.S)
            return match

        def strings(name):
            match = field(name, r"&\[(.*?)\]")
            return [rust_string(s) for s in re.findall(string, match.group(1))] if match else []

        chart_id = rust_string(field("id").group(1))
        period = field("default_period", r"\((-?\d+),\s*(-?\d+)\)")
        running = field("running_total", rf"Some\({string}\)")
        charts[chart_id] = {
            "id": chart_id,
            "title": rust_string(field("title").group(1)),
            "unit_text": rust_string(field("unit_text").group(1)),
            "shape": field("shape", r"ChartShape::(\w+)").group(1),
            "series_ids": strings("series"),
            "unjoined": strings("unjoined"),
            "period": [int(period.group(1)), int(period.group(2))],
            "running_total": rust_string(running.group(1)) if running else None,
            "note": rust_string(field("note").group(1)),
        }
    return charts


def marker_events() -> list:
    """(timeline id, short label) of MARKER_EVENTS in src/model/chart_data.rs."""
    source = (ROOT / "src/model/chart_data.rs").read_text(encoding="utf-8")
    body = re.search(r"pub const MARKER_EVENTS[^=]*= \[(.*?)\];", source, re.S).group(1)
    return re.findall(r'\("([^"]+)",\s*"([^"]+)"\)', body)


def read_csv(name: str) -> list:
    with open(ROOT / "data" / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def period_years(label: str) -> tuple:
    """(first year, last year covered, half-year?) of a period label: 2009, FY2010, 2009-10,
    FY2001-FY2002, H1 2021 (the forms the dashboard's data use)."""
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", label)]
    if not years:
        raise ValueError(f"no year in period {label!r}")
    split = re.fullmatch(r"(\d{4})-(\d{2})", label)  # UK financial year 2009-10: one year
    last = years[0] if split else max(years)
    return years[0], last, label.startswith("H")


def series_points(series_row: dict) -> list:
    """Points of one series in file order: dicts with year, last_year, period, value, status."""
    file_name = Path(series_row["file"]).name
    series_id = series_row["id"]
    points = []
    wide = [column for (f, column), sid in WIDE_COLUMNS.items() if f == file_name and sid == series_id]
    for row in read_csv(file_name):
        if wide:
            period, value = row.get("period") or row["year"], row[wide[0]]
        elif row.get("series_id") == series_id:
            period, value = row["period"], row["value"]
        else:
            continue
        if value == "":
            continue
        year, last_year, half = period_years(period)
        points.append(
            {
                "year": year,
                "last_year": last_year,
                "period": period,
                "value": float(value),
                "status": row["status"],
                "set_apart": row["status"] != "reported" or half,
            }
        )
    if not points:
        raise SystemExit(f"export_data: no points for series {series_id} in data/{file_name}")
    return sorted(points, key=lambda p: p["year"])


def chart_rows(chart: dict, series_rows: dict) -> tuple:
    """Rows for the chart's series inside its period, with a segment number that changes at
    every gap, and the running total's rows if the chart has one."""
    first, last = chart["period"]
    rows, series = [], []
    for order, series_id in enumerate(chart["series_ids"]):
        meta = series_rows[series_id]
        unjoined = series_id in chart["unjoined"]
        series.append({"id": series_id, "label": meta["label"], "unjoined": unjoined})
        segment, previous = 0, None
        for point in series_points(meta):
            if not first <= point["year"] <= last:
                continue
            if unjoined or (previous is not None and point["year"] > previous["last_year"] + 1):
                segment += 1
            rows.append(
                {
                    "series": meta["label"],
                    "order": order,
                    "segment": f"{series_id}/{segment}",
                    "year": point["year"],
                    "period": point["period"],
                    "value": point["value"],
                    "status": point["status"],
                    "set_apart": point["set_apart"],
                }
            )
            previous = point
    total_rows = []
    if chart["running_total"]:
        label, total, any_apart, previous = chart["running_total"], 0.0, False, None
        for row in (r for r in rows if r["order"] == 0):
            if previous is not None and row["year"] > previous["last_year"] + 1:
                break  # a total past a missing year would be an undercount
            total += row["value"]
            any_apart = any_apart or row["set_apart"]
            total_rows.append({**row, "series": label, "order": len(series), "segment": "total", "value": round(total, 6), "set_apart": any_apart})
            previous = {"last_year": period_years(row["period"])[1]}
    return series, rows, total_rows


def markers(chart: dict, timeline: dict) -> list:
    """Key-event markers inside the chart's period, at their date as a fraction of the year."""
    first, last = chart["period"]
    found = []
    for event_id, short in marker_events():
        event = timeline.get(event_id)
        if not event:
            continue
        year, month, day = (int(part) for part in (event["date"].split("-") + ["1", "1"])[:3])
        if first <= year <= last:
            x = year + ((month - 1) * 30.44 + day) / 365.25
            found.append({"x": round(x, 4), "year": year, "short": short, "label": f"{short}: {event['description']}"})
    return found


def export() -> dict:
    charts = catalogue()
    series_rows = {row["id"]: row for row in read_csv("series.csv")}
    timeline = {row["id"]: row for row in read_csv("events_timeline.csv")}
    out = []
    for chart_id in CHART_IDS:
        chart = charts[chart_id]
        series, rows, total_rows = chart_rows(chart, series_rows)
        unit = {series_rows[s]["unit"] for s in chart["series_ids"]}
        out.append(
            {
                "id": chart_id,
                "title": chart["title"],
                "unit_text": chart["unit_text"],
                "unit": unit.pop() if len(unit) == 1 else "mixed",
                "shape": chart["shape"],
                "period": chart["period"],
                "note": chart["note"],
                "series": series,
                "rows": rows,
                "running_total": {"label": chart["running_total"], "rows": total_rows} if chart["running_total"] else None,
                "markers": markers(chart, timeline),
            }
        )
    return {"charts": out}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = export()
    Path(sys.argv[1]).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    for chart in data["charts"]:
        print(f"  {chart['id']}: {len(chart['rows'])} points, {len(chart['markers'])} markers", file=sys.stderr)


if __name__ == "__main__":
    main()
