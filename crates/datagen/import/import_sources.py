#!/usr/bin/env python3
"""One-off import of the bulk tables of data/ from the project's shared source files.

Run from the repository root:  python3 crates/datagen/import/import_sources.py <sources dir>

It copies values only: columns are selected and renamed, a `source_id` and a `note` column are
added, and no number is changed, rounded or computed. The hand-made tables (sources, series,
figures, claims, spending and comparison series) are edited directly in data/ and are not
touched here. Re-running it overwrites the files listed in WRITES; review the diff afterwards.
"""

import csv
import sys
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/sources")
OUT = Path("data")

AFTER = "After the period: the dashboard covers 2001-2021."


def rows(name):
    with open(SRC / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, header, data):
    with open(OUT / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(data)
    print(f"data/{name}: {len(data)} rows")


def unhcr():
    out = []
    for r in rows("unhcr_afghan_population_totals_by_year.csv"):
        year = int(r["year"])
        notes, status = [], "reported"
        if 2015 <= year <= 2019:
            notes.append(
                "Iran's figure rests on the 2015 Amayesh IX registration (UNHCR fact sheet), "
                "so it stays at 951,142 for 2015-2019."
            )
        if year > 2021:
            notes.append(AFTER)
        if year == 2022:
            notes.append(
                "UNHCR reclassified Afghans in Iran in 2022: the jump in refugees and in Iran "
                "is not a new flight of refugees."
            )
        if year == 2025:
            status = "provisional"
            notes.append("Latest year of package version 2025.12.1; UNHCR may still revise it.")
        out.append([
            r["year"], r["refugees"], r["asylum_seekers"], r["idps"], r["returned_refugees"],
            r["returned_idps"], r["refugees_in_pakistan"], r["refugees_in_iran"], status,
            "unhcr-population-2025", " ".join(notes),
        ])
    write(
        "displacement_unhcr_by_year.csv",
        ["year", "refugees", "asylum_seekers", "idps", "returned_refugees", "returned_idps",
         "refugees_in_pakistan", "refugees_in_iran", "status", "source_id", "note"],
        out,
    )

    out = []
    for r in rows("unhcr_afghan_population_by_host_country.csv"):
        year = int(r["year"])
        note = ""
        if year == 2022 and r["coa_iso"] == "IRN":
            note = "UNHCR reclassified Afghans in Iran in 2022; not a new flight of refugees."
        out.append([
            r["year"], r["coa_name"], r["coa_iso"], r["refugees"], r["asylum_seekers"],
            r["returned_refugees"], r["idps"], r["returned_idps"],
            "provisional" if year == 2025 else "reported", "unhcr-population-2025", note,
        ])
    write(
        "displacement_unhcr_by_host.csv",
        ["year", "country", "iso", "refugees", "asylum_seekers", "returned_refugees", "idps",
         "returned_idps", "status", "source_id", "note"],
        out,
    )


def idmc():
    out = []
    for r in rows("idmc_afghanistan_conflict_idps_by_year.csv"):
        year = int(r["year"])
        status = "provisional" if year == 2025 else "reported"
        note = AFTER if year > 2021 else ""
        if year == 2025:
            note += " Latest year of package version 2025.12.1; may be revised."
        out.append(["idmc-conflict-idps", r["year"], r["idps_conflict_violence_stock"], status,
                    "idmc-via-unhcr-package", note])
    write("displacement_series.csv",
          ["series_id", "period", "value", "status", "source_id", "note"], out)


UNAMA_FIRST = {
    "2009": "UNAMA first published 2,412 killed and 3,566 injured.",
    "2010": "UNAMA first published 2,777 killed and 4,343 injured.",
    "2011": "UNAMA first published 3,021 killed and 4,507 injured.",
    "2012": "No first-published UNAMA figure found.",
    "2013": "UNAMA first published 2,959 killed.",
    "2014": "UNAMA first published 3,699 killed.",
    "2015": "UNAMA first published 3,545 killed and 7,457 injured.",
    "2016": "UNAMA first published 3,498 killed and 7,920 injured.",
    "2017": "UNAMA first published 3,438 killed and 7,015 injured.",
    "2018": "Same as UNAMA's first publication.",
}


def unama():
    out = []
    for r in rows("unama_civilian_casualties_by_year.csv"):
        year = r["year"]
        if year == "2021":
            period = "H1 2021"
            source = "unama-2021-midyear"
            note = ("1 January-30 June 2021 only. Killed (1,659) and total (5,183) as published; "
                    "injured 3,524 is the report text's figure (= 5,183 - 1,659). UNAMA's press "
                    "statement printed 3,254, which does not add up. No full-year 2021 UNAMA "
                    "figure was found.")
        elif year == "2020":
            period, source = year, "unama-2020-annual"
            note = "UNAMA Annual Report 2020 (23 Feb 2021), as reported in the news."
        elif year == "2019":
            period, source = year, "unama-via-easo-2020"
            note = ("UNAMA Annual Report 2019 (22 Feb 2020); matches contemporaneous reports "
                    "(3,403 killed, 6,989 injured).")
        else:
            period, source = year, "unama-via-easo-2020"
            note = ("UNAMA's revised series (2019 annual report, as tabulated by EASO). "
                    + UNAMA_FIRST[year])
        out.append([period, r["civilians_killed"], r["civilians_injured"],
                    r["total_civilian_casualties"], "reported", source, note])
    write("casualties_unama.csv",
          ["period", "civilians_killed", "civilians_injured", "total_civilian_casualties",
           "status", "source_id", "note"], out)


STATISTICO_NOTES = {
    "2005": ("Cells were split so that U.S. + U.K. + other = total; the alternative split would "
             "need 91 U.K. deaths, which contradicts U.K. MoD totals."),
    "2010": "iCasualties counts 711 in total and 499 U.S. (VERIFICATION.md); Statistico 710 / 498.",
    "2011": "iCasualties counts 566 in total and 418 U.S. (VERIFICATION.md); Statistico 563 / 415.",
    "2014": ("Cells were split so that U.S. + U.K. + other = total; the alternative split would "
             "need 56 U.K. deaths, which contradicts U.K. MoD totals. The per-country split is "
             "unverified; iCasualties' total (75) matches."),
    "2015": ("Read as 22 U.S. / 2 U.K. / 2 other: U.S. hostile deaths alone were 10 that year "
             "(AP), and 22 U.K. deaths would contradict the U.K. total of about 455-457. "
             "iCasualties counts 27 (22 U.S., 2 U.K., 3 other)."),
}


def coalition():
    by_year = {}
    for r in rows("coalition_military_deaths_by_year_and_country.csv"):
        if not r["publisher"].startswith("Statistico"):
            continue
        by_year.setdefault(r["year"], {})[r["country_or_group"]] = r["deaths"]
    out = []
    for year, d in by_year.items():
        out.append([year, d["United States"], d["United Kingdom"], d["Other coalition nations"],
                    d["All coalition (total)"], "reported", "statistico-2021-10",
                    STATISTICO_NOTES.get(year, "")])
    write("casualties_coalition_by_year.csv",
          ["year", "united_states", "united_kingdom", "other_nations", "all_coalition", "status",
           "source_id", "note"], out)

    out = []
    for r in rows("coalition_military_deaths_by_country.csv"):
        out.append([r["country"], r["deaths"], r["country_population_millions_as_in_source"],
                    "wikipedia-coalition-casualties", r["note"]])
    write("casualties_coalition_by_country.csv",
          ["country", "deaths", "population_millions", "source_id", "note"], out)


def context():
    out = []
    ctx = rows("afghanistan_context_indicators_by_year.csv")
    for r in ctx:
        if r["population_gapminder_unwpp2017"]:
            proj = r["population_is_unwpp2017_projection"] == "1"
            out.append(["population", r["year"], r["population_gapminder_unwpp2017"],
                        "projection" if proj else "reported", "owid-population",
                        "UN WPP 2017 projection, not a count." if proj else ""])
    for r in ctx:
        if r["hdi_undp"]:
            out.append(["hdi", r["year"], r["hdi_undp"], "reported", "owid-hdi", ""])
    for r in ctx:
        v = r["afghan_govt_military_expenditure_usd_constant2019_sipri"]
        if v:
            out.append(["sipri-afghan-milex", r["year"], v, "reported", "owid-sipri", ""])
    for r in ctx:
        v = r["afghan_govt_military_expenditure_pct_gdp_sipri"]
        if v:
            out.append(["sipri-afghan-milex-share-gdp", r["year"], v, "reported", "owid-sipri",
                        ""])
    for r in ctx:
        v = r["afghan_armed_forces_personnel_iiss_worldbank"]
        if v:
            out.append(["afghan-armed-forces-personnel", r["year"], v, "reported",
                        "owid-armed-forces", ""])
    for r in ctx:
        v = r["terrorism_fatalities_rand"]
        if v:
            out.append(["rand-terrorism-fatalities", r["year"], v, "reported", "owid-rand", ""])
    opium = rows("unodc_opium_afghanistan_points.csv")
    sources = {"2015": "unodc-aos-2016", "2016": "unodc-aos-2016", "2017": "unodc-wdr-2018",
               "2020": "unodc-aos-2021", "2021": "unodc-aos-2021", "2022": "unodc-2023-11",
               "2023": "unodc-2023-11"}
    for column, series in [("cultivation_hectares", "opium-cultivation"),
                           ("potential_opium_production_tonnes", "opium-production")]:
        for r in opium:
            if not r[column]:
                continue
            notes = []
            y = r["year"]
            if series == "opium-cultivation" and y == "2016":
                notes.append("+10% on 2015.")
            if series == "opium-cultivation" and y == "2017":
                notes.append("Record level; more than 75% of the world's cultivation area.")
            if series == "opium-cultivation" and y == "2020":
                notes.append("Worked out from the 2021 survey's text: 177,000 ha in 2021 after "
                             "'a contraction of 47,000 hectares' (-21%) from 2020.")
            if series == "opium-production" and y == "2016":
                notes.append("Range 4,000-5,600 t.")
            if series == "opium-production" and y == "2021":
                notes.append("+8% on 2020.")
            if int(y) > 2021:
                notes.append(AFTER)
            if y == "2023":
                notes.append("After the Taliban's ban on cultivation announced in 2022.")
            out.append([series, y, r[column], "reported", sources[y], " ".join(notes)])
    # Typed from FACTS.md (section B, "Poverty rate trend"): World Bank / CSO, ALCS rounds.
    out.append(["poverty-rate", "2011-12", "38.3", "reported", "worldbank-alcs-2016-17",
                "Share below the national poverty line, Afghanistan Living Conditions Survey "
                "2011-12 round."])
    out.append(["poverty-rate", "2016-17", "54.5", "reported", "worldbank-alcs-2016-17",
                "Share below the national poverty line, Afghanistan Living Conditions Survey "
                "2016-17 round."])
    write("context_series.csv", ["series_id", "period", "value", "status", "source_id", "note"],
          out)


def events():
    out = []
    for r in rows("timeline_key_events_1979_2021.csv"):
        out.append(["key-" + r["date"], r["date"], r["date_precision"], r["event"],
                    r["category"], "key-events-timeline", r["sources_where_read"],
                    r["discrepancy_note"]])
    write("events_timeline.csv",
          ["id", "date", "date_precision", "description", "category", "source_id",
           "where_read", "note"], out)

    src = rows("ucdp_ged191_afghanistan_subset_2001_2018.csv")
    cols = list(src[0].keys())
    write("events_ucdp_ged191_subset.csv", cols + ["source_id", "note"],
          [[r[c] for c in cols] + ["ucdp-ged191-subset", ""] for r in src])

    src = rows("ucdp_ged231_afghanistan_2020_events.csv")
    cols = list(src[0].keys())
    first = {}
    out = []
    for i, r in enumerate(src):
        key = tuple(r[c] for c in cols)
        note = ""
        if key in first:
            note = (f"Identical in every column to data row {first[key] + 1} of this file; kept, "
                    "since the file has no GED ids and they may be separate events.")
        else:
            first[key] = i
        out.append([r[c] for c in cols] + ["ucdp-ged231", note])
    write("events_ucdp_ged231_2020.csv", cols + ["source_id", "note"], out)

    src = rows("ucdp_ged_afghanistan_stratified_sample_1989_2022.csv")
    cols = list(src[0].keys())
    write("events_ucdp_sample.csv", cols + ["source_id", "note"],
          [[r[c] for c in cols] + ["ucdp-ged-sample", ""] for r in src])


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    unhcr()
    idmc()
    unama()
    coalition()
    context()
    events()
