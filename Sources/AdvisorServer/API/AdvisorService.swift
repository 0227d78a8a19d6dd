import AdvisorCore
import FoundationEssentials
import JSON
import Knowledge

/// What answers requests: the server hands it each request read, and each failure to read one.
public protocol HTTPResponder: Sendable {
    /// The answer to a whole, well-formed request.
    func respond(to request: HTTPRequest) -> HTTPResponse
    /// The answer to a request refused while it was read.
    func respond(to failure: HTTPFailure) -> HTTPResponse
}

/// The advisor over HTTP: the page, the JSON API and the rules on who may use them, with no socket in sight.
///
/// Each endpoint answers with the JSON the matching command prints with `--json`, byte for byte, so a script can move
/// between the two (docs/DESIGN.md, "The server").
public final class AdvisorService: HTTPResponder {
    /// What the service is set up with.
    public struct Settings: Sendable {
        public var policy: Policy
        /// The language of answers that do not ask for one with `?lang=`.
        public var language: Language
        public var rules: AccessRules
        public var limits: ServerLimits

        /// Creates settings.
        public init(policy: Policy, language: Language, rules: AccessRules, limits: ServerLimits = ServerLimits()) {
            self.policy = policy
            self.language = language
            self.rules = rules
            self.limits = limits
        }
    }

    let settings: Settings
    let trail: AuditTrail?
    private let engine: AdviceEngine
    private let pictures = PictureShelf()
    private let page: PageDocument
    /// Where failures of the server's own are told to whoever runs it.
    private let report: @Sendable (String) -> Void

    /// Creates the service.
    /// - Parameters:
    ///   - settings: The policy, language, access rules and limits.
    ///   - trail: The audit log, or nil when none is kept (then outcomes cannot be recorded).
    ///   - report: Where the server's own failures are written (standard error, for `advisor serve`).
    public init(settings: Settings, trail: AuditTrail?, report: @escaping @Sendable (String) -> Void = { _ in }) throws {
        self.settings = settings
        self.trail = trail
        self.report = report
        engine = AdviceEngine(policy: settings.policy)
        let config = PageConfig(policy: settings.policy, language: settings.language, logging: trail != nil,
                                frameAncestors: settings.rules.frameAncestors)
        page = try PageDocument(config: config, frameAncestors: settings.rules.frameAncestors)
    }

    // MARK: Routing

    private enum Route {
        case page, health, policy, advise, detect, outcome, picture(String)

        var methods: [String] {
            switch self {
            case .page, .health, .policy, .picture: ["GET", "HEAD"]
            case .advise, .detect, .outcome: ["POST"]
            }
        }

        init?(path: String) {
            switch path {
            case "/": self = .page
            case "/healthz": self = .health
            case "/api/policy": self = .policy
            case "/api/advise": self = .advise
            case "/api/detect": self = .detect
            case "/api/outcome": self = .outcome
            default:
                let prefix = "/api/picture/"
                guard path.hasPrefix(prefix) else { return nil }
                let key = String(path.dropFirst(prefix.count))
                guard (1...64).contains(key.utf8.count),
                      key.utf8.allSatisfy({ (48...57).contains($0) || (97...122).contains($0) || $0 == UInt8(ascii: "-") }) else { return nil }
                self = .picture(key)
            }
        }
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        // Refusals speak the language asked for when it can be read, so the page shows them in its own.
        let asked = request.queryValue("lang")
        let language = asked.flatMap(Self.language) ?? settings.language
        do {
            if let refusal = settings.rules.check(request) { throw refusalError(refusal, request: request, language: language) }
            guard let route = Route(path: request.path) else {
                throw APIError(status: 404, ServerPhrases.notFound(request.path), language: language)
            }
            guard route.methods.contains(request.method) else {
                let allowed = route.methods.joined(separator: ", ")
                throw APIError(status: 405, ServerPhrases.methodNotAllowed(request.method, path: request.path, allowed: allowed),
                               language: language, headers: [HTTPHeader("Allow", allowed)])
            }
            if let asked, Self.language(asked) == nil { throw APIError(status: 400, ServerPhrases.badLanguage(asked), language: language) }
            if request.method == "POST" {
                let type = request.header("content-type")?.lowercased() ?? ""
                guard type == "application/json" || type.hasPrefix("application/json;") else {
                    throw APIError(status: 415, ServerPhrases.notJSON, language: language)
                }
            }
            switch route {
            case .page: return HTTPResponse(status: 200, headers: pageHeaders(), body: page.html)
            case .health: return try json(200, Health(status: "ok", version: AdvisorVersion.current))
            case .policy: return try json(200, settings.policy)
            case .advise: return try advise(request.body, language: language)
            case .detect: return try detect(request.body, language: language)
            case .outcome: return try outcome(request.body, language: language)
            case let .picture(key): return try picture(key, language: language)
            }
        } catch let error as APIError {
            return answer(error)
        } catch {
            report(ServerPhrases.internalError(String(describing: error)).text(settings.language))
            return answer(APIError(status: 500, ServerPhrases.internalError(String(describing: error)), language: language))
        }
    }

