import Knowledge

/// Every text the server says in its error answers, in both languages, named by what it says.
enum ServerPhrases {
    // MARK: The request itself

    static let malformedRequestLine = Bilingual(
        zh: "请求行无法识别；应为“方法 /路径 HTTP/1.1”，每行以 CRLF 结尾",
        en: "the request line is not 'METHOD /path HTTP/1.1' ending in CRLF; send a plain HTTP/1.1 request")
    static func unsupportedVersion(_ version: String) -> Bilingual {
        Bilingual(zh: "不支持 \(version)；请用 HTTP/1.1", en: "\(version) is not supported; use HTTP/1.1")
    }
    static func targetTooLong(limit: Int) -> Bilingual {
        Bilingual(zh: "请求行超过 \(limit) 字节；路径和查询参数要短一些", en: "the request line is over \(limit) bytes; shorten the path and query")
    }
    static func headersTooLarge(limit: Int) -> Bilingual {
        Bilingual(zh: "请求头合计超过 \(limit) 字节；请去掉不需要的请求头或 Cookie", en: "the headers are over \(limit) bytes in all; drop headers or cookies the advisor does not need")
    }
    static func tooManyHeaders(limit: Int) -> Bilingual {
        Bilingual(zh: "请求头超过 \(limit) 行；请去掉不需要的请求头", en: "more than \(limit) header lines; drop headers the advisor does not need")
    }
    static func malformedHeader(line: Int) -> Bilingual {
        Bilingual(zh: "第 \(line) 行请求头不是“名称: 值”的形式（不能折行，不能含控制字符）",
                  en: "header line \(line) is not 'Name: value' (no folded lines, no control characters)")
    }
    static let hostMissingOrRepeated = Bilingual(zh: "请求须带且只带一个 Host 请求头", en: "send exactly one Host header")
    static let transferEncoding = Bilingual(
        zh: "不支持 Transfer-Encoding；请用 Content-Length 发送请求正文",
        en: "Transfer-Encoding is not supported; send the body with a Content-Length")
    static let badContentLength = Bilingual(
        zh: "Content-Length 须是一个整数（多个时须相同）", en: "Content-Length must be one whole number (the same in every copy)")
    static let lengthRequired = Bilingual(zh: "POST 请求须带 Content-Length", en: "a POST needs a Content-Length")
    static func bodyTooLarge(limit: Int) -> Bilingual {
        Bilingual(zh: "请求正文超过 \(limit) 字节；一次只发一个接诉", en: "the body is over \(limit) bytes; send one intake at a time")
    }
    static func timedOut(seconds: String) -> Bilingual {
        Bilingual(zh: "请求没有在 \(seconds) 秒内发完，连接已关闭；请重试", en: "the request did not arrive within \(seconds) s, so the connection was closed; try again")
    }
    static func tooManyConnections(limit: Int) -> Bilingual {
        Bilingual(zh: "同时连接已达上限 \(limit) 个；请稍后重试", en: "all \(limit) connections are busy; try again in a moment")
    }

    // MARK: Who may ask

    static func wrongHost(_ host: String, expected: String) -> Bilingual {
        Bilingual(zh: "本服务不以“\(host)”为名；请用 \(expected) 访问，经反向代理时用 --public-origin 告诉服务器外部地址",
                  en: "this server does not answer to '\(host)'; reach it as \(expected), or name the address a proxy uses with --public-origin")
    }
    static func crossOrigin(_ origin: String) -> Bilingual {
        Bilingual(zh: "来自 \(origin) 的页面不能修改本服务的数据；要嵌入客服系统，请用 --frame-ancestors 列出它的来源",
                  en: "a page from \(origin) may not change this server's data; to embed the advisor in a help desk, list its origin with --frame-ancestors")
    }
    static let missingToken = Bilingual(
        zh: "需要令牌：请求头加上“Authorization: Bearer <令牌>”，或打开带 ?token=<令牌> 的页面地址",
        en: "a token is needed: send 'Authorization: Bearer <token>', or open the page at a URL ending in ?token=<token>")
    static let wrongToken = Bilingual(
        zh: "令牌不对；请核对服务器启动时的 --token 或 ADVISOR_TOKEN", en: "the token is wrong; check it against the server's --token or ADVISOR_TOKEN")

    // MARK: What is asked

    static func notFound(_ path: String) -> Bilingual {
        Bilingual(zh: "没有 \(path) 这个地址；可用：/、/healthz、/api/policy、/api/advise、/api/detect、/api/outcome",
                  en: "nothing is at \(path); try /, /healthz, /api/policy, /api/advise, /api/detect or /api/outcome")
    }
    static func methodNotAllowed(_ method: String, path: String, allowed: String) -> Bilingual {
        Bilingual(zh: "\(path) 不接受 \(method)；请用 \(allowed)", en: "\(path) does not take \(method); use \(allowed)")
    }
    static let notJSON = Bilingual(
        zh: "请求正文须是 JSON：请求头加上“Content-Type: application/json”", en: "the body must be JSON: send 'Content-Type: application/json'")
    static func badLanguage(_ value: String) -> Bilingual {
        Bilingual(zh: "lang 参数“\(value)”无效，可用：zh|en", en: "lang does not take '\(value)'; use zh or en")
    }
    /// The name the request body goes by in the data problems' messages, where a command line names the file.
    static let requestBody = Bilingual(zh: "请求正文", en: "request body")
    static let blankText = Bilingual(zh: "$.text：客户原话是空的；请发送 {\"text\": \"客户的原话\"}", en: "$.text: the customer's words are blank; send {\"text\": \"what the customer said\"}")
    static func notAnAmount(_ path: String) -> Bilingual {
        Bilingual(zh: "\(path)：需要一个金额，只写数字和小数点（如 200 或 49.5，不超过一万亿），可写成字符串或数字",
                  en: "\(path): needs an amount in plain digits, like 200 or 49.5, up to a trillion, as a string or a number")
    }
    static let noLog = Bilingual(
        zh: "服务器没有审计日志，无法记录结果；请用 --log <文件> 或 ADVISOR_LOG 重新启动",
        en: "the server keeps no audit log, so outcomes cannot be recorded; restart it with --log FILE or ADVISOR_LOG")
    static func noPicture(_ key: String) -> Bilingual {
        Bilingual(zh: "没有编号为 \(key) 的谈判图（只保留最近的建议）；请重新获取建议",
                  en: "no negotiation picture \(key) is kept (only recent advice is); ask for the advice again")
    }
    static func internalError(_ detail: String) -> Bilingual {
        Bilingual(zh: "服务器内部错误：\(detail)；请告诉管理员", en: "the server failed: \(detail); tell whoever runs it")
    }
}
