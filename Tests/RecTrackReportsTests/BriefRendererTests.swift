import RecTrackCore
import RecTrackReports
import Testing

/// The brief fits an MP's pack: at most two printed pages for the shipped report's recommendations.
@Suite struct BriefRendererTests {
    /// About two A4 pages of 11 pt text with a table: the limits the shipped brief must stay within. (1,100 since each
    /// reason names its key evidence and what it did, instead of a count of milestones; 1,150 since the legend explains
    /// the stale, stalled and past-due flags beside a status (#18); 1,175 since a recommendation that later calls repeat
    /// or build on says so in one line (#22); the shipped brief is about 1,150.)
    static let maximumWords = 1_175
    static let maximumLines = 80

    @Test func shippedBriefFitsTwoPages() throws {
        let brief = BriefRenderer(AssessedTracker.assessing(try ShippedTracker.load(), asOf: Day.today())).render()
        let words = brief.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        let lines = brief.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(words <= Self.maximumWords, "the brief has \(words) words")
        // R2's figures are separate analyses; R6's turnover series changed method in 2017 (#23).
        #expect(brief.contains("real-terms change since 2010-11: not comparable yet (its latest figure is the first of its series)."))
        #expect(brief.contains("year to 30 September): measured from 15.1% (September 2019), after a change of method."))
        #expect(lines <= Self.maximumLines, "the brief has \(lines) lines")
    }

    @Test func briefHasEverySection() throws {
        let brief = BriefRenderer(try HostileFixture.assessed()).render()
        for heading in ["## Headline", "## Where each recommendation stands", "## What changed since 30 September 2026",
                        "## Each recommendation in two lines"] {
            #expect(brief.contains("\n\(heading)\n"), "no section \(heading)")
        }
        #expect(brief.contains("- **1. Reduce churn with \"quotes\" & &lt;angle> brackets** moved up from limited (45%) to limited (57.5%)."))
        #expect(brief.contains("**3. Review the framework**: not assessed, 0%, same since 30 September 2026.\\\nNo evidence yet."))
    }
}
