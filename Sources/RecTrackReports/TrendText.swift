import RecTrackCore

/// How a recommendation's movement since last quarter reads, in the site and the brief.
public enum TrendText {
    /// "▲ Up", "▼ Down" or "● Same": a symbol and a word, so the direction never rests on the symbol alone.
    public static func label(_ direction: TrendDirection) -> String {
        switch direction {
        case .up: return "▲ Up"
        case .down: return "▼ Down"
        case .same: return "● Same"
        }
    }

    /// What it moved from, when it moved: "from limited, 25%"; nil when nothing changed.
    public static func previous(_ assessment: Assessment) -> String? {
        guard let trend = assessment.trend else { return nil }
        if trend.previousStatus != assessment.status {
            return "from \(trend.previousStatus.label), \(NumberText.format(trend.previousProgress))%"
        }
        if trend.previousProgress != assessment.progress {
            return "from \(NumberText.format(trend.previousProgress))%"
        }
        return nil
    }

    /// One phrase for a table cell: "▲ Up from limited, 25%", "● Same", or "–" when no trend was computed.
    public static func cell(_ assessment: Assessment) -> String {
        guard let trend = assessment.trend else { return "–" }
        return label(trend.direction) + (previous(assessment).map { " " + $0 } ?? "")
    }

    /// A sentence's verb phrase for a recommendation that moved: "moved up from limited (45%) to substantial (57.5%)".
    public static func movement(_ assessment: Assessment) -> String? {
        guard let trend = assessment.trend else { return nil }
        let verb = trend.direction == .same ? "changed" : "moved \(trend.direction.rawValue)"
        return "\(verb) from \(trend.previousStatus.label) (\(NumberText.format(trend.previousProgress))%) "
            + "to \(assessment.status.label) (\(NumberText.format(assessment.progress))%)"
    }
}
