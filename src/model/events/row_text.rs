//! The words of one list row: type, deaths and their caveats.

use super::index::IndexedEvent;
use super::labels::{
    collection_label, collection_scope, date_span_text, kind_short_label, sides_text,
};
use crate::dataset::EventKind;
use crate::model::format::{format_int, MISSING};

/// Everything one row of the list shows, as text, so a row already in the page can show
/// another event by changing only what differs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowTexts {
    pub date: String,
    /// The place as the source names it, or "—".
    pub place: &'static str,
    /// "Kunduz province" or "No province".
    pub province: String,
    /// The province was derived from the coordinates.
    pub province_derived: bool,
    pub kind: String,
    /// The sides, empty when the source names none.
    pub sides: String,
    pub deaths: DeathsText,
    /// " death" or " deaths" after the number in the card layout, which has no column header.
    pub deaths_unit: &'static str,
    pub description: &'static str,
    /// Link to the collection's source card.
    pub source_href: String,
    pub collection: &'static str,
    pub collection_scope: &'static str,
}

/// The texts of `row`, whose province is `province` (see `EventIndex::province_name`).
pub fn row_texts(row: &IndexedEvent<'static>, province: Option<&str>) -> RowTexts {
    let event = row.event;
    RowTexts {
        date: date_span_text(event),
        place: if event.place.is_empty() {
            "—"
        } else {
            event.place
        },
        province: province.map_or_else(|| "No province".to_string(), |p| format!("{p} province")),
        province_derived: event.province_derived,
        kind: kind_text(row),
        sides: sides_text(event),
        deaths: deaths_text(row),
        deaths_unit: match row.deaths {
            Some(1) => " death",
            Some(_) => " deaths",
            None => "",
        },
        description: event.description,
        source_href: format!("#source-{}", event.source),
        collection: collection_label(event.collection),
        collection_scope: collection_scope(event.collection),
    }
}

/// The deaths cell: the main figure, a second line (the low–high range, or that the figure is
/// the sides' sum) and a tooltip explaining it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeathsText {
    pub main: String,
    pub detail: Option<String>,
    pub explanation: Option<String>,
}

/// Deaths as published: best (low–high) where the range differs from the best estimate; for
/// the GED 19.1 subset, the sum of the sides' deaths, said so.
pub fn deaths_text(row: &IndexedEvent) -> DeathsText {
    let event = row.event;
    let main = row
        .deaths
        .map_or(MISSING.to_string(), |d| format_int(i64::from(d)));
    if row.deaths_from_sides {
        let side =
            |value: Option<u32>| value.map_or(MISSING.to_string(), |v| format_int(i64::from(v)));
        let (a, b) = row
            .detail
            .map_or((None, None), |d| (d.deaths_a, d.deaths_b));
        return DeathsText {
            main,
            detail: Some("sides A + B".to_string()),
            explanation: Some(format!(
                "No best estimate in this collection: {} on side A + {} on side B",
                side(a),
                side(b)
            )),
        };
    }
    let range = match (event.deaths_low, event.deaths_high, event.deaths_best) {
        (Some(low), Some(high), best) if best != Some(low) || best != Some(high) => Some(format!(
            "{}–{}",
            format_int(i64::from(low)),
            format_int(i64::from(high))
        )),
        _ => None,
    };
    DeathsText {
        explanation: range
            .as_ref()
            .map(|r| format!("Best estimate {main}; low–high {r}")),
        main,
        detail: range,
    }
}

/// The type of violence, or "Key event · category" for the timeline.
pub fn kind_text(row: &IndexedEvent) -> String {
    let category = row.detail.map_or("", |d| d.category);
    match row.event.kind {
        EventKind::KeyEvent if !category.is_empty() => format!("Key event · {category}"),
        kind => kind_short_label(kind).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::events::dataset_index;

    fn first_row(test: impl Fn(&IndexedEvent) -> bool) -> Option<&'static IndexedEvent<'static>> {
        let index = dataset_index();
        (0..index.len() as u32)
            .filter_map(|id| index.row(id))
            .find(|row| test(row))
    }

    #[test]
    fn side_sums_say_so() {
        let Some(row) = first_row(|row| row.deaths_from_sides) else {
            panic!("the GED 19.1 subset has side deaths");
        };
        let text = deaths_text(row);
        assert_eq!(text.detail.as_deref(), Some("sides A + B"));
        assert!(text.explanation.is_some_and(|e| e.contains("side A")));
    }

    #[test]
    fn ranges_show_only_when_they_differ() {
        let Some(row) = first_row(|row| {
            let e = row.event;
            e.deaths_low.is_some() && e.deaths_high.is_some() && e.deaths_low != e.deaths_high
        }) else {
            panic!("GED 23.1 has ranges");
        };
        assert!(deaths_text(row).detail.is_some_and(|d| d.contains('–')));
        let Some(flat) = first_row(|row| {
            let e = row.event;
            e.deaths_best.is_some()
                && e.deaths_low == e.deaths_best
                && e.deaths_high == e.deaths_best
        }) else {
            panic!("most events have a flat range");
        };
        assert_eq!(deaths_text(flat).detail, None);
        let Some(key) = first_row(|row| row.event.kind == EventKind::KeyEvent) else {
            panic!("the timeline is indexed");
        };
        assert_eq!(deaths_text(key).main, MISSING);
        assert!(kind_text(key).starts_with("Key event"));
    }

    #[test]
    fn a_row_names_its_place_province_unit_and_source() {
        let index = dataset_index();
        let Some(row) = first_row(|row| row.event.place.is_empty() && row.province_id.is_none())
        else {
            panic!("key events have neither place nor province");
        };
        let texts = row_texts(row, index.province_name(row));
        assert_eq!((texts.place, texts.province.as_str()), ("—", "No province"));
        assert_eq!(texts.source_href, format!("#source-{}", row.event.source));
        let Some(one) = first_row(|row| row.deaths == Some(1) && row.province_id.is_some()) else {
            panic!("some event has one death in a province");
        };
        let texts = row_texts(one, index.province_name(one));
        assert_eq!(texts.deaths_unit, " death");
        assert!(texts.province.ends_with(" province"));
        assert_eq!(texts.kind, kind_text(one));
    }
}
