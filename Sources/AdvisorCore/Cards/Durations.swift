import Knowledge

/// Spoken-style durations: "90 s", "15 min", "24 h" and their Chinese forms ("90秒", "15分钟", "24小时").
enum Durations {
    /// A duration in the largest whole unit that fits.
    static func describe(seconds: Int, in language: Language) -> String {
        let (value, unit): (Int, Bilingual)
        if seconds == 0 {
            return CardPhrases.atOnce.text(language)
        } else if seconds % 3600 == 0 {
            (value, unit) = (seconds / 3600, CardPhrases.hours)
        } else if seconds % 60 == 0 {
            (value, unit) = (seconds / 60, CardPhrases.minutes)
        } else {
            (value, unit) = (seconds, CardPhrases.seconds)
        }
        return CardPhrases.amount(String(value), unit).text(language)
    }

    /// A window such as "24–48 h", or a plain limit "≤ 15 min".
    static func describe(_ norm: TimeNorm, in language: Language) -> String {
        if norm.earliestSeconds == norm.latestSeconds {
            return describe(seconds: norm.latestSeconds, in: language)
        }
        if norm.earliestSeconds == 0 {
            let limit = describe(seconds: norm.latestSeconds, in: language)
            return CardPhrases.atMost(Bilingual(zh: limit, en: limit)).text(language)
        }
        let start = describe(seconds: norm.earliestSeconds, in: language)
        let end = describe(seconds: norm.latestSeconds, in: language)
        if norm.earliestSeconds % 3600 == 0 && norm.latestSeconds % 3600 == 0 {
            return CardPhrases.amount("\(norm.earliestSeconds / 3600)–\(norm.latestSeconds / 3600)", CardPhrases.hours).text(language)
        }
        return "\(start)–\(end)"
    }
}