    public func respond(to failure: HTTPFailure) -> HTTPResponse {
        let phrase: Bilingual
        var headers: [HTTPHeader] = []
        switch failure {
        case .malformedRequestLine: phrase = ServerPhrases.malformedRequestLine
        case let .unsupportedVersion(version): phrase = ServerPhrases.unsupportedVersion(version)
        case let .targetTooLong(limit): phrase = ServerPhrases.targetTooLong(limit: limit)
        case let .headersTooLarge(limit): phrase = ServerPhrases.headersTooLarge(limit: limit)
        case let .tooManyHeaders(limit): phrase = ServerPhrases.tooManyHeaders(limit: limit)
        case let .malformedHeader(line): phrase = ServerPhrases.malformedHeader(line: line)
        case .hostMissingOrRepeated: phrase = ServerPhrases.hostMissingOrRepeated
        case .transferEncoding: phrase = ServerPhrases.transferEncoding
        case .badContentLength: phrase = ServerPhrases.badContentLength
        case .lengthRequired: phrase = ServerPhrases.lengthRequired
        case let .bodyTooLarge(limit): phrase = ServerPhrases.bodyTooLarge(limit: limit)
        case let .timedOut(seconds): phrase = ServerPhrases.timedOut(seconds: Money.plain(seconds))
        case let .tooManyConnections(limit):
            phrase = ServerPhrases.tooManyConnections(limit: limit)
            headers.append(HTTPHeader("Retry-After", "1"))
        }
        return answer(APIError(status: failure.status, phrase, language: settings.language, headers: headers))
    }

    private func refusalError(_ refusal: Refusal, request: HTTPRequest, language: Language) -> APIError {
        switch refusal {
        case let .wrongHost(host):
            return APIError(status: refusal.status, ServerPhrases.wrongHost(host, expected: settings.rules.exampleAddress), language: language)
        case let .crossOrigin(origin):
            return APIError(status: refusal.status, ServerPhrases.crossOrigin(origin), language: language)
        case .missingToken:
            return APIError(status: refusal.status, ServerPhrases.missingToken, language: language,
                            headers: [HTTPHeader("WWW-Authenticate", "Bearer realm=\"advisor\"")])
        case .wrongToken:
            return APIError(status: refusal.status, ServerPhrases.wrongToken, language: language,
                            headers: [HTTPHeader("WWW-Authenticate", "Bearer realm=\"advisor\", error=\"invalid_token\"")])
        }
    }

    /// `zh`, `en`, or a locale of either (`zh-CN`, `en_GB`), as `--lang` reads them.
    static func language(_ value: String) -> Language? {
        let lowered = value.lowercased()
        if lowered == "zh" || lowered.hasPrefix("zh-") || lowered.hasPrefix("zh_") { return .zh }
        if lowered == "en" || lowered.hasPrefix("en-") || lowered.hasPrefix("en_") { return .en }
        return nil
    }

    // MARK: Endpoints

    private struct Health: Encodable {
        var status: String
        var version: String
    }

    /// `POST /api/advise`: the intake `advise --intake` reads, answered with what `advise --json` prints.
    ///
    /// The advice is logged before it is answered, so an advice seen is never missing from the log; its id comes in the
    /// `Advice-Id` header, and its picture at the path in `Advice-Picture`.
    private func advise(_ body: [UInt8], language: Language) throws -> HTTPResponse {
        let intake: Intake
        do {
            intake = try IntakeReader.read(Data(body), file: ServerPhrases.requestBody.text(language))
        } catch {
            throw APIError(error, language: language)
        }
        // A case key holds the ladder to what was offered before under it, as `advisor advise --case-key` does.
        let earlier: CaseHistory?
        do {
            earlier = try trail?.earlier(for: intake)
        } catch {
            report(error.message(in: settings.language))
            throw APIError(status: 500, message: error.message(in: language))
        }
        let advice: Advice
        do {
            advice = try engine.advise(intake, language: language, precedent: trail?.precedent(for: intake), readWords: true,
                                       earlier: earlier)
        } catch {
            throw APIError(status: 400, message: error.message(in: language))
        }
        var response = try json(200, advice)
        let key: String
        if let trail {
            do {
                key = try trail.log(advice, intake: intake)
            } catch {
                report(error.message(in: settings.language))
                throw APIError(status: 500, message: error.message(in: language))
            }
            response.headers.append(HTTPHeader("Advice-Id", key))
        } else {
            key = UUID().uuidString.lowercased()
        }
        pictures.keep(advice, as: key)
        response.headers.append(HTTPHeader("Advice-Picture", "/api/picture/" + key))
        return response
    }

    /// `POST /api/detect`: `{"text": …}`, answered with what `detect --json` prints.
    private func detect(_ body: [UInt8], language: Language) throws -> HTTPResponse {
        let file = ServerPhrases.requestBody.text(language)
        var reader = SchemaReader()
        let root: JSONNode
        do { root = try SchemaReader.parseDocument(Data(body), file: file) } catch { throw APIError(error, language: language) }
        guard reader.object(root, .root, fields: ["text"]) != nil,
              let text = reader.string(root["text"], JSONPath.root.appending("text"), parent: root), reader.problems.isEmpty else {
            throw APIError(InvalidDataFile(file: file, problems: reader.problems), language: language)
        }
        return try json(200, DetectionReport(CueDetector.standard.detect(text), language: language))
    }

