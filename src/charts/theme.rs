//! Light and dark chart themes: background, text, grid and series colours.

use super::palette::{Rgb, DARK_SERIES, LIGHT_SERIES};
use super::text::Typography;

/// Which background the chart is drawn for; colours are baked into the SVG so it also works as a
/// standalone download.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChartTheme {
    /// Dark text on white (`#FFFFFF`).
    #[default]
    Light,
    /// Light text on near-black (`#121417`).
    Dark,
}

/// The non-series colours of a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThemeColors {
    /// Fill of the whole SVG.
    pub background: Rgb,
    /// Labels and values (at least 4.5:1 against `background`).
    pub text: Rgb,
    /// Secondary labels: ticks, axis titles, marker labels (also at least 4.5:1).
    pub text_muted: Rgb,
    /// Light grid lines; deliberately low contrast so they stay behind the data.
    pub grid: Rgb,
    /// Axis baseline and "no data" outlines (at least 3:1, a graphical object).
    pub axis: Rgb,
    /// Vertical event-marker lines.
    pub marker: Rgb,
}

impl ChartTheme {
    /// The theme's background, text and grid colours.
    pub fn colors(self) -> ThemeColors {
        match self {
            ChartTheme::Light => ThemeColors {
                background: Rgb(0xFF, 0xFF, 0xFF),
                text: Rgb(0x1F, 0x23, 0x28),
                text_muted: Rgb(0x59, 0x63, 0x6E),
                grid: Rgb(0xE6, 0xE8, 0xEB),
                axis: Rgb(0x8B, 0x94, 0x9E),
                marker: Rgb(0x6E, 0x77, 0x81),
            },
            ChartTheme::Dark => ThemeColors {
                background: Rgb(0x12, 0x14, 0x17),
                text: Rgb(0xE6, 0xE8, 0xEB),
                text_muted: Rgb(0x9A, 0xA3, 0xAE),
                grid: Rgb(0x2D, 0x33, 0x3B),
                axis: Rgb(0x6E, 0x77, 0x81),
                marker: Rgb(0x8B, 0x94, 0x9E),
            },
        }
    }

    /// The colour of series number `color_index`; indices past the palette wrap around.
    pub fn series_color(self, color_index: usize) -> Rgb {
        let palette = match self {
            ChartTheme::Light => &LIGHT_SERIES,
            ChartTheme::Dark => &DARK_SERIES,
        };
        palette[color_index % palette.len()]
    }
}

/// Everything a drawing step needs to know about appearance: colours, font sizes, SVG size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Look {
    pub theme: ChartTheme,
    pub colors: ThemeColors,
    pub typography: Typography,
    pub width_px: f64,
    pub height_px: f64,
}

impl Look {
    /// The look of a chart of `size` in `theme`.
    pub fn new(theme: ChartTheme, (width, height): (u32, u32)) -> Look {
        Look {
            theme,
            colors: theme.colors(),
            typography: Typography::for_width(width),
            width_px: f64::from(width),
            height_px: f64::from(height),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::palette::contrast_ratio;

    const THEMES: [ChartTheme; 2] = [ChartTheme::Light, ChartTheme::Dark];

    #[test]
    fn text_meets_wcag_aa_in_both_themes() {
        for theme in THEMES {
            let c = theme.colors();
            assert!(
                contrast_ratio(c.text, c.background) >= 7.0,
                "{theme:?} text"
            );
            assert!(
                contrast_ratio(c.text_muted, c.background) >= 4.5,
                "{theme:?} muted"
            );
            assert!(
                contrast_ratio(c.axis, c.background) >= 3.0,
                "{theme:?} axis"
            );
            assert!(
                contrast_ratio(c.marker, c.background) >= 3.0,
                "{theme:?} marker"
            );
        }
    }

    #[test]
    fn first_series_colours_meet_non_text_contrast() {
        // Charts here rarely show more than four series; those must reach 3:1 (WCAG 1.4.11).
        for theme in THEMES {
            let background = theme.colors().background;
            for index in 0..4 {
                let ratio = contrast_ratio(theme.series_color(index), background);
                assert!(ratio >= 3.0, "{theme:?} series {index}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn series_colours_wrap_and_differ_between_themes() {
        assert_eq!(
            ChartTheme::Light.series_color(8),
            ChartTheme::Light.series_color(0)
        );
        assert_ne!(
            ChartTheme::Light.series_color(0),
            ChartTheme::Dark.series_color(0)
        );
    }
}
