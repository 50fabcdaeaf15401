/// What the secretariat should look at next, as of a date.
///
/// - recommendations with no evidence dated in the as-of quarter or the one before;
/// - milestones whose credit rests only on claims (announcements, statements, responses);
/// - evidence files with validation warnings, and assessments that met problems;
/// - dates that evidence declares (`due:`): those coming, and those passed in the last three months;
/// - deadlines that fell past due this quarter or are due within three months, and stalled recommendations.
/// - owners' replies that have lapsed, replies the assessment has moved away from since, and owners who disagree;
/// - recommendations the government accepted that a later call repeats.
public struct Worklist: Codable, Sendable, Equatable {
    /// A recommendation nothing new has been recorded on.
    public struct Quiet: Codable, Sendable, Equatable {
        /// The recommendation's id.
        public var recommendation: String
        /// Its number.
        public var number: Int
        /// Its short title.
        public var title: String
        /// The date of the newest evidence it uses, if any.
        public var lastEvidence: FactDate?
    }

    /// A milestone credited only on claim-type evidence.
    public struct ClaimsOnly: Codable, Sendable, Equatable {
        /// The recommendation's id.
        public var recommendation: String
        /// The milestone's id.
        public var milestone: String
        /// Its "done when" statement.
        public var title: String
        /// The evidence bearing on it.
        public var evidence: [String]
    }

    /// An evidence file with validation warnings.
    public struct EvidenceWarnings: Codable, Sendable, Equatable {
        /// The evidence id (the file's stem).
        public var id: String
        /// The file, relative to the root.
        public var path: String
        /// Each warning as `line:column: message`.
        public var warnings: [String]
    }

    /// An assessment that met problems.
    public struct AssessmentWarnings: Codable, Sendable, Equatable {
        /// The recommendation's id.
        public var recommendation: String
        /// The problems.
        public var warnings: [String]
    }

    /// A date evidence declares.
    public struct DueDate: Codable, Sendable, Equatable {
        /// The date (a month or a year when the source gives no day: due by its last day).
        public var due: FactDate
        /// True when it is on or before the as-of date: check what happened.
        public var passed: Bool
        /// The evidence declaring it.
        public var evidence: String
        /// That evidence's title.
        public var title: String
        /// The recommendations it bears on.
        public var recommendations: [String]
    }

    /// An owner's latest reply on a recommendation, beside where the recommendation stands now.
    public struct ReplyNote: Codable, Sendable, Equatable {
        /// The recommendation's id.
        public var recommendation: String
        /// Its status now.
        public var status: Status
        /// Its progress now (per cent).
        public var progress: Double
        /// The reply.
        public var reply: ReplyStanding
    }

    /// The date the worklist is for.
    public var asOf: Day
    /// Evidence dated before this day does not count as new.
    public var quietSince: Day
    /// Recommendations with no evidence dated on or after ``quietSince``.
    public var quiet: [Quiet]
    /// Milestones supported only by claims.
    public var claimsOnly: [ClaimsOnly]
    /// Evidence files with warnings.
    public var evidenceWarnings: [EvidenceWarnings]
    /// Assessments with warnings.
    public var assessmentWarnings: [AssessmentWarnings]
    /// Declared dates after the as-of date, and those passed in the three months up to it; soonest first.
    public var dueDates: [DueDate]
    /// Milestones and targets that fell past due, unmet, in the as-of date's quarter.
    public var pastDue: [RecommendationDeadline]
    /// Milestones and targets not met and due within three months.
    public var dueSoon: [RecommendationDeadline]
    /// Recommendations that are stalled.
    public var stalled: [RecommendationStall]

    /// Replies that lapsed by the date: ask the owner whether their view still stands.
    public var lapsedReplies: [ReplyNote]
    /// Standing replies given when the status or progress was other than it is now: the owner answered another verdict.
    public var changedSinceReply: [ReplyNote]
    /// Standing replies whose status is not the tracker's.
    public var disagreements: [ReplyNote]
    /// Accepted recommendations that a later call repeats; nil when there are none, so a tracker without links keeps
    /// the JSON it had.
    public var repeatedAfterAcceptance: [RepeatedAfterAcceptance]?