    /// `POST /api/outcome`: `{"adviceId", "settled", "form"?, "accepted"}`, appended to the log as `advisor outcome`
    /// appends it, and answered with the record written.
    private func outcome(_ body: [UInt8], language: Language) throws -> HTTPResponse {
        let file = ServerPhrases.requestBody.text(language)
        var reader = SchemaReader()
        let root: JSONNode
        do { root = try SchemaReader.parseDocument(Data(body), file: file) } catch { throw APIError(error, language: language) }
        guard reader.object(root, .root, fields: ["adviceId", "settled", "form", "accepted"]) != nil else {
            throw APIError(InvalidDataFile(file: file, problems: reader.problems), language: language)
        }
        let top = JSONPath.root
        let id = reader.string(root["adviceId"], top.appending("adviceId"), parent: root)
        let accepted = reader.bool(root["accepted"], top.appending("accepted"), parent: root)
        var form: CompensationForm?
        if let node = root["form"], !node.isNull { form = reader.name(node, top.appending("form"), parent: root, as: CompensationForm.self) }
        let settled = settledAmount(root, reader: &reader)
        var problems = reader.problems.map { APIError.Problem($0, language: language) }
        var lines = reader.problems.map { $0.message(in: language, file: file) }
        if settled == nil, let node = root["settled"] {
            let path = top.appending("settled").description
            let message = ServerPhrases.notAnAmount(path).text(language)
            problems.append(APIError.Problem(path: path, line: node.position.line, column: node.position.column, message: message))
            lines.append("\(file):\(node.position.line):\(node.position.column): " + message)
        }
        if !problems.isEmpty { throw APIError(status: 400, message: lines.joined(separator: "\n"), problems: problems) }
        guard let id, let accepted, let settled else { throw APIError(InvalidDataFile(file: file, problems: []), language: language) }
        guard let trail else { throw APIError(status: 409, ServerPhrases.noLog, language: language) }
        let record: LogRecord.OutcomeRecord
        do {
            record = try trail.recordOutcome(adviceId: id, settled: settled, form: form, accepted: accepted)
        } catch {
            let status: Int
            if case .unknownAdvice = error { status = 422 } else { status = 500; report(error.message(in: settings.language)) }
            throw APIError(status: status, message: error.message(in: language))
        }
        return try json(201, LogRecord.outcome(record))
    }

    /// The settled amount, a string or a number read by the rules of a typed amount; nil when it is none, after
    /// recording a missing one in the reader.
    private func settledAmount(_ root: JSONNode, reader: inout SchemaReader) -> DecimalAmount? {
        guard let node = root["settled"] else {
            reader.report(.missing, at: JSONPath.root.appending("settled"), root)
            return nil
        }
        // A number is read as the shortest text that stands for it, so 1e3 is 1000 and 1e20 is no amount at all.
        let text = node.string ?? node.number.map { String(describing: $0) }
        guard let text, case let .success(amount) = TypedAmount.exact(text) else { return nil }
        return amount
    }

    /// `GET /api/picture/<key>`: the negotiation picture of an advice given lately, as `advise --svg` draws it.
    private func picture(_ key: String, language: Language) throws -> HTTPResponse {
        guard let advice = pictures.advice(key) else { throw APIError(status: 404, ServerPhrases.noPicture(key), language: language) }
        return HTTPResponse(status: 200, headers: Self.commonHeaders + [
            HTTPHeader("Content-Type", "image/svg+xml; charset=utf-8"),
            HTTPHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"),
        ], body: Array(NegotiationPicture.svg(advice).utf8))
    }

    // MARK: Answers

    /// Headers on every answer: nothing cached, nothing sniffed, no referrer sent on, nothing read across sites.
    static let commonHeaders = [
        HTTPHeader("Cache-Control", "no-store"),
        HTTPHeader("X-Content-Type-Options", "nosniff"),
        HTTPHeader("Referrer-Policy", "no-referrer"),
        HTTPHeader("Cross-Origin-Resource-Policy", "same-origin"),
    ]

    static let jsonHeaders = commonHeaders + [
        HTTPHeader("Content-Type", "application/json; charset=utf-8"),
        HTTPHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"),
    ]

    private func pageHeaders() -> [HTTPHeader] {
        Self.commonHeaders + [
            HTTPHeader("Content-Type", "text/html; charset=utf-8"),
            HTTPHeader("Content-Security-Policy", page.contentSecurityPolicy),
        ]
    }

    private func json<T: Encodable>(_ status: Int, _ value: T) throws -> HTTPResponse {
        HTTPResponse(status: status, headers: Self.jsonHeaders, body: try JSONBody.pretty(value))
    }

    private func answer(_ error: APIError) -> HTTPResponse {
        HTTPResponse(status: error.status, headers: Self.jsonHeaders + error.headers, body: error.body())
    }
}
