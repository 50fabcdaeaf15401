extension Assessment {
    /// Every evidence id this assessment rests on: those its reasons cite, those bearing on its
    /// milestones, and those reporting its metrics' figures.
    public var evidenceUsed: Set<String> {
        var ids = Set(evidence)
        for milestone in milestones { ids.formUnion(milestone.evidence) }
        for metric in metrics { ids.formUnion(metric.series.map(\.evidence)) }
        return ids
    }
}
