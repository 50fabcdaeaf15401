/// Something that happened and moved a recommendation: what its one-line reason names.
public struct KeyEvent: Sendable, Hashable {
    /// When it happened (what orders the events, newest first).
    public var date: FactDate
    /// The evidence behind it, when there is one.
    public var evidence: String?
    /// The clause for the reason: "Working Together 2023 (Dec 2023): strengthens the part education plays".
    public var text: String
    /// True when ``text`` opens with a source's own title, whose first letter is the source's to decide ("iPad
    /// guidance" stays as it is at the start of a reason); false for rectrack's own words, which a reason capitalises.
    public var opensWithTitle: Bool

    /// Creates an event.
    public init(date: FactDate, evidence: String?, text: String, opensWithTitle: Bool = false) {
        self.date = date
        self.evidence = evidence
        self.text = text
        self.opensWithTitle = opensWithTitle
    }

    /// The event of `evidence` and what it did, with ``clause(for:note:otherwise:)`` as its text.
    public static func citing(_ evidence: Evidence, note: String?, otherwise: String) -> KeyEvent {
        KeyEvent(date: evidence.date, evidence: evidence.id, text: clause(for: evidence, note: note, otherwise: otherwise), opensWithTitle: true)
    }

    /// The clause for `evidence` and what it did: its short title, its month and year, and the first sentence
    /// of the secretariat's note on the bearing (or `otherwise`, when the bearing has no note, or no words before
    /// its first stop).
    public static func clause(for evidence: Evidence, note: String?, otherwise: String) -> String {
        let what = note.map(firstSentence).flatMap { $0.isEmpty ? nil : $0 } ?? otherwise
        return "\(shortTitle(evidence.title)) (\(evidence.date.monthAndYear)): \(what)"
    }

    /// A long title cut at its subtitle: "Provisional local government finance settlement 2026-2027 to 2028-2029:
    /// consultation summary of responses" → its part before the colon. A short one stays whole, since its subtitle
    /// may be what names it ("Children's social care: national framework").
    static func shortTitle(_ title: String) -> String {
        guard title.count > 60, let colon = title.firstRange(ofInASCII: ": ") else { return title }
        let head = title[..<colon.lowerBound]
        return head.count >= 20 ? String(head) : title
    }

    /// The note's first clause: up to its first semicolon, or its first full stop that ends a sentence, without the
    /// stop. A stop after an abbreviation ("e.g.", "No. 10", "Dept."), an initial ("J. Smith") or an opening number
    /// ("1.") ends no sentence, so the clause never stops in the middle of a phrase.
    static func firstSentence(_ text: String) -> String {
        var clause = text
        if let stop = clause.firstRange(ofInASCII: "; ") { clause = String(clause[..<stop.lowerBound]) }
        // Read as UTF-8 bytes: a note is cut for every recommendation's reason, thousands of them at a time.
        let bytes = Array(clause.utf8)
        let (stop, space) = (UInt8(ascii: "."), UInt8(ascii: " "))
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == stop, bytes[index + 1] == space else { continue }
            var end = index
            while end > 0 && bytes[end - 1] == space { end -= 1 }
            var start = end
            while start > 0 && bytes[start - 1] != space { start -= 1 }
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            // A number ends a sentence ("published in 2024. Then …") unless it opens the note, as a list's "1." does.
            let opensNote = !bytes[..<start].contains { $0 != space }
            if endsSentence(word) && !(opensNote && word.allSatisfy(\.isNumber)) {
                clause = String(decoding: bytes[..<index], as: UTF8.self)
                break
            }
        }
        while clause.hasSuffix(".") { clause.removeLast() }
        return clause
    }

    /// Words a full stop follows without ending a sentence, in lower case and without their stops.
    private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "cf", "viz", "vs", "no", "nos", "dept", "para", "paras",
                                                      "p", "pp", "vol", "art", "arts", "sec", "s", "ss", "ch", "mr", "mrs", "ms",
                                                      "dr", "prof", "st", "rt", "hon", "cllr", "approx", "fig", "figs", "ref", "c"]

    /// False for a word before a full stop that ends no sentence: an abbreviation or one letter.
    private static func endsSentence(_ word: String) -> Bool {
        let bare = word.lowercased().trimmingCharacters(inTrailing: ".").trimmingCharacters(inLeading: "(")
        if bare.isEmpty || abbreviations.contains(bare) { return false }
        return !(bare.count == 1 && bare.first!.isLetter)
    }
}

private extension String {
    func trimmingCharacters(inTrailing character: Character) -> String {
        var text = self
        while text.last == character { text.removeLast() }
        return text
    }

    func trimmingCharacters(inLeading character: Character) -> String {
        String(drop { $0 == character })
    }
}
