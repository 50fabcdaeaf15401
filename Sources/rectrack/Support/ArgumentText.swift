#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecTrackCore

/// The command line as the bytes the shell gave. Swift's `CommandLine.arguments` replaces bytes that are not UTF-8
/// with U+FFFD, so `evidence add --title` would write a changed title without a word: such an argument is refused first.
enum ArgumentText {
    /// What is wrong with the first argument that is not UTF-8 text, or nil when all are.
    static func firstNotUTF8() -> String? {
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
            if String(validating: bytes, as: UTF8.self) == nil {
                let shown = String(decoding: bytes, as: UTF8.self)
                return "argument \(index) ('\(SafeText.neutralised(shown))') is not UTF-8 text (� marks the bytes that are not); rectrack takes its arguments as UTF-8, so that text is kept exactly as typed: give it in UTF-8"
            }
        }
        return nil
    }
}
