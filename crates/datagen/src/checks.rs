//! Checks across rows and files: series assembly, stated totals against their parts, UNHCR
//! totals against the host-country rows, and the references of figures and claims.

use std::collections::{HashMap, HashSet};

use crate::error::Errors;
use crate::load::{
    At, Loaded, PartRef, PendingPoint, StatedTotal, COALITION_BY_COUNTRY, UNHCR_BY_HOST,
    UNHCR_BY_YEAR,
};
use crate::model::{Claim, Figure, Series, Unit, Vocabulary};
use crate::table::label;

/// Writes a number the way a note would: no exponent, no trailing zeros.
pub(crate) fn plain(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{number:.0}")
    } else {
        let text = format!("{number:.6}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Like [`plain`] with thousands separators: `3,622`.
pub(crate) fn grouped(number: f64) -> String {
    let text = plain(number);
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole.to_string(), format!(".{fraction}")),
        None => (text.clone(), String::new()),
    };
    let mut out = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out + &fraction
}

fn agree(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// A stated total must equal the sum of its parts, or the row's note must give that sum.
pub(crate) fn check_total(errors: &mut Errors, total: &StatedTotal) {
    if agree(total.parts_sum, total.total) {
        return;
    }
    let sum = total.parts_sum;
    if total.note.contains(&plain(sum)) || total.note.contains(&grouped(sum)) {
        return;
    }
    errors.at(
        &total.at.file,
        total.at.line,
        &total.column,
        format!(
            "{} add up to {}, not {}; fix the row or record the difference in note (mention {})",
            total.parts,
            plain(sum),
            plain(total.total),
            grouped(sum)
        ),
    );
}

/// Puts every point into its declared series, checking declaration, file and duplicates.
pub(crate) fn assemble_series(
    errors: &mut Errors,
    declared: Vec<(At, Series)>,
    seen: &HashSet<String>,
    points: Vec<PendingPoint>,
) -> Vec<Series> {
    let mut series: Vec<Series> = declared.iter().map(|(_, series)| series.clone()).collect();
    let index: HashMap<String, usize> = series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    let mut first_line: HashMap<(String, String), usize> = HashMap::new();
    for pending in points {
        let PendingPoint {
            series: id,
            at,
            column,
            point,
        } = pending;
        let Some(&i) = index.get(&id) else {
            if seen.contains(&id) {
                // Declared on a row that is itself reported as invalid.
                continue;
            }
            errors.at(
                &at.file,
                at.line,
                &column,
                format!("series {id:?} is not declared in data/series.csv"),
            );
            continue;
        };
        if series[i].file != at.file {
            errors.at(
                &at.file,
                at.line,
                &column,
                format!(
                    "series {id:?} is declared in data/series.csv with file {}, not {}",
                    series[i].file, at.file
                ),
            );
            continue;
        }
        let key = (id.clone(), point.period.label.clone());
        if let Some(first) = first_line.get(&key) {
            errors.at(
                &at.file,
                at.line,
                &column,
                format!(
                    "duplicate series id + period {:?} {:?} (first on line {first})",
                    id, point.period.label
                ),
            );
            continue;
        }
        first_line.insert(key, at.line);
        series[i].points.push(point);
    }
    for ((at, declared), series) in declared.iter().zip(&mut series) {
        if series.points.is_empty() && !errors.has_errors_in(&declared.file) {
            errors.at(
                &at.file,
                at.line,
                "id",
                format!(
                    "series {:?} has no points in {}",
                    declared.id, declared.file
                ),
            );
        }
        // Stable: points of the same year keep their order in the file.
        series.points.sort_by_key(|point| point.period.year);
    }
    series
}

/// Checks UNHCR's yearly totals against the sum of its host-country rows for that year.
pub(crate) fn check_unhcr(errors: &mut Errors, loaded: &Loaded) {
    let host_file = label(UNHCR_BY_HOST);
    if errors.has_errors_in(&host_file) || errors.has_errors_in(&label(UNHCR_BY_YEAR)) {
        return;
    }
    for (at, year) in &loaded.unhcr_by_year {
        let rows: Vec<_> = loaded
            .refugees_by_host
            .iter()
            .filter(|row| row.year == year.year)
            .collect();
        for (column, total) in year.counts {
            let (parts, sum): (String, u64) = match column {
                "refugees_in_pakistan" | "refugees_in_iran" => {
                    let iso = if column == "refugees_in_pakistan" {
                        "PAK"
                    } else {
                        "IRN"
                    };
                    (
                        format!("refugees in the {iso} row of {host_file} for {}", year.year),
                        rows.iter()
                            .filter(|row| row.iso == iso)
                            .map(|row| u64::from(row.refugees))
                            .sum(),
                    )
                }
                _ => (
                    format!("{column} in the rows of {host_file} for {}", year.year),
                    rows.iter()
                        .map(|row| {
                            u64::from(match column {
                                "refugees" => row.refugees,
                                "asylum_seekers" => row.asylum_seekers,
                                "idps" => row.idps,
                                "returned_refugees" => row.returned_refugees,
                                _ => row.returned_idps,
                            })
                        })
                        .sum(),
                ),
            };
            check_total(
                errors,
                &StatedTotal {
                    at: at.clone(),
                    column: column.to_string(),
                    parts,
                    parts_sum: sum as f64,
                    total: f64::from(total),
                    note: year.note.clone(),
                },
            );
        }
    }
}

/// Resolves each figure's `parts` and checks that they add up to it (or that its note says not).
pub(crate) fn check_figure_parts(
    errors: &mut Errors,
    figures: &[(At, Figure, Vec<PartRef>)],
    series: &[Series],
    loaded: &Loaded,
) {
    let by_id: HashMap<&str, &Figure> =
        figures.iter().map(|(_, f, _)| (f.id.as_str(), f)).collect();
    for (at, figure, parts) in figures {
        if parts.is_empty() {
            continue;
        }
        let mut sum = 0.0;
        let mut names = Vec::new();
        let mut ok = true;
        let unit_error = |errors: &mut Errors, what: &str, unit: Unit| {
            errors.at(
                &at.file,
                at.line,
                "parts",
                format!(
                    "{what} is in {}, the figure in {}",
                    word(unit),
                    word(figure.unit)
                ),
            );
        };
        for part in parts {
            match part {
                PartRef::Figure(id) => match by_id.get(id.as_str()) {
                    Some(part) if part.id == figure.id => {
                        errors.at(
                            &at.file,
                            at.line,
                            "parts",
                            "a figure cannot be its own part",
                        );
                        ok = false;
                    }
                    Some(part) if part.unit != figure.unit => {
                        unit_error(errors, &format!("figure {id:?}"), part.unit);
                        ok = false;
                    }
                    Some(part) => {
                        sum += part.value;
                        names.push(id.clone());
                    }
                    None if loaded.seen_figures.contains(id) => ok = false,
                    None => {
                        errors.at(
                            &at.file,
                            at.line,
                            "parts",
                            format!("{id:?} is not a figure id in data/figures.csv"),
                        );
                        ok = false;
                    }
                },
                PartRef::Series { id, range } => {
                    let Some(part) = series.iter().find(|s| &s.id == id) else {
                        ok = false;
                        if loaded.seen_series.contains(id) {
                            continue;
                        }
                        errors.at(
                            &at.file,
                            at.line,
                            "parts",
                            format!("series {id:?} is not declared in data/series.csv"),
                        );
                        continue;
                    };
                    if errors.has_errors_in(&part.file) {
                        ok = false;
                        continue;
                    }
                    if part.unit != figure.unit {
                        unit_error(errors, &format!("series {id:?}"), part.unit);
                        ok = false;
                        continue;
                    }
                    let labels: Vec<&str> = part
                        .points
                        .iter()
                        .map(|p| p.period.label.as_str())
                        .collect();
                    let (start, end) = match range {
                        None => (0, part.points.len()),
                        Some((first, last)) => {
                            let start = labels.iter().position(|l| l == first);
                            let end = labels.iter().position(|l| l == last);
                            match (start, end) {
                                (Some(start), Some(end)) if start <= end => (start, end + 1),
                                _ => {
                                    errors.at(
                                        &at.file,
                                        at.line,
                                        "parts",
                                        format!(
                                            "periods {first:?}..{last:?} are not both in series {id:?} (in that order)"
                                        ),
                                    );
                                    ok = false;
                                    continue;
                                }
                            }
                        }
                    };
                    sum += part.points[start..end].iter().map(|p| p.value).sum::<f64>();
                    names.push(format!("series {id}"));
                }
                PartRef::CoalitionByCountry => {
                    if errors.has_errors_in(&label(COALITION_BY_COUNTRY)) {
                        ok = false;
                        continue;
                    }
                    if figure.unit != Unit::Deaths {
                        unit_error(errors, "table:coalition_deaths_by_country", Unit::Deaths);
                        ok = false;
                        continue;
                    }
                    sum += loaded
                        .coalition_by_country
                        .iter()
                        .map(|row| f64::from(row.deaths))
                        .sum::<f64>();
                    names.push("the rows of data/casualties_coalition_by_country.csv".into());
                }
            }
        }
        if ok {
            check_total(
                errors,
                &StatedTotal {
                    at: at.clone(),
                    column: "value".into(),
                    parts: format!("parts ({})", names.join(" + ")),
                    parts_sum: sum,
                    total: figure.value,
                    note: figure.note.clone(),
                },
            );
        }
    }
}

fn word<T: Vocabulary + PartialEq>(value: T) -> &'static str {
    T::WORDS
        .iter()
        .find(|(_, v)| *v == value)
        .map_or("?", |(word, _)| word)
}

/// Every figure a claim names must exist.
pub(crate) fn check_claims(
    errors: &mut Errors,
    claims: &[(At, Claim)],
    figures: &[Figure],
    seen: &HashSet<String>,
) {
    let ids: HashSet<&str> = figures.iter().map(|f| f.id.as_str()).collect();
    for (at, claim) in claims {
        for figure in &claim.figures {
            if !ids.contains(figure.as_str()) && !seen.contains(figure) {
                errors.at(
                    &at.file,
                    at.line,
                    "figure_ids",
                    format!("{figure:?} is not a figure id in data/figures.csv"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_notes_write_them() {
        assert_eq!(plain(3622.0), "3622");
        assert_eq!(grouped(3622.0), "3,622");
        assert_eq!(grouped(110887.0), "110,887");
        assert_eq!(grouped(641.3), "641.3");
        assert_eq!(grouped(1234567.25), "1,234,567.25");
        assert_eq!(plain(0.1 + 0.2), "0.3");
    }
}
