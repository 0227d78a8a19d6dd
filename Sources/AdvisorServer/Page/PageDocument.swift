import AdvisorCore
import FoundationEssentials

/// The agents' page as served: Web/advisor.html with its config in place, and the content security policy that lets
/// exactly its own script and style run.
struct PageDocument: Sendable {
    /// Where the page's template takes its config.
    static let configMarker = "@ADVISOR_CONFIG@"

    let html: [UInt8]
    let contentSecurityPolicy: String

    /// The page for a server with this config.
    /// - Parameters:
    ///   - config: What the page is told.
    ///   - frameAncestors: The origins allowed to frame it, besides its own.
    init(config: PageConfig, frameAncestors: [WebOrigin], template: String = GeneratedPage.html) throws {
        let parts = template.components(separatedBy: Self.configMarker)
        html = Array(parts[0].utf8) + (try config.scriptJSON()) + Array(parts.dropFirst().joined(separator: Self.configMarker).utf8)
        let scripts = Self.inlineContents(of: "script", in: template).map(Self.hashSource)
        let styles = Self.inlineContents(of: "style", in: template).map(Self.hashSource)
        contentSecurityPolicy = [
            "default-src 'none'",
            "script-src " + scripts.joined(separator: " "),
            "style-src " + styles.joined(separator: " "),
            "img-src 'self' blob:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            Self.frameAncestorsDirective(frameAncestors),
        ].joined(separator: "; ")
    }

    /// `frame-ancestors 'self'` and the help desks' origins.
    static func frameAncestorsDirective(_ origins: [WebOrigin]) -> String {
        (["frame-ancestors 'self'"] + origins.map(\.serialized)).joined(separator: " ")
    }

    /// The text of each `<tag>` element written with no attributes: the page's own script and style. The config's
    /// `<script type="application/json">` has attributes and is data, which no policy needs to allow.
    static func inlineContents(of tag: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let open = rest.firstRange(of: "<\(tag)>"), let close = rest[open.upperBound...].firstRange(of: "</\(tag)>") {
            found.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// A CSP hash source, `'sha256-…'` with the digest in base64, for an inline element's exact text.
    static func hashSource(_ text: String) -> String {
        let hex = Array(SHA256.hex(Array(text.utf8)).utf8)
        var digest: [UInt8] = []
        for index in stride(from: 0, to: hex.count, by: 2) {
            digest.append(hexValue(hex[index]) << 4 | hexValue(hex[index + 1]))
        }
        return "'sha256-" + Data(digest).base64EncodedString() + "'"
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") ? byte - UInt8(ascii: "a") + 10 : byte - UInt8(ascii: "0")
    }
}
