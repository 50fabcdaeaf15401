#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a snapshot read back from `Snapshots/` must hold before anything shows it: a file is the record of what MPs
/// were told, so one copied under another quarter's name, or edited to an impossible value, is refused, not shown.
extension Snapshot {
    /// Throws when the quarter inside is not `named` (the quarter of the file's name), or the date is not its last day.
    func checkQuarter(_ named: Quarter) throws(SnapshotFormatError) {
        guard quarter == named else {
            throw SnapshotFormatError("it records \(quarter), not \(named) as its name says: a snapshot copied or renamed from another quarter is not the record of this one",
                                      code: .snapshotWrongQuarter, at: [.key("quarter")])
        }
        guard asOf == quarter.lastDay else {
            throw SnapshotFormatError("asOf is \(asOf), but a snapshot of \(quarter) is made as of its last day, \(quarter.lastDay)",
                                      code: .snapshotWrongQuarter, at: [.key("asOf")])
        }
    }

    /// Throws at the first value no assessment can have, naming where it is (`assessments[2] (R3).progress`).
    func checkValues() throws(SnapshotFormatError) {
        for (index, assessment) in assessments.enumerated() {
            let place = "assessments[\(index)] (\(SafeText.neutralised(assessment.recommendation)))"
            let at: [JSONLocator.Step] = [.key("assessments"), .index(index)]
            let percentage = "a progress is a percentage, 0 to 100"
            try Self.range(assessment.progress, 0...100, "\(place).progress", at + [.key("progress")], percentage)
            try Self.pair(assessment.status, assessment.progress, place, at)
            if let trend = assessment.trend {
                try Self.range(trend.previousProgress, 0...100, "\(place).trend.previousProgress",
                               at + [.key("trend"), .key("previousProgress")], percentage)
            }
            for (number, milestone) in assessment.milestones.enumerated() {
                let milestoneAt = at + [.key("milestones"), .index(number)]
                try Self.range(milestone.credit, 0...1, "\(place).milestones[\(number)].credit", milestoneAt + [.key("credit")],
                               "a milestone's credit is 0 to 1")
                guard milestone.weight.isFinite, milestone.weight > 0 else {
                    throw SnapshotFormatError("\(place).milestones[\(number)].weight is \(milestone.weight); a weight is a positive number",
                                              code: .snapshotValueOutOfRange, at: milestoneAt + [.key("weight")])
                }
            }
            for (number, metric) in assessment.metrics.enumerated() {
                try Self.range(metric.progress, 0...1, "\(place).metrics[\(number)].progress", at + [.key("metrics"), .index(number), .key("progress")],
                               "a metric's progress is a share, 0 to 1")
            }
        }
    }

    /// Throws when the file assesses fewer or more recommendations than it names record files in its provenance: a
    /// check assesses every record it reads, so an assessment deleted by hand (which would hide a regression in the
    /// next quarter's comparison) or pasted in shows as a difference in the counts.
    func checkEveryRecordAssessed() throws(SnapshotFormatError) {
        let shared: Set<String> = ["report.yaml", "owners.yaml", "metrics.yaml"]
        let records = provenance.files.keys.filter { path in
            path.hasPrefix("Recommendations/") && !shared.contains(String(path.split(separator: "/").last ?? ""))
        }
        guard records.count != assessments.count, !records.isEmpty else { return }
        throw SnapshotFormatError("it assesses \(assessments.count) \(assessments.count == 1 ? "recommendation" : "recommendations"), but its provenance lists \(records.count) recommendation \(records.count == 1 ? "record" : "records") that the check read; every record read is assessed, so the file was changed after it was written",
                                  code: .snapshotValueOutOfRange, at: [.key("assessments")])
    }

