import Foundation
import RecTrackTestSupport
import Testing

/// The runner every end-to-end test relies on: what it passes in, what it gives back, and that it never hangs.
struct BinaryRunnerTests {
    private let shell = URL(fileURLWithPath: "/bin/sh")

    @Test("Standard input reaches the program; output, errors and the exit status come back apart; the environment is fixed")
    func streams() throws {
        let result = try BinaryRunner.run(["-c", "read line; echo \"out $line $RECTRACK_TODAY ${HOME:-no-home}\"; echo err >&2; exit 3"],
                                          input: "typed\n", executable: shell)
        #expect(result == RunResult(status: 3, stdout: "out typed \(FixedToday.shippedTrackerText) no-home\n", stderr: "err\n"))
    }

    @Test("A run past its time limit is killed and fails the test instead of hanging it")
    func timeLimit() throws {
        let started = Date()
        // exec: the shell becomes the sleep, as rectrack would be the process that hangs.
        #expect(throws: TestSetupError.self) { try BinaryRunner.run(["-c", "exec sleep 30"], executable: shell, timeout: 1) }
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
