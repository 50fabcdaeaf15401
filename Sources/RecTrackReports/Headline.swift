import RecTrackCore

/// The sentence that says how far government has gone overall.
public enum Headline {
    /// Mean progress over all recommendations, per cent, one decimal.
    public static func overallProgress(_ assessments: [Assessment]) -> Double {
        guard !assessments.isEmpty else { return 0 }
        var total = 0.0
        // By index: each assessment's progress is read in place, not the whole assessment copied.
        for index in assessments.indices { total += assessments[index].progress }
        return (total / Double(assessments.count) * 10).rounded() / 10
    }

    /// How many of the assessments have each status; a status none has is absent.
    public static func statusCounts(_ assessments: [Assessment]) -> [Status: Int] {
        var counts: [Status: Int] = [:]
        for index in assessments.indices { counts[assessments[index].status, default: 0] += 1 }
        return counts
    }

    /// "Of 12 recommendations, 1 implemented, 4 substantial, 6 limited, 1 no progress; overall 41.3% of the way."
    public static func sentence(_ assessments: [Assessment]) -> String {
        let byStatus = statusCounts(assessments)
        let counts = Status.allCases.reversed().compactMap { status -> String? in
            byStatus[status].map { "\($0) \(status.label)" }
        }
        return "Of \(assessments.count) recommendations: \(counts.joined(separator: ", ")); overall \(NumberText.format(overallProgress(assessments)))% of the way."
    }
}
