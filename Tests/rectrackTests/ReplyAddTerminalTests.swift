import Foundation
import RecTrackTestSupport
import Testing

/// `rectrack reply add` on a pseudo-terminal, driven as a person drives it: each question is answered once it is on the
/// screen, a refused answer is asked again, and the file written holds every answer.
struct ReplyAddTerminalTests {
    private let today = "2026-04-02"

    @Test("Every missing option is asked for; a refused answer is asked again and the others are kept; the reply is written")
    func oneFullReply() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        let session = try TerminalSession(["reply", "add", "--cites", "2026-02-02-workforce-strategy-published"],
                                          in: folder.path, today: today, environment: ["NO_COLOR": "1"])
        try session.converse([
            Exchange("Recommendation (R1, R2, R3): ", "r1"),
            Exchange("Owner (DfE): ", "dfe"),
            Exchange("Date of the reply (YYYY-MM-DD): ", "2026-02-30"),
            Exchange("is not a real date", then: "Date of the reply (YYYY-MM-DD): ", "2026-03-31"),
            Exchange("implemented, rejected): ", "implemnted"),
            Exchange("'implemnted' is not a status. Did you mean 'implemented'?", then: "implemented, rejected): ", "implemented"),
            Exchange("What they say (published): ", "The strategy is in place."),
            Exchange("How it reached you (letter, email, meeting, published, other): ", "letter"),
        ])
        let (status, screen) = try session.finish()
        #expect(status == 0, "\(screen)")
        #expect(screen.hasSuffix(ReplyCommandTests.dfeLetter.printed), "\(screen)")
        // Each complaint is shown once, indented under the answer it refuses, and its question is asked again.
        #expect(screen.contains("Date of the reply (YYYY-MM-DD): 2026-02-30\n  '2026-02-30' is not a real date: there is no 30 February 2026"))
        #expect(screen.contains("rejected): implemnted\n  'implemnted' is not a status. Did you mean 'implemented'?\nThe status they would give ("))
        #expect(screen.components(separatedBy: "is not a real date").count == 2)
        #expect(folder.bytes(ReplyCommandTests.dfeLetter.path) == Array(ReplyCommandTests.dfeLetter.file.utf8))
        #expect(try folder.run("validate", today: today).status == 0)
    }

    @Test("Ctrl-D part-way stops with exit 64 and says nothing was written, not an internal error")
    func endOfInput() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        let before = folder.files(under: "Replies")
        let session = try TerminalSession(["reply", "add"], in: folder.path, today: today, environment: ["NO_COLOR": "1"])
        _ = try session.answer("Recommendation (R1, R2, R3): ", "r1")
        _ = try session.expect("Owner (DfE): ")
        session.typeEndOfInput()
        let (status, screen) = try session.finish()
        #expect(status == 64, "\(screen)")
        #expect(screen.contains("Stopped before every question was answered, so nothing was written."), "\(screen)")
        #expect(!screen.contains("InputEnded"))
        #expect(folder.files(under: "Replies") == before)
    }
}
