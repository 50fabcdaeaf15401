import Testing
@testable import RecTrackCore
import RecTrackTestSupport

@Suite("Entries that repeat an earlier one, in short and long lists")
struct RepeatedEntriesTests {
    @Test(arguments: [0, 1, 5, 16, 17, 400])
    func repeatsAreFoundTheSameWayAtAnyLength(_ count: Int) {
        // Every third item repeats the key of the item before it.
        let keys = (0..<count).map { $0 % 3 == 2 ? "key-\($0 - 1)" : "key-\($0)" }
        let expected = (0..<count).filter { $0 % 3 == 2 }
        #expect(Repeats.positions(in: count) { keys[$0] } == expected)
    }

    @Test func aThirdCopyIsReportedToo() {
        let keys = ["a", "b", "a", "a"]
        #expect(Repeats.positions(in: keys.count) { keys[$0] } == [2, 3])
    }

    @Test(arguments: [3, 40])
    func aBearingNamedTwiceIsWarnedOnceForEachRepeat(_ entries: Int) {
        var tracker = TestTracker()
        let bears: [(String, String?, String)] = (0..<entries).map { index in ("R1", index == 1 ? "second" : "first", "progresses") }
        tracker.add("2020-01-15", "repeats", bears: bears)
        let result = tracker.load()
        let warnings = result.diagnostics.diagnostics.filter { $0.message.contains("is named twice in bears-on") }
        #expect(!result.diagnostics.hasErrors)
        #expect(warnings.count == entries - 2)
        #expect(warnings.allSatisfy { $0.message.hasPrefix("R1 milestone 'first'") })
        // The evidence still counts once for R1.
        let evaluator = Evaluator(tracker: result.tracker!)
        #expect(evaluator.evaluate(asOf: FixedToday.day).evidence(for: "R1").count == 1)
    }
}
