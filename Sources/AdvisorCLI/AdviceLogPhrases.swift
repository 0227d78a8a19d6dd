import Knowledge

/// What `advise` and `intake` tell the agent once an advice is in the audit log, in both languages.
enum AdviceLogPhrases {
    /// The id `outcome` needs later to record how the call ended.
    static func adviceId(_ id: String) -> Bilingual {
        Bilingual(zh: "建议编号 \(id)", en: "advice id \(id)")
    }

    /// Lines of the log a crash left half written: named, then skipped, so one torn write never blocks the log.
    static func skippedDamagedLines(_ lines: String, path: String) -> Bilingual {
        Bilingual(zh: "注意：日志 \(path) 第 \(lines) 行不完整（可能是写入时中断），已跳过\n",
                  en: "note: skipped damaged line \(lines) of the log \(path) (torn by an interrupted write?)\n")
    }
}
