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
        try session.expect("is not a date")
        try session.expect("Date (YYYY-MM-DD, or YYYY-MM / YYYY): ")
        session.type("2026-03-25")
        try session.expect("Title (the exact title): ")
        session.type("Government response to the early help inquiry")
        try session.expect("Publisher: ")
        session.type("Department for Education")
        try session.expect("Web address (empty if none): ")
        session.type("www.gov.uk/response")
        try session.expect("is not an http:// or https:// address")
        try session.expect("Web address (empty if none): ")
        session.type("")
        try session.expect("statistics): ")
        session.type("responce")
        try session.expect("'responce' is not a kind of evidence. Did you mean 'response'?")
        try session.expect("statistics): ")
        session.type("response")
        try session.expect("(empty if none): ")
        session.type("DfX")
        try session.expect("unknown owner 'DfX'. Did you mean 'DfE'?")
        try session.expect("(empty if none): ")
        session.type("DfE")
        try session.expect("Summary (two to six sentences): ")
        session.type("The government accepted the call for ring-fenced funding.")
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
        try session.expect("unknown recommendation 'R13'. The tracker has R1 to R3.")
        try session.expect("Bears on (empty line to finish): ")
        session.type("R2:funding-ringfenced:progresses")
        try session.expect("Did you mean\n    'funding-ring-fenced'?")
        try session.expect("Bears on (empty line to finish): ")
        session.type("R2:funding-ring-fenced:progresses")
        try session.expect("Verdict of the response on R2 (accepted, accepted-in-part, noted or rejected): ")
        session.type("acepted")
        try session.expect("'acepted' is not a verdict. Did you mean 'accepted'?")
        try session.expect("rejected): ")
        session.type("accepted")
        try session.expect("Bears on (empty line to finish): ")
        session.type("")
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

    @Test("Stopping part-way writes nothing and prints every answer typed as a command that can be completed and run")
    func stoppingKeepsTheAnswers() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let session = try TerminalSession(["evidence", "add"], in: folder.path, today: today, environment: ["NO_COLOR": "1"])
        try session.expect("Date (YYYY-MM-DD, or YYYY-MM / YYYY): ")
        session.type("2026-03-25")
        try session.expect("Title (the exact title): ")
        session.type("Minister's statement: 'early help matters'")
        try session.expect("Publisher: ")
        session.type("DfE")
        try session.expect("Web address (empty if none): ")
        session.type("https://www.gov.uk/statement")
        try session.expect("statistics): ")
        session.type("statement")
        try session.expect("(empty if none): ")
        session.type("")
        try session.expect("Summary (two to six sentences): ")
        session.type("The minister said early help matters. Nothing was promised.")
        try session.expect("Bears on (empty line to finish): ")
        session.typeEndOfInput()
        let (status, screen) = try session.finish()
        #expect(status == 64)
        #expect(screen.contains("""
            The input ended before every question was answered, so nothing was written.
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
        try session.expect("Summary (two to six sentences): ")
        session.type("Members debated early help.")
        try session.expect("Bears on (empty line to finish): ")
        session.type("")
        try session.expect("warning: it bears on no recommendation, so it will count in no assessment")
        try session.expect("Record it all the same? (y/n): ")
        session.type("n")
        try session.expect("Bears on (empty line to finish): ")
        session.type("R2:context")
        try session.expect("Bears on (empty line to finish): ")
        session.type("")
        let (status, screen) = try session.finish()
        #expect(status == 0, "\(screen)")
        #expect(screen.contains("Wrote Evidence/2026/2026-03-25-a-debate.yaml\n  R2  Fund early help:"))
    }
}
