import RecTrackCore

/// Every table of the data package, in the order `datapackage.json` and `docs/data-package.md` list them. A table is
/// one entry here: its columns say what they hold and how each cell is read, so the CSV, the package's schema and the
/// docs cannot disagree.
enum DataTables {
    static var all: [AnyDataTable] {
        [recommendations, recommendationOwners, links, owners, ownerRenames, milestones, metrics, metricTargets, evidence, bearings,
         observations, assessments, milestoneStates, replies]
    }

    /// `report` and `recommendation`, which name a recommendation in every table.
    private static let recommendationKey = ["report", "recommendation"]

    typealias Placed<T> = (report: String, id: String, item: T)

    static func placed(_ input: DataPackageInput) -> [Placed<Recommendation>] {
        input.tracker.recommendations.map { r in
            let key = DataPackageInput.key(of: r, in: input.tracker)
            return (key.report, key.id, r)
        }
    }

    static var recommendations: AnyDataTable { DataTable<Placed<Recommendation>>(
        name: "recommendations", description: "One row per recommendation, report by report (the tracker's first report, then the others by id), each in its report's order.",
        primaryKey: recommendationKey,
        columns: [
            .text("report", "The id of the report it comes from: Recommendations/report.yaml's, or for a tracker with several reports the report.yaml of its folder Recommendations/<report-id>/.") { $0.report },
            .text("recommendation", "The recommendation's id within its report, such as R6 (report and recommendation together name it).") { $0.id },
            .integer("number", "Its number in the report.") { $0.item.number },
            .text("title", "A short title.") { $0.item.title },
            .text("text", "The report's exact words.") { $0.item.text },
            .text("theme", "The report's section heading it sits under.") { $0.item.theme },
            .text("lead_owner", "The id of the owner that leads on it (see recommendation_owners for all of them).") { $0.item.owners.first },
            .text("protocol", "The kind of assessment protocol it is assessed by (docs/protocols.md).") { $0.item.assessmentProtocol.kind },
        ],
        rows: placed).erased }

    static var recommendationOwners: AnyDataTable { DataTable<Placed<(owner: String, position: Int)>>(
        name: "recommendation_owners", description: "One row per owner of each recommendation, lead first.",
        primaryKey: recommendationKey + ["owner"],
        foreignKeys: [.to("recommendations", recommendationKey), .to("owners", ["owner"])],
        columns: [
            .text("report", "The report's id.") { $0.report },
            .text("recommendation", "The recommendation's id.") { $0.id },
            .text("owner", "The owner's id.") { $0.item.owner },
            .integer("position", "1 for the lead owner, then 2, 3… in the record's order.") { $0.item.position },
            .boolean("lead", "True for the lead owner.") { $0.item.position == 1 },
        ],
        rows: { input in
            placed(input).flatMap { r in r.item.owners.enumerated().map { (r.report, r.id, ($0.element, $0.offset + 1)) } }
        }).erased }

    static var owners: AnyDataTable { DataTable<Owner>(
        name: "owners", description: "One row per owner: a body responsible for acting on recommendations.",
        primaryKey: ["owner"],
        columns: [
            .text("owner", "The id recommendations and evidence use, such as DfE.") { $0.id },
            .text("name", "The full name under that id.") { $0.name },
            .list("aliases", "Other names accepted on any date.") { $0.aliases },
            .list("domains", "The web domains of its own publications.") { $0.domains },
        ],
        rows: { $0.tracker.owners.owners }).erased }

    static var ownerRenames: AnyDataTable { DataTable<(owner: String, position: Int, rename: Owner.Rename)>(
        name: "owner_renames", description: "One row per change of an owner's name, oldest first.",
        primaryKey: ["owner", "position"],
        foreignKeys: [.to("owners", ["owner"])],
        columns: [
            .text("owner", "The owner's id.") { $0.owner },
            .integer("position", "1 for its first rename, then 2, 3 and so on.") { $0.position },
            .text("short_name", "The short name from that date on.") { $0.rename.to },
            .text("full_name", "The full name from that date on.") { $0.rename.name },
            .factDate("from", "When the new name took effect.") { $0.rename.from },
            .text("note", "Why the date is uncertain, or other context.", required: false) { $0.rename.note },
        ],
        rows: { input in
            input.tracker.owners.owners.flatMap { owner in owner.renames.enumerated().map { (owner.id, $0.offset + 1, $0.element) } }
        }).erased }

