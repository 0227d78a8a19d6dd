import AdvisorCore
@testable import AdvisorServer
import Foundation
import Glibc
import Knowledge
import Testing

/// The server through real sockets on 127.0.0.1: each endpoint, each kind of bad request, slow and surplus clients,
/// and many clients at once sharing one audit log.
@Suite struct SocketTests {
    static let token = "socket-test-token-0123456789"
    static let intake = #"{"category": "logistics-delay", "severity": "severe", "said": ["I know your CEO personally!"]}"#

    @Test func everyEndpointAnswersOverTheNetwork() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = AuditLog(path: folder.appendingPathComponent("audit.jsonl").path)
        let server = try RunningServer(token: Self.token, log: log)
        defer { server.stop() }
        let auth = ["Authorization: Bearer \(Self.token)"]
        let port = server.port

        let page = try RawClient.exchange(port: port, requestText("GET", "/", port: port))
        #expect(page.status == 200)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.text.contains("<script type=\"application/json\" id=\"config\">{"))
        #expect(try RawClient.exchange(port: port, requestText("GET", "/healthz", port: port)).status == 200)
        let head = try RawClient.exchange(port: port, requestText("HEAD", "/healthz", port: port))
        #expect(head.status == 200 && head.body.isEmpty && head.header("Content-Length") != "0", "HEAD: the GET's headers, no body")
        let policy = try RawClient.exchange(port: port, requestText("GET", "/api/policy", port: port, headers: auth))
        #expect(try JSONDecoder().decode(Policy.self, from: Data(policy.body)) == Policy.builtIn)

