import Glibc

/// The address the server listens on: an IPv4 or IPv6 literal, or `localhost`.
public struct ListenAddress: Sendable, Equatable {
    /// IPv4 or IPv6.
    public enum Family: Sendable, Equatable { case v4, v6 }

    /// The address as written in a URL's host: `127.0.0.1`, or `[::1]` for IPv6.
    public let urlHost: String
    public let family: Family
    /// The address's bytes in network order: 4 for IPv4, 16 for IPv6.
    public let bytes: [UInt8]

    /// Reads `127.0.0.1`, `0.0.0.0`, `::1`, `[::1]`, `::` or `localhost` (which is 127.0.0.1); nil for anything else.
    ///
    /// Names other than `localhost` are refused rather than resolved: a name that resolves to another address tomorrow
    /// would move the server out of loopback without anyone asking.
    public init?(_ text: String) {
        var literal = text
        if literal.lowercased() == "localhost" { literal = "127.0.0.1" }
        if literal.hasPrefix("["), literal.hasSuffix("]") { literal = String(literal.dropFirst().dropLast()) }
        if let v4 = Self.parse(literal, family: AF_INET, size: 4) {
            family = .v4
            bytes = v4
            urlHost = literal
        } else if let v6 = Self.parse(literal, family: AF_INET6, size: 16) {
            family = .v6
            bytes = v6
            urlHost = "[" + Self.format(v6) + "]"
        } else {
            return nil
        }
    }

    private static func parse(_ text: String, family: Int32, size: Int) -> [UInt8]? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var buffer = [UInt8](repeating: 0, count: size)
        return inet_pton(family, text, &buffer) == 1 ? buffer : nil
    }

    private static func format(_ v6: [UInt8]) -> String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        _ = inet_ntop(AF_INET6, v6, &text, socklen_t(text.count))
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether only this machine can reach the address: 127.0.0.0/8 or ::1.
    public var isLoopback: Bool {
        switch family {
        case .v4: bytes[0] == 127
        case .v6: bytes == [UInt8](repeating: 0, count: 15) + [1]
        }
    }

    /// Whether the address is "every interface": 0.0.0.0 or ::.
    public var isUnspecified: Bool {
        bytes.allSatisfy { $0 == 0 }
    }

    /// Whether `host` (as in a Host header, IPv6 in brackets) is an IP address literal.
    static func isAddressLiteral(_ host: String) -> Bool {
        guard let address = ListenAddress(host), host.lowercased() != "localhost" else { return false }
        return address.family == .v6 ? host.hasPrefix("[") : true
    }
}
