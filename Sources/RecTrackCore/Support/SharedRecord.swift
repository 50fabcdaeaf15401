/// A value's facts kept in one shared box, copied only when a copy is changed: what makes ``Evidence`` and
/// ``Recommendation`` cost one reference count to copy, not one for each of their strings and lists.
@usableFromInline
struct SharedRecord<Record: Sendable>: Sendable {
    @usableFromInline
    final class Storage: @unchecked Sendable {
        // Only ever mutated after `isKnownUniquelyReferenced`, so sharing it is safe, and no two accesses can
        // overlap: the run-time exclusivity check on every read of every fact would buy nothing.
        @exclusivity(unchecked) @usableFromInline var record: Record
        @usableFromInline init(_ record: Record) { self.record = record }
    }

    @usableFromInline var storage: Storage

    @usableFromInline init(_ record: Record) { storage = Storage(record) }

    /// The facts, read in place.
    @inlinable var record: Record { _read { yield storage.record } }

    /// One fact; setting it copies the shared box first when another copy holds it.
    // Inlinable so that a literal key path folds into a plain load in every module.
    @inlinable
    subscript<Value>(field: WritableKeyPath<Record, Value>) -> Value {
        get { storage.record[keyPath: field] }
        set {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.record) }
            storage.record[keyPath: field] = newValue
        }
    }
}
