extension DiagnosticCode {
    /// What the catalogue says about this code: its name, severity, summary, a bad example and the fix.
    public var entry: DiagnosticEntry {
        switch self {
        // MARK: RT00xx: the tracker's folders and files
        case .noSuchRoot:
            return DiagnosticEntry("no-such-root", .error,
                summary: "The folder given as the tracker's root does not exist.",
                example: .situation("`rectrack validate --root trackers/apg`, where trackers/apg does not exist."),
                fix: "Pass the tracker's root folder (the one that holds Recommendations/ and Evidence/) with --root, or run rectrack from inside it.")
        case .missingFolder:
            return DiagnosticEntry("missing-folder", .error,
                summary: "The root has no Recommendations/ folder or no Evidence/ folder.",
                example: .situation("A root folder with Recommendations/ but no Evidence/."),
                fix: "Run rectrack from the tracker's root or pass it with --root; a new tracker needs both folders, even while Evidence/ is empty.")
        case .missingFile:
            return DiagnosticEntry("missing-file", .error,
                summary: "A file every tracker needs, Recommendations/report.yaml or Recommendations/owners.yaml, is missing.",
                example: .situation("A Recommendations/ folder with report.yaml and the records but no owners.yaml."),
                fix: "Create the file (docs/file-formats.md describes it), or restore it from version control.")
        case .noRecommendations:
            return DiagnosticEntry("no-recommendations", .warning,
                summary: "Recommendations/ holds no recommendation records yet, so there is nothing to assess.",
                example: .situation("A Recommendations/ folder with only report.yaml and owners.yaml."),
                fix: "Add one record per recommendation: R01.yaml, R02.yaml and so on.")
        case .unreadableFile:
            return DiagnosticEntry("unreadable-file", .error,
                summary: "A file or folder cannot be read: permission is denied, it vanished while being read, or the system refused.",
                example: .situation("An evidence file whose permissions were set to 000 (chmod a-r)."),
                fix: "Make it readable (chmod a+r), or remove it; the message gives the system's reason.")
        case .fileTooLarge:
            return DiagnosticEntry("file-too-large", .error,
                summary: "A file is larger than 1 MiB, far more than any record needs; it is refused before it is read.",
                example: .situation("A 2 MB evidence file holding a whole pasted report."),
                fix: "Split it, or remove what does not belong: a summary is a few sentences, and the source is linked with url, not copied.")
        case .notRegularFile:
            return DiagnosticEntry("not-a-regular-file", .error,
                summary: "A path in the tracker is a named pipe, device or socket, which rectrack refuses rather than waits on.",
                example: .situation("`mkfifo Evidence/2020/2020-03-01-example.yaml`"),
                fix: "Remove it, and put a plain file there if one was meant.")
        case .linkOutsideTracker:
            return DiagnosticEntry("link-outside-tracker", .error,
                summary: "A symbolic link leads outside the tracker's folder; rectrack never follows it.",
                example: .situation("Evidence/2020/2020-03-01-example.yaml is a link to /home/me/notes/example.yaml."),
                fix: "Copy the file into the tracker instead of linking to it.")
        case .brokenLink:
            return DiagnosticEntry("broken-link", .error,
                summary: "A symbolic link points to nothing, or round in a loop.",
                example: .situation("Evidence/2020/2020-03-01-example.yaml is a link to a file that was deleted."),
                fix: "Remove the link, or point it at a file inside the tracker.")
        case .linkLoop:
            return DiagnosticEntry("link-loop", .warning,
                summary: "A folder was reached a second time through a symbolic link, so it was skipped.",
                example: .situation("Evidence/2020/all is a link to Evidence/."),
                fix: "Remove the link: each folder should be reached one way only.")
        case .nestedFolder:
            return DiagnosticEntry("nested-folder", .warning,
                summary: "A report's folder (Recommendations/<report-id>/) has a folder inside it; only the files directly in it are read.",
                example: .situation("Recommendations/second-report/old/R01.yaml"),
                fix: "Move the files up into the report's folder, or out of the tracker.")
        case .notYAMLFile:
            return DiagnosticEntry("not-a-yaml-file", .warning,
                summary: "A file in Recommendations/ or Evidence/ does not end in .yaml or .yml, so it is ignored.",
                example: .evidence(at: "Evidence/2020/2020-03-01-example.txt"),
                fix: "Rename it to end in .yaml, or move it out of the tracker's folders.")
        case .leftoverTemporaryFile:
            return DiagnosticEntry("leftover-temporary-file", .warning,
                summary: "A hidden temporary file that a rectrack run stopped part-way (killed, or the machine went down) left behind.",
                example: .situation("Evidence/2026/.2026-11-20-statement.yaml.tmp-4242-a1B2c3 after rectrack evidence add was killed."),
                fix: "Remove it: it is never read, and the finished file, if any, is beside it. The next evidence add in that folder removes it once the run that made it has ended.")
        case .hiddenNotRead:
            return DiagnosticEntry("hidden-not-read", .warning,
                summary: "A hidden YAML file or folder (its name starts with a dot) is not read, so nothing in it counts: hiding evidence this way would change a status without a word.",
                example: .file(path: "Evidence/2020/.2020-03-01-example.yaml", text: DiagnosticExample.plainEvidence),
                fix: "Remove the dot from its name if it is evidence or a record; otherwise move it out of the tracker's folders.")

        // MARK: RT01xx: text, YAML, keys and values
        case .notMapping:
            return DiagnosticEntry("not-a-mapping", .error,
                summary: "A file, or an entry in it, is not a mapping of 'key: value' lines where one is expected.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    - id: 2020-03-01-example
                    - date: 2020-03-01
                    - title: An example fact
                    """),
                fix: "Write the record as 'key: value' lines, without a '- ' before each key.")
        case .missingKey:
            return DiagnosticEntry("missing-key", .error,
                summary: "A key that the record must have is absent.",
                example: .evidence(removing: ["recorded"]),
                fix: "Add the key with its value (here 'recorded:', the day the file was added); docs/file-formats.md lists each file's required keys.")
        case .unknownKey:
            return DiagnosticEntry("unknown-key", .error,
                summary: "The record has a key it does not know: usually a misspelling, and the message suggests the nearest known key.",
                example: .evidence("""
                    bears_on:
                      - recommendation: R1
                        effect: context
                    """),
                fix: "Spell the key as the message suggests (here 'bears-on'), or remove it; docs/file-formats.md lists every key.")
        case .keyWithoutValue:
            return DiagnosticEntry("key-without-value", .error,
                summary: "A required key is written with no value after it.",
                example: .evidence("summary:"),
                fix: "Write the value after the colon, or on the indented lines below it.")
        case .duplicateKey:
            return DiagnosticEntry("duplicate-key", .error,
                summary: "The same key is written twice in one mapping, so it is unclear which value is meant.",
                example: .evidence("""
                    title: An example fact
                    title: A better title
                    """),
                fix: "Keep one of the two.")
        case .keyNotText:
            return DiagnosticEntry("key-not-text", .error,
                summary: "A key is a list or a mapping rather than plain text.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    id: 2020-03-01-example
                    [date, recorded]: 2020-03-01
                    """),
                fix: "Write each key as plain text, one 'key: value' a line.")
        case .utf16Text:
            return DiagnosticEntry("utf16-text", .error,
                summary: "The file is UTF-16 or UTF-32 text (what some editors call 'Unicode'); rectrack reads UTF-8.",
                example: .situation("An evidence file saved by an editor as 'Unicode' (UTF-16)."),
                fix: "Save the file as UTF-8.")
        case .notUTF8:
            return DiagnosticEntry("not-utf8", .error,
                summary: "The file's bytes are not valid UTF-8 text at the place given.",
                example: .situation("An evidence file saved as Latin-1 or Windows-1252, with a £ sign or an accented letter in it."),
                fix: "Save the file as UTF-8 (in most editors: Save As, then choose the encoding UTF-8).")
        case .controlCharacter:
            return DiagnosticEntry("control-character", .error,
                summary: "The text holds an invisible control character, which could corrupt a terminal or a page, or a line or paragraph separator (U+2028, U+2029), which YAML reads as a line break where editors show none.",
                example: .situation("A summary pasted from a PDF that carries U+0007 or U+0085 in the middle of a sentence."),
                fix: "Delete the character at the line and column given; if it cannot be seen, retype the words around it.")
        case .controlInValue:
            return DiagnosticEntry("control-in-value", .error,
                summary: "A value, once its escapes are read, holds a control character, a bidirectional control or a byte order mark (\\uFEFF, refused in raw text as RT0115), or a key holds a tab or line break: text that could rewrite a terminal, reorder what a page shows, or forge a line of a message.",
                example: .evidence("title: \"Strategy \\e[31mpublished\""),
                fix: "Remove the escape (\\e, \\u202E, \\uFEFF, \\0 …) from the quoted text.")
        case .byteOrderMarkInside:
            return DiagnosticEntry("byte-order-mark-inside", .error,
                summary: "The text holds a byte order mark (U+FEFF) after its start, an invisible character that pasting or joining files leaves behind.",
                example: .situation("A title pasted from another file, so that a byte order mark sits between two of its words."),
                fix: "Delete it, at the line and column given (most editors do not show it: delete the characters either side and type them again). At the very start of a file a byte order mark is allowed.")
        case .noncharacter:
            return DiagnosticEntry("noncharacter", .error,
                summary: "The text holds U+FFFE or U+FFFF, which are not characters and which YAML does not allow.",
                example: .situation("A title copied from a damaged document that carries U+FFFE."),
                fix: "Delete it, at the line and column given.")
        case .emptyFile:
            return DiagnosticEntry("empty-file", .error,
                summary: "The file holds nothing but perhaps comments, where one YAML mapping is expected.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    # to write up
                    """),
                fix: "Write the record, or delete the file.")
        case .severalDocuments:
            return DiagnosticEntry("several-documents", .error,
                summary: "The file holds more than one YAML document, separated by '---'; each record has a file of its own.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    id: 2020-03-01-example
                    date: 2020-03-01
                    ---
                    id: 2020-03-02-another
                    """),
                fix: "Put each record in its own file, named after its id.")
        case .alias:
            return DiagnosticEntry("alias", .error,
                summary: "The file uses a YAML alias ('*name'), which rectrack refuses so that no value is ever expanded.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    id: 2020-03-01-example
                    date: 2020-03-01
                    title: *name
                    """),
                fix: "Write the value out in full where the alias is.")
        case .anchor:
            return DiagnosticEntry("anchor", .error,
                summary: "The file uses a YAML anchor ('&name'), which rectrack refuses so that no value is ever expanded.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    id: 2020-03-01-example
                    date: 2020-03-01
                    publisher: &dfe Department for Education
                    """),
                fix: "Remove the anchor and write each value out in full.")
        case .tag:
            return DiagnosticEntry("tag", .error,
                summary: "The file uses a YAML tag ('!!str', '!thing'); rectrack decides each value's type from the key.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    id: 2020-03-01-example
                    date: !!str 2020-03-01
                    """),
                fix: "Remove the tag.")
        case .tooDeep:
            return DiagnosticEntry("too-deep", .error,
                summary: "Lists or mappings are nested more than 64 levels deep, far deeper than any record.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    id: 2020-03-01-example
                    summary: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
                    """),
                fix: "Remove the extra brackets or indentation.")
        case .tabIndentation:
            return DiagnosticEntry("tab-indentation", .error,
                summary: "A tab is used to indent or space out a line; YAML allows only spaces there.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: "id: 2020-03-01-example\nbears-on:\n\t- recommendation: R1"),
                fix: "Replace the tab with spaces (most editors can be set to insert spaces for the tab key).")
        case .unclosedQuote:
            return DiagnosticEntry("unclosed-quote", .error,
                summary: "Quoted text is never closed, so the rest of the file would be read as part of it.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    id: 2020-03-01-example
                    title: "An example fact
                    publisher: Department for Education
                    """),
                fix: "Add the closing quote where the text ends.")
        case .yamlSyntax:
            return DiagnosticEntry("yaml-syntax", .error,
                summary: "The file is not well-formed YAML; the message gives libyaml's words and, for common mistakes, the fix.",
                example: .file(path: "Evidence/2020/2020-03-01-example.yaml", text: """
                    id: 2020-03-01-example
                    title: Reform: the next steps
                    """),
                fix: "Put text that contains ': ' or starts with a special character ('@', '`', '*', '&', '!') in quotes: straight ' or \", as the curly ‘ ’ and “ ” that word processors make are not YAML quotes. A line indented more than the key above it is read as more of that key's value: indent a key as its neighbours are.")
        case .parserUnavailable:
            return DiagnosticEntry("parser-unavailable", .error,
                summary: "The YAML parser could not start, because the machine is out of memory.",
                example: .situation("A run on a machine whose memory is exhausted by other work."),
                fix: "Free memory, or run on a larger machine, then run again.")
        case .notText:
            return DiagnosticEntry("not-text", .error,
                summary: "A value that must be text is a list or a mapping.",
                example: .evidence("title: [Reform, the next steps]"),
                fix: "Write the value as text, in quotes when it starts with '[' or '{' or holds ': '.")
        case .emptyText:
            return DiagnosticEntry("empty-text", .error,
                summary: "A value that must be text is empty or only spaces.",
                example: .evidence("title: \"  \""),
                fix: "Write the text.")
        case .notKebabCase:
            return DiagnosticEntry("not-kebab-case", .error,
                summary: "An id is not kebab-case: lower-case letters and digits in groups joined by single hyphens.",
                example: .file(path: "Recommendations/metrics.yaml", text: """
                    metrics:
                      - id: Turnover_Rate
                        title: Social worker turnover rate
                        unit: percent
                    """),
                fix: "Write the id in lower-case letters, digits and single hyphens, such as 'turnover-rate'.")
        case .notWholeNumber:
            return DiagnosticEntry("not-a-whole-number", .error,
                summary: "A value that must be a whole number is not one.",
                example: .recommendation("number: three"),
                fix: "Write it in digits, such as 3.")
        case .notNumber:
            return DiagnosticEntry("not-a-number", .error,
                summary: "A value that must be a number is not a plain decimal.",
                example: .evidence("kind: statistics", observing: ["{metric: turnover-rate, period: 2019-09-30, value: 13.5%, unit: percent}"]),
                fix: "Write a plain decimal such as 13.5: no units, thousands separators or words.")
        case .numberTooLarge:
            return DiagnosticEntry("number-too-large", .error,
                summary: "A number is larger than 10^15 in size, beyond any real figure (often a unit or a decimal point gone astray).",
                example: .evidence("kind: statistics", observing: ["{metric: children-looked-after, period: 2019-03-31, value: 80000000000000000, unit: count}"]),
                fix: "Check the figure against its source.")
        case .notPositive:
            return DiagnosticEntry("not-positive", .error,
                summary: "A weight or a time limit is zero or negative where it must be greater than 0.",
                example: .recommendation(protocol: "kind: milestones", "milestones:", "  - {id: strategy-published, title: A strategy is published, weight: 0}"),
                fix: "Give a number greater than 0, or leave the key out to take its default.")
        case .notTrueOrFalse:
            return DiagnosticEntry("not-true-or-false", .error,
                summary: "A value that must be true or false is something else (a protocol written outside rectrack may read one).",
                example: .situation("A protocol parameter that takes true or false is given 'yes'."),
                fix: "Write true or false.")
        case .notDate:
            return DiagnosticEntry("not-a-date", .error,
                summary: "A value that must be a date is not written as one.",
                example: .evidence("recorded: 2 March 2020"),
                fix: "Write it as YYYY-MM-DD, such as 2020-03-02 (where a date may be partial, YYYY-MM or YYYY too).")
        case .partialDate:
            return DiagnosticEntry("partial-date", .error,
                summary: "A date that must be a full day is given only as a month or a year.",
                example: .evidence("recorded: 2020-03"),
                fix: "Give the day too, as YYYY-MM-DD ('recorded' is the day the file was added).")
        case .impossibleDate:
            return DiagnosticEntry("impossible-date", .error,
                summary: "A date has the right shape but does not exist in the calendar.",
                example: .evidence("id: 2020-02-30-example", "date: 2020-02-30", at: "Evidence/2020/2020-02-30-example.yaml"),
                fix: "Check the date against the source.")
        case .notWebAddress:
            return DiagnosticEntry("not-a-web-address", .error,
                summary: "A web address is not an http:// or https:// address, so it would not be shown as a link.",
                example: .evidence("url: ftp://files.example.org/fact.pdf"),
                fix: "Give the https:// address of the publisher's page.")
        case .notTimeSpan:
            return DiagnosticEntry("not-a-time-span", .error,
                summary: "A length of time is not written as a number and days, months or years (at most 100 years).",
                example: .recommendation("stale-after: a while"),
                fix: "Write it such as '12 months' or '90 days'.")
        case .unknownChoice:
            return DiagnosticEntry("unknown-choice", .error,
                summary: "A value that must be one of a fixed set of words is none of them; the message lists them and suggests the nearest.",
                example: .evidence("kind: guidence"),
                fix: "Write one of the words the message lists (here 'guidance').")
        case .notList:
            return DiagnosticEntry("not-a-list", .error,
                summary: "A value that must be a list is a single value or a mapping.",
                example: .evidence("owners: DfE"),
                fix: "Write a list: [DfE] on one line, or each item on its own line starting with '- '.")

        case .notEvidenceID:
            return DiagnosticEntry("not-an-evidence-id", .error,
                summary: "A value that must name evidence is not an evidence id, which starts with its date.",
                example: .recommendation(protocol: "kind: metric", "metric: turnover-rate", "baseline: {period: 2016-09-30, value: 15}", "target: {value: 10, direction: down, set-by: government, evidence: workforce-strategy}"),
                fix: "Give the evidence's id, which is its file name without '.yaml', such as 2020-01-15-strategy-published.")
        case .textNotOneLine:
            return DiagnosticEntry("text-not-one-line", .error,
                summary: "A value shown on one line (a title, a name, a publisher, a theme, a link's note) holds a line break, which would split the row or line it is shown on and could pass its second half off as a line of its own.",
                example: .evidence("title: \"Strategy published\\n 6  Commission an inquiry  implemented\""),
                fix: "Write the value on one line; a summary or a recommendation's text may run over several lines, a title may not.")

        // MARK: RT02xx: evidence
        case .malformedEvidenceID:
            return DiagnosticEntry("malformed-evidence-id", .error,
                summary: "An evidence id is not the date then a kebab-case name.",
                example: .evidence("id: 2020-03-01 Example"),
                fix: "Write the id as the date, a hyphen and a short kebab-case name, and name the file after it.")
        case .idDiffersFromFile:
            return DiagnosticEntry("id-differs-from-file", .error,
                summary: "An evidence id is not its file's name without '.yaml'.",
                example: .evidence("id: 2020-03-01-another-name"),
                fix: "Make the id and the file name the same: rename the file or change the id.")
        case .idWithoutDate:
            return DiagnosticEntry("id-without-date", .error,
                summary: "An evidence id does not start with the evidence's date followed by a short name.",
                example: .evidence("id: example", at: "Evidence/2020/example.yaml"),
                fix: "Start the id (and the file name) with the date as written in 'date', such as 2020-03-01-example.")
        case .duplicateEvidenceID:
            return DiagnosticEntry("duplicate-evidence-id", .error,
                summary: "Two evidence files have the same id, so citations of it would be ambiguous.",
                example: .evidence("id: 2020-01-15-strategy-published", "date: 2020-01-15", at: "Evidence/2020/2020-01-15-strategy-published.yml"),
                fix: "Give one of them another name (its file too), or delete the copy.")
        case .dateInFuture:
            return DiagnosticEntry("date-in-future", .error,
                summary: "Evidence is dated after today; evidence records what has happened.",
                example: .evidence("id: 2027-01-15-example", "date: 2027-01-15", "kind: statement", "recorded: 2026-11-20", at: "Evidence/2027/2027-01-15-example.yaml"),
                fix: "Give the date the thing happened (such as the day of the announcement), and put the coming date in 'due'.")
        case .recordedInFuture:
            return DiagnosticEntry("recorded-in-future", .error,
                summary: "The day the evidence was recorded is after today.",
                example: .evidence("recorded: 2030-03-02"),
                fix: "Give the day the file was added to the tracker.")
        case .recordedBeforeDate:
            return DiagnosticEntry("recorded-before-date", .warning,
                summary: "Evidence is recorded before its own date, which is possible only for a mistake in one of the dates.",
                example: .evidence("recorded: 2020-02-03"),
                fix: "Check both dates against the source and the day the file was added.")
        case .partialDateNotEnded:
            return DiagnosticEntry("partial-date-not-ended", .warning,
                summary: "Evidence dated with a month or a year that has not ended yet: a partial date counts from the end of its period, so until then the evidence bears on nothing.",
                example: .evidence("id: 2026-11-example", "date: 2026-11", """
                    bears-on:
                      - {recommendation: R1, milestone: strategy-published, effect: achieves}
                    """, "recorded: 2026-11-20", at: "Evidence/2026/2026-11-example.yaml"),
                fix: "Give the full date (YYYY-MM-DD) if the source has it; otherwise the evidence counts from the period's last day, as the message says.")
        case .wrongYearFolder:
            return DiagnosticEntry("wrong-year-folder", .warning,
                summary: "An evidence file is not in the folder of its date's year (Evidence/YYYY/).",
                example: .evidence(at: "Evidence/2021/2020-03-01-example.yaml"),
                fix: "Move the file to the folder the message names.")
        case .unknownRecommendation:
            return DiagnosticEntry("unknown-recommendation", .error,
                summary: "A bears-on entry names a recommendation the tracker does not have.",
                example: .evidence(bearing: ["recommendation: R13", "effect: context"]),
                fix: "Name one of the tracker's recommendations, by its id such as R1.")
        case .noMilestonesToName:
            return DiagnosticEntry("no-milestones-to-name", .error,
                summary: "A bears-on entry names a milestone, but the recommendation's protocol has no milestones.",
                example: .evidence(bearing: ["recommendation: R2", "milestone: fewer-children", "effect: progresses"]),
                fix: "Remove the 'milestone:' line.")
        case .unknownMilestone:
            return DiagnosticEntry("unknown-milestone", .error,
                summary: "A bears-on entry names a milestone that the recommendation's protocol does not have.",
                example: .evidence(bearing: ["recommendation: R1", "milestone: strategy-publish", "effect: progresses"]),
                fix: "Name one of the recommendation's milestones; the message suggests the nearest or lists them.")
        case .effectWithoutMilestone:
            return DiagnosticEntry("effect-without-milestone", .warning,
                summary: "A bears-on entry progresses, achieves or sets back a recommendation with milestones but names none, so it moves nothing.",
                example: .evidence(bearing: ["recommendation: R1", "effect: progresses"]),
                fix: "Add the milestone it moves, or use 'effect: context' when it only informs the reader.")
        case .repeatedBearing:
            return DiagnosticEntry("repeated-bearing", .warning,
                summary: "The same recommendation and milestone are named twice in one file's bears-on.",
                example: .evidence("""
                    bears-on:
                      - {recommendation: R1, milestone: strategy-published, effect: progresses}
                      - {recommendation: R1, milestone: strategy-published, effect: achieves}
                    """),
                fix: "Merge the two entries into one.")
        case .achievesNotAllowed:
            return DiagnosticEntry("achieves-not-allowed", .warning,
                summary: "A bears-on entry achieves a milestone whose terms this evidence cannot meet (its kind is a claim, or not one the milestone allows, or its owners are not the ones who must act), so it counts only as progress.",
                example: .evidence("kind: statement", "owners: [DfE]", bearing: ["recommendation: R1", "milestone: strategy-published", "effect: achieves"]),
                fix: "Write 'effect: progresses', or fix the evidence's kind or owners if they are wrong; the message says which term is not met.")
        case .rejectsNotByOwner:
            return DiagnosticEntry("rejects-not-by-owner", .warning,
                summary: "A bears-on entry rejects a recommendation, but the evidence names none of its owners: only an owner can decline it, so it counts as context and the status is not rejected.",
                example: .evidence("publisher: A think tank", "owners: [LGA]", bearing: ["recommendation: R1", "effect: rejects"]),
                fix: "Name in 'owners' the owner whose refusal the evidence records, or write 'effect: context' for someone else's view.")
        case .responseWithoutVerdict:
            return DiagnosticEntry("response-without-verdict", .error,
                summary: "Evidence of kind 'response' (the government's formal response) gives no verdict on what it bears on.",
                example: .evidence("kind: response", bearing: ["recommendation: R1", "effect: context"]),
                fix: "Add 'response:' to the bears-on entry: accepted, accepted-in-principle, accepted-in-part, noted or rejected.")
        case .verdictOnWrongKind:
            return DiagnosticEntry("verdict-on-wrong-kind", .error,
                summary: "A bears-on entry gives a 'response:' verdict, but the evidence is not of kind 'response'.",
                example: .evidence("kind: statement", bearing: ["recommendation: R1", "effect: context", "response: accepted"]),
                fix: "Remove 'response:', or make the evidence kind 'response' when it is the formal response.")
        case .verdictNone:
            return DiagnosticEntry("verdict-none", .error,
                summary: "Evidence records 'response: none'; having no response is not a fact to record.",
                example: .evidence("kind: response", bearing: ["recommendation: R1", "effect: context", "response: none"]),
                fix: "Delete the file: when there is no response, record nothing.")
        case .observationsOnWrongKind:
            return DiagnosticEntry("observations-on-wrong-kind", .error,
                summary: "Evidence that is not of kind 'statistics' or 'report' carries observations.",
                example: .evidence("kind: statement", observing: ["{metric: turnover-rate, period: 2019-09-30, value: 15.2}"]),
                fix: "Record the figure from the statistics release that published it, as evidence of kind 'statistics'.")
        case .repeatedObservation:
            return DiagnosticEntry("repeated-observation", .error,
                summary: "One file gives the same metric for the same period twice.",
                example: .evidence("kind: statistics", observing: ["{metric: turnover-rate, period: 2019-09-30, value: 13.5}", "{metric: turnover-rate, period: 2019-09-30, value: 13.8}"]),
                fix: "Keep the figure the source gives; a revision belongs in the later release's file.")
        case .unitMismatch:
            return DiagnosticEntry("unit-mismatch", .error,
                summary: "An observation's unit is not the unit its metric is measured in.",
                example: .evidence("kind: statistics", observing: ["{metric: turnover-rate, period: 2019-09-30, value: 4500, unit: count}"]),
                fix: "Convert the value to the metric's unit, or fix the unit.")
        case .periodInFuture:
            return DiagnosticEntry("period-in-future", .error,
                summary: "An observation describes a period after today; a figure can only describe the past.",
                example: .evidence("kind: statistics", observing: ["{metric: turnover-rate, period: 2030-09-30, value: 12}"]),
                fix: "Record only measured figures; a goal for the future is a target in the recommendation's protocol.")
        case .supersedesItself:
            return DiagnosticEntry("supersedes-itself", .error,
                summary: "Evidence names itself in 'supersedes'.",
                example: .evidence("supersedes: [2020-03-01-example]"),
                fix: "Name the earlier evidence this replaces, or remove 'supersedes'.")
        case .supersedesUnknown:
            return DiagnosticEntry("supersedes-unknown", .error,
                summary: "'supersedes' names evidence that the tracker does not have.",
                example: .evidence("supersedes: [2020-01-15-strategy-publish]"),
                fix: "Give the id of an evidence file; the message suggests the nearest.")
        case .supersedesLater:
            return DiagnosticEntry("supersedes-later", .warning,
                summary: "Evidence supersedes evidence dated after it; only later evidence should replace earlier.",
                example: .evidence("id: 2019-06-01-example", "date: 2019-06-01", "supersedes: [2020-01-15-strategy-published]", at: "Evidence/2019/2019-06-01-example.yaml"),
                fix: "Put 'supersedes' on the later file, naming the earlier one.")

        case .seriesDisagree:
            return DiagnosticEntry("series-disagree", .warning,
                summary: "Two series give the same metric and period different figures.",
                example: .evidence("id: 2021-03-01-example", "date: 2021-03-01", "kind: statistics", """
                    observations:
                      - {metric: turnover-rate, period: 2020-09-30, value: 14.9, series: another analysis}
                    """, "recorded: 2021-03-02", at: "Evidence/2021/2021-03-01-example.yaml"),
                fix: "Check which series each figure belongs to; if both are right, say in the observation's note why they differ.")
        case .periodAfterEvidenceDate:
            return DiagnosticEntry("period-after-evidence-date", .error,
                summary: "An observation describes a period that ends after the date of the evidence that gives it; a publication can only give figures for periods that had ended.",
                example: .evidence("kind: statistics", observing: ["{metric: turnover-rate, period: 2020-06-30, value: 14}"]),
                fix: "Check the observation's period (the last day of the period measured) and the evidence's date (the day it was published); one of them is wrong.")

        case .addressOffPublisherSite:
            return DiagnosticEntry("address-off-publisher-site", .warning,
                summary: "The evidence's publisher is an owner whose own web domains owners.yaml lists, and its address is elsewhere, but nothing says whose page it is.",
                example: .evidence("url: https://www.communitycare.co.uk/2020/03/01/example/"),
                fix: "Add 'reported-by:' with the name of the site or body whose page it is (pages then say 'as reported by …'), or give the publisher's own address.")

        case .supersedesCycle:
            return DiagnosticEntry("supersedes-cycle", .error,
                summary: "'supersedes' links go round in a cycle, so the evidence in it would hide itself and vanish from every assessment.",
                example: .situation("Evidence/2025/2025-07-01-a.yaml supersedes 2025-07-01-c, which supersedes 2025-07-01-b, which supersedes 2025-07-01-a."),
                fix: "Remove the link that is wrong: only later evidence replaces earlier, so the links should run one way in time.")

        // MARK: RT03xx: recommendations and their protocols
        case .numberBelowOne:
            return DiagnosticEntry("number-below-one", .error,
                summary: "A recommendation's number is 0 or less; recommendations are numbered from 1.",
                example: .recommendation("id: R0", "number: 0", at: "Recommendations/R00.yaml"),
                fix: "Number it as the report does, from 1.")
        case .idNumberMismatch:
            return DiagnosticEntry("id-number-mismatch", .error,
                summary: "A recommendation's id is not 'R' followed by its number.",
                example: .recommendation("id: R4"),
                fix: "Make the id 'R' and the number, such as R3 for number 3.")
        case .fileNameNumberMismatch:
            return DiagnosticEntry("file-name-number-mismatch", .error,
                summary: "A recommendation's file name gives another number than its 'number'.",
                example: .recommendation("id: R4", "number: 4"),
                fix: "Rename the file as the message says (R04.yaml), or fix the number.")
        case .titleTooLong:
            return DiagnosticEntry("title-too-long", .warning,
                summary: "A recommendation's short title is longer than 80 characters, too long for the status table.",
                example: .recommendation("title: The department should publish a strategy for the workforce and fund it for at least five years"),
                fix: "Shorten the title; the report's full words belong in 'text'.")
        case .noOwners:
            return DiagnosticEntry("no-owners", .error,
                summary: "A recommendation's 'owners' list is empty.",
                example: .recommendation("owners: []"),
                fix: "Name at least the lead owner, first.")
        case .repeatedOwner:
            return DiagnosticEntry("repeated-owner", .error,
                summary: "A recommendation lists the same owner twice.",
                example: .recommendation("owners: [DfE, LGA, DfE]"),
                fix: "Keep the first.")
        case .duplicateRecommendationID:
            return DiagnosticEntry("duplicate-recommendation-id", .error,
                summary: "Two recommendation records have the same id.",
                example: .recommendation("id: R1", "number: 1", at: "Recommendations/R1.yaml"),
                fix: "Give each recommendation its own number, and delete a copy.")
        case .duplicateMilestoneID:
            return DiagnosticEntry("duplicate-milestone-id", .error,
                summary: "Two milestones of one recommendation have the same id, so evidence could not say which it moves.",
                example: .recommendation(protocol: "kind: milestones", "milestones:", "  - {id: strategy-published, title: A strategy is published}", "  - {id: strategy-published, title: The strategy is funded}"),
                fix: "Give each milestone its own id.")
        case .unknownProtocolKind:
            return DiagnosticEntry("unknown-protocol-kind", .error,
                summary: "A protocol's 'kind' is not a protocol kind rectrack knows (rectrack protocols lists them).",
                example: .recommendation(protocol: "kind: milestone", "milestones:", "  - {id: strategy-published, title: A strategy is published}"),
                fix: "Use one of the kinds the message lists or suggests; docs/protocols.md describes each.")
        case .noParts:
            return DiagnosticEntry("no-parts", .error,
                summary: "An all-of or any-of protocol has no parts.",
                example: .recommendation(protocol: "kind: all-of", "parts: []"),
                fix: "Give at least one protocol under 'parts'.")
        case .noMilestones:
            return DiagnosticEntry("no-milestones", .error,
                summary: "A milestones protocol has no milestones.",
                example: .recommendation(protocol: "kind: milestones", "milestones: []"),
                fix: "Give at least one \"done when\" milestone, with an id and a title.")
        case .partialCreditOutOfRange:
            return DiagnosticEntry("partial-credit-out-of-range", .error,
                summary: "A milestones protocol's 'partial-credit' is not between 0 and 1.",
                example: .recommendation(protocol: "kind: milestones", "partial-credit: 50", "milestones:", "  - {id: strategy-published, title: A strategy is published}"),
                fix: "Give a fraction between 0 and 1, such as 0.5 for half credit.")
        case .claimOnlyAchievedBy:
            return DiagnosticEntry("claim-only-achieved-by", .warning,
                summary: "A milestone's 'achieved-by' lists a kind of evidence that only claims (announcement, statement or response) and can never meet a milestone.",
                example: .recommendation(protocol: "kind: milestones", "milestones:", "  - {id: strategy-published, title: A strategy is published, achieved-by: [announcement, guidance]}"),
                fix: "List only kinds that show the thing was done, such as guidance or legislation.")
        case .unreachableTarget:
            return DiagnosticEntry("unreachable-target", .error,
                summary: "A metric's target lies on the wrong side of its baseline for its direction, so it could never be reached.",
                example: .recommendation(protocol: "kind: metric", "metric: turnover-rate", "baseline: {period: 2016-09-30, value: 15}", "target: {value: 20, direction: down, set-by: report}"),
                fix: "Fix the target or the direction: 'down' needs a target below the baseline, 'up' one above it.")
        case .targetWithoutEvidence:
            return DiagnosticEntry("target-without-evidence", .error,
                summary: "A metric's target is set by the government but names no evidence of the government's commitment to it.",
                example: .recommendation(protocol: "kind: metric", "metric: turnover-rate", "baseline: {period: 2016-09-30, value: 15}", "target: {value: 10, direction: down, set-by: government}"),
                fix: "Add 'evidence:' with the id of the evidence that records the commitment, or say who else set the target.")
        case .targetWithoutReason:
            return DiagnosticEntry("target-without-reason", .error,
                summary: "A metric's target is set by this tracker but does not say why, which every page must tell MPs.",
                example: .recommendation(protocol: "kind: metric", "metric: turnover-rate", "baseline: {period: 2016-09-30, value: 15}", "target: {value: 10, direction: down, set-by: tracker}"),
                fix: "Add 'reason:' with one line for MPs on why the tracker chose this figure.")
        case .deadlineSetByTracker:
            return DiagnosticEntry("deadline-set-by-tracker", .error,
                summary: "A milestone's due date says this tracker set it; only the report or the government can set a deadline that others are held to.",
                example: .recommendation("""
                    protocol:
                      kind: milestones
                      milestones:
                        - {id: standards-apply, title: The standards apply, due: {date: 2027-04-01, set-by: tracker}}
                    """),
                fix: "Give the date the report or a government commitment names, with 'set-by: report' or 'set-by: government' and 'evidence:'; or leave 'due' out.")
        case .deadlineWithoutEvidence:
            return DiagnosticEntry("deadline-without-evidence", .error,
                summary: "A milestone's due date is set by the government but names no evidence of the government's commitment to it.",
                example: .recommendation("""
                    protocol:
                      kind: milestones
                      milestones:
                        - {id: standards-apply, title: The standards apply, due: {date: 2027-04-01, set-by: government}}
                    """),
                fix: "Add 'evidence:' with the id of the evidence that records the commitment.")
        case .deadlineEvidenceUnknown:
            return DiagnosticEntry("deadline-evidence-unknown", .error,
                summary: "A milestone's due date names evidence of the government's commitment that is not in the tracker.",
                example: .recommendation("""
                    protocol:
                      kind: milestones
                      milestones:
                        - id: standards-apply
                          title: The standards apply
                          due: {date: 2027-04-01, set-by: government, evidence: 2026-02-18-early-career-standard}
                    """),
                fix: "Name the evidence id exactly as its file is named under Evidence/, or record the commitment as evidence first.")

        // MARK: RT04xx: owners and metrics
        case .duplicateOwnerID:
            return DiagnosticEntry("duplicate-owner-id", .error,
                summary: "Two owners in owners.yaml have the same id.",
                example: .file(path: "Recommendations/owners.yaml", text: """
                    owners:
                      - id: DfE
                        name: Department for Education
                      - id: DCLG
                        name: Department for Communities and Local Government
                      - id: DfE
                        name: Department for Education (again)
                    """),
                fix: "Keep one entry per owner; a later name is a rename, under 'renames'.")
        case .malformedOwnerID:
            return DiagnosticEntry("malformed-owner-id", .error,
                summary: "An owner's id holds something other than letters, digits and hyphens.",
                example: .file(path: "Recommendations/owners.yaml", text: """
                    owners:
                      - id: DfE
                        name: Department for Education
                      - id: DCLG
                        name: Department for Communities and Local Government
                      - id: Local Government Association
                        name: Local Government Association
                    """),
                fix: "Use a short id of letters, digits and hyphens, such as LGA; the full name goes in 'name'.")
        case .renamesOutOfOrder:
            return DiagnosticEntry("renames-out-of-order", .error,
                summary: "An owner's renames are not listed oldest first.",
                example: .file(path: "Recommendations/owners.yaml", text: """
                    owners:
                      - id: DfE
                        name: Department for Education
                      - id: DCLG
                        name: Department for Communities and Local Government
                        renames:
                          - {to: DLUHC, name: "Department for Levelling Up, Housing and Communities", from: 2021-09-19}
                          - {to: MHCLG, name: "Ministry of Housing, Communities and Local Government", from: 2018-01-08}
                    """),
                fix: "List the renames in date order, oldest first.")
        case .ownerIDsDifferInCase:
            return DiagnosticEntry("owner-ids-differ-in-case", .error,
                summary: "Two owners' ids differ only in case (DfE and DFE): they read as one owner, and their pages would overwrite each other on file systems that ignore case.",
                example: .file(path: "Recommendations/owners.yaml", text: """
                    owners:
                      - id: DfE
                        name: Department for Education
                      - id: DCLG
                        name: Department for Communities and Local Government
                      - id: LGA
                        name: Local Government Association
                      - id: DFE
                        name: Department for Further Education
                    """),
                fix: "Rename one of them, or merge them if they are the same owner.")
        case .unknownOwner:
            return DiagnosticEntry("unknown-owner", .error,
                summary: "A recommendation, evidence or reply names an owner that owners.yaml does not have, under any of its names.",
                example: .evidence("owners: [DfEE]"),
                fix: "Name an owner by its id or a name it had (the message suggests the nearest), or add the owner to owners.yaml.")
        case .ownerNameWrongForDate:
            return DiagnosticEntry("owner-name-wrong-for-date", .error,
                summary: "Evidence names an owner by a name it did not have on the evidence's date.",
                example: .evidence("id: 2022-05-23-example", "date: 2022-05-23", "owners: [MHCLG]", "recorded: 2022-06-01", at: "Evidence/2022/2022-05-23-example.yaml"),
                fix: "Write the name the owner had on that date, which the message gives.")
        case .duplicateMetricID:
            return DiagnosticEntry("duplicate-metric-id", .error,
                summary: "Two metrics in metrics.yaml have the same id.",
                example: .file(path: "Recommendations/metrics.yaml", text: """
                    metrics:
                      - {id: turnover-rate, title: Social worker turnover rate, unit: percent}
                      - {id: children-looked-after, title: Children looked after, unit: count}
                      - {id: turnover-rate, title: Turnover of social workers, unit: percent}
                    """),
                fix: "Keep one entry per metric, or give the second its own id.")
        case .unknownMetric:
            return DiagnosticEntry("unknown-metric", .error,
                summary: "An observation or a metric protocol names a metric that metrics.yaml does not define.",
                example: .evidence("kind: statistics", observing: ["{metric: turnover, period: 2019-09-30, value: 13.5}"]),
                fix: "Name a metric of Recommendations/metrics.yaml (the message suggests the nearest), or define the metric there.")

        // MARK: RT05xx: the snapshot store
        case .snapshotUnreadable:
            return DiagnosticEntry("snapshot-unreadable", .error,
                summary: "A snapshot file in Snapshots/ cannot be read: permission is denied, it is too large, or the system refused.",
                example: .situation("Snapshots/2026Q3.json whose permissions were set to 000 (chmod a-r)."),
                fix: "Make it readable, or restore it from version control: it is the record of what was published for its quarter.")
        case .snapshotNotJSON:
            return DiagnosticEntry("snapshot-not-json", .error,
                summary: "A snapshot is not JSON, is cut short, or lacks a field a snapshot has (or holds it as the wrong type).",
                example: .situation("Snapshots/2026Q3.json cut off half way, or with 'assessments' missing."),
                fix: "Restore the file from version control; a snapshot is written whole by rectrack check and never edited by hand.")
        case .snapshotSchemaVersion:
            return DiagnosticEntry("snapshot-schema-version", .error,
                summary: "A snapshot has no schemaVersion, or one this rectrack does not read.",
                example: .situation("Snapshots/2026Q3.json with \"schemaVersion\": 99, written by a newer rectrack."),
                fix: "Use the rectrack that wrote it; a file without schemaVersion is not a rectrack snapshot and belongs elsewhere.")
        case .snapshotWrongQuarter:
            return DiagnosticEntry("snapshot-wrong-quarter", .error,
                summary: "The quarter recorded inside a snapshot is not the one its file name says, or its date is not that quarter's last day.",
                example: .situation("Snapshots/2026Q2.json holding \"quarter\": \"2026Q1\": the 2026Q1 snapshot copied under another name."),
                fix: "Restore the file from version control, or remove the copy; each quarter's snapshot is made by rectrack check --quarter for that quarter.")
        case .snapshotValueOutOfRange:
            return DiagnosticEntry("snapshot-value-out-of-range", .error,
                summary: "A snapshot holds a value no assessment can have: a progress outside 0 to 100, a credit outside 0 to 1, a weight that is not positive.",
                example: .situation("Snapshots/2026Q3.json with \"progress\": 500 for R6."),
                fix: "Restore the file from version control; an edited snapshot no longer records what was published.")
        case .snapshotUnknownStatus:
            return DiagnosticEntry("snapshot-unknown-status", .error,
                summary: "A snapshot gives a recommendation a status that is not one of rectrack's statuses.",
                example: .situation("Snapshots/2026Q3.json with \"status\": \"done\" for R6."),
                fix: "Restore the file from version control. The statuses are not-assessed, no-progress, limited, substantial, implemented and rejected.")
        case .snapshotAssessedTwice:
            return DiagnosticEntry("snapshot-assessed-twice", .error,
                summary: "A snapshot gives one recommendation two assessments, so it does not say which one MPs were told.",
                example: .situation("Snapshots/2026Q3.json whose assessments list R6 twice, the second entry pasted from another quarter's file."),
                fix: "Restore the file from version control; rectrack check writes one assessment per recommendation and a snapshot is never edited by hand.")
        case .snapshotLocked:
            return DiagnosticEntry("snapshot-locked", .error,
                summary: "Another check is writing to Snapshots/ (it holds Snapshots/.lock), so this one stopped before writing.",
                example: .situation("Two rectrack check runs started at the same time on one tracker."),
                fix: "Wait for the other check to finish, then run again. The lock is released when its holder ends, however it ends.")
        case .snapshotExists:
            return DiagnosticEntry("snapshot-exists", .error,
                summary: "The quarter already has a snapshot and this check differs from it; the published record is kept.",
                example: .situation("rectrack check --quarter 2026Q3 after evidence for that quarter was recorded late."),
                fix: "Run again with --replace --reason \"why\": the old file is kept under Snapshots/replaced/ and the reason recorded.")
        case .snapshotCannotWrite:
            return DiagnosticEntry("snapshot-cannot-write", .error,
                summary: "The snapshot could not be written: the folder is read-only, the disk is full, or Snapshots/ is a link out of the tracker.",
                example: .situation("A Snapshots/ folder on a full disk."),
                fix: "Free space or fix the permissions, and make Snapshots/ a plain folder inside the tracker; nothing partial was left.")
        // MARK: RT07xx: replies
        case .replyIDDiffersFromFile:
            return DiagnosticEntry("reply-id-differs-from-file", .error,
                summary: "A reply's id is not kebab-case, or not its file's name without '.yaml'.",
                example: .reply("id: 2026-03-03-dfe-r2"),
                fix: "Make the id and the file name the same, such as 2026-03-03-dfe-r1 in Replies/2026/2026-03-03-dfe-r1.yaml.")
        case .replyDateInFuture:
            return DiagnosticEntry("reply-date-in-future", .error,
                summary: "A reply is dated after today; a reply is recorded once it has been made.",
                example: .reply("date: 2027-03-03", at: "Replies/2027/2026-03-03-dfe-r1.yaml"),
                fix: "Give the day the owner replied (the letter's date, the day of the meeting).")
        case .replyRecordedInFuture:
            return DiagnosticEntry("reply-recorded-in-future", .error,
                summary: "The day a reply was recorded is after today.",
                example: .reply("recorded: 2030-03-04"),
                fix: "Give the day the file was added to the tracker.")
        case .replyRecordedBeforeDate:
            return DiagnosticEntry("reply-recorded-before-date", .warning,
                summary: "A reply is recorded before its own date, which is possible only for a mistake in one of the dates.",
                example: .reply("recorded: 2026-03-01"),
                fix: "Check both dates against the reply and the day the file was added.")
        case .replyWrongYearFolder:
            return DiagnosticEntry("reply-wrong-year-folder", .warning,
                summary: "A reply file is not in the folder of its date's year (Replies/YYYY/).",
                example: .reply(at: "Replies/2025/2026-03-03-dfe-r1.yaml"),
                fix: "Move the file to the folder the message names.")
        case .replyLapsesBeforeDate:
            return DiagnosticEntry("reply-lapses-before-date", .error,
                summary: "A reply's 'lapses' day is not after the day of the reply, so it would never stand.",
                example: .reply("lapses: 2025-03-03"),
                fix: "Give the day the reply stops standing, or leave 'lapses' out: a reply stands for 12 months by default.")
        case .duplicateReplyID:
            return DiagnosticEntry("duplicate-reply-id", .error,
                summary: "Two reply files in different year folders have the same id; a reply is named by its id alone (in messages and the data package), so the two could not be told apart.",
                example: .situation("Replies/2025/dfe-r6-letter.yaml and Replies/2026/dfe-r6-letter.yaml: two letters filed under one name."),
                fix: "Give one of them another name (its file too), such as one starting with its date, or delete the copy.")
        case .replyUnknownRecommendation:
            return DiagnosticEntry("reply-unknown-recommendation", .error,
                summary: "A reply names a recommendation the tracker does not have.",
                example: .reply("recommendation: R13"),
                fix: "Name one of the tracker's recommendations, by its id such as R1.")
        case .replyOwnerNotOwner:
            return DiagnosticEntry("reply-owner-not-owner", .error,
                summary: "A reply comes from a body that is not an owner of the recommendation it is about.",
                example: .reply("owner: LGA"),
                fix: "Name one of the recommendation's owners; what others say belongs in evidence (a statement or a report), not in a reply.")
        case .replyCitesUnknownEvidence:
            return DiagnosticEntry("reply-cites-unknown-evidence", .error,
                summary: "A reply cites an evidence id the tracker does not have.",
                example: .reply("cites: [2020-01-15-strategy-publish]"),
                fix: "Cite an evidence id of the tracker (the message suggests the nearest), record the fact as evidence first, or cite its web address.")
        case .replyCiteNotIDOrAddress:
            return DiagnosticEntry("reply-cite-not-id-or-address", .error,
                summary: "An entry of a reply's 'cites' is neither an evidence id nor an http(s) address.",
                example: .reply("cites: [the 2020 strategy]"),
                fix: "Cite the evidence by its id (its file name without '.yaml'), or give the page's full address.")

        // MARK: RT08xx: links between recommendations
        case .linkUnknownRecommendation:
            return DiagnosticEntry("link-unknown-recommendation", .error,
                summary: "A link names a recommendation the tracker does not have.",
                example: .recommendation("links:\n  - kind: repeats\n    recommendation: R9\n    note: Asks again for the strategy."),
                fix: "Name one of the tracker's recommendations by its id, such as R1; for a call made outside the tracker give its title, publisher, url and date instead.")
        case .linkToItself:
            return DiagnosticEntry("link-to-itself", .error,
                summary: "A recommendation links to itself.",
                example: .recommendation("links:\n  - kind: relates-to\n    recommendation: R3\n    note: The same call."),
                fix: "Name the other call: another recommendation, or a call made outside the tracker.")
        case .linkCycle:
            return DiagnosticEntry("link-cycle", .error,
                summary: "Links that repeat or build on another recommendation go round in a cycle, so none of the calls can be the earliest.",
                example: .recommendation("links:\n  - kind: repeated-by\n    recommendation: R1\n    note: R1 asks again for this.\n  - kind: repeats\n    recommendation: R1\n    note: This asks again for R1.", at: "Recommendations/R03.yaml"),
                fix: "A call repeats or builds on an earlier one only: remove the link that is wrong, or turn it round (repeats and repeated-by, builds-on and built-on-by), or use relates-to.")
        case .linkDateOutOfOrder:
            return DiagnosticEntry("link-date-out-of-order", .error,
                summary: "A link to a later call (repeated-by, built-on-by) is dated before the recommendation's report, or a link to an earlier call (repeats, builds-on) after it; another recommendation of the tracker is dated by its own report.",
                example: .recommendation("links:\n  - kind: repeated-by\n    title: A later review\n    publisher: A committee\n    url: https://example.org/review\n    date: 2016\n    note: Asks again for a strategy."),
                fix: "Check the other call's date against its source; if the date is right, the kind is wrong: use the kind for an earlier or a later call, or relates-to.")
        case .linkDateInFuture:
            return DiagnosticEntry("link-date-in-future", .error,
                summary: "A link to a call outside the tracker is dated after today, so the lineage MPs read would name a call not yet made.",
                example: .recommendation("links:\n  - kind: repeated-by\n    title: A later review\n    publisher: A committee\n    url: https://example.org/review\n    date: 2099-05-01\n    note: Asks again for a strategy."),
                fix: "Check the date against the call's source; a call that is only expected is not linked until it is made.")
        case .linkNoteNotOneLine:
            return DiagnosticEntry("link-note-not-one-line", .error,
                summary: "A link's note runs to more than one line; it is one line an MP reads beside the lineage.",
                example: .recommendation("links:\n  - kind: relates-to\n    recommendation: R1\n    note: |\n      Both ask for a strategy.\n      R1 asks first."),
                fix: "Say how the two calls relate in one short sentence, written on one line.")
        case .linkTargetUnclear:
            return DiagnosticEntry("link-target-unclear", .error,
                summary: "A link names both a recommendation and an outside call, or neither.",
                example: .recommendation("links:\n  - kind: repeats\n    recommendation: R1\n    title: A strategy for the workforce\n    note: Asks again for a strategy."),
                fix: "Give 'recommendation' for a recommendation of this tracker, or 'title', 'publisher', 'url' and 'date' for a call made outside it, not both.")

        // MARK: RT06xx: plugins
        case .pluginCommandNotPlain:
            return DiagnosticEntry("plugin-command-not-plain", .error,
                summary: "An external protocol's 'command' is a path, not a plain file name inside the plugins folder.",
                example: .recommendation(protocol: "kind: external", "command: ../bin/score-strategy"),
                fix: "Put the program in the plugins folder the user allows and give its file name alone.")
        case .pluginTimeoutTooLong:
            return DiagnosticEntry("plugin-timeout-too-long", .error,
                summary: "An external protocol's 'timeout' is more than 300 seconds.",
                example: .recommendation(protocol: "kind: external", "command: score-strategy", "timeout: 600"),
                fix: "Give at most 300 seconds, and make the plugin faster if it needs more.")
        case .pluginParametersNotMapping:
            return DiagnosticEntry("plugin-parameters-not-mapping", .error,
                summary: "An external protocol's 'parameters' is not a mapping of 'key: value' lines.",
                example: .recommendation(protocol: "kind: external", "command: score-strategy", "parameters: [strict, yearly]"),
                fix: "Write the parameters as 'key: value' lines under 'parameters:'.")
        // MARK: RT09xx: reports
        case .reportFolderWithoutRecord:
            return DiagnosticEntry("report-folder-without-record", .warning,
                summary: "A folder inside Recommendations/ has no report.yaml, so it is not a report's folder and its files are not read.",
                example: .situation("Recommendations/second-report/ holding R01.yaml but no report.yaml."),
                fix: "Add the report's record as Recommendations/<report-id>/report.yaml (docs/file-formats.md describes it), or move the folder out of Recommendations/ if it is not a report.")
        case .reportFolderMismatch:
            return DiagnosticEntry("report-folder-mismatch", .error,
                summary: "A report's folder is not named after the report's id, so its recommendations' qualified ids would not say where they are.",
                example: .file(path: "Recommendations/second-report/report.yaml", text: "id: another-report\ntitle: Another Report\npublisher: A Test Committee\ndate: 2018-01-01"),
                fix: "Rename the folder to the report's id, or correct the id.")
        case .duplicateReportID:
            return DiagnosticEntry("duplicate-report-id", .error,
                summary: "Two reports of the tracker have the same id: Recommendations/report.yaml and a report folder's report.yaml.",
                example: .file(path: "Recommendations/test-report/report.yaml", text: "id: test-report\ntitle: A Test Report Again\npublisher: A Test Committee\ndate: 2018-01-01"),
                fix: "Give each report its own id (and its folder the same name).")
        case .ambiguousRecommendation:
            return DiagnosticEntry("ambiguous-recommendation", .error,
                summary: "A short id such as R1 names a recommendation of more than one report, so it cannot say which is meant.",
                example: .situation("Evidence whose bears-on names 'recommendation: R1' in a tracker where two reports each have an R1."),
                fix: "Write the qualified id the message offers, such as second-report:R1.")
        }
    }
}
