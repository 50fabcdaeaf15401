import Foundation
import RecTrackTestSupport

/// Runs Debian's headless Chromium on a generated page: its DOM, its console, a screenshot.
struct Chromium {
    /// The executable.
    let path: String
    /// Where logs and profiles go.
    let workFolder: URL

    /// `chromium` on PATH, if installed.
    static var installedPath: String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = "\(folder)/chromium"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// True under CI (`CI=true`), where the browser test must run and a missing Chromium is a failure.
    static var underCI: Bool {
        let value = (ProcessInfo.processInfo.environment["CI"] ?? "").lowercased()
        return value == "true" || value == "1"
    }

    /// What one run of Chromium produced.
    struct Run {
        /// Standard output (the DOM, with `--dump-dom`).
        let output: String
        /// Console messages Chromium logged: any line with `CONSOLE` or `Uncaught`.
        let console: [String]
        /// The exit status.
        let status: Int32
    }

    /// The page's DOM after loading, and its console messages.
    func dumpDOM(_ page: URL, name: String) throws -> Run {
        try run(name: name, ["--dump-dom", page.absoluteString])
    }

    /// A screenshot of the page at a window size; returns the run (for its console).
    func screenshot(_ page: URL, to file: URL, width: Int, height: Int, name: String) throws -> Run {
        try? FileManager.default.removeItem(at: file)
        return try run(name: name, ["--screenshot=\(file.path)", "--window-size=\(width),\(height)", page.absoluteString])
    }

    /// The page printed to a PDF file (A4, as its stylesheet asks), without the browser's own header and footer.
    func printToPDF(_ page: URL, to file: URL, name: String) throws -> Run {
        try? FileManager.default.removeItem(at: file)
        return try run(name: name, ["--no-pdf-header-footer", "--print-to-pdf=\(file.path)", page.absoluteString])
    }

    /// The page's DOM once its scripts have had `milliseconds` of (virtual) time after loading, so that work they
    /// start on load and finish later (axe-core's checks) is done before the DOM is dumped.
    func dumpDOM(_ page: URL, waiting milliseconds: Int, name: String) throws -> Run {
        try run(name: name, ["--virtual-time-budget=\(milliseconds)", "--dump-dom", page.absoluteString])
    }

    /// The page's DOM after loading in a window of the given size (scripts that measure the layout see it).
    func dumpDOM(_ page: URL, width: Int, height: Int, name: String) throws -> Run {
        try run(name: name, ["--window-size=\(width),\(height)", "--dump-dom", page.absoluteString])
    }

    private func run(name: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> Run {
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let profile = workFolder.appendingPathComponent("profile-\(name)")
        try? FileManager.default.removeItem(at: profile)
        defer { try? FileManager.default.removeItem(at: profile) }
        let options = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                       "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                       "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0"]
        // The browser gets the tests' whole environment (HOME, XDG folders), not the runner's small fixed one.
        let result = try BinaryRunner.run(options + arguments, environment: ProcessInfo.processInfo.environment,
                                          executable: URL(fileURLWithPath: path), timeout: timeout)
        // Kept for a look after a failure.
        try? Data(result.stdout.utf8).write(to: workFolder.appendingPathComponent("\(name).stdout"))
        try? Data(result.stderr.utf8).write(to: workFolder.appendingPathComponent("\(name).stderr"))
        let console = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
        return Run(output: result.stdout, console: console, status: result.status)
    }
}

/// The width and height of a PNG, from its header.
enum PNGSize {
    static func of(_ url: URL) -> (width: Int, height: Int)? {
        guard let data = try? Data(contentsOf: url), data.count > 24,
              data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        func number(_ offset: Int) -> Int { data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }
}

/// The pages of a PDF file, counted from its page objects (Chromium writes them uncompressed).
enum PDFPages {
    static func count(_ url: URL) -> Int? {
        guard let data = try? Data(contentsOf: url), data.starts(with: Data("%PDF".utf8)) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?![a-zA-Z])/).count
    }
}
