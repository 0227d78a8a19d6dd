import Knowledge

/// Spoken-style durations: "90 s", "15 min", "24 h" and their Chinese forms.
public enum Durations {
    /// A duration in the largest whole unit that fits.
    public static func describe(seconds: Int, in language: Language) -> String {
        let (value, unit): (Int, Bilingual)
        if seconds == 0 {
            return language == .zh ? "立即" : "at once"
        } else if seconds % 3600 == 0 {
            (value, unit) = (seconds / 3600, Bilingual(zh: "小时", en: "h"))
        } else if seconds % 60 == 0 {
            (value, unit) = (seconds / 60, Bilingual(zh: "分钟", en: "min"))
        } else {
            (value, unit) = (seconds, Bilingual(zh: "秒", en: "s"))
        }
        return language == .zh ? "\(value) \(unit.zh)" : "\(value) \(unit.en)"
    }

    /// A window such as "24–48 h", or a plain limit "≤ 15 min".
    public static func describe(_ norm: TimeNorm, in language: Language) -> String {
        if norm.earliestSeconds == norm.latestSeconds {
            return describe(seconds: norm.latestSeconds, in: language)
        }
        if norm.earliestSeconds == 0 {
            return "≤ " + describe(seconds: norm.latestSeconds, in: language)
        }
        let start = describe(seconds: norm.earliestSeconds, in: language)
        let end = describe(seconds: norm.latestSeconds, in: language)
        if norm.earliestSeconds % 3600 == 0 && norm.latestSeconds % 3600 == 0 {
            let unit = language == .zh ? " 小时" : " h"
            return "\(norm.earliestSeconds / 3600)–\(norm.latestSeconds / 3600)\(unit)"
        }
        return "\(start)–\(end)"
    }
}
