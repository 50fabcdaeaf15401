/// Puts evidence in its canonical order: by date (the last day it can mean, then the first), then id.
enum EvidenceOrder {
    /// The evidence in canonical order.
    ///
    /// Files arrive in path order, which is nearly date order but not quite (`a-b.yaml` sorts before
    /// `a.yaml`, while id `a` sorts before `a-b`), so a sort usually runs. Comparing through each
    /// evidence's box costs reference counts and tuple copies per comparison; the dates are taken
    /// out once as integers instead, and ids are compared only between evidence of the same date.
    static func byDate(_ evidence: [Evidence]) -> [Evidence] {
        let keys = evidence.map { DateKey($0.date) }
        let ids = evidence.map { $0.id }
        func precedes(_ a: Int, _ b: Int) -> Bool {
            keys[a] != keys[b] ? keys[a] < keys[b] : ids[a] < ids[b]
        }
        return Array(evidence.indices).sortedIfNeeded(by: precedes).map { evidence[$0] }
    }

    /// A fact date as two integers that order as ``FactDate`` does.
    private struct DateKey: Comparable {
        let latest: Int
        let earliest: Int

        init(_ date: FactDate) {
            latest = DateKey.number(date.latest)
            earliest = DateKey.number(date.earliest)
        }

        private static func number(_ day: Day) -> Int { (day.year * 100 + day.month) * 100 + day.day }

        static func < (a: DateKey, b: DateKey) -> Bool {
            a.latest != b.latest ? a.latest < b.latest : a.earliest < b.earliest
        }
    }
}
