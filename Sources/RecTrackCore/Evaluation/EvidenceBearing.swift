/// One visible evidence with one of its bearings on the recommendation assessed.
///
/// A struct rather than a tuple: reading one field of a tuple held in an array copies the whole tuple, every string
/// of its bearing (some 350 instructions an element, by callgrind), while a struct's field is read in place.
public struct EvidenceBearing: Sendable {
    /// The evidence.
    public let evidence: Evidence
    /// Its bearing on the recommendation.
    public let bearing: Bearing

    /// Pairs evidence with one of its bearings.
    public init(evidence: Evidence, bearing: Bearing) {
        self.evidence = evidence
        self.bearing = bearing
    }
}
