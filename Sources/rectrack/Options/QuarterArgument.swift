import ArgumentParser
import RecTrackCore

/// A quarter on the command line: `2026Q4` (or `2026q4`).
struct QuarterArgument: ExpressibleByArgument {
    let quarter: Quarter

    init?(argument: String) {
        guard let quarter = Quarter(argument) else { return nil }
        self.quarter = quarter
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
