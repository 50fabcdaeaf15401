import RecTrackCore

/// How text for the terminal looks: ANSI colours or none at all, and the width to fit, if any.
public struct TerminalStyle: Sendable {
    /// True when colour codes are written.
    public let enabled: Bool
    /// The columns to fit tables and long lines to; nil when output goes to a file or a pipe, where lines stay whole.
    public let width: Int?

    /// Creates a style; pass `enabled: false` when not writing to a terminal or when NO_COLOR is set.
    public init(enabled: Bool, width: Int? = nil) {
        self.enabled = enabled
        self.width = width
    }

    /// `text` with each line wider than ``width`` wrapped at spaces, its continuation indented two more than the
    /// line itself; unchanged when there is no width.
    public func fitting(_ text: String) -> String {
        guard let width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            let indent = String(line.prefix { $0 == " " })
            return TextWrap.lines(String(line.dropFirst(indent.count)), width: width, indent: indent, hanging: indent + "  ",
                                  keepingSpaces: true).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// No colour.
    public static let plain = TerminalStyle(enabled: false)

    /// Wraps text in an SGR code.
    public func apply(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Bold text.
    public func bold(_ text: String) -> String { apply("1", text) }
    /// Dim text.
    public func dim(_ text: String) -> String { apply("2", text) }
    /// Red text, for errors.
    public func red(_ text: String) -> String { apply("31", text) }
    /// Yellow text, for warnings.
    public func yellow(_ text: String) -> String { apply("33", text) }

    /// A status in its colour (the text label always stays, so colour is never the only signal).
    public func status(_ status: Status, _ text: String) -> String {
        switch status {
        case .notAssessed: return apply("2", text)
        case .noProgress: return apply("31", text)
        case .limited: return apply("33", text)
        case .substantial: return apply("36", text)
        case .implemented: return apply("32", text)
        case .rejected: return apply("35", text)
        }
    }
}

/// A progress bar in text: `█████░░░░░`.
public enum ProgressBar {
    /// A bar `width` cells wide for a per-cent figure.
    public static func render(_ percent: Double, width: Int = 10) -> String {
        let filled = Int((min(100, max(0, percent)) / 100 * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
