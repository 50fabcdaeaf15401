import RecTrackCore

// The types an assessment is made of, each writing the members its `Encodable` conformance writes (see DirectJSON).

extension Assessment: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("asOf", asOf)
        try object.add("evidence", evidence)
        try object.add("knownAt", knownAt)
        try object.add("lastEvidence", lastEvidence)
        try object.add("metrics", metrics)
        try object.add("milestones", milestones)
        try object.add("number", number)
        try object.add("owners", owners)
        try object.add("progress", progress)
        try object.add("rationale", rationale)
        try object.add("reason", reason)
        try object.add("recommendation", recommendation)
        try object.add("replies", replies)
        try object.add("reportID", reportID)
        try object.add("response", response)
        try object.add("responses", responses)
        try object.add("stale", stale)
        try object.add("stalled", stalled)
        try object.add("status", status)
        try object.add("title", title)
        try object.add("trend", trend)
        try object.add("warnings", warnings)
        object.close()
    }
}

extension Assessment.Trend: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("direction", direction)
        try object.add("previousProgress", previousProgress)
        try object.add("previousResponse", previousResponse)
        try object.add("previousStatus", previousStatus)
        try object.add("since", since)
        object.close()
    }
}

extension MetricState: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("baseline", baseline)
        try object.add("comparedFrom", comparedFrom)
        try object.add("deadline", deadline)
        try object.add("direction", direction)
        try object.add("latest", latest)
        try object.add("latestPeriod", latestPeriod)
        try object.add("metric", metric)
        try object.add("notComparableYet", notComparableYet)
        try object.add("pace", pace)
        try object.add("progress", progress)
        try object.add("series", writtenSeries)
        try object.add("seriesId", seriesId)
        try object.add("target", target)
        try object.add("targetDate", targetDate)
        try object.add("targetOrigin", targetOrigin)
        try object.add("title", title)
        try object.add("trend", trend)
        try object.add("unit", unit)
        object.close()
    }
}

extension MilestoneState: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("claimsOnly", claimsOnly)
        try object.add("credit", credit)
        try object.add("deadline", deadline)
        try object.add("evidence", evidence)
        try object.add("id", id)
        try object.add("metBecause", metBecause)
        try object.add("metBy", metBy)
        try object.add("state", state)
        try object.add("title", title)
        try object.add("weight", weight)
        object.close()
    }
}

extension DeadlineState: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("deadline", deadline)
        try object.add("metOn", metOn)
        try object.add("metric", metric)
        try object.add("milestone", milestone)
        try object.add("standing", standing)
        try object.add("title", title)
        object.close()
    }
}

extension Deadline: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("date", date)
        try object.add("note", note)
        try object.add("origin", origin)
        object.close()
    }
}

extension TargetOrigin: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("evidence", evidence)
        try object.add("reason", reason)
        try object.add("setBy", setBy)
        object.close()
    }
}

extension ProgressJudgement: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("adjustments", adjustments)
        try object.add("category", category)
        try object.add("directedRate", directedRate)
        try object.add("observedRate", observedRate)
        try object.add("ratio", ratio)
        try object.add("reason", reason)
        try object.add("requiredRate", requiredRate)
        try object.add("scale", scale)
        try object.add("variant", variant)
        try object.add("years", years)
        object.close()
    }
}

extension LatestPeriodCheck: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("expectedPeriod", expectedPeriod)
        try object.add("latestObserved", latestObserved)
        try object.add("latestPeriodObserved", latestPeriodObserved)
        object.close()
    }
}

extension ProgressMethod.Point: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("period", period)
        try object.add("value", value)
        object.close()
    }
}

extension SeriesPoint: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("evidence", evidence)
        try object.add("note", note)
        try object.add("period", period)
        try object.add("series", series)
        try object.add("source", source)
        try object.add("value", value)
        object.close()
    }
}

extension RationaleSentence: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("evidence", evidence)
        try object.add("text", text)
        object.close()
    }
}

extension ResponseRecord: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("date", date)
        try object.add("evidence", evidence)
        try object.add("verdict", verdict)
        object.close()
    }
}

extension ReplyStanding: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("agrees", agrees)
        try object.add("channel", channel)
        try object.add("cites", cites)
        try object.add("date", date)
        try object.add("id", id)
        try object.add("lapsed", lapsed)
        try object.add("lapses", lapses)
        try object.add("owner", owner)
        try object.add("ownerName", ownerName)
        try object.add("progressWhenReplied", progressWhenReplied)
        try object.add("says", says)
        try object.add("status", status)
        try object.add("statusWhenReplied", statusWhenReplied)
        try object.add("url", url)
        object.close()
    }
}

extension Stall: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("after", after)
        try object.add("arrivedSince", arrivedSince)
        try object.add("since", since)
        object.close()
    }
}

extension TimeSpan: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        var object = DirectObject(output, depth: depth)
        try object.add("count", count)
        try object.add("unit", unit)
        object.close()
    }
}

extension Day: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) { output.writeString(description) }
}

extension FactDate: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) { output.writeString(description) }
}

extension Status: DirectJSON {}
extension TrendDirection: DirectJSON {}
extension ResponseVerdict: DirectJSON {}
extension MetricUnit: DirectJSON {}
extension TargetDirection: DirectJSON {}
extension MilestoneProgress: DirectJSON {}
extension DeadlineStanding: DirectJSON {}
extension ReplyChannel: DirectJSON {}
extension ProgressCategory: DirectJSON {}
extension TargetOrigin.Setter: DirectJSON {}
extension ProgressJudgement.Variant: DirectJSON {}
extension ProgressJudgement.Reason: DirectJSON {}
extension ProgressJudgement.Adjustment: DirectJSON {}
extension TimeSpan.Unit: DirectJSON {}
