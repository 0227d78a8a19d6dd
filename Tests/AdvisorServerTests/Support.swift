import AdvisorCore
@testable import AdvisorServer
import Foundation
import Glibc
import Knowledge
import Synchronization
import Testing

/// A folder of the test's own, removed by the caller.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

let loopback = ListenAddress("127.0.0.1")!

/// A service as `advisor serve` builds it on 127.0.0.1, for tests that need no socket.
func makeService(port: Int = 8080, token: String? = nil, frameAncestors: [String] = [], log: AuditLog? = nil,
                 language: Language = .en, policy: Policy = .builtIn) throws -> AdvisorService {
    let rules = AccessRules(address: loopback, port: port, frameAncestors: frameAncestors.compactMap(WebOrigin.init), token: token)
    let trail = try log.map { try AuditTrail($0, policy: policy) }
    return try AdvisorService(settings: .init(policy: policy, language: language, rules: rules), trail: trail)
}

/// A request as a browser on the same machine sends it.
func request(_ method: String, _ target: String, port: Int = 8080, body: String? = nil, headers: [String: String] = [:]) -> HTTPRequest {
    var list = [HTTPHeader("Host", "127.0.0.1:\(port)")]
    if body != nil { list.append(HTTPHeader("Content-Type", "application/json")) }
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
        list.removeAll { $0.name.lowercased() == name.lowercased() }
        list.append(HTTPHeader(name, value))
    }
    return HTTPRequest(method: method, target: target, headers: list, body: Array((body ?? "").utf8))
}

/// The `{"error": {...}}` of an error answer, decoded.
struct ErrorAnswer: Decodable {
    struct Detail: Decodable {
        var message: String
        var status: Int
        var problems: [Problem]?
    }
    struct Problem: Decodable {
        var path: String
        var line: Int?
        var column: Int?
        var message: String
    }
    var error: Detail
}

extension HTTPResponse {
    var text: String { String(decoding: body, as: UTF8.self) }

    func decoded<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(body))
    }
}

/// One exchange over a real socket: what came back, read to the end of the connection.
struct RawAnswer {
    var status: Int?
    var head: String
    var body: [UInt8]
    /// The connection ended in a reset rather than a close.
    var reset: Bool

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        for line in head.split(separator: "\r\n").dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == name.lowercased() { return parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }
}

/// A blocking TCP client, enough to say anything to the server, well-formed or not.
final class RawClient {
    let fd: Int32

    /// Connects to 127.0.0.1:`port`; reads give up after `timeout` seconds, so a test never hangs on a server bug.
    init(port: Int, timeout: Int = 10) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        guard connected == 0 else {
            close(fd)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    deinit { close(fd) }

    /// Sends bytes; false when the server stopped taking them.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    /// Reads until the server closes, and splits the answer into head and body.
    func readAnswer() -> RawAnswer {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var reset = false
        while true {
            let received = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if received < 0 && errno == EINTR { continue }
            if received < 0 { reset = errno == ECONNRESET; break }
            if received == 0 { break }
            bytes.append(contentsOf: chunk[0..<received])
        }
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<($0 + 4)]) == separator }) else {
            return RawAnswer(status: nil, head: String(decoding: bytes, as: UTF8.self), body: [], reset: reset)
        }
        let head = String(decoding: bytes[0..<end], as: UTF8.self)
        let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        return RawAnswer(status: status, head: head, body: Array(bytes[(end + 4)...]), reset: reset)
    }

    /// Sends a whole request and reads the answer.
    static func exchange(port: Int, _ text: String) throws -> RawAnswer {
        let client = try RawClient(port: port)
        client.send(text)
        return client.readAnswer()
    }
}

/// A request's text with the headers a browser would send, and a Content-Length for the body.
func requestText(_ method: String, _ target: String, port: Int, body: String? = nil, headers: [String] = []) -> String {
    var lines = ["\(method) \(target) HTTP/1.1", "Host: 127.0.0.1:\(port)"] + headers
    if let body {
        lines.append("Content-Type: application/json")
        lines.append("Content-Length: \(body.utf8.count)")
    }
    return lines.joined(separator: "\r\n") + "\r\n\r\n" + (body ?? "")
}

/// A server on 127.0.0.1 at a free port, running until `stop()`.
final class RunningServer {
    let server: HTTPServer
    let port: Int
    let service: AdvisorService

    init(token: String? = nil, frameAncestors: [String] = [], log: AuditLog? = nil, limits: ServerLimits = ServerLimits()) throws {
        let listener = try Listener(address: loopback, port: 0)
        port = listener.port
        service = try makeService(port: listener.port, token: token, frameAncestors: frameAncestors, log: log)
        server = HTTPServer(listener: listener, responder: service, limits: limits)
        server.start()
    }

    func stop() {
        server.stop()
    }
}

/// A value shared between test threads, behind a lock.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) {
        mutex = Mutex(value)
    }

    func withLock<Result: Sendable>(_ body: (inout Value) -> Result) -> Result {
        mutex.withLock { body(&$0) }
    }
}
