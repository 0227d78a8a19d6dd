import Knowledge

/// Every phrase the audit log says about itself, in both languages, named by what it says.
enum AuditLogPhrases {
    static func cannotOpen(_ path: String, reason: String) -> Bilingual {
        Bilingual(zh: "无法打开审计日志 \(path)：\(reason)", en: "cannot open the audit log \(path): \(reason)")
    }
    static func cannotWrite(_ path: String, reason: String) -> Bilingual {
        Bilingual(zh: "无法写入审计日志 \(path)：\(reason)", en: "cannot write the audit log \(path): \(reason)")
    }
    static func unknownAdvice(_ id: String) -> Bilingual {
        Bilingual(zh: "日志中没有建议编号 \(id)；请核对编号和 --log 文件", en: "the log holds no advice \(id); check the id and the --log file")
    }
}
