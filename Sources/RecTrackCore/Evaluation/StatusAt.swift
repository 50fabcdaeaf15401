/// A recommendation's status, progress and formal response at one date, without the reasons: the earlier side of a
/// trend, and the status an owner's reply answered.
struct StatusAt: Sendable {
    /// The date assessed.
    let asOf: Day
    let status: Status
    /// Progress in per cent, as an assessment shows it.
    let progress: Double
    let response: ResponseVerdict?

    init(asOf: Day, status: Status, progress: Double, response: ResponseVerdict?) {
        self.asOf = asOf
        self.status = status
        self.progress = progress
        self.response = response
    }

    /// What a full assessment says of the same.
    init(_ assessment: Assessment) {
        self.init(asOf: assessment.asOf, status: assessment.status, progress: assessment.progress, response: assessment.response)
    }
}