        let advised = try RawClient.exchange(port: port, requestText("POST", "/api/advise", port: port, body: Self.intake, headers: auth))
        #expect(advised.status == 200, "\(advised.text)")
        let advice = try JSONDecoder().decode(Advice.self, from: Data(advised.body))
        let id = try #require(advised.header("Advice-Id"))
        let picture = try RawClient.exchange(port: port, requestText("GET", try #require(advised.header("Advice-Picture")), port: port, headers: auth))
        #expect(picture.status == 200 && picture.text.hasPrefix("<svg"))
        #expect(picture.text == NegotiationPicture.svg(advice))

        let detected = try RawClient.exchange(port: port, requestText("POST", "/api/detect", port: port, body: #"{"text": "I know your CEO!"}"#, headers: auth))
        #expect(detected.status == 200 && detected.text.contains("\"marked\""))

        let outcome = #"{"adviceId": "\#(id)", "settled": "88", "accepted": true}"#
        let recorded = try RawClient.exchange(port: port, requestText("POST", "/api/outcome", port: port, body: outcome,
                                                                        headers: auth + ["Origin: http://127.0.0.1:\(port)"]))
        #expect(recorded.status == 201, "\(recorded.text)")
        let records = try log.read()
        #expect(records.damagedLines.isEmpty)
        #expect(records.records.count == 2)
    }

    /// Each wrong request, sent as bytes, gets its status and a JSON error; the server goes on serving.
    @Test(arguments: [
        ("POST /api/advise HTTP/1.1\r\nHost: H\r\nAuthorization: Bearer T\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n{\"catego", 400),
        ("PUT /api/advise HTTP/1.1\r\nHost: H\r\nAuthorization: Bearer T\r\nContent-Length: 2\r\n\r\n{}", 405),
        ("GET /api/advise HTTP/1.1\r\nHost: H\r\nAuthorization: Bearer T\r\n\r\n", 405),
        ("GET /secret HTTP/1.1\r\nHost: H\r\n\r\n", 404),
        ("GET / HTTP/1.1\r\nHost: H\r\nCookie: \(String(repeating: "a", count: 2000))\r\n\r\n", 431),
        ("GET / HTTP/1.1\r\nHost: H\r\n" + String(repeating: "X-A: b\r\n", count: 70) + "\r\n", 431),
        ("GET /\(String(repeating: "a", count: 2000)) HTTP/1.1\r\nHost: H\r\n\r\n", 414),
        ("POST /api/detect HTTP/1.1\r\nHost: H\r\nAuthorization: Bearer T\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n", 413),
        ("GET / HTTP/1.1\r\nHost: evil.example:1234\r\n\r\n", 421),
        ("POST /api/detect HTTP/1.1\r\nHost: H\r\nAuthorization: Bearer T\r\nOrigin: https://evil.example\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n{\"text\":\"a\"}", 403),
        ("GET /api/policy HTTP/1.1\r\nHost: H\r\n\r\n", 401),
        ("GET /api/policy HTTP/1.1\r\nHost: H\r\nAuthorization: Bearer not-the-token-at-all\r\n\r\n", 401),
        ("POST /api/detect HTTP/1.1\r\nHost: H\r\nAuthorization: Bearer T\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 501),
        ("GET / HTTP/2.0\r\nHost: H\r\n\r\n", 505),
        ("\u{16}\u{03}\u{01}\u{02}\u{00}\u{01}\u{00}\u{01}\u{fc}\u{03}\u{03}\r\n\r\n", 400),
    ])
    func badRequestsOfEveryKindGetTheirStatus(text: String, status: Int) throws {
        let server = try RunningServer(token: Self.token, limits: ServerLimits(headerBytes: 1024, headerCount: 64, bodyBytes: 2048, readSeconds: 5))
        defer { server.stop() }
        let sent = text.replacingOccurrences(of: "Host: H", with: "Host: 127.0.0.1:\(server.port)")
            .replacingOccurrences(of: "Bearer T", with: "Bearer \(Self.token)")
        let answer = try RawClient.exchange(port: server.port, sent)
        #expect(answer.status == status, "\(answer.head)\n\(answer.text)")
        let error = try JSONDecoder().decode(ErrorAnswer.self, from: Data(answer.body)).error
        #expect(error.status == status)
        #expect(try RawClient.exchange(port: server.port, requestText("GET", "/healthz", port: server.port)).status == 200)
    }

    /// A client still sending a body too large gets its 413 to read, not a reset connection.
    @Test func aBodyTooLargeIsRefusedWhileTheClientIsStillSending() throws {
        let server = try RunningServer(limits: ServerLimits(bodyBytes: 64 * 1024, readSeconds: 5))
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        let body = String(repeating: "a", count: 200 * 1024)
        client.send(requestText("POST", "/api/detect", port: server.port, body: body))
        let answer = client.readAnswer()
        #expect(answer.status == 413, "\(answer.head)")
        #expect(!answer.reset)
    }

    /// A client that stops mid-request, or trickles it a byte at a time, is answered 408 when its time is up.
    @Test(arguments: [false, true])
    func aSlowClientIsCutOffWith408(trickles: Bool) throws {
        let server = try RunningServer(limits: ServerLimits(readSeconds: 0.3))
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        let start = Array("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nX-Slow: ".utf8)
        client.send(start)
        if trickles {
            // A byte every 50 ms, until the server answers: however slow, each byte would reset a per-read timeout.
            for _ in 0..<200 {
                guard client.send([UInt8(ascii: "a")]), !RawClientReady.readable(client.fd, milliseconds: 50) else { break }
            }
        }
        let answer = client.readAnswer()
        #expect(answer.status == 408, "\(answer.head)")
        #expect(server.server.openConnections == 0 || waitUntil { server.server.openConnections == 0 }, "the connection is closed")
    }

    @Test func pastTheConnectionLimitAClientGets503AndThenIsServedOnceOthersLeave() throws {
        let server = try RunningServer(limits: ServerLimits(readSeconds: 20, connections: 2))
        defer { server.stop() }
        var idle = [try RawClient(port: server.port), try RawClient(port: server.port)]
        #expect(waitUntil { server.server.openConnections == 2 }, "the two idle clients are being served")
        let refused = try RawClient.exchange(port: server.port, requestText("GET", "/healthz", port: server.port))
        #expect(refused.status == 503)
        #expect(refused.header("Retry-After") == "1")
        idle.removeAll()
        #expect(waitUntil { server.server.openConnections == 0 }, "a client that leaves frees its place")
        #expect(try RawClient.exchange(port: server.port, requestText("GET", "/healthz", port: server.port)).status == 200)
    }

    /// Fifty agents' browsers at once, two hundred requests each: every answer whole, every record whole in the one log.
    @Test func fiftyClientsTimesTwoHundredRequestsGetWholeAnswersAndAWholeLog() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = AuditLog(path: folder.appendingPathComponent("audit.jsonl").path)
        let server = try RunningServer(log: log)
        defer { server.stop() }
        let clients = 50, requestsEach = 200, port = server.port
        let failures = Locked<[String]>([])
        let counts = Locked((advices: 0, outcomes: 0))
        let group = DispatchGroup()
        for client in 0..<clients {
            group.enter()
            let thread = Foundation.Thread {
                defer { group.leave() }
                var adviceId: String?
                for number in 0..<requestsEach {
                    let text: String
                    let expected: Int
                    switch number % 10 {
                    case 0:
                        text = requestText("POST", "/api/advise", port: port, body: Self.intake)
                        expected = 200
                    case 5 where adviceId != nil:
                        text = requestText("POST", "/api/outcome", port: port,
                                           body: #"{"adviceId": "\#(adviceId!)", "settled": "\#(client).\#(number)", "accepted": true}"#)
                        expected = 201
                    default:
                        text = requestText("GET", number % 2 == 0 ? "/healthz" : "/api/policy", port: port)
                        expected = 200
                    }
                    do {
                        let answer = try RawClient.exchange(port: port, text)
                        guard answer.status == expected, (try? JSONSerialization.jsonObject(with: Data(answer.body))) != nil,
                              answer.header("Content-Length") == String(answer.body.count) else {
                            failures.withLock { $0.append("client \(client) request \(number): \(answer.head.prefix(80)) \(answer.text.prefix(80))") }
                            continue
                        }
                        if expected == 201 { counts.withLock { $0.outcomes += 1 } }
                        if number % 10 == 0 {
                            adviceId = answer.header("Advice-Id")
                            counts.withLock { $0.advices += 1 }
                        }
                    } catch {
                        failures.withLock { $0.append("client \(client) request \(number): \(error)") }
                    }
                }
            }
            thread.start()
        }
        #expect(group.wait(timeout: .now() + 300) == .success, "the clients did not finish")
        let failed = failures.withLock { $0 }
        #expect(failed.isEmpty, "\(failed.count) failed, first: \(failed.prefix(3))")
        let contents = try log.read()
        #expect(contents.damagedLines.isEmpty, "lines torn or interleaved: \(contents.damagedLines.prefix(5))")
        let (advices, outcomes) = counts.withLock { ($0.advices, $0.outcomes) }
        #expect(advices == clients * requestsEach / 10)
        #expect(outcomes == clients * requestsEach / 10)
        var ids = Set<String>()
        var recorded: [LogRecord.OutcomeRecord] = []
        for record in contents.records {
            switch record {
            case let .advice(advice): ids.insert(advice.adviceId)
            case let .outcome(outcome): recorded.append(outcome)
            }
        }
        #expect(ids.count == advices)
        #expect(recorded.count == outcomes)
        #expect(recorded.allSatisfy { ids.contains($0.adviceId) }, "every outcome belongs to an advice the log holds")
        #expect(Set(recorded.map(\.settled)).count == outcomes, "each outcome written once, with its own amount")
    }
}

/// Whether a socket has something to read within a time.
enum RawClientReady {
    static func readable(_ fd: Int32, milliseconds: Int32) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, milliseconds) > 0
    }
}

/// Waits for a condition the server reaches on its own threads, checking every few milliseconds for up to 10 s.
func waitUntil(_ condition: () -> Bool) -> Bool {
    for _ in 0..<2000 {
        if condition() { return true }
        usleep(5_000)
    }
    return condition()
}
