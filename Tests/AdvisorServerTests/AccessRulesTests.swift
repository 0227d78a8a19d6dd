@testable import AdvisorServer
import Testing

/// Who may use the server: the Host names it answers to (DNS rebinding), the origins that may change its state
/// (cross-site requests), and the token.
@Suite struct AccessRulesTests {
    let port = 8080

    func get(host: String?, path: String = "/", headers: [HTTPHeader] = []) -> HTTPRequest {
        HTTPRequest(method: "GET", target: path, headers: (host.map { [HTTPHeader("Host", $0)] } ?? []) + headers)
    }

    func post(origin: String?, host: String = "127.0.0.1:8080") -> HTTPRequest {
        HTTPRequest(method: "POST", target: "/api/outcome", headers: [HTTPHeader("Host", host)] + (origin.map { [HTTPHeader("Origin", $0)] } ?? []))
    }

    @Test(arguments: ["127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080"])
    func onLoopbackTheAddressAndLocalhostAreAnsweredAtThePort(host: String) {
        let rules = AccessRules(address: loopback, port: port)
        #expect(rules.checkHost(get(host: host)) == nil)
    }

    /// A page at evil.example whose name now points at 127.0.0.1 sends `Host: evil.example:8080`: refused.
    @Test(arguments: ["evil.example:8080", "evil.example", "127.0.0.1:8081", "127.0.0.1", "localhost", "127.0.0.2:8080",
                      "[::1]:8080", "", "127.0.0.1:8080 x", "127.0.0.1:8080@evil.example", "127.0.0.1:99999"])
    func anyOtherHostIsRefused(host: String) {
        let rules = AccessRules(address: loopback, port: port)
        #expect(rules.checkHost(get(host: host)) == .wrongHost(host))
        #expect(Refusal.wrongHost(host).status == 421)
    }

    @Test func withoutAHostHeaderTheRequestIsRefused() {
        #expect(AccessRules(address: loopback, port: port).checkHost(get(host: nil)) == .wrongHost(""))
    }