    /// True when there is nothing to do.
    public var isEmpty: Bool {
        quiet.isEmpty && claimsOnly.isEmpty && evidenceWarnings.isEmpty && assessmentWarnings.isEmpty && dueDates.isEmpty
            && pastDue.isEmpty && dueSoon.isEmpty && stalled.isEmpty
            && lapsedReplies.isEmpty && changedSinceReply.isEmpty && disagreements.isEmpty && (repeatedAfterAcceptance ?? []).isEmpty
    }

    /// Builds the worklist from the tracker, its assessments as of `asOf`, and the loader's diagnostics.
    public init(tracker: Tracker, assessments: [Assessment], diagnostics: [Diagnostic], asOf: Day) {
        self.asOf = asOf
        quietSince = Quarter(containing: asOf).previous.firstDay
        let since = quietSince
        quiet = assessments.filter { a in a.lastEvidence.map { $0.latest < since } ?? true }
            .map { Quiet(recommendation: $0.recommendation, number: $0.number, title: $0.title, lastEvidence: $0.lastEvidence) }
        claimsOnly = assessments.flatMap { a in
            a.milestones.filter(\.claimsOnly).map {
                ClaimsOnly(recommendation: a.recommendation, milestone: $0.id, title: $0.title, evidence: $0.evidence)
            }
        }
        var byPath: [String: [String]] = [:]
        for diagnostic in diagnostics where diagnostic.severity == .warning && diagnostic.path.hasPrefix("Evidence/") {
            let place = diagnostic.location.map { "\($0.line):\($0.column): " } ?? ""
            byPath[diagnostic.path, default: []].append(place + diagnostic.message)
        }
        evidenceWarnings = byPath.keys.sorted().map { EvidenceWarnings(id: PathParts.stem(PathParts.fileName($0)), path: $0, warnings: byPath[$0]!) }
        assessmentWarnings = assessments.filter { !$0.warnings.isEmpty }
            .map { AssessmentWarnings(recommendation: $0.recommendation, warnings: $0.warnings) }
        let visibility = Visibility(tracker.evidence, asOf: asOf, knownAt: nil, supersessions: Supersession.all(in: tracker.evidence))
        let recent = asOf.adding(months: -3)
        var dates: [DueDate] = []
        for (index, item) in tracker.evidence.enumerated() where visibility.visible[index] {
            guard let due = item.due, due.latest > recent else { continue }
            var recommendations: [String] = []
            for bearing in item.bearings where !recommendations.contains(bearing.recommendation) {
                recommendations.append(bearing.recommendation)
            }
            dates.append(DueDate(due: due, passed: due.latest <= asOf, evidence: item.id, title: item.title, recommendations: recommendations))
        }
        dueDates = dates.sorted { ($0.due, $0.evidence) < ($1.due, $1.evidence) }
        let quarterStart = Quarter(containing: asOf).firstDay
        let deadlines = assessments.flatMap { a in a.deadlines.map { RecommendationDeadline(recommendation: a.recommendation, deadline: $0) } }
        pastDue = deadlines.filter { $0.deadline.standing == .pastDue && $0.deadline.deadline.lastDay >= quarterStart }
        dueSoon = deadlines.filter { $0.deadline.standing == .dueSoon }
        stalled = assessments.compactMap { a in a.stalled.map { RecommendationStall(recommendation: a.recommendation, title: a.title, stall: $0) } }
        let notes = assessments.flatMap { a in
            (a.replies ?? []).map { ReplyNote(recommendation: a.recommendation, status: a.status, progress: a.progress, reply: $0) }
        }
        lapsedReplies = notes.filter(\.reply.lapsed)
        changedSinceReply = notes.filter { !$0.reply.lapsed && ($0.status != $0.reply.statusWhenReplied || $0.progress != $0.reply.progressWhenReplied) }
        disagreements = notes.filter { !$0.reply.lapsed && !$0.reply.agrees }
        let repeated = Self.repeatedAfterAcceptance(tracker: tracker, assessments: assessments, asOf: asOf)
        repeatedAfterAcceptance = repeated.isEmpty ? nil : repeated
    }
}
