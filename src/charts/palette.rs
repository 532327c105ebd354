//! Colours: an sRGB type, the Okabe–Ito colour-blind-safe palette and WCAG contrast maths.

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#RRGGBB`, as plotters writes it, so components can match legend swatches in HTML.
    pub fn to_hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// The plotters colour of the same value.
    pub fn to_plotters(self) -> plotters::style::RGBColor {
        plotters::style::RGBColor(self.0, self.1, self.2)
    }

    /// WCAG 2.x relative luminance (0 = black, 1 = white).
    pub fn relative_luminance(self) -> f64 {
        let channel = |value: u8| {
            let c = f64::from(value) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG 2.x contrast ratio between two colours, from 1 to 21. AA needs 4.5 for text and 3 for
/// graphical objects such as lines and bars.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.relative_luminance(), b.relative_luminance());
    let (lighter, darker) = if la >= lb { (la, lb) } else { (lb, la) };
    (lighter + 0.05) / (darker + 0.05)
}

/// Okabe–Ito black.
pub const OKABE_ITO_BLACK: Rgb = Rgb(0x00, 0x00, 0x00);
/// Okabe–Ito orange.
pub const OKABE_ITO_ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
/// Okabe–Ito sky blue.
pub const OKABE_ITO_SKY_BLUE: Rgb = Rgb(0x56, 0xB4, 0xE9);
/// Okabe–Ito bluish green.
pub const OKABE_ITO_BLUISH_GREEN: Rgb = Rgb(0x00, 0x9E, 0x73);
/// Okabe–Ito yellow.
pub const OKABE_ITO_YELLOW: Rgb = Rgb(0xF0, 0xE4, 0x42);
/// Okabe–Ito blue.
pub const OKABE_ITO_BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
/// Okabe–Ito vermillion.
pub const OKABE_ITO_VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
/// Okabe–Ito reddish purple.
pub const OKABE_ITO_REDDISH_PURPLE: Rgb = Rgb(0xCC, 0x79, 0xA7);

/// Series colours on a white background. The first four reach 3:1 against white; orange, sky
/// blue and yellow do not, so they come last and only serve charts with many series.
pub const LIGHT_SERIES: [Rgb; 8] = [
    OKABE_ITO_BLUE,
    OKABE_ITO_VERMILLION,
    OKABE_ITO_BLUISH_GREEN,
    OKABE_ITO_REDDISH_PURPLE,
    OKABE_ITO_ORANGE,
    OKABE_ITO_SKY_BLUE,
    OKABE_ITO_BLACK,
    OKABE_ITO_YELLOW,
];

/// Series colours on a near-black background: the same hue family per index as
/// [`LIGHT_SERIES`] (blue→sky blue, vermillion→orange), with white standing in for black.
pub const DARK_SERIES: [Rgb; 8] = [
    OKABE_ITO_SKY_BLUE,
    OKABE_ITO_ORANGE,
    OKABE_ITO_BLUISH_GREEN,
    OKABE_ITO_REDDISH_PURPLE,
    OKABE_ITO_YELLOW,
    OKABE_ITO_VERMILLION,
    OKABE_ITO_BLUE,
    Rgb(0xFF, 0xFF, 0xFF),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_reference_values() {
        let white = Rgb(255, 255, 255);
        assert!((contrast_ratio(OKABE_ITO_BLACK, white) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(white, white) - 1.0).abs() < 1e-9);
        // #767676 is the classic "just passes AA on white" grey (4.54:1).
        let ratio = contrast_ratio(Rgb(0x76, 0x76, 0x76), white);
        assert!((4.5..4.6).contains(&ratio), "{ratio}");
    }

    #[test]
    fn hex_is_uppercase_rrggbb() {
        assert_eq!(OKABE_ITO_VERMILLION.to_hex(), "#D55E00");
    }
}
