/// Finds `supersedes` links that come back round to where they started: evidence in such a cycle would hide
/// itself, and vanish from every assessment with no word said.
enum SupersessionCycles {
    /// An error at the `supersedes` of every evidence in a cycle, naming every member in order.
    static func diagnostics(_ evidence: [Evidence]) -> [Diagnostic] {
        // Only evidence that supersedes something can be on a cycle; index it by id (the first of a repeated id).
        var position: [String: Int] = [:]
        for (index, item) in evidence.enumerated() where !item.supersedes.isEmpty && position[item.id] == nil {
            position[item.id] = index
        }
        guard !position.isEmpty else { return [] }
        let edges = Dictionary(uniqueKeysWithValues: position.values.map { index in (index, evidence[index].supersedes.compactMap { position[$0] }) })
        var diagnostics: [Diagnostic] = []
        for cycle in cycles(in: edges) {
            let names = cycle.map { evidence[$0].id }
            let path = (names + [names[0]]).joined(separator: " → ")
            for member in cycle.sorted(by: { evidence[$0].path < evidence[$1].path }) {
                let item = evidence[member]
                diagnostics.append(Diagnostic(.supersedesCycle, path: item.path, at: item.keyLocations["supersedes"],
                    "'supersedes' goes round in a cycle: \(path); evidence that supersedes itself, directly or through others, would vanish from every assessment. Remove the link that is wrong"))
            }
        }
        return diagnostics
    }

    /// The strongly connected components with more than one member, or one member that names itself, each in the
    /// order the links run from its smallest index; found without recursion (Tarjan's algorithm).
    static func cycles(in edges: [Int: [Int]]) -> [[Int]] {
        var index = 0, indices: [Int: Int] = [:], lowlinks: [Int: Int] = [:]
        var stack: [Int] = [], onStack = Set<Int>(), components: [[Int]] = []
        for start in edges.keys.sorted() where indices[start] == nil {
            var work: [(node: Int, next: Int)] = [(start, 0)]
            indices[start] = index; lowlinks[start] = index; index += 1
            stack.append(start); onStack.insert(start)
            while let (node, next) = work.last {
                let targets = edges[node] ?? []
                if next < targets.count {
                    work[work.count - 1].next += 1
                    let target = targets[next]
                    if indices[target] == nil {
                        indices[target] = index; lowlinks[target] = index; index += 1
                        stack.append(target); onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowlinks[node] = min(lowlinks[node]!, indices[target]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowlinks[parent] = min(lowlinks[parent]!, lowlinks[node]!) }
                guard lowlinks[node] == indices[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack.remove(member)
                    component.append(member)
                    if member == node { break }
                }
                if component.count > 1 || (edges[node] ?? []).contains(node) {
                    components.append(ordered(component, edges: edges))
                }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }

    /// The members of a cycle in the order the links run, from the smallest.
    private static func ordered(_ members: [Int], edges: [Int: [Int]]) -> [Int] {
        let inCycle = Set(members)
        var order = [members.min()!]
        while order.count < members.count, let next = edges[order.last!]?.first(where: { inCycle.contains($0) && !order.contains($0) }) {
            order.append(next)
        }
        return order.count == members.count ? order : members.sorted()
    }
}
