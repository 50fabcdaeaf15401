/// How much of a protocol's "done when" tests and targets is finished: fully met, never partly.
///
/// The status follows this, not the progress figure: half-credits raise progress but finish nothing.
public struct Completion: Sendable, Hashable {
    /// The share of the weight (0–1) whose tests are fully met and whose targets are reached.
    public var metShare: Double
    /// True only when every test is met and every target reached, decided on exact values.
    public var allMet: Bool

    /// Creates a completion.
    public init(metShare: Double, allMet: Bool) {
        self.metShare = metShare
        self.allMet = allMet
    }

    /// Nothing finished.
    public static let nothing = Completion(metShare: 0, allMet: false)
    /// Everything finished.
    public static let everything = Completion(metShare: 1, allMet: true)
}
