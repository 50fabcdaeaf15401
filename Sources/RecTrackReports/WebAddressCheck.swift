import RecTrackCore

/// Which addresses may become links: http and https only.
public enum WebAddressCheck {
    /// True for a well-formed http(s) address.
    public static func isHTTP(_ url: String) -> Bool { WebAddress.isHTTP(url) }
}
