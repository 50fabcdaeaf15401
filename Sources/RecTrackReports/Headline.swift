import RecTrackCore

/// The sentence that says how far government has gone overall.
public enum Headline {
    /// Mean progress over all recommendations, per cent, one decimal.
    public static func overallProgress(_ assessments: [Assessment]) -> Double {
        guard !assessments.isEmpty else { return 0 }
        return (assessments.reduce(0) { $0 + $1.progress } / Double(assessments.count) * 10).rounded() / 10
    }

    /// "Of 12 recommendations, 1 implemented, 4 substantial, 6 limited, 1 no progress; overall 41.3% of the way."
    public static func sentence(_ assessments: [Assessment]) -> String {
        let counts = Status.allCases.reversed().compactMap { status -> String? in
            let n = assessments.filter { $0.status == status }.count
            return n == 0 ? nil : "\(n) \(status.label)"
        }
        return "Of \(assessments.count) recommendations: \(counts.joined(separator: ", ")); overall \(NumberText.format(overallProgress(assessments)))% of the way."
    }
}
