import Foundation
import Testing
import RecTrackCore
import RecTrackTestSupport

/// One file of `Tests/Fixtures/bad-input`: placed at its `# path:` in a copy of the base tracker,
/// it must produce exactly the diagnostics its `# expect:` lines give, in order.
struct BadInputFixture: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let path: String
    let expected: [String]

    var testDescription: String { name }

    static let folder = Fixtures.url("bad-input")

    static let all: [BadInputFixture] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let bytes = [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data())
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let path = lines.first { $0.hasPrefix("# path: ") }.map { String($0.dropFirst(8)) } ?? ""
            let expected = lines.filter { $0.hasPrefix("# expect: ") }.map { String($0.dropFirst(10)) }
            return BadInputFixture(name: String(name.dropLast(5)), bytes: bytes, path: path, expected: expected)
        }
    }()
}

@Suite("Bad input gives located diagnostics")
struct BadInputTests {
    @Test("there are at least 40 bad-input cases, each with a path and an expectation")
    func fixturesAreComplete() {
        #expect(BadInputFixture.all.count >= 40)
        for fixture in BadInputFixture.all {
            #expect(!fixture.path.isEmpty, "\(fixture.name) has no '# path:' line")
            #expect(!fixture.expected.isEmpty, "\(fixture.name) has no '# expect:' line")
        }
    }

    @Test(arguments: BadInputFixture.all)
    func diagnostics(_ fixture: BadInputFixture) throws {
        let tracker = try BaseTracker.copy()
        try tracker.write(fixture.path, bytes: fixture.bytes)
        #expect(BaseTracker.diagnostics(of: tracker.path) == fixture.expected)
    }

    @Test("the base tracker itself is clean")
    func baseTrackerIsClean() {
        #expect(BaseTracker.diagnostics(of: Fixtures.baseTracker.path) == [])
    }
}
