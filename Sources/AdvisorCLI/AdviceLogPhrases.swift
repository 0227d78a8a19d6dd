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

    /// More damaged lines than a note should list: how many, and the first of them.
    static func skippedManyDamagedLines(_ count: Int, first lines: String, path: String) -> Bilingual {
        Bilingual(zh: "注意：日志 \(path) 有 \(count) 行不完整（可能是写入时中断），已跳过；前几行是第 \(lines) 行\n",
                  en: "note: skipped \(count) damaged lines of the log \(path) (torn by interrupted writes?), the first at lines \(lines)\n")
    }

    /// The precedent index beside the log could not be written: precedents still come from the log, only more slowly.
    static func indexNotKept(_ path: String, reason: String) -> Bilingual {
        Bilingual(zh: "注意：无法写入先例索引 \(path)（\(reason)），先例已从整个日志读出；日志越长越慢，请让日志所在文件夹可写\n",
                  en: "note: could not write the precedent index \(path) (\(reason)); precedents were read from the whole log, which gets slower as it grows; make the log's folder writable\n")
    }
}