    static var milestones: AnyDataTable { DataTable<Placed<(position: Int, milestone: Milestone)>>(
        name: "milestones", description: "One row per \"done when\" milestone of each recommendation's protocol, in protocol order.",
        primaryKey: recommendationKey + ["milestone"],
        foreignKeys: [.to("recommendations", recommendationKey)],
        columns: [
            .text("report", "The report's id.") { $0.report },
            .text("recommendation", "The recommendation's id.") { $0.id },
            .text("milestone", "The milestone's id, unique within the recommendation.") { $0.item.milestone.id },
            .integer("position", "1 for its first milestone, then 2, 3 and so on.") { $0.item.position },
            .text("title", "What must be true for it to be met.") { $0.item.milestone.title },
            .number("weight", "Its share of its protocol's progress.") { $0.item.milestone.weight },
            .list("achieved_by", "When set, the only kinds of evidence that can fully meet it.") { $0.item.milestone.achievedBy?.map(\.rawValue) ?? [] },
            .list("acted_by", "When set, the owners who must all have acted for it to be met.") { $0.item.milestone.actedBy ?? [] },
            .factDate("due", "The date it is due by, when it has one.", required: false) { Recommendation.deadline(of: $0.item.milestone)?.date },
            .choice("due_set_by", "Who set the due date, when there is one.", of: TargetOrigin.Setter.self, required: false) {
                Recommendation.deadline(of: $0.item.milestone)?.origin.setBy
            },
        ],
        rows: { input in
            placed(input).flatMap { r in r.item.milestones.enumerated().map { (r.report, r.id, ($0.offset + 1, $0.element)) } }
        }).erased }

    static var metrics: AnyDataTable { DataTable<Metric>(
        name: "metrics", description: "One row per statistical series the protocols use (Recommendations/metrics.yaml).",
        primaryKey: ["metric"],
        columns: [
            .text("metric", "The metric's id, such as turnover-rate.") { $0.id },
            .text("title", "What it measures.") { $0.title },
            .choice("unit", "The unit of its values.", of: MetricUnit.self) { $0.unit },
            .text("description", "A longer description.", required: false) { $0.description },
            .text("source", "Who publishes it.", required: false) { $0.source },
        ],
        rows: { $0.tracker.metrics.metrics }).erased }

    static var metricTargets: AnyDataTable { DataTable<Placed<MetricState>>(
        name: "metric_targets",
        description: "One row per metric a recommendation's protocol measures, with its baseline, its target and who set it, and the latest figure, as assessed on the export's own date (the current assessment).",
        primaryKey: recommendationKey + ["metric"],
        foreignKeys: [.to("recommendations", recommendationKey), .to("metrics", ["metric"])],
        columns: [
            .text("report", "The report's id.") { $0.report },
            .text("recommendation", "The recommendation's id.") { $0.id },
            .text("metric", "The metric's id.") { $0.item.metric },
            .date("baseline_period", "The date the baseline figure refers to.") { $0.item.baseline.period },
            .number("baseline_value", "The baseline figure.") { $0.item.baseline.value },
            .number("target", "The figure aimed for.") { $0.item.target },
            .choice("direction", "Whether the target lies above (up) or below (down) the baseline.", of: TargetDirection.self) { $0.item.direction },
            .choice("set_by", "Who set the target: the report, the government or this tracker; empty when the record does not say.",
                    of: TargetOrigin.Setter.self, required: false) { $0.item.targetOrigin?.setBy },
            .text("set_by_evidence", "The evidence that records the government's commitment, when the government set it.", required: false) {
                $0.item.targetOrigin?.evidence
            },
            .text("set_by_reason", "Why this tracker chose the target, when it set it.", required: false) { $0.item.targetOrigin?.reason },
            .factDate("due", "The date the target is due by, when one was set.", required: false) { $0.item.deadline?.deadline.date },
            .date("latest_period", "The date the latest figure refers to, when there is one after the baseline.", required: false) { $0.item.latest?.period },
            .number("latest_value", "The latest figure.", required: false) { $0.item.latest?.value },
            .text("latest_evidence", "The id of the evidence that reports the latest figure.", required: false) { $0.item.latest?.evidence },
            .number("progress", "The share of the distance from baseline to target covered, from 0 to 1.") { $0.item.progress },
        ],
        rows: { input in
            input.current.entries.flatMap { entry in
                let key = DataPackageInput.key(of: entry.recommendation, in: input.tracker)
                return entry.assessment.metrics.map { (key.report, key.id, $0) }
            }
        }).erased }

