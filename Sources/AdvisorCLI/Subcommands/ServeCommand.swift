import AdvisorCore
import AdvisorServer
import ArgumentParsing
import Glibc
import Knowledge

/// `advisor serve`: the advisor for agents in a browser or a help desk's side panel, and its JSON API.
enum ServeCommand: Subcommand {
    static let name = "serve"
    static let synopsis = Bilingual(
        zh: "serve [--host 127.0.0.1] [--port 8080] [--token <令牌>] [--frame-ancestors <来源>…] [--public-origin <来源>] [--policy <文件>] [--log <文件>]",
        en: "serve [--host 127.0.0.1] [--port 8080] [--token TOKEN] [--frame-ancestors ORIGIN…] [--public-origin ORIGIN] [--policy FILE] [--log FILE]")
    static let summary = Bilingual(zh: "在浏览器和客服系统里使用助手：网页和 JSON 接口", en: "The advisor in a browser or a help desk: a page and a JSON API")
    static let discussion = Bilingual(
        zh: "默认只监听 127.0.0.1。在其他地址上监听必须设令牌（--token 或 ADVISOR_TOKEN），接口请求都要带上。页面可以嵌入 --frame-ancestors 列出的客服系统（如 Chatwoot 的仪表板应用），并从中读取会话里客户最近说的话。接口：GET /healthz、GET /api/policy、POST /api/advise（与 advise --intake 相同的 JSON，返回 advise --json 的内容）、POST /api/detect、POST /api/outcome。每条建议先记入审计日志再返回，本服务是日志唯一的写入者。",
        en: "Listens on 127.0.0.1 unless --host says otherwise; on any other address a token (--token or ADVISOR_TOKEN) is required and every API request must carry it. The page can be embedded by the help desks listed with --frame-ancestors (a Chatwoot dashboard app, for one), and takes the customer's latest messages from the conversation. API: GET /healthz, GET /api/policy, POST /api/advise (the JSON advise --intake reads, answered with what advise --json prints), POST /api/detect, POST /api/outcome. Every advice is in the audit log before it is answered; the server is the log's only writer."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [
        (.value("host"), Bilingual(zh: "监听的 IP 地址（默认 127.0.0.1，只限本机）", en: "the IP address to listen on (default 127.0.0.1, this machine only)")),
        (.value("port"), Bilingual(zh: "端口（默认 8080；0 为任选空闲端口）", en: "the port (default 8080; 0 for any free one)")),
        (.value("token"), Bilingual(zh: "接口请求须带的令牌（默认取 ADVISOR_TOKEN；写在环境变量里，别人用 ps 看不到）",
                                    en: "the token API requests must carry (default: ADVISOR_TOKEN, which ps does not show)")),
        (.value("frame-ancestors", repeatable: true), Bilingual(zh: "允许嵌入页面的客服系统来源，可重复", en: "a help desk's origin allowed to embed the page; repeat for more")),
        (.value("public-origin", repeatable: true), Bilingual(zh: "经反向代理或域名访问时的外部来源，如 https://advisor.example.com",
                                                              en: "the origin the server is reached by through a proxy or a DNS name, like https://advisor.example.com")),
        PolicySource.option,
        LogSource.option,
    ]

    /// Tokens go in URLs and headers, so they are kept to characters neither needs to escape, and long enough to guess.
    static let shortestToken = 16

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(0, positionals: arguments)
        let hostText = arguments.value("host") ?? "127.0.0.1"
        guard let address = ListenAddress(hostText) else { throw ServeError.badHost(hostText) }
        let portText = arguments.value("port") ?? "8080"
        guard portText.utf8.count <= 5, portText.utf8.allSatisfy({ (48...57).contains($0) }), let port = Int(portText), port <= 65535 else {
            throw ServeError.badPort(portText)
        }
        let token = arguments.value("token") ?? context.io.environment["ADVISOR_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if let token, !isStrong(token) { throw ServeError.weakToken }
        if !address.isLoopback && token == nil { throw ServeError.tokenRequired(hostText) }
        let frameAncestors = try origins(arguments, option: "frame-ancestors")
        let publicOrigins = try origins(arguments, option: "public-origin")
        // A public origin means a proxy or a name lets others in, even to a server on loopback.
        if let origin = publicOrigins.first, token == nil { throw ServeError.tokenRequired(origin.serialized) }
        let policy = try PolicySource.load(arguments, context)
        // The log is opened before the server listens: one that cannot be opened stops it before any advice is given.
        let trail = try LogSource.log(arguments, context).map { log throws(AuditLog.LogError) in try AuditTrail(log, policy: policy) }
        if let trail, !trail.damagedLines.isEmpty {
            let lines = trail.damagedLines.map(String.init).joined(separator: ", ")
            context.io.writeError(AdviceLogPhrases.skippedDamagedLines(lines, path: trail.path).text(context.language))
        }
        let listener: Listener
        do {
            listener = try Listener(address: address, port: port)
        } catch let .cannotListen(address, port, reason) {
            throw ServeError.cannotListen(address: address, port: port, reason: reason)
        }
        let rules = AccessRules(address: address, port: listener.port, machineName: machineName(),
                                publicOrigins: publicOrigins, frameAncestors: frameAncestors, token: token)
        let language = context.language
        let service = try AdvisorService(settings: .init(policy: policy, language: language, rules: rules), trail: trail) { message in
            writeAll(STDERR_FILENO, TerminalText.safe(message) + "\n")
        }
        let shown = address.isUnspecified ? (address.family == .v4 ? "127.0.0.1" : "[::1]") : address.urlHost
        var lines = [ServeCommandPhrases.serving("http://\(shown):\(listener.port)/").text(language)]
        if token != nil { lines.append(ServeCommandPhrases.tokenNeeded.text(language)) }
        lines.append((trail.map { ServeCommandPhrases.logging($0.path) } ?? ServeCommandPhrases.noLog).text(language))
        if !frameAncestors.isEmpty {
            lines.append(ServeCommandPhrases.frameAncestors(frameAncestors.map(\.serialized).joined(separator: " ")).text(language))
        }
        context.print(lines.joined(separator: "\n"))
        stopOnSignals()
        HTTPServer(listener: listener, responder: service, limits: ServerLimits()).run()
        return ExitCode.success
    }

    /// Lets Ctrl-C and SIGTERM end the server, however the process was started: a parent may hand down these signals
    /// blocked or ignored (a test runner's thread does), and a server nobody can stop holds its port.
    static func stopOnSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for number in [SIGINT, SIGTERM] {
            sigaddset(&signals, number)
            signal(number, SIG_DFL)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    static func isStrong(_ token: String) -> Bool {
        token.utf8.count >= shortestToken && token.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || Array("-._~".utf8).contains(byte)
        }
    }

    /// The origins given to a repeatable option, each value holding one or more separated by spaces or commas.
    static func origins(_ arguments: ParsedArguments, option: String) throws -> [WebOrigin] {
        var origins: [WebOrigin] = []
        for value in arguments.values[option] ?? [] {
            for item in value.split(whereSeparator: { $0 == " " || $0 == "," }) {
                guard let origin = WebOrigin(String(item)) else { throw ServeError.badOrigin(option: "--" + option, value: String(item)) }
                if !origins.contains(origin) { origins.append(origin) }
            }
        }
        return origins
    }

    /// This machine's host name, which colleagues on the same network may type.
    static func machineName() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return nil }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? nil : name
    }
}

