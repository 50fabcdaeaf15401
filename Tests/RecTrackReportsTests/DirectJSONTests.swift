import Foundation
import Testing
import RecTrackCore
@testable import RecTrackReports

/// The assessment's types write their JSON by hand (``DirectJSON``); their `Encodable` conformances describe it. These
/// tests hold the two together: a type that gains a member it does not write by hand fails here.
@Suite("Values that write their own JSON write JSONEncoder's text")
struct DirectJSONTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String { try SortedJSONWriterTests.foundation(value) }

    static func direct<T: DirectJSON>(_ value: T, depth: Int = 0) throws -> String {
        let output = SortedJSONWriter.Output()
        try value.writeJSON(to: output, depth: depth)
        return String(decoding: output.bytes.array, as: UTF8.self)
    }

    /// An assessment with every optional member set and every list holding something, down to the last nested type:
    /// escapes, text beyond ASCII, whole and fractional numbers, negative zero.
    static let complete = """
    {
      "asOf": "2026-11-30", "evidence": ["e-1", "e/2"], "knownAt": "2026-10-01", "lastEvidence": "2026-09",
      "metrics": [{
        "baseline": {"period": "2016-03-31", "value": 72670},
        "comparedFrom": {"period": "2019-03-31", "value": -0.0},
        "deadline": {
          "deadline": {"date": "2027", "note": "by \\"spring\\"", "origin": {"evidence": "e-1", "reason": "in the plan", "setBy": "government"}},
          "metOn": "2026-05-01", "metric": "m-1", "milestone": "m-1", "standing": "met-on-time", "title": "Target"
        },
        "direction": "down",
        "latest": {"evidence": "e-1", "note": "provisional", "period": "2025-03-31", "series": "new", "source": "DfE", "value": 0.1},
        "latestPeriod": {"expectedPeriod": "2026-03-31", "latestObserved": "2025-03-31", "latestPeriodObserved": false},
        "metric": "children-in-need", "notComparableYet": true,
        "pace": {
          "adjustments": ["baseline-zero-replaced", "rates-scaled-for-limit"], "category": "acceleration-needed",
          "directedRate": 1e-7, "observedRate": -2.5, "ratio": 0.3333333333333333, "reason": "same-date",
          "requiredRate": 1e21, "scale": 15.1, "variant": "required-rate", "years": 9007199254740992
        },
        "progress": 42.5,
        "series": [{"evidence": "e-1", "note": "n", "period": "2025-03-31", "series": "s", "source": "ONS", "value": 3}],
        "seriesId": "children-in-need", "target": 0, "targetDate": "2030-03-31",
        "targetOrigin": {"evidence": "e-2", "reason": "é — 🙂", "setBy": "report"},
        "title": "Children in need\\tper 10,000", "trend": "up", "unit": "rate-per-10000"
      }],
      "milestones": [{
        "claimsOnly": true, "credit": 0.5,
        "deadline": {
          "deadline": {"date": "2026-06", "note": "n", "origin": {"evidence": "e", "reason": "r", "setBy": "tracker"}},
          "metOn": "2026", "metric": "m", "milestone": "ms", "standing": "past-due", "title": "t"
        },
        "evidence": ["e-1"], "id": "funding-review", "metBecause": "it was published", "metBy": "e-1", "state": "partly-met",
        "title": "A review\\nof funding", "weight": 2
      }],
      "number": 6, "owners": ["DfE", "LGA"], "progress": 12.3,
      "rationale": [{"evidence": ["e-1"], "text": "Said \\"so\\" \\\\ here \\u0001"}],
      "reason": "limited: something moved", "recommendation": "no-good-options:R6",
      "replies": [{
        "agrees": false, "channel": "letter", "cites": ["e-1"], "date": "2026-03-03", "id": "reply-1", "lapsed": true,
        "lapses": "2026-09-03", "owner": "DfE", "ownerName": "Department for Education", "progressWhenReplied": 10,
        "says": "We disagree.", "status": "limited", "statusWhenReplied": "no-progress", "url": "https://example.org/a/b"
      }],
      "reportID": "no-good-options", "response": "accepted-in-part",
      "responses": [{"date": "2018-01", "evidence": "e-3", "verdict": "noted"}],
      "stale": true, "stalled": {"after": {"count": 18, "unit": "months"}, "arrivedSince": 4, "since": "2024-05-01"},
      "status": "limited", "title": "Early help", 
      "trend": {"direction": "same", "previousProgress": 12.25, "previousResponse": "none", "previousStatus": "rejected", "since": "2026-09-30"},
      "warnings": ["w"]
    }
    """

    /// The same assessment with every optional member nil and every list empty.
    static let bare = """
    {
      "asOf": "2017-01-01", "evidence": [], "metrics": [{
        "baseline": {"period": "2016-03-31", "value": 1}, "direction": "up", "metric": "m", "progress": 0, "target": 2,
        "title": "", "unit": "percent"
      }],
      "milestones": [{"claimsOnly": false, "credit": 0, "evidence": [], "id": "x", "state": "not-met", "title": "x", "weight": 1}],
      "number": 1, "owners": [], "progress": 0, "rationale": [], "reason": "", "recommendation": "R1", "stale": false,
      "status": "not-assessed", "title": "", "warnings": []
    }
    """

    static func assessment(_ json: String) throws -> Assessment {
        try JSONDecoder().decode(Assessment.self, from: Data(json.utf8))
    }

    @Test("an assessment with every member set and one with none, at every depth", arguments: [complete, bare])
    func assessments(_ json: String) throws {
        let value = try Self.assessment(json)
        let expected = try Self.foundation(value)
        #expect(try Self.direct(value) == expected)
        #expect(String(decoding: try SortedJSONWriter.write(value), as: UTF8.self) == expected)
        #expect(String(decoding: try SortedJSONWriter.write(value, direct: false), as: UTF8.self) == expected)
        // Nested as the status writes it, two levels down, and inside containers written by the Encodable path.
        #expect(try Self.foundation([["a": [value]]]) == String(decoding: try SortedJSONWriter.write([["a": [value]]]), as: UTF8.self))
        let metric = value.metrics[0]
        #expect(try Self.direct(metric) == Self.foundation(metric))
        #expect(try Self.direct(metric.namingSeries("s")) == Self.foundation(metric.namingSeries("s")))
    }

    @Test("the complete assessment leaves no member of any type unset, so that every member is compared")
    func completeAssessmentIsComplete() throws {
        let unset = Self.unsetMembers(of: try Self.assessment(Self.complete), path: "assessment")
        #expect(unset.isEmpty, "set these in DirectJSONTests.complete: \(unset)")
    }

    @Test("a number JSON cannot hold is refused, as JSONEncoder refuses it")
    func numbersJSONCannotHold() throws {
        var value = try Self.assessment(Self.bare)
        value.progress = .nan
        #expect(throws: SortedJSONWriter.Unsupported.self) { try Self.direct(value) }
        #expect(throws: SortedJSONWriter.Unsupported.self) { try SortedJSONWriter.write(value) }
        #expect(throws: (any Error).self) { try Self.foundation(value) }
    }

    @Test("every assessment of the shipped, hostile and several-report trackers", arguments: ["shipped", "hostile", "several-reports"])
    func trackers(_ name: String) throws {
        for assessment in try SortedJSONWriterTests.fixtureAssessments(name) {
            #expect(try Self.direct(assessment) == Self.foundation(assessment), "\(assessment.recommendation) as of \(assessment.asOf)")
        }
    }

    /// The paths of the optional members that are nil and the lists that are empty anywhere in `value`.
    static func unsetMembers(of value: Any, path: String) -> [String] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return [path] }
            return unsetMembers(of: wrapped, path: path)
        case .collection:
            guard !mirror.children.isEmpty else { return [path] }
            return mirror.children.enumerated().flatMap { unsetMembers(of: $1.value, path: "\(path)[\($0)]") }
        case .struct:
            // Days and dates are written as text: their parts are not members of the JSON.
            if value is Day || value is FactDate { return [] }
            return mirror.children.flatMap { unsetMembers(of: $0.value, path: "\(path).\($0.label ?? "?")") }
        default:
            return []
        }
    }
}
