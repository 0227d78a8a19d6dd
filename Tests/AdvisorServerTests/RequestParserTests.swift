import AdvisorCore
@testable import AdvisorServer
import Foundation
import Testing

/// The request parser, on bytes: what it reads, and everything it refuses, with the status each refusal gets.
@Suite struct RequestParserTests {
    let limits = ServerLimits(headerBytes: 512, headerCount: 8, bodyBytes: 100)

    func parse(_ text: String) -> HTTPParse {
        HTTPRequestParser.parse(Array(text.utf8), limits: limits)
    }

    func refusal(_ text: String) -> HTTPFailure? {
        if case let .refused(failure) = parse(text) { return failure }
        return nil
    }

    @Test func aWholeRequestIsReadWithItsHeadersBodyAndLength() throws {
        let text = "POST /api/detect?lang=zh HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"text\":\"hi\"}"
        guard case let .complete(request, length) = parse(text + "extra") else { Issue.record("not read: \(parse(text))"); return }
        #expect(length == text.utf8.count, "the request ends where its body does; what follows is not part of it")
        #expect(request.method == "POST")
        #expect(request.path == "/api/detect")
        #expect(request.queryValue("lang") == "zh")
        #expect(request.header("content-type") == "application/json")
        #expect(request.header("HOST") == "127.0.0.1:8080")
        #expect(String(decoding: request.body, as: UTF8.self) == "{\"text\":\"hi\"}")
    }

    @Test func aRequestWithoutHeadersOtherThanHostIsRead() {
        guard case let .complete(request, _) = parse("GET / HTTP/1.0\r\nHost: x\r\n\r\n") else { Issue.record("not read"); return }
        #expect(request.version == "HTTP/1.0")
        #expect(request.headers == [HTTPHeader("Host", "x")])
    }

