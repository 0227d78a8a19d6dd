/// A web origin, `scheme://host[:port]`, as a browser sends it in `Origin` and CSP lists it in `frame-ancestors`.
public struct WebOrigin: Sendable, Hashable {
    /// `http` or `https`.
    public let scheme: String
    /// The host in lowercase; an IPv6 address keeps its brackets.
    public let host: String
    public let port: Int

    /// Reads an origin: `http` or `https`, a host of letters, digits, dots and hyphens (or a bracketed IPv6 address), an
    /// optional port, and at most a trailing `/`; nil for anything else, wildcards and paths included.
    ///
    /// Strict because the text goes into a response header: a space, a semicolon or a line break would add a directive
    /// of the caller's choosing to the page's policy.
    public init?(_ text: String) {
        var rest = Substring(text)
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        let lowered = rest.lowercased()
        if lowered.hasPrefix("https://") {
            scheme = "https"
        } else if lowered.hasPrefix("http://") {
            scheme = "http"
        } else {
            return nil
        }
        guard let authority = Authority(String(lowered.dropFirst(scheme.count + 3))) else { return nil }
        host = authority.host
        port = authority.port ?? (scheme == "https" ? 443 : 80)
    }

    /// Creates an origin from its parts.
    public init(scheme: String, host: String, port: Int) {
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    /// The origin as a browser writes it: the port only when it is not the scheme's own.
    public var serialized: String {
        let defaultPort = scheme == "https" ? 443 : 80
        return "\(scheme)://\(host)" + (port == defaultPort ? "" : ":\(port)")
    }
}

/// The `host[:port]` of a Host header or an origin.
struct Authority: Equatable {
    /// Lowercase; an IPv6 address keeps its brackets.
    var host: String
    var port: Int?

    /// Reads `name`, `name:port`, `[v6]` or `[v6]:port`; nil for anything else.
    init?(_ text: String) {
        let lowered = text.lowercased()
        var hostPart: Substring, portPart: Substring?
        if lowered.hasPrefix("[") {
            guard let close = lowered.firstIndex(of: "]") else { return nil }
            hostPart = lowered[...close]
            let after = lowered[lowered.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return nil }
                portPart = after.dropFirst()
            }
            guard ListenAddress(String(hostPart)).map({ $0.family == .v6 }) == true else { return nil }
        } else {
            let pieces = lowered.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            hostPart = pieces[0]
            portPart = pieces.count > 1 ? pieces[1] : nil
            let labelCharacter = { (byte: UInt8) in
                (97...122).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            }
            guard !hostPart.isEmpty, hostPart.utf8.allSatisfy(labelCharacter), !hostPart.hasPrefix("."), !hostPart.hasPrefix("-") else {
                return nil
            }
        }
        host = String(hostPart)
        if let portPart {
            guard !portPart.isEmpty, portPart.utf8.count <= 5, portPart.utf8.allSatisfy({ (48...57).contains($0) }),
                  let number = Int(portPart), (1...65535).contains(number) else { return nil }
            port = number
        } else {
            port = nil
        }
    }
}
