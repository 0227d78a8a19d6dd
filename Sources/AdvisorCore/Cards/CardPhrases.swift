import Knowledge

/// The punctuation and time units the reference cards set their entries with, in both languages.
enum CardPhrases {
    static let colon = Bilingual(zh: "：", en: ": ")
    static let listSeparator = Bilingual(zh: "、", en: ", ")
    static func quoted(_ phrase: String) -> Bilingual {
        Bilingual(zh: "“\(phrase)”", en: "\"\(phrase)\"")
    }

    // MARK: Durations

    static let atOnce = Bilingual(zh: "立即", en: "at once")
    static let hours = Bilingual(zh: "小时", en: "h")
    static let minutes = Bilingual(zh: "分钟", en: "min")
    static let seconds = Bilingual(zh: "秒", en: "s")
    /// A number with its unit: Chinese writes them together ("15分钟"), English with a space ("15 min").
    static func amount(_ value: String, _ unit: Bilingual) -> Bilingual {
        Bilingual(zh: value + unit.zh, en: value + " " + unit.en)
    }
    /// At most: "≤15分钟", "≤ 15 min".
    static func atMost(_ duration: Bilingual) -> Bilingual {
        Bilingual(zh: "≤" + duration.zh, en: "≤ " + duration.en)
    }
}
