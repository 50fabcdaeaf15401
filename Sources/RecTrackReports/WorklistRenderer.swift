import RecTrackCore

/// Renders the secretariat's worklist. `check` prints the same sections.
public struct WorklistRenderer {
    /// The worklist.
    public let worklist: Worklist

    /// Creates a renderer.
    public init(worklist: Worklist) {
        self.worklist = worklist
    }

    /// The output in `format`.
    public func render(_ format: SectionFormat, style: TerminalStyle = .plain) -> String {
        switch format {
        case .text: return style.bold("Worklist as of \(worklist.asOf)") + "\n\n" + text(style: style)
        case .markdown: return "# Worklist as of \(worklist.asOf)\n\n" + markdown(heading: "##")
        case .json: return JSONOutput.encode(worklist)
        }
    }
}