    @Test func onEveryInterfaceAddressLiteralsAndTheMachinesNameAreAnsweredButNoOtherName() throws {
        let rules = AccessRules(address: try #require(ListenAddress("0.0.0.0")), port: port, machineName: "desk-7", token: "0123456789abcdef")
        for host in ["192.168.1.20:8080", "10.0.0.5:8080", "[fe80::1]:8080", "desk-7:8080", "localhost:8080"] {
            #expect(rules.checkHost(get(host: host)) == nil, "\(host)")
        }
        for host in ["evil.example:8080", "192.168.1.20:8081", "fe80::1:8080", "desk-8:8080"] {
            #expect(rules.checkHost(get(host: host)) != nil, "\(host)")
        }
    }

    @Test func aPublicOriginsHostIsAnsweredAtItsOwnPort() throws {
        let rules = AccessRules(address: loopback, port: port, publicOrigins: [try #require(WebOrigin("https://advisor.example.com"))])
        #expect(rules.checkHost(get(host: "advisor.example.com")) == nil)
        #expect(rules.checkHost(get(host: "advisor.example.com:443")) == nil)
        #expect(rules.checkHost(get(host: "advisor.example.com:8080")) != nil)
        #expect(rules.checkHost(get(host: "other.example.com")) != nil)
    }

    @Test func aPostFromThePagesOwnOriginPassesAndOneWithoutAnOriginToo() {
        let rules = AccessRules(address: loopback, port: port)
        #expect(rules.checkOrigin(post(origin: "http://127.0.0.1:8080")) == nil)
        #expect(rules.checkOrigin(post(origin: "http://localhost:8080", host: "localhost:8080")) == nil)
        #expect(rules.checkOrigin(post(origin: nil)) == nil, "a script or curl sends no Origin; CSRF needs a browser, which does")
    }

    /// A page elsewhere cannot record outcomes: its browser sends its own origin, which the server does not list.
    @Test(arguments: ["https://evil.example", "null", "http://127.0.0.1:8081", "https://127.0.0.1:8080", "http://localhost:8080",
                      "http://127.0.0.1:8080/path", "file://", "http://127.0.0.1:8080 https://evil.example"])
    func aPostFromAnyOtherOriginIsRefused(origin: String) {
        let rules = AccessRules(address: loopback, port: port)
        #expect(rules.checkOrigin(post(origin: origin)) == .crossOrigin(origin))
        #expect(Refusal.crossOrigin(origin).status == 403)
    }

    @Test func aHelpDeskListedToFrameThePageMayPost() throws {
        let rules = AccessRules(address: loopback, port: port, frameAncestors: [try #require(WebOrigin("https://app.chatwoot.com"))])
        #expect(rules.checkOrigin(post(origin: "https://app.chatwoot.com")) == nil)
        #expect(rules.checkOrigin(post(origin: "https://app.chatwoot.com:443")) == nil)
        #expect(rules.checkOrigin(post(origin: "https://evil.chatwoot.com")) != nil)
    }

    @Test func readingIsNotCheckedForItsOrigin() {
        let rules = AccessRules(address: loopback, port: port)
        #expect(rules.checkOrigin(HTTPRequest(method: "GET", target: "/api/policy",
                                               headers: [HTTPHeader("Host", "127.0.0.1:8080"), HTTPHeader("Origin", "https://evil.example")])) == nil)
    }

    @Test func withATokenEveryAPIRequestMustCarryItAndThePageNeedNot() {
        let token = "0123456789abcdef0123"
        let rules = AccessRules(address: loopback, port: port, token: token)
        let bearer = { (value: String) in [HTTPHeader("Authorization", value)] }
        #expect(rules.checkToken(get(host: "127.0.0.1:8080", path: "/api/policy", headers: bearer("Bearer " + token))) == nil)
        #expect(rules.checkToken(get(host: "127.0.0.1:8080", path: "/api/policy", headers: bearer("bearer " + token))) == nil)
        #expect(rules.checkToken(get(host: "127.0.0.1:8080", path: "/api/policy")) == .missingToken)
        #expect(rules.checkToken(get(host: "127.0.0.1:8080", path: "/api/policy", headers: bearer(token))) == .missingToken)
        #expect(rules.checkToken(get(host: "127.0.0.1:8080", path: "/api/policy", headers: bearer("Basic " + token))) == .missingToken)
        for wrong in [String(token.dropLast()), token + "4", "x" + token.dropFirst(), "", "Bearer"] {
            #expect(rules.checkToken(get(host: "127.0.0.1:8080", path: "/api/advise", headers: bearer("Bearer " + wrong))) != nil, "\(wrong)")
        }
        #expect(rules.checkToken(get(host: "127.0.0.1:8080", path: "/")) == nil)
        #expect(rules.checkToken(get(host: "127.0.0.1:8080", path: "/healthz")) == nil)
        #expect(Refusal.missingToken.status == 401 && Refusal.wrongToken.status == 401)
        #expect(AccessRules(address: loopback, port: port).checkToken(get(host: "127.0.0.1:8080", path: "/api/policy")) == nil)
    }

    /// Host first: a rebinding page learns nothing, not even that a token is needed.
    @Test func theRulesAreCheckedHostFirstThenTokenThenOrigin() {
        let rules = AccessRules(address: loopback, port: port, token: "0123456789abcdef")
        let request = HTTPRequest(method: "POST", target: "/api/advise", headers: [HTTPHeader("Host", "evil.example"), HTTPHeader("Origin", "https://evil.example")])
        #expect(rules.check(request) == .wrongHost("evil.example"))
        var sameHost = request
        sameHost.headers[0] = HTTPHeader("Host", "127.0.0.1:8080")
        #expect(rules.check(sameHost) == .missingToken)
        sameHost.headers.append(HTTPHeader("Authorization", "Bearer 0123456789abcdef"))
        #expect(rules.check(sameHost) == .crossOrigin("https://evil.example"))
    }

    @Test(arguments: ["https://app.chatwoot.com", "https://app.chatwoot.com/", "HTTPS://App.Chatwoot.com", "http://desk.local:3000",
                      "http://[::1]:8080", "http://127.0.0.1:9000"])
    func originsAreReadAndWrittenAsBrowsersWriteThem(text: String) throws {
        let origin = try #require(WebOrigin(text))
        #expect(WebOrigin(origin.serialized) == origin)
        #expect(!origin.serialized.contains(" ") && !origin.serialized.contains(";") && !origin.serialized.hasSuffix("/"))
    }

    /// Whatever reaches the page's policy header must not add a directive, so anything but a plain origin is refused.
    @Test(arguments: ["app.chatwoot.com", "ftp://x.com", "https://*.chatwoot.com", "https://x.com/path", "https://x.com;script-src *",
                      "https://x.com https://y.com", "https://x.com\r\nSet-Cookie: a", "https://", "https://x.com:0", "https://x.com:99999",
                      "https://user@x.com", "'self'", "https://-x.com", "https://x.com:80:80", "https://[nothex]"])
    func anythingButAPlainOriginIsRefused(text: String) {
        #expect(WebOrigin(text) == nil, "\(text.debugDescription)")
    }

    @Test func listenAddressesAreLiteralsOrLocalhostAndKnowWhetherTheyAreLoopback() throws {
        #expect(try #require(ListenAddress("127.0.0.1")).isLoopback)
        #expect(try #require(ListenAddress("127.8.9.10")).isLoopback)
        #expect(try #require(ListenAddress("localhost")).isLoopback)
        #expect(try #require(ListenAddress("::1")).isLoopback)
        #expect(try #require(ListenAddress("[::1]")).urlHost == "[::1]")
        #expect(!(try #require(ListenAddress("0.0.0.0")).isLoopback))
        #expect(try #require(ListenAddress("0.0.0.0")).isUnspecified)
        #expect(try #require(ListenAddress("::")).isUnspecified)
        #expect(!(try #require(ListenAddress("192.168.1.10")).isLoopback))
        for text in ["example.com", "127.0.0.1.nip.io", "", "1.2.3", "256.1.1.1", "::g", "127.0.0.1 "] {
            #expect(ListenAddress(text) == nil, "\(text)")
        }
    }
}
