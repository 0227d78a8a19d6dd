/// The most a client may send or hold, so one client (or many) cannot exhaust the server.
public struct ServerLimits: Sendable, Equatable {
    /// The request line and headers together, in bytes; beyond it the answer is 431 (414 for the request line alone).
    public var headerBytes: Int
    /// Header lines in one request; beyond it the answer is 431.
    public var headerCount: Int
    /// The body, in bytes; a larger `Content-Length` is answered 413 before the body is read. An intake with the
    /// customer's words is a few kilobytes; a megabyte is as much as `advise --batch` takes on one line.
    public var bodyBytes: Int
    /// Seconds a client has to send its whole request, however it trickles it; then 408 and the connection closes.
    public var readSeconds: Double
    /// Seconds a response may take to be taken up by the client before the connection is dropped.
    public var writeSeconds: Double
    /// Connections served at once, each on its own thread; more are answered 503 and closed.
    public var connections: Int

    /// Creates limits.
    public init(headerBytes: Int = 16 * 1024, headerCount: Int = 64, bodyBytes: Int = 1024 * 1024,
                readSeconds: Double = 10, writeSeconds: Double = 10, connections: Int = 64) {
        self.headerBytes = headerBytes
        self.headerCount = headerCount
        self.bodyBytes = bodyBytes
        self.readSeconds = readSeconds
        self.writeSeconds = writeSeconds
        self.connections = connections
    }
}

/// Why a request was refused before any handler saw it, with the status that says so.
public enum HTTPFailure: Error, Sendable, Equatable {
    /// The request line is not `METHOD /target HTTP/1.x`.
    case malformedRequestLine
    /// A protocol other than HTTP/1.0 or 1.1.
    case unsupportedVersion(String)
    /// The request line alone is longer than the header limit.
    case targetTooLong(limit: Int)
    /// The request line and headers are longer than the limit.
    case headersTooLarge(limit: Int)
    /// More header lines than the limit.
    case tooManyHeaders(limit: Int)
    /// A header line (counted from 1 after the request line) that is not `Name: value`.
    case malformedHeader(line: Int)
    /// No `Host` header, or more than one.
    case hostMissingOrRepeated
    /// `Transfer-Encoding`, which this server does not read; bodies come with `Content-Length`.
    case transferEncoding
    /// A `Content-Length` that is not one whole number.
    case badContentLength
    /// A POST without `Content-Length`.
    case lengthRequired
    /// A body larger than the limit.
    case bodyTooLarge(limit: Int)
    /// The request did not arrive within the read limit.
    case timedOut(seconds: Double)
    /// Every connection slot is taken.
    case tooManyConnections(limit: Int)

    /// The status the failure is answered with.
    public var status: Int {
        switch self {
        case .malformedRequestLine, .malformedHeader, .hostMissingOrRepeated, .badContentLength: 400
        case .unsupportedVersion: 505
        case .targetTooLong: 414
        case .headersTooLarge, .tooManyHeaders: 431
        case .transferEncoding: 501
        case .lengthRequired: 411
        case .bodyTooLarge: 413
        case .timedOut: 408
        case .tooManyConnections: 503
        }
    }
}
