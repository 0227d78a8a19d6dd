/// The advisor's release version.
public enum AdvisorVersion {
    public static let current = "0.1.0"
}
