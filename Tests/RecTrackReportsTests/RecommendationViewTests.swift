import Foundation
import Testing
import RecTrackCore
@testable import RecTrackReports
import RecTrackTestSupport

/// `show`, the site's page and `show --format json` are made from one ``RecommendationView``: what it holds
/// appears in all three.
@Suite("One view of a recommendation, three renderings")
struct RecommendationViewTests {
    struct Rendered {
        let view: RecommendationView
        let text: String
        let html: String
        let json: [String: Any]
    }

    static func renderings() throws -> [Rendered] {
        let data = AssessedTracker.assessing(try ShippedTracker.load(), asOf: FixedToday.day)
        let files = try SiteRenderer(data).render()
        let byID = RecommendationView.evidenceByID(data.tracker)
        return try data.entries.map { entry in
            let view = RecommendationView(entry, in: data.tracker, evidenceByID: byID)
            let page = try #require(files.first { $0.path == "recommendations/\(entry.recommendation.id).html" })
            let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONOutput.encode(view).utf8)) as? [String: Any])
            return Rendered(view: view, text: ShowRenderer(view).render(), html: HTMLScan.unescape(page.contents), json: json)
        }
    }

    /// Text wrapped at 100 columns: compare with spaces and line breaks folded.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test("every milestone, reason, evidence item and owner of the view is in the text, the page and the JSON")
    func threeRenderingsAgree() throws {
        let renderings = try Self.renderings()
        #expect(renderings.count == 12)
        for r in renderings {
            let text = Self.folded(r.text), html = Self.folded(r.html)
            let id = r.view.recommendation.id
            #expect(text.contains(r.view.assessment.status.label) && html.contains(r.view.assessment.status.label.capitalisedFirst))
            #expect(r.json["status"] as? String == r.view.assessment.status.rawValue)
            let jsonMilestones = (r.json["milestones"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
            #expect(jsonMilestones == r.view.milestones.map(\.state.title), "\(id)")
            for milestone in r.view.milestones {
                #expect(text.contains(Self.folded(milestone.state.title)), "\(id) text lacks milestone \(milestone.state.id)")
                #expect(html.contains(milestone.state.title), "\(id) page lacks milestone \(milestone.state.id)")
                for citation in milestone.evidence {
                    #expect(text.contains(citation.id))
                    #expect(html.contains("#\(id)-ev-\(citation.id)") || !citation.inTimeline)
                }
            }
            let jsonReasons = (r.json["rationale"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(jsonReasons == r.view.reasons.map(\.text), "\(id)")
            for reason in r.view.reasons {
                #expect(text.contains(Self.folded(reason.text)), "\(id) text lacks: \(reason.text)")
                #expect(html.contains(Self.folded(reason.text)), "\(id) page lacks: \(reason.text)")
            }
            let jsonTimeline = (r.json["timeline"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(jsonTimeline == r.view.timeline.map(\.evidence.id), "\(id)")
            for entry in r.view.timeline {
                #expect(text.contains(Self.folded(entry.evidence.title)), "\(id) text lacks evidence \(entry.evidence.id)")
                #expect(html.contains("id=\"\(id)-ev-\(entry.evidence.id)\""), "\(id) page lacks evidence \(entry.evidence.id)")
            }
            let jsonOwners = (r.json["ownedBy"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(jsonOwners == r.view.owners.map(\.name))
            for owner in r.view.owners where owner.known {
                #expect(text.contains("\(owner.name) (\(owner.id))") && html.contains(owner.name))
            }
            let calls = (r.json["lineage"] as? [String: Any])?["calls"] as? [[String: Any]] ?? []
            #expect(calls.count == (r.view.lineage.isEmpty ? 0 : r.view.lineage.entries.count), "\(id)")
            for case .outside(let call) in r.view.lineage.entries.map(\.call) {
                #expect(text.contains(call.url) && html.contains(call.url), "\(id) lacks the linked call at \(call.url)")
            }
        }
    }

    @Test("show's JSON keeps every key of the assessment, with the same values as status --format json")
    func jsonExtendsTheAssessment() throws {
        for r in try Self.renderings() {
            let assessment = try #require(try JSONSerialization.jsonObject(with: Data(JSONOutput.encode(r.view.assessment).utf8)) as? [String: Any])
            for (key, value) in assessment {
                #expect((r.json[key] as? NSObject) == (value as? NSObject), "\(r.view.recommendation.id) key \(key)")
            }
            // The lineage is there only for a recommendation that other calls are linked to, so one without keeps its JSON.
            let lineage: Set<String> = r.view.lineage.isEmpty ? [] : ["lineage"]
            #expect(Set(r.json.keys).subtracting(assessment.keys) == Set(["text", "theme", "report", "ownedBy", "timeline"]).union(lineage))
        }
    }
}
