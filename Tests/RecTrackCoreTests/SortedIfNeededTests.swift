import Testing
@testable import RecTrackCore

@Suite("Sorting what is usually in order already")
struct SortedIfNeededTests {
    @Test(arguments: [[], [1], [1, 2, 2, 3], [3, 1, 2], [2, 2, 1], [5, 4, 3, 2, 1]])
    func givesWhatASortGives(_ numbers: [Int]) {
        #expect(numbers.sortedIfNeeded(by: <) == numbers.sorted())
    }

    @Test func keepsEqualItemsInTheirOrderLikeTheStableSort() {
        let pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
        let sorted = pairs.sortedIfNeeded { $0.0 < $1.0 }.map(\.1)
        #expect(sorted == pairs.sorted { $0.0 < $1.0 }.map(\.1))
        #expect(sorted == ["b", "d", "a", "c"])
        let inOrder = [(0, "x"), (0, "y"), (1, "z")]
        #expect(inOrder.sortedIfNeeded { $0.0 < $1.0 }.map(\.1) == ["x", "y", "z"])
    }
}
