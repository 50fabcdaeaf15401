import ArgumentParser
import RecTrackCore
import RecTrackReports

/// Asks on the terminal for what `evidence add` was not given, checking each answer at once.
/// Questions go to standard error, so standard output keeps only the result.
struct EvidencePrompt {
    let tracker: Tracker

    /// Asks until the answer parses.
    func ask<T>(_ question: String, _ parse: (String) -> Result<T, EvidenceDraftError>) throws -> T {
        while true {
            let answer = try read(question)
            switch parse(answer) {
            case .success(let value): return value
            case .failure(let error): Console.error("  \(error.message)\n")
            }
        }
    }

    /// Asks once; an empty answer means none.
    func askOptional<T>(_ question: String, _ parse: (String) -> Result<T, EvidenceDraftError>) throws -> T? {
        while true {
            let answer = try read(question)
            if answer.trimmingWhitespace.isEmpty { return nil }
            switch parse(answer) {
            case .success(let value): return value
            case .failure(let error): Console.error("  \(error.message)\n")
            }
        }
    }

    /// Asks for bears-on entries, one a line, until an empty line; shows the recommendations and their milestones first.
    mutating func askBearings() throws -> [Bearing] {
        Console.error("What does it bear on? One entry a line, as RECOMMENDATION[:MILESTONE]:EFFECT (effects: \(Effect.allCases.map(\.rawValue).joined(separator: ", "))).\n")
        for recommendation in tracker.recommendations {
            let milestones = recommendation.milestones.map(\.id)
            Console.error("  \(recommendation.id)  \(Truncate.text(recommendation.title, to: 50))\(milestones.isEmpty ? "" : "  milestones: " + milestones.joined(separator: ", "))\n")
        }
        var bearings: [Bearing] = []
        while let bearing = try askOptional("Bears on (empty line to finish)", EvidenceDraft.parseBearing) {
            bearings.append(bearing)
        }
        return bearings
    }

    private func read(_ question: String) throws -> String {
        Console.error("\(question): ")
        guard let line = readLine(strippingNewline: true) else {
            Console.error("\n")
            throw ValidationError("the input ended before every question was answered; nothing was written")
        }
        return line
    }
}
