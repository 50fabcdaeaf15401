/// Cheap pieces of a relative path, for checks that run once per evidence file.
enum PathParts {
    /// `x.yaml` of `Evidence/2020/x.yaml`.
    static func fileName(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// `x` of `x.yaml` or `x.yml`.
    static func stem(_ name: String) -> String {
        if name.hasSuffix(".yaml") { return String(name.utf8.dropLast(5))! }
        if name.hasSuffix(".yml") { return String(name.utf8.dropLast(4))! }
        return name
    }

    /// `2020` of `Evidence/2020/x.yaml`; nil for a file at the top.
    static func parentName(_ path: String) -> String? {
        let utf8 = path.utf8
        guard let last = utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let head = utf8[..<last]
        let start = head.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        return String(path[start..<last])
    }
}
