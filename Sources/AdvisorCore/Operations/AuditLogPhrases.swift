import Knowledge

/// Every phrase the audit log says about itself, in both languages, named by what it says.
enum AuditLogPhrases {
    static func cannotOpen(_ path: String, reason: String) -> Bilingual {
        Bilingual(zh: "无法打开审计日志 \(path)：\(reason)；请确认所在文件夹存在且可写，或用 --log 或 ADVISOR_LOG 指定别的文件",
                  en: "cannot open the audit log \(path): \(reason); check that its folder exists and is writable, or name another file with --log or ADVISOR_LOG")
    }
    static func cannotWrite(_ path: String, reason: String) -> Bilingual {
        Bilingual(zh: "无法写入审计日志 \(path)：\(reason)；请检查磁盘空间和权限，或用 --log 指定别的文件",
                  en: "cannot write the audit log \(path): \(reason); check the disk's free space and the file's permissions, or name another file with --log")
    }
    static func unknownAdvice(_ id: String) -> Bilingual {
        Bilingual(zh: "日志中没有建议编号 \(id)；请核对编号和 --log 文件", en: "the log holds no advice \(id); check the id and the --log file")
    }
}