    static var evidence: AnyDataTable { DataTable<Evidence>(
        name: "evidence", description: "One row per item of evidence: a dated fact with a public source.",
        primaryKey: ["evidence"],
        columns: [
            .text("evidence", "The evidence's id, which is its file's name.") { $0.id },
            .factDate("date", "When it happened.") { $0.date },
            .date("counts_from", "The day it counts from: the date, or the last day of a month or year given alone.") { $0.date.latest },
            .text("title", "The publication's or event's title.") { $0.title },
            .text("publisher", "Who published it.") { $0.publisher },
            .text("url", "The publisher's page.", required: false) { $0.url },
            .text("reported_by", "Whose page the url is, when it is not the publisher's own.", required: false) { $0.reportedBy },
            .choice("kind", "What kind of fact it records.", of: EvidenceKind.self) { $0.kind },
            .list("owners", "The ids of the owners it concerns.") { $0.owners },
            .text("summary", "What it says, in a few sentences.") { $0.summary },
            .list("supersedes", "The ids of earlier evidence it replaces.") { $0.supersedes },
            .factDate("due", "A coming date it declares.", required: false) { $0.due },
            .choice("confidence", "Whether it was verified fully (verified) or only in part (partly).", of: Confidence.self) { $0.confidence },
            .date("recorded", "When it was recorded in the tracker.") { $0.recorded },
        ],
        rows: { $0.evidence }).erased }

    static var bearings: AnyDataTable { DataTable<(evidence: String, position: Int, report: String, id: String, bearing: Bearing)>(
        name: "bearings", description: "One row per recommendation an item of evidence bears on, with its effect.",
        primaryKey: ["evidence", "position"],
        foreignKeys: [.to("evidence", ["evidence"]), .to("recommendations", recommendationKey)],
        columns: [
            .text("evidence", "The evidence's id.") { $0.evidence },
            .integer("position", "1 for the evidence's first bearing, then 2, 3 and so on.") { $0.position },
            .text("report", "The report's id.") { $0.report },
            .text("recommendation", "The recommendation's id.") { $0.id },
            .text("milestone", "The milestone it moves, when it moves one: a milestone of the same recommendation in the milestones table.",
                  required: false) { $0.bearing.milestone },
            .choice("effect", "How it moves the recommendation.", of: Effect.self) { $0.bearing.effect },
            .choice("response", "The formal response's verdict, for evidence of kind response.", of: ResponseVerdict.self, required: false) { $0.bearing.response },
            .text("note", "One sentence on why.", required: false) { $0.bearing.note },
        ],
        rows: { input in
            input.evidence.flatMap { e in
                e.bearings.enumerated().compactMap { item in
                    DataPackageInput.heldKey(item.element.recommendation, in: input.tracker).map { key in
                        (e.id, item.offset + 1, key.report, key.id, item.element)
                    }
                }
            }
        }).erased }

    static var observations: AnyDataTable { DataTable<(evidence: String, position: Int, observation: Observation, unit: MetricUnit?)>(
        name: "observations", description: "One row per figure a statistics release reports.",
        primaryKey: ["evidence", "position"],
        foreignKeys: [.to("evidence", ["evidence"]), .to("metrics", ["metric"])],
        columns: [
            .text("evidence", "The id of the evidence that reports it.") { $0.evidence },
            .integer("position", "1 for the evidence's first figure, then 2, 3 and so on.") { $0.position },
            .text("metric", "The metric's id.") { $0.observation.metric },
            .date("period", "The date the figure refers to.") { $0.observation.period },
            .number("value", "The figure, as the source gives it.") { $0.observation.value },
            .choice("unit", "The metric's unit.", of: MetricUnit.self) { $0.unit },
            .text("series", "The series or method it belongs to, when it is not the metric's one series.", required: false) { $0.observation.series },
            .text("note", "A note on the figure, such as a revision.", required: false) { $0.observation.note },
        ],
        rows: { input in
            input.evidence.flatMap { e in
                e.observations.enumerated().map { (e.id, $0.offset + 1, $0.element, input.tracker.metrics.metric($0.element.metric)?.unit) }
            }
        }).erased }

    /// `assessment`, `report` and `recommendation`, which name one assessment.
    private static let assessmentKey = ["assessment", "report", "recommendation"]

