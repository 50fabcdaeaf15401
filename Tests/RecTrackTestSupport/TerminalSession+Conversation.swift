/// One step of an interview on a ``TerminalSession``: what to wait for on the screen (a complaint, when there is one,
/// then the question) and the answer to type.
public struct Exchange {
    /// The texts to wait for, in order; the last is the question answered.
    public let shown: [String]
    /// What is typed once the question is shown.
    public let answer: String

    /// Wait for `question`, then type `answer`.
    public init(_ question: String, _ answer: String) {
        shown = [question]
        self.answer = answer
    }

    /// Wait for `complaint` about the last answer, then for `question` asked again, then type `answer`.
    public init(_ complaint: String, then question: String, _ answer: String) {
        shown = [complaint, question]
        self.answer = answer
    }
}

extension TerminalSession {
    /// Goes through `exchanges` in order, typing each answer only once its question is on the screen.
    public func converse(_ exchanges: [Exchange]) throws {
        for exchange in exchanges {
            for text in exchange.shown.dropLast() { try expect(text) }
            try answer(exchange.shown.last!, exchange.answer)
        }
    }
}
