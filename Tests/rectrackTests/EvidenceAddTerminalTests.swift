import Foundation
import RecTrackTestSupport
import Testing

/// `rectrack evidence add` on a pseudo-terminal, driven as a person drives it: an answer is typed only once its
/// question is on the screen, mistakes are made, and nothing typed is lost.
struct EvidenceAddTerminalTests {
    private let today = "2026-04-02"

    @Test("Each answer is checked as it is given and asked again; a bad option is asked for; a response's verdict is asked for")
    func mistakesAreAskedAgain() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let session = try TerminalSession(["evidence", "add", "--date", "2026-05-01", "--bears-on", "R1:strategy-publishd:progresses"],
                                          in: folder.path, today: today, environment: ["NO_COLOR": "1"])
        let opening = try session.expect("Date (YYYY-MM-DD, or YYYY-MM / YYYY): ")
        #expect(opening.hasPrefix("This records one new piece of evidence as Evidence/YYYY/DATE-TITLE.yaml,"))
        #expect(opening.contains("  --date: 2026-05-01 is after today (2026-04-02): evidence records what has\n    happened;"))
        session.type("2026-02-30")
        try session.converse([
            Exchange("is not a real date", then: Ask.date, "2026-03-25"),
            Exchange(Ask.title, "Government response to the early help inquiry"),
            Exchange(Ask.publisher, "Department for Education"),
            Exchange(Ask.url, "www.gov.uk/response"),
            Exchange("is not an http:// or https:// address", then: Ask.url, ""),
            Exchange(Ask.kind, "responce"),
            Exchange("'responce' is not a kind of evidence. Did you mean 'response'?", then: Ask.kind, "response"),
            Exchange(Ask.owners, "DfX"),
            Exchange("unknown owner 'DfX'. Did you mean 'DfE'?", then: Ask.owners, "DfE"),
            Exchange(Ask.summary, "The government accepted the call for ring-fenced funding."),
        ])
        let listing = try session.expect("Bears on (empty line to finish): ")
        // Milestones with their titles, wrapped to the terminal's 80 columns; the bad option is named and left out.
        #expect(listing.contains("""
              R2  Fund early help
                  funding-announced    Dedicated early help funding is announced
                  funding-ring-fenced  The funding is ring-fenced for several years
            """))
        #expect(listing.contains("  --bears-on R1:strategy-publishd:progresses: unknown milestone\n    'strategy-publishd' for R1. Did you mean 'strategy-published'? (left out:\n    give it below)\n"))
        #expect(listing.split(separator: "\n").allSatisfy { $0.count <= 80 })
        session.type("R13:context")
        try session.converse([
            Exchange("unknown recommendation 'R13'. The tracker has R1 to R3.", then: Ask.bearsOn, "R2:funding-ringfenced:progresses"),
            Exchange("Did you mean\n    'funding-ring-fenced'?", then: Ask.bearsOn, "R2:funding-ring-fenced:progresses"),
            Exchange("Verdict on R2: ", "acepted"),
            Exchange("'acepted' is not a verdict. Did you mean 'accepted'?", then: "Verdict on R2: ", "accepted"),
            Exchange(Ask.bearsOn, ""),
        ])
        let (status, screen) = try session.finish()
        #expect(status == 0, "\(screen)")
        #expect(screen.contains("Wrote Evidence/2026/2026-03-25-government-response-to-the-early-help-inquiry.yaml\n"))
        let text = String(decoding: try #require(folder.bytes("Evidence/2026/2026-03-25-government-response-to-the-early-help-inquiry.yaml")), as: UTF8.self)
        #expect(text.contains("""
            title: Government response to the early help inquiry
            publisher: Department for Education
            kind: response
            owners: [DfE]
            summary: >
              The government accepted the call for ring-fenced funding.
            bears-on:
            - recommendation: R2
              milestone: funding-ring-fenced
              effect: progresses
              response: accepted
            recorded: 2026-04-02
            """))
        #expect(try folder.run("validate", today: today).status == 0)
    }

    @Test("Stopping part-way (Ctrl-D, Ctrl-C) writes nothing and prints every answer typed as a command that can be completed and run",
          arguments: [false, true])
    func stoppingKeepsTheAnswers(interrupting: Bool) throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let session = try TerminalSession(["evidence", "add"], in: folder.path, today: today, environment: ["NO_COLOR": "1"])
        try session.converse([
            Exchange(Ask.date, "2026-03-25"), Exchange(Ask.title, "Minister's statement: 'early help matters'"), Exchange(Ask.publisher, "DfE"),
            Exchange(Ask.url, "https://www.gov.uk/statement"), Exchange(Ask.kind, "statement"), Exchange(Ask.owners, ""),
            Exchange(Ask.summary, "The minister said early help matters. Nothing was promised."),
        ])
        try session.expect(Ask.bearsOn)
        if interrupting { session.interrupt() } else { session.typeEndOfInput() }
        let (status, screen) = try session.finish()
        #expect(status == 64)
        #expect(screen.contains("""
            Stopped before every question was answered, so nothing was written.
            What you gave, as a command to complete and run:
              rectrack evidence add --date 2026-03-25 --title 'Minister'\\''s statement: '\\''early help matters'\\''' --publisher DfE --url https://www.gov.uk/statement --kind statement --summary 'The minister said early help matters. Nothing was promised.'

            """))
        #expect(folder.list("Evidence/2026").isEmpty)
    }

    @Test("Bearing on nothing is a warning that must be confirmed; saying no asks again")
    func nothingBearsOn() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let session = try TerminalSession(["evidence", "add", "--date", "2026-03-25", "--title", "A debate", "--publisher", "House of Commons",
                                           "--kind", "debate", "--url", "https://hansard.parliament.uk/debate", "--owner", "DfE"],
                                          in: folder.path, today: today, environment: ["NO_COLOR": "1"])
        try session.converse([
            Exchange(Ask.summary, "Members debated early help."), Exchange(Ask.bearsOn, ""),
            Exchange("warning: it bears on no recommendation, so it will count in no assessment", then: "Record it all the same? (y/n): ", "n"),
            Exchange(Ask.bearsOn, "R2:context"), Exchange(Ask.bearsOn, ""),
        ])
        let (status, screen) = try session.finish()
        #expect(status == 0, "\(screen)")
        #expect(screen.contains("Wrote Evidence/2026/2026-03-25-a-debate.yaml\n  R2  Fund early help:"))
    }

    @Test("What only the whole tracker's check refuses is asked again by its question, keeping every other answer")
    func refusedAtTheEndIsAskedAgain() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let session = try TerminalSession(["evidence", "add", "--date", "2026-03-25", "--publisher", "DfE", "--kind", "statement",
                                           "--url", "https://www.gov.uk/statement", "--owner", "DfE", "--summary", "Said again."],
                                          in: folder.path, today: today, environment: ["NO_COLOR": "1"])
        try session.converse([
            Exchange(Ask.title, "Early help \u{202E}matters"), Exchange(Ask.bearsOn, "R2:context"), Exchange(Ask.bearsOn, ""),
            Exchange("error: Title: bidirectional control U+202E is not allowed", then: Ask.title, "Early help matters"),
        ])
        let (status, screen) = try session.finish()
        #expect(status == 0, "\(screen)")
        #expect(screen.contains("Asking again for what is refused above; your other answers are kept.\nTitle (the exact title): "))
        #expect(!screen.contains(".yaml:"))
        let text = String(decoding: try #require(folder.bytes("Evidence/2026/2026-03-25-early-help-matters.yaml")), as: UTF8.self)
        #expect(text.contains("title: Early help matters\npublisher: DfE\nurl: https://www.gov.uk/statement\nkind: statement\nowners: [DfE]\nsummary: >\n  Said again.\nbears-on:\n- recommendation: R2\n  effect: context\n"))
    }

    /// The questions, as they end on the screen.
    private enum Ask {
        static let date = "Date (YYYY-MM-DD, or YYYY-MM / YYYY): "
        static let title = "Title (the exact title): "
        static let publisher = "Publisher: "
        static let url = "Web address (empty if none): "
        static let kind = "statistics): "
        static let owners = "(empty if none): "
        static let summary = "Summary (two to six sentences): "
        static let bearsOn = "Bears on (empty line to finish): "
    }
}
