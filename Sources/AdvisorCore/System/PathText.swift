/// File paths taken apart as text, the way `NSString`'s path methods do for the paths the advisor handles.
///
/// `NSString` is Foundation's, which the advisor no longer links (see `FixedPoint`). `FoundationReplacementTests` holds these to
/// `NSString` over random paths of letters, dots and slashes.
public enum PathText {
    /// The last component: "log.jsonl" for "a/b/log.jsonl", "b" for "a/b/", "/" for "/", "" for "".
    public static func lastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// The path without its last component: "a/b" for "a/b/log.jsonl", "/" for "/log", "" for "log".
    public static func folder(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let head = withoutTrailingSlashes(String(trimmed[..<slash]))
        return head.isEmpty ? "/" : head
    }

    /// The path with one more component: "a/b" and "c" give "a/b/c"; an empty path gives the component alone.
    public static func appending(_ component: String, to path: String) -> String {
        if path.isEmpty { return component }
        let head = withoutTrailingSlashes(path)
        if component.isEmpty { return head }
        return head == "/" ? "/" + component : head + "/" + component
    }

    /// The path with trailing slashes dropped, except a lone "/".
    private static func withoutTrailingSlashes(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.last == "/" { text = text.dropLast() }
        return String(text)
    }
}
