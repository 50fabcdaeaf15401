import Foundation
import RecTrackTestSupport
import Testing

/// On Linux the tool allocates with mimalloc rather than glibc's malloc (Package.swift says why): a build that lost the
/// link would still work, only slower, so nothing else would notice.
struct AllocatorTests {
    @Test("On Linux rectrack runs with mimalloc as its allocator", .enabled(if: isLinux))
    func linksMimalloc() throws {
        // MIMALLOC_VERBOSE makes mimalloc print its options as it starts; glibc's malloc ignores it.
        let result = try BinaryRunner.run(["--version"], environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("rectrack "))
        #expect(result.stderr.contains("mimalloc: option"), "rectrack did not start mimalloc; stderr: \(result.stderr.prefix(300))")
    }

    @Test("Without MIMALLOC_VERBOSE the allocator prints nothing of its own")
    func quietByDefault() throws {
        let result = try BinaryRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }
}

#if os(Linux)
private let isLinux = true
#else
private let isLinux = false
#endif
