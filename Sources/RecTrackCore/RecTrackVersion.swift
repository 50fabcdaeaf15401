/// rectrack's version, written into every report and snapshot.
public enum RecTrackVersion {
    /// The version string.
    public static let current = "0.1.0"
}
