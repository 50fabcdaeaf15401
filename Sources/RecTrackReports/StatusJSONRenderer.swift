import RecTrackCore

/// `status --format json`: every assessment in full, for programs (schemas/assessment.schema.json).
struct StatusJSONRenderer {
    /// The status and what the formats share.
    let status: StatusRenderer

    /// The JSON text.
    func render() -> String {
        String(decoding: renderUTF8(), as: UTF8.self)
    }

    /// The JSON text as UTF-8.
    func renderUTF8() -> [UInt8] {
        JSONOutput.utf8(document, items: \.assessments, key: "assessments")
    }

    /// The JSON text as UTF-8, in pieces to write out one after another.
    func renderPieces() -> [ArraySlice<UInt8>] {
        JSONOutput.pieces(document, items: \.assessments, key: "assessments")
    }

    private var document: StatusDocument {
        StatusDocument(tracker: status.tracker, assessments: status.assessments, asOf: status.asOf, knownAt: status.knownAt)
    }
}