    /// Throws at the second assessment of a recommendation already assessed in the file: a snapshot records one
    /// verdict per recommendation, and a repeated one (pasted in, or merged from another file) leaves MPs' record
    /// saying two things.
    func checkRecommendationsOnce() throws(SnapshotFormatError) {
        var first: [String: Int] = [:]
        for (index, assessment) in assessments.enumerated() {
            guard let earlier = first[assessment.recommendation] else {
                first[assessment.recommendation] = index
                continue
            }
            let name = SafeText.neutralised(assessment.recommendation)
            throw SnapshotFormatError("assessments[\(index)] assesses \(name) again, after assessments[\(earlier)]; a snapshot records one assessment per recommendation",
                                      code: .snapshotAssessedTwice, at: [.key("assessments"), .index(index), .key("recommendation")])
        }
    }

    /// Throws for a status and progress that no assessment gives together: implemented is always 100%, no progress
    /// always 0%, and only implemented (or a rejection after it) reaches 100%. A status edited by hand shows as one.
    private static func pair(_ status: Status, _ progress: Double, _ place: String, _ path: [JSONLocator.Step]) throws(SnapshotFormatError) {
        // Progress is never below the share that is finished, so substantial (half the weight finished) is at least 50%.
        let possible = switch status {
        case .implemented: progress == 100
        case .noProgress: progress == 0
        case .rejected: true
        case .substantial: progress >= 50 && progress < 100
        case .notAssessed, .limited: progress < 100
        }
        guard possible else {
            throw SnapshotFormatError("\(place).status is '\(status.rawValue)' with progress \(NumberText.format(progress)); no assessment gives that pair (implemented is always 100, no-progress always 0, substantial at least 50, and nothing else but a rejection reaches 100): the file was changed after it was written",
                                      code: .snapshotValueOutOfRange, at: path + [.key("status")])
        }
    }

    private static func range(_ value: Double, _ range: ClosedRange<Double>, _ place: String, _ path: [JSONLocator.Step],
                              _ rule: String) throws(SnapshotFormatError) {
        guard value.isFinite, range.contains(value) else {
            throw SnapshotFormatError("\(place) is \(value); \(rule)", code: .snapshotValueOutOfRange, at: path)
        }
    }
}

/// Reads only the statuses of a snapshot's JSON, so that a status rectrack does not know is named as such (with the
/// recommendation it belongs to) rather than as a decoding failure deep in the file.
enum SnapshotStatuses {
    private struct Probe: Decodable {
        struct Entry: Decodable {
            struct Trend: Decodable { var previousStatus: String? }
            struct Reply: Decodable { var status: String? }
            var recommendation: String?
            var status: String?
            var trend: Trend?
            var replies: [Reply]?
        }
        var assessments: [Entry]?
    }

    /// Throws at the first status that is not one of ``Status``'s.
    static func check(_ bytes: [UInt8]) throws(SnapshotFormatError) {
        // A file whose shape is wrong is reported by the full decode, which names the field.
        guard let probe = try? JSONDecoder().decode(Probe.self, from: Data(bytes)) else { return }
        for (index, entry) in (probe.assessments ?? []).enumerated() {
            let place = "assessments[\(index)]" + (entry.recommendation.map { " (\(SafeText.neutralised($0)))" } ?? "")
            let replies = (entry.replies ?? []).enumerated().map { number, reply -> (String, String?, [JSONLocator.Step]) in
                ("replies[\(number)].status", reply.status, [.key("replies"), .index(number), .key("status")])
            }
            let keys: [(String, String?, [JSONLocator.Step])] = [("status", entry.status, [.key("status")]),
                                                                 ("trend.previousStatus", entry.trend?.previousStatus, [.key("trend"), .key("previousStatus")])]
                + replies
            for (key, value, steps) in keys {
                guard let value, Status(rawValue: value) == nil else { continue }
                let known = Status.allCases.map(\.rawValue).joined(separator: ", ")
                throw SnapshotFormatError("\(place).\(key) is '\(SafeText.neutralised(value))', which is not a status; the statuses are \(known)",
                                          code: .snapshotUnknownStatus, at: [.key("assessments"), .index(index)] + steps)
            }
        }
    }
}
