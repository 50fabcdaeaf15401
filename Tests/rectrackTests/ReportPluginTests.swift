import Foundation
import RecTrackTestSupport
import Testing

/// `report` evaluates exactly as `status` does, external plugins included: the same `--allow-plugins`.
@Suite struct ReportPluginTests {
    /// The quarterly fixture with R1 assessed by the example plugin, kept in a folder outside the tracker.
    func trackerWithOutsidePlugin() throws -> (TemporaryFolder, plugins: TemporaryFolder) {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.write("Recommendations/R01.yaml", """
        id: R1
        number: 1
        title: Publish a workforce strategy
        text: The Department for Education should publish a strategy for the children's social care workforce.
        theme: Workforce
        owners: [DfE]
        protocol:
          kind: all-of
          parts:
            - kind: milestones
              milestones: [{id: strategy-published, title: DfE publishes a workforce strategy}]
            - kind: external
              command: milestone-count
              timeout: 10
              parameters: {milestones: "strategy-published"}
        """)
        let plugins = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixtures.inPackage("examples/plugins/milestone-count").path,
                                         toPath: plugins.path("milestone-count"))
        return (folder, plugins)
    }

    @Test("report --allow-plugins runs the plugin, as status does; without it neither runs it")
    func reportTakesPluginOptions() throws {
        let (folder, plugins) = try trackerWithOutsidePlugin()
        let allowed = try folder.run("report", "--format", "markdown", "--allow-plugins", plugins.path, today: "2025-12-31")
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(!allowed.stdout.contains("Could not be assessed"), "\(allowed.stdout)")
        let status = try folder.run("status", "--format", "csv", "--allow-plugins", plugins.path, today: "2025-12-31")
        let refused = try folder.run("report", "--format", "markdown", today: "2025-12-31")
        #expect(refused.status == 0, "\(refused.stderr)")
        #expect(refused.stdout.contains("Could not be assessed"), "\(refused.stdout)")
        // The plugin ran (nothing achieves its milestone, a consultation progresses it): both commands say limited.
        #expect(status.stdout.split(separator: "\n").contains { $0.hasPrefix("1,R1,") && $0.contains(",limited,25,") }, "\(status.stdout)")
        #expect(allowed.stdout.contains("| 1 | Publish a workforce strategy | DfE | **Limited** | 25% |"), "\(allowed.stdout)")
    }

    @Test("--allow-plugins with a folder that is not there is a usage error, not a silent 'plugin not found' later",
          arguments: ["/nonexistent-plugins-folder", "README.md"])
    func allowedFolderMustExist(_ path: String) throws {
        let result = try BinaryRunner.run(["status", "--allow-plugins", path])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --allow-plugins \(path) is not a folder: give the folder that holds the plugins\n"), "\(result.stderr)")
    }

    @Test("report --help names --allow-plugins")
    func helpNamesPluginOption() throws {
        let help = try BinaryRunner.run(["report", "--help"])
        #expect(help.stdout.contains("--allow-plugins"))
    }
}
