/// A node of a loaded YAML document, with its position.
///
/// Scalars stay text: the schema that reads a node decides what its text means,
/// so `no` is never silently a boolean and `2017-03-21` is a date only where a
/// date is expected.
public struct YAMLNode: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        /// A scalar's text; `plain` is false when it was quoted or a block scalar.
        case scalar(String, plain: Bool)
        /// A sequence's items in order.
        case sequence([YAMLNode])
        /// A mapping's entries in file order (keys are unique).
        case mapping([YAMLMappingEntry])
    }

    /// The node's content.
    public var content: Content
    /// Where the node starts.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar's text, or nil for collections.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// True for a plain scalar that YAML would read as null (`~`, `null`, or nothing).
    public var isNull: Bool {
        if case .scalar(let text, plain: true) = content {
            return text.utf8.count <= 4 && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
        }
        return false
    }

    /// A word for the node's shape, for messages: "a mapping", "a list", "text".
    public var shapeDescription: String {
        switch content {
        case .scalar: return isNull ? "nothing" : "'\(scalar!)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// One `key: value` of a mapping; keys are always scalars.
public struct YAMLMappingEntry: Sendable {
    /// The key's text.
    public var key: String
    /// Where the key is.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: YAMLNode
}
