import Foundation
import RecTrackCore
import RecTrackTestSupport
import Testing

/// Owners' replies: loaded and checked like evidence, and standing beside the verdict without ever changing it.
@Suite("Owners' replies")
struct ReplyTests {
    /// A reply to R1 of the base tracker, with `extra` lines added before `recorded`.
    static func reply(id: String = "2026-03-03-dfe-r1", date: String = "2026-03-03", status: String = "implemented",
                      recorded: String = "2026-03-04", _ extra: String...) -> String {
        """
        # yaml-language-server: $schema=../../schemas/reply.schema.json
        id: \(id)
        recommendation: R1
        owner: DfE
        date: \(date)
        status: \(status)
        says: >
          The strategy is published and funded.
        cites: [2020-01-15-strategy-published, https://www.gov.uk/example]
        channel: letter
        \(extra.joined(separator: "\n"))
        recorded: \(recorded)
        """
    }

    private func load(_ files: [String: String]) throws -> (Tracker, [String]) {
        let folder = try BaseTracker.copy()
        for (path, text) in files { try folder.write(path, text) }
        let result = BaseTracker.loader.load(root: folder.path)
        return (try #require(result.tracker), result.diagnostics.diagnostics.map(\.formatted))
    }

    @Test("a reply loads with its owner, citations and a lapse 12 months after its date")
    func loads() throws {
        let (tracker, diagnostics) = try load(["Replies/2026/2026-03-03-dfe-r1.yaml": Self.reply()])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let reply = try #require(tracker.replies.first)
        #expect(reply.owner == "DfE" && reply.status == .implemented && reply.channel == .letter)
        #expect(reply.says == "The strategy is published and funded.")
        #expect(reply.cites == ["2020-01-15-strategy-published", "https://www.gov.uk/example"])
        #expect(reply.lapses == Day("2027-03-03"))
        #expect(tracker.files.contains("Replies/2026/2026-03-03-dfe-r1.yaml"))
    }

    @Test("a reply stands beside the verdict and never changes it; it agrees or disagrees with the status now")
    func standsBeside() throws {
        let (tracker, _) = try load(["Replies/2026/2026-03-03-dfe-r1.yaml": Self.reply()])
        let (plain, _) = try load([:])
        let asOf = try #require(Day("2026-06-30"))
        let with = Evaluator(tracker: tracker).assess(tracker.recommendations[0], asOf: asOf)
        let without = Evaluator(tracker: plain).assess(plain.recommendations[0], asOf: asOf)
        #expect(with.status == without.status && with.progress == without.progress && with.evidence == without.evidence)
        #expect(without.replies == nil)
        let standing = try #require(with.standingReplies.first)
        #expect(standing.status == .implemented && standing.ownerName == "DfE")
        #expect(standing.agrees == (with.status == .implemented))
        #expect(standing.statusWhenReplied == with.status, "no evidence arrived between the reply and the date assessed")
        #expect(!standing.assessmentChanged(since: with))
    }

    @Test("a reply dated after the date assessed, or recorded after --known-at, is not seen; a lapsed one does not stand")
    func moments() throws {
        let (tracker, _) = try load(["Replies/2026/2026-03-03-dfe-r1.yaml": Self.reply(recorded: "2026-04-10", "lapses: 2026-09-01")])
        let evaluator = Evaluator(tracker: tracker), r1 = tracker.recommendations[0]
        #expect(evaluator.assess(r1, asOf: Day("2026-03-02")!).replies == nil)
        #expect(evaluator.assess(r1, asOf: Day("2026-06-30")!, knownAt: Day("2026-04-09")!).replies == nil)
        #expect(evaluator.assess(r1, asOf: Day("2026-06-30")!, knownAt: Day("2026-04-10")!).standingReplies.count == 1)
        let lapsed = evaluator.assess(r1, asOf: Day("2026-09-01")!)
        #expect(lapsed.standingReplies.isEmpty)
        #expect(lapsed.replies?.first?.lapsed == true)
    }

    @Test("the later of two replies from one owner is the one that stands")
    func latestWins() throws {
        let (tracker, _) = try load([
            "Replies/2026/2026-03-03-dfe-r1.yaml": Self.reply(),
            "Replies/2026/2026-05-01-dfe-r1.yaml": Self.reply(id: "2026-05-01-dfe-r1", date: "2026-05-01", status: "limited", recorded: "2026-05-02"),
        ])
        let assessment = Evaluator(tracker: tracker).assess(tracker.recommendations[0], asOf: Day("2026-06-30")!)
        #expect(assessment.standingReplies.map(\.id) == ["2026-05-01-dfe-r1"])
    }

    @Test("two reply files of one id in different year folders: the second in path order is an error at its id, naming the first")
    func sameIDInTwoYears() throws {
        let (_, diagnostics) = try load([
            "Replies/2025/dfe-r1-letter.yaml": Self.reply(id: "dfe-r1-letter", date: "2025-06-02", recorded: "2025-06-03"),
            "Replies/2026/dfe-r1-letter.yaml": Self.reply(id: "dfe-r1-letter"),
            "Replies/2026/dfe-r1-meeting.yaml": Self.reply(id: "dfe-r1-meeting"),
        ])
        #expect(diagnostics == ["Replies/2026/dfe-r1-letter.yaml:2:1: error: reply id 'dfe-r1-letter' is also used by Replies/2025/dfe-r1-letter.yaml; give one of them another name [RT0707 duplicate-reply-id]"],
                "\(diagnostics)")
    }

