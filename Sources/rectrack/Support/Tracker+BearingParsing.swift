import RecTrackCore

extension Tracker {
    /// Parses a bears-on entry and names its recommendation as the tracker writes it: `r7`, `7` and `R07` name R7
    /// here as they do in `show`, so the file gets `R7`.
    func parseBearing(_ text: String) -> Result<Bearing, EvidenceDraftError> {
        EvidenceDraft.parseBearing(text).map { bearing in
            var named = bearing
            if let recommendation = recommendation(bearing.recommendation) { named.recommendation = recommendation.id }
            return named
        }
    }
}
