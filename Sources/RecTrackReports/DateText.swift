import RecTrackCore

/// Dates as people in Parliament read them: "30 September 2026", "May 2025", "2017".
public enum DateText {
    static let months = Day.monthNames

    /// "30 September 2026".
    public static func long(_ day: Day) -> String {
        "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// "30 Sep 2026".
    public static func short(_ day: Day) -> String { day.shortWords }

    /// A fact's date as exactly as it is known: "30 Sep 2026", "Sep 2026" or "2026".
    public static func short(_ date: FactDate) -> String {
        switch date.precision {
        case .day: return short(date.earliest)
        case .month: return "\(months[date.earliest.month - 1].prefix(3)) \(date.earliest.year)"
        case .year: return String(date.earliest.year)
        }
    }

    /// A fact's date in full words: "30 September 2026", "September 2026" or "2026".
    public static func long(_ date: FactDate) -> String {
        switch date.precision {
        case .day: return long(date.earliest)
        case .month: return "\(months[date.earliest.month - 1]) \(date.earliest.year)"
        case .year: return String(date.earliest.year)
        }
    }
}

extension DateText {
    /// `text` with the dates a reason or a sentence of reasoning names, "(Feb 2026)" or "(2021-06-01)", spelt out
    /// as "(February 2026)" and "(1 June 2021)", so that a page which writes its own dates in full reads in one style.
    public static func spellingOut(in text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            out += rest[...open]
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let inside = String(rest[..<close])
            if let day = Day(inside) {
                out += long(day)
                rest = rest[close...]
            } else if inside.count == 8, let month = months.firstIndex(where: { $0.prefix(3) == inside.prefix(3) }),
                      inside.dropFirst(3).first == " ", inside.suffix(4).allSatisfy({ $0.isASCII && $0.isNumber }) {
                out += months[month] + " " + inside.suffix(4)
                rest = rest[close...]
            }
        }
        return out + rest
    }
}