    /// A bad reply and the one diagnostic it must give.
    struct BadCase: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        let text: String
        let expected: String
        var testDescription: String { name }

        static let all = [
            BadCase(name: "unknown evidence cited", path: "Replies/2026/2026-03-03-dfe-r1.yaml",
                    text: reply().replacingOccurrences(of: "2020-01-15-strategy-published,", with: "2020-01-15-strategy-publishd,"),
                    expected: "Replies/2026/2026-03-03-dfe-r1.yaml:9:9: error: 'cites' names evidence '2020-01-15-strategy-publishd' that the tracker does not have. Did you mean '2020-01-15-strategy-published'? [RT0720 reply-cites-unknown-evidence]"),
            BadCase(name: "owner of another recommendation", path: "Replies/2026/2026-03-03-dfe-r1.yaml",
                    text: reply().replacingOccurrences(of: "owner: DfE", with: "owner: LGA"),
                    expected: "Replies/2026/2026-03-03-dfe-r1.yaml:4:1: error: LGA is not an owner of R1, whose owners are DfE; only an owner's reply stands beside its verdict [RT0711 reply-owner-not-owner]"),
            BadCase(name: "misspelt status", path: "Replies/2026/2026-03-03-dfe-r1.yaml",
                    text: reply(status: "implemnted"),
                    expected: "Replies/2026/2026-03-03-dfe-r1.yaml:6:9: error: 'status' must be one of not-assessed, no-progress, limited, substantial, implemented, rejected; found 'implemnted'. Did you mean 'implemented'? [RT0153 unknown-choice]"),
            BadCase(name: "id and file differ", path: "Replies/2026/2026-03-03-dfe-r2.yaml", text: reply(),
                    expected: "Replies/2026/2026-03-03-dfe-r2.yaml:2:1: error: id '2026-03-03-dfe-r1' must be kebab-case and equal the file name without '.yaml' ('2026-03-03-dfe-r2.yaml'), such as '2026-03-03-dfe-r6' [RT0701 reply-id-differs-from-file]"),
            BadCase(name: "dated after today", path: "Replies/2027/2027-03-03-dfe-r1.yaml",
                    text: reply(id: "2027-03-03-dfe-r1", date: "2027-03-03", recorded: "2027-03-04"),
                    expected: "Replies/2027/2027-03-03-dfe-r1.yaml:5:1: error: 'date' 2027-03-03 is after today (2026-11-23); a reply is recorded once it has been made [RT0702 reply-date-in-future]"),
            BadCase(name: "unknown key", path: "Replies/2026/2026-03-03-dfe-r1.yaml", text: reply("lapse: 2026-09-01"),
                    expected: "Replies/2026/2026-03-03-dfe-r1.yaml:11:1: error: unknown key 'lapse' in the reply. Did you mean 'lapses'? [RT0103 unknown-key]"),
        ]
    }

    @Test("a bad reply gives a located diagnostic", arguments: BadCase.all)
    func badReply(_ bad: BadCase) throws {
        let (_, diagnostics) = try load([bad.path: bad.text])
        #expect(diagnostics.contains(bad.expected), "\(diagnostics)")
    }
}