/// Why `serve` will not start.
enum ServeError: Error, Equatable {
    case badHost(String)
    case badPort(String)
    case weakToken
    case tokenRequired(String)
    case badOrigin(option: String, value: String)
    case cannotListen(address: String, port: Int, reason: String)
}

extension ServeError: ReportableError {
    func message(in language: Language) -> String {
        phrase.text(language)
    }

    /// Nil: each is about the command line, which the message quotes.
    var location: String? { nil }

    /// The command line's mistakes are usage errors; a port that cannot be had is the machine's state.
    var exitCode: Int32 {
        switch self {
        case .badHost, .badPort, .weakToken, .tokenRequired, .badOrigin: ExitCode.usage
        case .cannotListen: ExitCode.failure
        }
    }

    private var phrase: Bilingual {
        switch self {
        case let .badHost(value): ServeCommandPhrases.badHost(value)
        case let .badPort(value): ServeCommandPhrases.badPort(value)
        case .weakToken: ServeCommandPhrases.weakToken(minimum: ServeCommand.shortestToken)
        case let .tokenRequired(host): ServeCommandPhrases.tokenRequired(host)
        case let .badOrigin(option, value): ServeCommandPhrases.badOrigin(option: option, value: value)
        case let .cannotListen(address, port, reason): ServeCommandPhrases.cannotListen(address, port: port, reason: reason)
        }
    }
}
