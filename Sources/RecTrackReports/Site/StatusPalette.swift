#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecTrackCore

/// The site's colours, chosen to meet WCAG 2.1 AA.
///
/// Every status colour carries white bold text in badges and chart labels sit
/// beside (not on) the bars, so each must reach 4.5:1 against white; bars and
/// the progress fill must reach 3:1 against the track (non-text contrast).
/// Ratios, computed with ``contrast(_:_:)`` (WCAG relative luminance) and
/// checked by `StatusPaletteTests`:
///
/// | colour | use | on white | on `surface` #f3f2f1 |
/// |---|---|---|---|
/// | #00703c | implemented | 6.21 | 5.55 |
/// | #00677f | substantial | 6.47 | 5.79 |
/// | #a35200 | limited | 5.58 | 4.99 |
/// | #b10e1e | no progress | 7.12 | 6.36 |
/// | #505a5f | not assessed, secondary text | 7.07 | 6.33 |
/// | #6f2c91 | rejected | 8.59 | 7.68 |
/// | #0b0c0c | body text | 19.59 | 17.52 |
/// | #1d5fa8 | links | 6.45 | 5.77 |
/// | #1b2a41 | header band (white text on it) | 14.44 | — |
public enum StatusPalette {
    /// Body text.
    public static let text = "#0b0c0c"
    /// Secondary text: captions, dates, publishers.
    public static let muted = "#505a5f"
    /// Links.
    public static let link = "#1d5fa8"
    /// The header band behind white text.
    public static let header = "#1b2a41"
    /// Page background.
    public static let background = "#ffffff"
    /// Panels and table stripes.
    public static let surface = "#f3f2f1"
    /// Rules and table borders.
    public static let rule = "#b1b4b6"
    /// The empty part of a progress bar.
    public static let track = "#dfe1e3"

    /// The colour of a status; always shown with the status's label, never alone.
    public static func colour(_ status: Status) -> String {
        switch status {
        case .implemented: return "#00703c"
        case .substantial: return "#00677f"
        case .limited: return "#a35200"
        case .noProgress: return "#b10e1e"
        case .notAssessed: return "#505a5f"
        case .rejected: return "#6f2c91"
        }
    }

    /// The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21.
    public static func contrast(_ first: String, _ second: String) -> Double {
        let a = luminance(first), b = luminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// WCAG relative luminance of a `#rrggbb` colour.
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.utf8.drop { $0 == UInt8(ascii: "#") })
        guard digits.count == 6 else { return 0 }
        func channel(_ i: Int) -> Double {
            let value = Double(hexValue(digits[i]) * 16 + hexValue(digits[i + 1])) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    private static func hexValue(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(byte - UInt8(ascii: "A")) + 10
        default: return 0
        }
    }
}
