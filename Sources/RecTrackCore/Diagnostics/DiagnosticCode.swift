/// The stable identity of each kind of diagnostic: a code such as `RT0103` and a kebab-case name such as
/// `unknown-key`, printed with every message so that tests, CI and people can match on it rather than on words.
///
/// Codes are grouped by area, a hundred to each, with gaps left for later ones; ``DiagnosticArea`` names the areas
/// (RT00xx the tracker's folders and files … RT09xx reports). A code never changes or returns with another meaning
/// once shipped. What each means, an example and the fix are in ``entry`` (`docs/diagnostics.md`, `rectrack explain`).
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    // RT00xx: the tracker's folders and files
    case noSuchRoot = "RT0001"
    case missingFolder = "RT0002"
    case missingFile = "RT0003"
    case noRecommendations = "RT0004"
    case unreadableFile = "RT0010"
    case fileTooLarge = "RT0011"
    case notRegularFile = "RT0012"
    case linkOutsideTracker = "RT0020"
    case brokenLink = "RT0021"
    case linkLoop = "RT0022"
    case nestedFolder = "RT0023"
    case notYAMLFile = "RT0024"
    case leftoverTemporaryFile = "RT0025"
    case hiddenNotRead = "RT0026"

    // RT01xx: text, YAML, keys and values, in any file
    case notMapping = "RT0101"
    case missingKey = "RT0102"
    case unknownKey = "RT0103"
    case keyWithoutValue = "RT0104"
    case duplicateKey = "RT0105"
    case keyNotText = "RT0106"
    case utf16Text = "RT0110"
    case notUTF8 = "RT0111"
    case controlCharacter = "RT0112"
    case noncharacter = "RT0113"
    case controlInValue = "RT0114"
    case byteOrderMarkInside = "RT0115"
    case emptyFile = "RT0120"
    case severalDocuments = "RT0121"
    case alias = "RT0122"
    case anchor = "RT0123"
    case tag = "RT0124"
    case tooDeep = "RT0125"
    case tabIndentation = "RT0126"
    case unclosedQuote = "RT0127"
    case yamlSyntax = "RT0128"
    case parserUnavailable = "RT0129"
    case notText = "RT0140"
    case emptyText = "RT0141"
    case notKebabCase = "RT0142"
    case notWholeNumber = "RT0143"
    case notNumber = "RT0144"
    case numberTooLarge = "RT0145"
    case notPositive = "RT0146"
    case notTrueOrFalse = "RT0147"
    case notDate = "RT0148"
    case partialDate = "RT0149"
    case impossibleDate = "RT0150"
    case notWebAddress = "RT0151"
    case notTimeSpan = "RT0152"
    case unknownChoice = "RT0153"
    case notList = "RT0154"
    case notEvidenceID = "RT0155"
    case textNotOneLine = "RT0156"

    // RT02xx: evidence
    case malformedEvidenceID = "RT0201"
    case idDiffersFromFile = "RT0202"
    case idWithoutDate = "RT0203"
    case duplicateEvidenceID = "RT0204"
    case dateInFuture = "RT0205"
    case recordedInFuture = "RT0206"
    case recordedBeforeDate = "RT0207"
    case wrongYearFolder = "RT0208"
    case partialDateNotEnded = "RT0209"
    case unknownRecommendation = "RT0210"
    case noMilestonesToName = "RT0211"
    case unknownMilestone = "RT0212"
    case effectWithoutMilestone = "RT0213"
    case repeatedBearing = "RT0214"
    case achievesNotAllowed = "RT0215"
    case rejectsNotByOwner = "RT0216"
    case responseWithoutVerdict = "RT0220"
    case verdictOnWrongKind = "RT0221"
    case verdictNone = "RT0222"
    case observationsOnWrongKind = "RT0230"
    case repeatedObservation = "RT0231"
    case unitMismatch = "RT0232"
    case periodInFuture = "RT0233"
    case seriesDisagree = "RT0234"
    case periodAfterEvidenceDate = "RT0235"
    case supersedesItself = "RT0240"
    case supersedesUnknown = "RT0241"
    case supersedesLater = "RT0242"
    case supersedesCycle = "RT0243"
    case addressOffPublisherSite = "RT0250"

    // RT03xx: recommendations and their protocols
    case numberBelowOne = "RT0301"
    case idNumberMismatch = "RT0302"
    case fileNameNumberMismatch = "RT0303"
    case titleTooLong = "RT0304"
    case noOwners = "RT0305"
    case repeatedOwner = "RT0306"
    case duplicateRecommendationID = "RT0307"
    case duplicateMilestoneID = "RT0308"
    case unknownProtocolKind = "RT0320"
    case noParts = "RT0321"
    case noMilestones = "RT0322"
    case partialCreditOutOfRange = "RT0323"
    case claimOnlyAchievedBy = "RT0324"
    case unreachableTarget = "RT0325"
    case targetWithoutEvidence = "RT0326"
    case targetWithoutReason = "RT0327"
    case deadlineSetByTracker = "RT0328"
    case deadlineWithoutEvidence = "RT0329"
    case deadlineEvidenceUnknown = "RT0330"

    // RT04xx: owners and metrics
    case duplicateOwnerID = "RT0401"
    case malformedOwnerID = "RT0402"
    case renamesOutOfOrder = "RT0403"
    case ownerIDsDifferInCase = "RT0404"
    case unknownOwner = "RT0410"
    case ownerNameWrongForDate = "RT0411"
    case duplicateMetricID = "RT0420"
    case unknownMetric = "RT0421"

    // RT05xx: the snapshot store (Snapshots/)
    case snapshotUnreadable = "RT0501"
    case snapshotNotJSON = "RT0502"
    case snapshotSchemaVersion = "RT0503"
    case snapshotWrongQuarter = "RT0504"
    case snapshotValueOutOfRange = "RT0505"
    case snapshotUnknownStatus = "RT0506"
    case snapshotAssessedTwice = "RT0507"
    case snapshotLocked = "RT0510"
    case snapshotExists = "RT0511"
    case snapshotCannotWrite = "RT0512"

    // RT06xx: plugins (the external protocol)
    case pluginCommandNotPlain = "RT0601"
    case pluginTimeoutTooLong = "RT0602"
    case pluginParametersNotMapping = "RT0603"

    // RT07xx: replies
    case replyIDDiffersFromFile = "RT0701"
    case replyDateInFuture = "RT0702"
    case replyRecordedInFuture = "RT0703"
    case replyRecordedBeforeDate = "RT0704"
    case replyWrongYearFolder = "RT0705"
    case replyLapsesBeforeDate = "RT0706"
    case duplicateReplyID = "RT0707"
    case replyUnknownRecommendation = "RT0710"
    case replyOwnerNotOwner = "RT0711"
    case replyCitesUnknownEvidence = "RT0720"
    case replyCiteNotIDOrAddress = "RT0721"

    // RT08xx: links between recommendations
    case linkUnknownRecommendation = "RT0801"
    case linkToItself = "RT0802"
    case linkCycle = "RT0803"
    case linkDateOutOfOrder = "RT0804"
    case linkNoteNotOneLine = "RT0805"
    case linkTargetUnclear = "RT0806"
    case linkDateInFuture = "RT0807"

    // RT09xx: reports (a tracker holding several)
    case reportFolderWithoutRecord = "RT0901"
    case reportFolderMismatch = "RT0902"
    case duplicateReportID = "RT0903"
    case ambiguousRecommendation = "RT0904"

    /// The code, such as `RT0103`.
    public var code: String { rawValue }
    /// The kebab-case name, such as `unknown-key`.
    public var name: String { entry.name }
    /// Whether it is an error or a warning.
    public var severity: Severity { entry.severity }
    /// `RT0103 unknown-key`, as printed after a message.
    public var label: String { "\(rawValue) \(entry.name)" }

    /// The code whose code (`RT0103`, in any case) or name (`unknown-key`) this is.
    public init?(codeOrName text: String) {
        let upper = text.uppercased()
        guard let found = Self.allCases.first(where: { $0.rawValue == upper || $0.name == text }) else { return nil }
        self = found
    }
}
