/// Why a well-formed request is still not served.
public enum Refusal: Sendable, Equatable {
    /// The Host header names a server this is not: a DNS-rebinding page, or a misrouted request.
    case wrongHost(String)
    /// A state-changing request sent by a page of another origin.
    case crossOrigin(String)
    /// An /api request without the token.
    case missingToken
    /// An /api request with a token that is not the server's.
    case wrongToken

    /// The status the refusal is answered with.
    public var status: Int {
        switch self {
        case .wrongHost: 421
        case .crossOrigin: 403
        case .missingToken, .wrongToken: 401
        }
    }
}

/// Who may use the server: the names it answers to, the origins that may change its state, and the token.
///
/// Pure rules over a request's headers, checked before any handler runs (docs/DESIGN.md, "The server").
public struct AccessRules: Sendable {
    /// The port the server listens on.
    public let port: Int
    /// Host names (lowercase, IPv6 in brackets) accepted with the listening port.
    let hostNames: Set<String>
    /// Listening on every interface: any IP address literal is one of this server's addresses.
    let anyAddressLiteral: Bool
    /// Origins the server is reached by through a proxy or a DNS name; their hosts are accepted with their own ports.
    public let publicOrigins: [WebOrigin]
    /// Help-desk origins allowed to frame the page, and so to send it requests.
    public let frameAncestors: [WebOrigin]
    /// The token every /api request must carry, or nil.
    let token: String?

    /// Rules for a server listening on `address` and `port`.
    /// - Parameters:
    ///   - address: Where the server listens.
    ///   - port: The port it got (never 0).
    ///   - machineName: This machine's host name, accepted where the address reaches beyond loopback.
    ///   - publicOrigins: Origins the server is reached by through a proxy or a DNS name.
    ///   - frameAncestors: Origins allowed to frame the page.
    ///   - token: The token, or nil for none.
    public init(address: ListenAddress, port: Int, machineName: String? = nil, publicOrigins: [WebOrigin] = [],
                frameAncestors: [WebOrigin] = [], token: String? = nil) {
        self.port = port
        var names: Set<String> = []
        if address.isLoopback || address.isUnspecified { names.insert("localhost") }
        if !address.isUnspecified { names.insert(address.urlHost.lowercased()) }
        if !address.isLoopback, let machineName, Authority(machineName)?.port == nil { names.insert(machineName.lowercased()) }
        hostNames = names
        anyAddressLiteral = address.isUnspecified
        self.publicOrigins = publicOrigins
        self.frameAncestors = frameAncestors
        self.token = token
    }

    /// An address the server answers to, for messages: the first public origin, else a name with the port.
    public var exampleAddress: String {
        publicOrigins.first?.serialized ?? "http://\(hostNames.sorted().first ?? "localhost"):\(port)"
    }

    /// The first rule the request breaks, checked in the order that tells the client least: Host, token, origin.
    public func check(_ request: HTTPRequest) -> Refusal? {
        checkHost(request) ?? checkToken(request) ?? checkOrigin(request)
    }

    /// Refuses a Host this server does not answer to, so a page whose name was rebound to 127.0.0.1 gets nothing.
    public func checkHost(_ request: HTTPRequest) -> Refusal? {
        let value = request.header("host") ?? ""
        guard let authority = Authority(value) else { return .wrongHost(value) }
        if (authority.port ?? 80) == port, hostNames.contains(authority.host)
            || anyAddressLiteral && ListenAddress.isAddressLiteral(authority.host) {
            return nil
        }
        for origin in publicOrigins where origin.host == authority.host && (authority.port ?? Self.defaultPort(origin.scheme)) == origin.port {
            return nil
        }
        return .wrongHost(value)
    }

    /// Refuses a state-changing request from a page of another origin; a request with no `Origin` (not from a
    /// browser page) passes, `Origin: null` (a sandboxed frame, a file) does not.
    public func checkOrigin(_ request: HTTPRequest) -> Refusal? {
        guard request.method != "GET", request.method != "HEAD", let value = request.header("origin") else { return nil }
        guard let origin = WebOrigin(value) else { return .crossOrigin(value) }
        if publicOrigins.contains(origin) || frameAncestors.contains(origin) { return nil }
        // The page's own origin, as the browser reached it: plain HTTP at the Host it named, which checkHost vouched for.
        if let host = request.header("host").flatMap(Authority.init), origin.scheme == "http", origin.host == host.host,
           origin.port == host.port ?? 80 {
            return nil
        }
        return .crossOrigin(value)
    }

    /// Refuses an /api request without the server's token in `Authorization: Bearer …`; the page and /healthz need none.
    public func checkToken(_ request: HTTPRequest) -> Refusal? {
        guard let token, request.path.hasPrefix("/api/") else { return nil }
        guard let value = request.header("authorization") else { return .missingToken }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return .missingToken }
        return Self.sameBytes(Array(parts[1].trimmingSpaces.utf8), Array(token.utf8)) ? nil : .wrongToken
    }

    /// Compares in time that depends on the lengths only, so the token cannot be guessed a byte at a time.
    static func sameBytes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard !b.isEmpty else { return false }
        var difference = a.count ^ b.count
        for index in 0..<max(a.count, b.count) {
            difference |= Int(a.isEmpty ? 1 : a[index % a.count] ^ b[index % b.count])
        }
        return difference == 0
    }

    static func defaultPort(_ scheme: String) -> Int {
        scheme == "https" ? 443 : 80
    }
}
