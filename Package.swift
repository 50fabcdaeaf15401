// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "rectrack",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rectrack", targets: ["rectrack"]),
        .library(name: "RecTrackCore", targets: ["RecTrackCore"]),
        .library(name: "RecTrackProtocols", targets: ["RecTrackProtocols"]),
        .library(name: "RecTrackReports", targets: ["RecTrackReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "RecTrackCore", dependencies: ["CLibYAML"]),
        .systemLibrary(name: "CProcessControl"),
        .target(name: "RecTrackProtocols", dependencies: ["RecTrackCore", "CProcessControl"]),
        .target(name: "RecTrackReports", dependencies: ["RecTrackCore"]),
        .executableTarget(
            name: "rectrack",
            dependencies: [
                "RecTrackCore", "RecTrackProtocols", "RecTrackReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) takes the place of glibc's malloc in the tool: loading makes millions of
            // small allocations on both cores (libyaml's tokens and strings, the values read), and glibc's arenas spent a
            // sixth of `status`'s instructions on them. BENCHMARKS.md has the measurements.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // What every test target shares: the fixed today, the fixture locator, temporary folders, the golden-file
        // helper and the binary runner. Not a product; it depends on Core alone, so Core's tests stay free of the
        // built-in protocols.
        .target(name: "RecTrackTestSupport", dependencies: ["RecTrackCore"], path: "Tests/RecTrackTestSupport"),
        .testTarget(name: "RecTrackCoreTests", dependencies: ["RecTrackCore", "RecTrackTestSupport"]),
        // The renderers too, for the fuzz cases that run in the fuzz target and in these tests alike (RenderFuzzCase).
        .testTarget(name: "RecTrackProtocolsTests",
                    dependencies: ["RecTrackCore", "RecTrackProtocols", "RecTrackReports", "RecTrackTestSupport"]),
        .testTarget(name: "RecTrackReportsTests",
                    dependencies: ["RecTrackCore", "RecTrackProtocols", "RecTrackReports", "RecTrackTestSupport"]),
        .testTarget(name: "rectrackTests", dependencies: ["RecTrackCore", "RecTrackReports", "rectrack", "RecTrackTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