    @Test func partsOfARequestAskForMore() {
        #expect(parse("GET / HTT") == .incomplete(total: nil))
        #expect(parse("GET / HTTP/1.1\r\nHost: x\r\n") == .incomplete(total: nil))
        let head = "POST /api/detect HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n"
        #expect(parse(head + "12345") == .incomplete(total: head.utf8.count + 10), "the total is known once the headers are")
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\nHost: x\n\n", HTTPFailure.malformedRequestLine),          // bare line feeds
        ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", .malformedRequestLine),              // two spaces
        ("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n", .malformedRequestLine),       // absolute form
        ("G(T / HTTP/1.1\r\nHost: x\r\n\r\n", .malformedRequestLine),               // not a token
        ("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n", .malformedRequestLine),
        ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", .unsupportedVersion("HTTP/2.0")),
        ("GET / HTTQ/1.1\r\nHost: x\r\n\r\n", .malformedRequestLine),
        ("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", .malformedHeader(line: 2)),
        ("GET / HTTP/1.1\r\nHost : x\r\n\r\n", .malformedHeader(line: 1)),         // space before the colon
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{01}b\r\n\r\n", .malformedHeader(line: 2)),
        ("GET / HTTP/1.1\r\nHost: x\r\nno colon\r\n\r\n", .malformedHeader(line: 2)),
        ("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", .hostMissingOrRepeated),
        ("GET / HTTP/1.1\r\nHost: x\r\nhost: y\r\n\r\n", .hostMissingOrRepeated),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", .transferEncoding),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", .badContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 6\r\n\r\n", .badContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", .badContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x10\r\n\r\n", .badContentLength),
        ("POST / HTTP/1.1\r\nHost: x\r\n\r\n", .lengthRequired),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n", .bodyTooLarge(limit: 100)),
    ])
    func malformedRequestsAreRefusedWithTheirStatus(text: String, failure: HTTPFailure) {
        #expect(refusal(text) == failure, "\(text.debugDescription)")
    }

    @Test func theStatusOfEachRefusalIsTheOneHTTPNames() {
        #expect(HTTPFailure.malformedRequestLine.status == 400)
        #expect(HTTPFailure.targetTooLong(limit: 1).status == 414)
        #expect(HTTPFailure.headersTooLarge(limit: 1).status == 431)
        #expect(HTTPFailure.tooManyHeaders(limit: 1).status == 431)
        #expect(HTTPFailure.bodyTooLarge(limit: 1).status == 413)
        #expect(HTTPFailure.lengthRequired.status == 411)
        #expect(HTTPFailure.timedOut(seconds: 1).status == 408)
        #expect(HTTPFailure.tooManyConnections(limit: 1).status == 503)
        #expect(HTTPFailure.unsupportedVersion("HTTP/2.0").status == 505)
        #expect(HTTPFailure.transferEncoding.status == 501)
    }

    /// The header limit counts the request line and every header up to the blank line, exactly.
    @Test func headersUpToTheLimitAreReadAndOneByteMoreIsRefused() {
        let start = "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: "
        let end = "\r\n\r\n"
        let fits = start + String(repeating: "a", count: limits.headerBytes - start.utf8.count - end.utf8.count) + end
        #expect(fits.utf8.count == limits.headerBytes)
        if case .complete = parse(fits) {} else { Issue.record("a head of exactly the limit is refused: \(parse(fits))") }
        let over = start + String(repeating: "a", count: limits.headerBytes - start.utf8.count - end.utf8.count + 1) + end
        #expect(refusal(over) == .headersTooLarge(limit: limits.headerBytes))
        // A client that never ends its headers is refused once it has sent more than the limit.
        #expect(refusal(start + String(repeating: "a", count: limits.headerBytes)) == .headersTooLarge(limit: limits.headerBytes))
    }

    @Test func aRequestLineLongerThanTheLimitIsURITooLong() {
        let line = "GET /" + String(repeating: "a", count: limits.headerBytes) + " HTTP/1.1\r\nHost: x\r\n\r\n"
        #expect(refusal(line) == .targetTooLong(limit: limits.headerBytes))
        #expect(refusal("GET /" + String(repeating: "a", count: limits.headerBytes)) == .targetTooLong(limit: limits.headerBytes),
                "a request line that never ends is refused too")
    }

    @Test func headerLinesUpToTheCountAreReadAndOneMoreIsRefused() {
        func request(headers: Int) -> String {
            "GET / HTTP/1.1\r\nHost: x\r\n" + (1..<headers).map { "X-\($0): y\r\n" }.joined() + "\r\n"
        }
        if case .complete = parse(request(headers: limits.headerCount)) {} else { Issue.record("\(limits.headerCount) headers are refused") }
        #expect(refusal(request(headers: limits.headerCount + 1)) == .tooManyHeaders(limit: limits.headerCount))
    }

    /// A body over the limit is refused from its Content-Length, before a byte of it is read.
    @Test func aBodyUpToTheLimitIsReadAndOneByteMoreIsRefusedUnread() {
        let head = { (length: Int) in "POST /api/detect HTTP/1.1\r\nHost: x\r\nContent-Length: \(length)\r\n\r\n" }
        let fits = head(limits.bodyBytes) + String(repeating: "a", count: limits.bodyBytes)
        if case .complete = parse(fits) {} else { Issue.record("a body of exactly the limit is refused") }
        #expect(refusal(head(limits.bodyBytes + 1)) == .bodyTooLarge(limit: limits.bodyBytes))
    }

    @Test func queryValuesArePercentDecodedAndBrokenEscapesAreNone() {
        let request = HTTPRequest(method: "GET", target: "/?lang=zh%2DCN&a=b+c&bad=%zz&empty", headers: [])
        #expect(request.queryValue("lang") == "zh-CN")
        #expect(request.queryValue("a") == "b c")
        #expect(request.queryValue("bad") == nil)
        #expect(request.queryValue("empty") == "")
        #expect(request.queryValue("missing") == nil)
    }

    /// However the bytes arrive, in one piece or many, the same request is read; and no bytes at all make it trap.
    @Test func splittingARequestNeverChangesItAndJunkNeverTraps() {
        let seed = ProcessInfo.processInfo.environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        let whole = Array("POST /api/outcome?lang=en HTTP/1.1\r\nHost: 127.0.0.1:1\r\nContent-Length: 11\r\n\r\n{\"a\":\"bcd\"}".utf8)
        guard case let .complete(expected, _) = HTTPRequestParser.parse(whole, limits: limits) else { Issue.record("seed \(seed): not read"); return }
        for _ in 0..<300 {
            let cut = Int.random(in: 0..<whole.count, using: &random)
            let prefix = Array(whole[..<cut])
            switch HTTPRequestParser.parse(prefix, limits: limits) {
            case .incomplete: break
            case let other: Issue.record("seed \(seed): \(cut) bytes read as \(other)")
            }
            var junk = (0..<Int.random(in: 0...600, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            if Bool.random(using: &random) { junk = Array(whole[..<cut]) + junk }
            _ = HTTPRequestParser.parse(junk, limits: limits)
        }
        #expect(HTTPRequestParser.parse(whole, limits: limits) == .complete(expected, length: whole.count))
    }
}
