import AdvisorCore
import AdvisorServer
import Foundation
import Knowledge
import Testing

/// `advisor serve`: the API answers what the commands print, the server will not start unsafe, and the real binary
/// serves from the address it prints.
@Suite struct ServeCommandTests {
    static let intake = #"{"category": "installation-delay", "severity": "severe", "brokenPromises": 2, "type": "unreasonable", "temperament": "emotional", "expectation": 3000, "bottomLine": 500, "orderValue": 12000, "said": ["我要投诉到消协！"]}"#

    func service() throws -> AdvisorService {
        let rules = AccessRules(address: try #require(ListenAddress("127.0.0.1")), port: 8080)
        return try AdvisorService(settings: .init(policy: .builtIn, language: .en, rules: rules), trail: nil)
    }

    /// The body of the service's answer, as text.
    func ask(_ method: String, _ target: String, body: String? = nil) throws -> String {
        var headers = [HTTPHeader("Host", "127.0.0.1:8080")]
        if body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
        let answer = try service().respond(to: HTTPRequest(method: method, target: target, headers: headers, body: Array((body ?? "").utf8)))
        return String(decoding: answer.body, as: UTF8.self)
    }

    /// A script can move between the command line and the API: the same JSON, byte for byte.
    @Test(arguments: Language.allCases)
    func theAPIAnswersWhatTheCommandsPrint(language: Language) throws {
        let file = try temporaryFile(Self.intake)
        let lang = language.rawValue
        let advise = advisor(["advise", "--intake", file, "--json", "--lang", lang])
        #expect(advise.status == 0)
        #expect(try ask("POST", "/api/advise?lang=\(lang)", body: Self.intake) == advise.stdout)
        let words = "I know your CEO personally, put me through to your boss!"
        let detect = advisor(["detect", words, "--json", "--lang", lang])
        #expect(try ask("POST", "/api/detect?lang=\(lang)", body: #"{"text": "\#(words)"}"#) == detect.stdout)
        #expect(try ask("GET", "/api/policy") == advisor(["policy", "show", "--json"]).stdout)
    }

    /// Outside loopback the server will not start without a token, and says how to make one.
    @Test(arguments: [["--host", "0.0.0.0"], ["--host", "192.168.1.10"], ["--host", "::"], ["--public-origin", "https://advisor.example.com"]])
    func beyondLoopbackATokenIsRequired(options: [String]) {
        let outcome = advisor(["serve"] + options, environment: ["LANG": "en_US.UTF-8", "ADVISOR_TOKEN": ""])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("ADVISOR_TOKEN") && outcome.stderr.contains("openssl rand -hex 16"), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty, "nothing says it is serving")
    }

    @Test(arguments: [
        (["serve", "--token", "short"], "16"),
        (["serve", "--token", "has spaces in it but is long"], "16"),
        (["serve", "--host", "example.com"], "--host"),
        (["serve", "--host", "localhost.evil.example"], "--host"),
        (["serve", "--port", "65536"], "--port"),
        (["serve", "--port", "-1"], "--port"),
        (["serve", "--frame-ancestors", "https://*.chatwoot.com"], "--frame-ancestors"),
        (["serve", "--frame-ancestors", "https://app.chatwoot.com; script-src *"], "--frame-ancestors"),
        (["serve", "--public-origin", "advisor.example.com"], "--public-origin"),
        (["serve", "extra"], "extra"),
    ])
    func anUnsafeOrWrongCommandLineIsRefusedWithTheFix(arguments: [String], names: String) {
        let outcome = advisor(arguments, environment: ["LANG": "en_US.UTF-8", "ADVISOR_TOKEN": ""])
        #expect(outcome.status == 64, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(names), "\(outcome.stderr)")
    }

    @Test func anUnopenableLogStopsTheServerBeforeItListens() throws {
        let path = try temporaryFile("not a folder", suffix: ".txt") + "/audit.jsonl"
        let outcome = advisor(["serve", "--port", "0", "--log", path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(path))
        #expect(outcome.stdout.isEmpty)
    }

    /// The real binary: it prints where it serves, answers there with the token, logs the advice, and stops on SIGTERM.
    @Test func theBinaryServesAtTheAddressItPrints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("audit.jsonl").path
        let token = "binary-test-token-0123456789"
        let process = Process()
        process.executableURL = builtAdvisor()
        process.arguments = ["serve", "--port", "0", "--log", log, "--frame-ancestors", "https://app.chatwoot.com"]
        process.environment = ["LANG": "en_US.UTF-8", "ADVISOR_TOKEN": token]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { stop(process) }
        var printed = ""
        while !printed.contains("\n"), process.isRunning {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            printed += String(decoding: data, as: UTF8.self)
        }
        let match = try #require(printed.firstMatch(of: #/serving at http://127\.0\.0\.1:(\d+)/ /#), "\(printed)")
        let port = try #require(Int(match.1))
        #expect(printed.contains("?token="), "it says how to open the page with the token")

        func exchange(_ method: String, _ path: String, body: String? = nil, token: String?) throws -> (status: Int, headers: [String: String], body: Data) {
            try rawExchange(port: port, method: method, path: path, body: body, token: token)
        }
        #expect(try exchange("GET", "/healthz", token: nil).status == 200)
        #expect(try exchange("GET", "/api/policy", token: nil).status == 401)
        let advised = try exchange("POST", "/api/advise", body: Self.intake, token: token)
        #expect(advised.status == 200)
        let id = try #require(advised.headers["advice-id"])
        let logged = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logged.contains(id), "the advice answered is in the log")
        let page = try exchange("GET", "/", token: nil)
        #expect(page.headers["content-security-policy"]?.contains("frame-ancestors 'self' https://app.chatwoot.com") == true)
        process.terminate()
        #expect(waitUntil(seconds: 10) { !process.isRunning }, "SIGTERM ends it")
        #expect(process.terminationReason == .uncaughtSignal)
    }

    /// Ends a server the test started: SIGTERM, then SIGKILL if it is still there after 10 s.
    func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        if !waitUntil(seconds: 10, { !process.isRunning }) { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}

/// One request over a plain socket, read to the end: what `curl` would show.
func rawExchange(port: Int, method: String, path: String, body: String?, token: String?) throws -> (status: Int, headers: [String: String], body: Data) {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port)).bigEndian
    address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
    var limit = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    try #require(connected == 0, "cannot connect to 127.0.0.1:\(port)")
    var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
    if let token { text += "Authorization: Bearer \(token)\r\n" }
    if let body { text += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n" }
    text += "\r\n" + (body ?? "")
    _ = Array(text.utf8).withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let received = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if received <= 0 { break }
        bytes += chunk[0..<received]
    }
    let answer = String(decoding: bytes, as: UTF8.self)
    let parts = answer.components(separatedBy: "\r\n\r\n")
    let lines = parts[0].components(separatedBy: "\r\n")
    let status = Int(lines[0].split(separator: " ").dropFirst().first ?? "") ?? 0
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
        let pair = line.split(separator: ":", maxSplits: 1)
        if pair.count == 2 { headers[pair[0].lowercased()] = pair[1].trimmingCharacters(in: .whitespaces) }
    }
    return (status, headers, Data(parts.dropFirst().joined(separator: "\r\n\r\n").utf8))
}