    static var assessments: AnyDataTable { DataTable<DataPackageInput.AssessmentRow>(
        name: "assessments",
        description: "One row per recommendation in each published quarter's snapshot (what MPs were told), then one per recommendation as assessed on the export's own date (labelled current, not published).",
        primaryKey: assessmentKey,
        foreignKeys: [.to("recommendations", recommendationKey)],
        columns: [
            .text("assessment", "The quarter whose published snapshot it comes from, such as 2026Q3, or current for the export's own assessment.") { $0.label },
            .boolean("published", "True when it was published in that quarter's snapshot; false for the current assessment.") { $0.published },
            .date("as_of", "The date assessed: for a snapshot, its quarter's last day.") { $0.assessment.asOf },
            .date("known_at", "When set, only evidence recorded by this date was used.", required: false) { $0.assessment.knownAt },
            .text("report", "The report's id.") { $0.report },
            .text("recommendation", "The recommendation's id.") { $0.recommendation },
            .choice("status", "The status (rectrack status --help says what each means).", of: Status.self) { $0.assessment.status },
            .number("progress", "Progress in per cent, rounded to one decimal, with partial credit; shown beside the status, never instead of it.") { $0.assessment.progress },
            .choice("response", "The standing formal response, when the protocol tracks one.", of: ResponseVerdict.self, required: false) { $0.assessment.response },
            .boolean("stale", "True when its newest evidence was older than the recommendation allows.") { $0.assessment.stale },
            .factDate("stalled_since", "When set, the date since which evidence kept arriving without moving it.", required: false) { $0.assessment.stalled?.since },
            .factDate("last_evidence", "The date of the newest evidence used.", required: false) { $0.assessment.lastEvidence },
            .choice("trend", "Up, down or same against the end of the previous quarter.", of: TrendDirection.self, required: false) { $0.assessment.trend?.direction },
            .text("reason", "One line: the status and why, as published.") { $0.assessment.reason },
            .list("evidence", "The ids of the evidence it cites.") { $0.assessment.evidence },
        ],
        rows: { $0.assessments }).erased }

    static var milestoneStates: AnyDataTable { DataTable<(row: DataPackageInput.AssessmentRow, state: MilestoneState)>(
        name: "milestone_states",
        description: "One row per milestone in each assessment: how far it was met. A published snapshot names its milestones as they were then.",
        primaryKey: assessmentKey + ["milestone"],
        foreignKeys: [.to("assessments", assessmentKey)],
        columns: [
            .text("assessment", "The assessment, as in the assessments table.") { $0.row.label },
            .text("report", "The report's id.") { $0.row.report },
            .text("recommendation", "The recommendation's id.") { $0.row.recommendation },
            .text("milestone", "The milestone's id.") { $0.state.id },
            .choice("state", "Met, partly met or not met.", of: MilestoneProgress.self) { $0.state.state },
            .number("credit", "Its credit, from 0 to 1.") { $0.state.credit },
            .text("met_by", "When met, the id of the evidence that met it.", required: false) { $0.state.metBy },
            .choice("deadline", "Where its deadline stood, when it has one.", of: DeadlineStanding.self, required: false) { $0.state.deadline?.standing },
        ],
        rows: { input in input.assessments.flatMap { row in row.assessment.milestones.map { (row, $0) } } }).erased }

    static var replies: AnyDataTable { DataTable<(report: String, id: String, reply: Reply)>(
        name: "replies",
        description: "One row per owner's reply to the tracker's assessment of a recommendation: their view, shown beside the verdict and never changing it.",
        primaryKey: ["reply"],
        foreignKeys: [.to("recommendations", recommendationKey), .to("owners", ["owner"])],
        columns: [
            .text("reply", "The reply's id, which is its file's name.") { $0.reply.id },
            .text("report", "The report's id.") { $0.report },
            .text("recommendation", "The recommendation replied about.") { $0.id },
            .text("owner", "The id of the owner who replied.") { $0.reply.owner },
            .date("date", "The day of the reply.") { $0.reply.date },
            .choice("status", "The status the owner would give.", of: Status.self) { $0.reply.status },
            .text("says", "The owner's words.") { $0.reply.says },
            .list("cites", "Evidence ids or public addresses the owner cites.") { $0.reply.cites },
            .choice("channel", "How it reached the tracker.", of: ReplyChannel.self) { $0.reply.channel },
            .text("url", "Where it was published, when it was.", required: false) { $0.reply.url },
            .date("lapses", "The day it stops standing.") { $0.reply.lapses },
            .date("recorded", "The day it was recorded in the tracker.") { $0.reply.recorded },
        ],
        rows: { input in
            input.replies.compactMap { reply in
                DataPackageInput.heldKey(reply.recommendation, in: input.tracker).map { key in (key.report, key.id, reply) }
            }
        }).erased }
}
