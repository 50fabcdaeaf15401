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
            ]
        ),
        .testTarget(name: "RecTrackCoreTests", dependencies: ["RecTrackCore", "RecTrackProtocols"], resources: []),
        .testTarget(name: "RecTrackProtocolsTests", dependencies: ["RecTrackCore", "RecTrackProtocols"]),
        .testTarget(name: "RecTrackReportsTests", dependencies: ["RecTrackCore", "RecTrackProtocols", "RecTrackReports"],
                    exclude: ["Fixtures", "__Snapshots__"]),
        .testTarget(name: "rectrackTests", dependencies: ["RecTrackCore", "RecTrackReports", "rectrack"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
