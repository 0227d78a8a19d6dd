import Knowledge

/// Every phrase of the detection card and the marked words, in both languages, named by what it says.
enum DetectionPhrases {
    /// A counted cue, bracketed where it stands in the customer's words.
    static func markedCue(_ words: String) -> Bilingual {
        Bilingual(zh: "【\(words)】", en: "[\(words)]")
    }

    static func safetyWarning(_ flag: Bilingual, whatToDo: Bilingual) -> Bilingual {
        Bilingual(zh: "⚠ \(flag.zh)：\(whatToDo.zh)", en: "⚠ \(flag.en): \(whatToDo.en)")
    }

    /// Both names of the type, the card's language first, as `advisor types` lists them.
    static func type(_ name: Bilingual, id: String, confidence: Bilingual?) -> Bilingual {
        let zhLevel = confidence.map { " · \($0.zh)" } ?? ""
        let enLevel = confidence.map { " · \($0.en)" } ?? ""
        return Bilingual(zh: "类型：\(name.zh) · \(name.en)  [\(id)]\(zhLevel)", en: "Type: \(name.en) · \(name.zh)  [\(id)]\(enLevel)")
    }

    static func runnerUp(_ name: Bilingual) -> Bilingual {
        Bilingual(zh: "其次：\(name.zh)", en: "Runner-up: \(name.en)")
    }

    static let noClearType = Bilingual(zh: "类型：无明确类型（按一般投诉处理）", en: "Type: no clear type (handle as an ordinary complaint)")

    static func askToTellApart(_ question: Bilingual, types: [Bilingual]) -> Bilingual {
        let names = types.joined(zh: "还是", en: " or ")
        return Bilingual(zh: "可以问：\(question.zh)（分辨\(names.zh)）", en: "Ask: \(question.en) (tells \(names.en) apart)")
    }

    static func temperament(_ name: Bilingual, basis: Bilingual) -> Bilingual {
        Bilingual(zh: "性格：\(name.zh) (\(basis.zh))", en: "Temperament: \(name.en) (\(basis.en))")
    }

    static func temperamentFromWords(_ evidence: [String]) -> Bilingual {
        Bilingual(zh: "依据：" + evidence.joined(separator: "、"), en: "from: " + evidence.joined(separator: ", "))
    }

    static let temperamentAssumed = Bilingual(zh: "话语中没有线索，按常见倾向推定", en: "no lean in the words; assumed from the usual pattern")

    static func flags(_ names: [Bilingual]) -> Bilingual {
        let list = names.joined(zh: "、", en: ", ")
        return Bilingual(zh: "注意：\(list.zh)", en: "Flags: \(list.en)")
    }

    /// The customer's words with the cues marked; `marked` is already bracketed for the card's language.
    static func words(_ marked: String) -> Bilingual {
        Bilingual(zh: "原话：\(marked)", en: "Words: \(marked)")
    }

    static func weighedMost(_ words: [String]) -> Bilingual {
        Bilingual(zh: "最有分量的词：" + words.map { "“\($0)”" }.joined(separator: "、"),
                  en: "Words that weighed most: " + words.map { "\"\($0)\"" }.joined(separator: ", "))
    }

    static func likelihood(_ scores: [String]) -> Bilingual {
        let list = scores.joined(separator: " · ")
        return Bilingual(zh: "可能性：\(list)", en: "Likelihood: \(list)")
    }

    static let negated = Bilingual(zh: "否定", en: "negated")
    static let quoted = Bilingual(zh: "转述", en: "quoted")

    /// A cue found but not counted, with why it was set aside.
    static func setAside(_ words: String, why: Bilingual) -> Bilingual {
        Bilingual(zh: "“\(words)” (\(why.zh))", en: "“\(words)” (\(why.en))")
    }

    static func notCounted(_ cues: [Bilingual]) -> Bilingual {
        let list = cues.joined(zh: "、", en: ", ")
        return Bilingual(zh: "未计入：\(list.zh)", en: "Not counted: \(list.en)")
    }
}
