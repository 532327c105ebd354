//! Named periods the date filter offers as one-click ranges.

/// A period of Afghanistan's recent history, as whole years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatePreset {
    pub label: &'static str,
    pub from_year: i32,
    pub to_year: i32,
}

/// The presets, in historical order. Neighbouring periods share their boundary year because
/// each began in the year the previous one ended.
pub const DATE_PRESETS: [DatePreset; 5] = [
    DatePreset {
        label: "Soviet war 1979–89",
        from_year: 1979,
        to_year: 1989,
    },
    DatePreset {
        label: "Civil war 1989–96",
        from_year: 1989,
        to_year: 1996,
    },
    DatePreset {
        label: "Taliban rule 1996–2001",
        from_year: 1996,
        to_year: 2001,
    },
    DatePreset {
        label: "2001–2014",
        from_year: 2001,
        to_year: 2014,
    },
    DatePreset {
        label: "2015–2021",
        from_year: 2015,
        to_year: 2021,
    },
];
