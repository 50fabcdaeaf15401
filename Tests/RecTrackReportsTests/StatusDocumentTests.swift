import Foundation
import Testing
import RecTrackCore
import RecTrackProtocols
@testable import RecTrackReports
import RecTrackTestSupport

/// `status --format json` (schema version 2) writes each metric's series once, in `metricSeries`, and each
/// assessment's metric state names it by `seriesId`: nothing a state showed in version 1 is lost.
@Suite("The status JSON lists each metric's series once")
struct StatusDocumentTests {
    static func shippedAssessments() throws -> (Tracker, [Assessment]) {
        let tracker = try ShippedTracker.load()
        return (tracker, Evaluator(tracker: tracker).assessAll(asOf: FixedToday.day))
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("every metric state names a listed series equal to the one it was assessed with, and has no series of its own")
    func seriesAreReferenced() throws {
        let (tracker, assessments) = try Self.shippedAssessments()
        let document = StatusDocument(tracker: tracker, assessments: assessments, asOf: FixedToday.day, knownAt: nil)
        let states = assessments.flatMap(\.metrics)
        #expect(!states.isEmpty)
        #expect(document.schemaVersion == 2)
        for (original, written) in zip(states, document.assessments.flatMap(\.metrics)) {
            let id = try #require(written.seriesId)
            #expect(document.metricSeries[id] == original.series, "\(original.metric)")
            #expect(id == original.metric)
        }
        // One entry per metric the states show: shipped metrics are assessed by the built-in protocol, whose series
        // depends only on the metric and the date.
        #expect(Set(document.metricSeries.keys) == Set(states.map(\.metric)))

        let json = try Self.object(JSONOutput.encode(document, items: \.assessments, key: "assessments"))
        #expect(json["schemaVersion"] as? Int == 2)
        let listed = try #require(json["metricSeries"] as? [String: [[String: Any]]])
        #expect(listed.keys.sorted() == document.metricSeries.keys.sorted())
        for assessment in try #require(json["assessments"] as? [[String: Any]]) {
            for metric in try #require(assessment["metrics"] as? [[String: Any]]) {
                #expect(metric["series"] == nil)
                #expect(listed[try #require(metric["seriesId"] as? String)] != nil)
            }
        }
    }

    @Test("states of one metric that carry different series get keys of their own, in the order met")
    func differingSeriesAreKeptApart() throws {
        let (tracker, assessments) = try Self.shippedAssessments()
        let positions = assessments.indices.flatMap { a in assessments[a].metrics.indices.map { (a, $0) } }
        let metric = try #require(positions.first)
        let id = assessments[metric.0].metrics[metric.1].metric
        var changed = assessments
        let point = SeriesPoint(period: Day(year: 2020, month: 3, day: 31)!, value: 1, evidence: "made-up", source: "a plugin")
        // Three states of the same metric: the original series, one with a point more, and the original again.
        var states = [changed[metric.0].metrics[metric.1]]
        states.append(states[0])
        states[1].series.append(point)
        states.append(states[0])
        changed[metric.0].metrics = states
        let document = StatusDocument(tracker: tracker, assessments: changed, asOf: FixedToday.day, knownAt: nil)
        let written = document.assessments[metric.0].metrics
        #expect(written.map(\.seriesId) == [id, "\(id)~2", id])
        #expect(document.metricSeries[id] == states[0].series)
        #expect(document.metricSeries["\(id)~2"] == states[1].series)
    }

    @Test("a metric state without a series id is written, and read back, whole; with one, its series is left out")
    func metricStateRoundTrips() throws {
        let (_, assessments) = try Self.shippedAssessments()
        let states = assessments.flatMap(\.metrics)
        let encoder = JSONEncoder()
        for state in states {
            let data = try encoder.encode(state)
            #expect(try JSONDecoder().decode(MetricState.self, from: data) == state)
            #expect(try Self.object(String(decoding: data, as: UTF8.self))["series"] != nil)
            let referenced = state.namingSeries(state.metric)
            #expect(referenced.series.isEmpty)
            let object = try Self.object(String(decoding: try encoder.encode(referenced), as: UTF8.self))
            #expect(object["series"] == nil && object["seriesId"] as? String == state.metric)
            #expect(object.count == (try Self.object(String(decoding: data, as: UTF8.self))).count)
        }
    }

    @Test("show's JSON and snapshots keep each series in place")
    func otherDocumentsKeepTheSeries() throws {
        let data = AssessedTracker.assessing(try ShippedTracker.load(), asOf: FixedToday.day)
        let byID = RecommendationView.evidenceByID(data.tracker)
        let entry = try #require(data.entries.first { !$0.assessment.metrics.isEmpty })
        let json = JSONOutput.encode(RecommendationView(entry, in: data.tracker, evidenceByID: byID))
        #expect(json.contains("\"series\" : ["))
        #expect(!json.contains("seriesId"))
    }
}
