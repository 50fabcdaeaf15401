/// What in a protocol's outcome decides a status, and nothing else: progress, what is finished, the formal
/// response, whether any evidence was cited, and why it could not assess.
///
/// A trend compares today's assessment with one at an earlier date, and reads only the earlier status and progress;
/// an owner's reply is set beside the status of its day the same way. Those dates need a verdict, not the sentences,
/// milestones and figures that explain one.
public struct ProtocolVerdict: Sendable, Hashable {
    /// Progress from 0 to 1, or nil when the protocol does not measure progress.
    public var progress: Double?
    /// What is finished, when the protocol measures progress (as in ``ProtocolOutcome/completion``).
    public var completion: Completion?
    /// The formal response, when the protocol tracks it.
    public var response: ResponseVerdict?
    /// True when the outcome cites any evidence (``ProtocolOutcome/cited`` is not empty): a recommendation with no
    /// evidence bearing on it is still assessed when, say, a metric's figure speaks to it.
    public var citesEvidence: Bool
    /// Why the protocol could not assess at all.
    public var failure: String?

    /// Creates a verdict; a missing completion is read from progress as ``ProtocolOutcome`` reads it.
    public init(progress: Double?, completion: Completion? = nil, response: ResponseVerdict? = nil, citesEvidence: Bool, failure: String? = nil) {
        self.progress = progress
        self.completion = completion ?? progress.map { $0 == 1 ? Completion.everything : Completion.nothing }
        self.response = response
        self.citesEvidence = citesEvidence
        self.failure = failure
    }

    /// The verdict of a full outcome.
    public init(_ outcome: ProtocolOutcome) {
        self.init(progress: outcome.progress, completion: outcome.completion, response: outcome.response,
                  citesEvidence: !outcome.citedOutsideRationale.isEmpty || outcome.rationale.contains { !$0.evidence.isEmpty },
                  failure: outcome.failure)
    }
}
