import Knowledge

/// Every phrase `serve` prints, and the errors it stops with, in both languages.
enum ServeCommandPhrases {
    static func serving(_ url: String) -> Bilingual {
        Bilingual(zh: "客诉处理助手已在 \(url) 上运行（按 Ctrl-C 停止）", en: "The advisor is serving at \(url) (Ctrl-C stops it)")
    }
    static let tokenNeeded = Bilingual(
        zh: "需要令牌：打开页面时在地址后加 ?token=<你的令牌>；接口请求带“Authorization: Bearer <令牌>”",
        en: "A token is needed: open the page with ?token=<your token> at the end; API requests send 'Authorization: Bearer <token>'")
    static func logging(_ path: String) -> Bilingual {
        Bilingual(zh: "审计日志：\(path)（本服务是它唯一的写入者）", en: "Audit log: \(path) (this server is its only writer)")
    }
    static let noLog = Bilingual(
        zh: "没有审计日志：建议不记录，结果也无法记录；要记录请加 --log <文件> 或设置 ADVISOR_LOG",
        en: "No audit log: advice is not logged and outcomes cannot be recorded; add --log FILE or set ADVISOR_LOG")
    static func frameAncestors(_ origins: String) -> Bilingual {
        Bilingual(zh: "允许嵌入本页面的客服系统：\(origins)", en: "Help desks allowed to embed the page: \(origins)")
    }

    // MARK: Errors

    static func badHost(_ value: String) -> Bilingual {
        Bilingual(zh: "--host 需要本机的 IP 地址，如 127.0.0.1（只限本机）、0.0.0.0（所有网卡）或 ::1；收到“\(value)”。主机名不会被解析，以免它日后指向别处",
                  en: "--host needs an IP address of this machine, like 127.0.0.1 (this machine only), 0.0.0.0 (every interface) or ::1; not '\(value)'. Names are not resolved, so one cannot point elsewhere later")
    }
    static func badPort(_ value: String) -> Bilingual {
        Bilingual(zh: "--port 需要 0 到 65535 的整数（0 表示任选一个空闲端口）；收到“\(value)”",
                  en: "--port needs a whole number from 0 to 65535 (0 picks any free port); not '\(value)'")
    }
    static func weakToken(minimum: Int) -> Bilingual {
        Bilingual(zh: "令牌至少要 \(minimum) 个字符，只用字母、数字和 - . _ ~（它要放进网址）；可以用 openssl rand -hex 16 生成一个",
                  en: "the token needs at least \(minimum) characters, only letters, digits and - . _ ~ (it goes in a URL); make one with: openssl rand -hex 16")
    }
    static func tokenRequired(_ host: String) -> Bilingual {
        Bilingual(zh: "经 \(host) 别的机器也能访问本服务，必须设令牌：设置 ADVISOR_TOKEN=$(openssl rand -hex 16) 或加 --token",
                  en: "\(host) lets other machines reach the server, so a token is required: set ADVISOR_TOKEN=$(openssl rand -hex 16) or pass --token")
    }
    static func badOrigin(option: String, value: String) -> Bilingual {
        Bilingual(zh: "\(option) 需要形如 https://客服系统.example.com 的来源（协议、主机名、可选端口，不带路径和通配符）；收到“\(value)”",
                  en: "\(option) needs an origin like https://desk.example.com (scheme, host, optional port; no path, no wildcard); not '\(value)'")
    }
    static func cannotListen(_ address: String, port: Int, reason: String) -> Bilingual {
        Bilingual(zh: "无法在 \(address):\(port) 上监听：\(reason)；换一个 --port，或确认这个地址属于本机",
                  en: "cannot listen on \(address):\(port): \(reason); pick another --port, or check the address is this machine's")
    }
}
