import AdvisorCore
import Knowledge

/// What `log prune` reports, in both languages.
enum LogCommandPhrases {
    static func pruned(_ report: WordsRetention.Report, days: Int, path: String) -> Bilingual {
        var zh = report.pruned == 0
            ? "\(path)：早于 \(days) 天的记录里没有要删的原话，日志未改动（共 \(report.records) 条记录）"
            : "\(path)：已删去 \(report.pruned) 条早于 \(days) 天的记录里的原话；共 \(report.records) 条记录，一条不少"
        var en = report.pruned == 0
            ? "\(path): no record older than \(days) days holds words; the log is unchanged (\(report.records) records)"
            : "\(path): dropped the words of \(report.pruned) records older than \(days) days; \(report.records) records, none lost"
        if !report.damagedLines.isEmpty {
            let lines = report.damagedLines.map(String.init).joined(separator: ", ")
            zh += "\n注意：第 \(lines) 行不是完整记录，原样保留"
            en += "\nnote: line \(lines) is not a whole record and was kept as it was"
        }
        if !report.undatedLines.isEmpty {
            let lines = report.undatedLines.map(String.init).joined(separator: ", ")
            zh += "\n注意：第 \(lines) 行的时间无法识别，原话未删"
            en += "\nnote: the time of line \(lines) cannot be read, so its words were kept"
        }
        return Bilingual(zh: zh, en: en)
    }
}
