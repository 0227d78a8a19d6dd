import Knowledge

/// Every phrase a training case is shown with, on the terminal card and in the handout, in both languages.
enum CasePhrases {
    // MARK: The terminal card

    static let facts = Bilingual(zh: "经过", en: "Facts")
    static let customerSays = Bilingual(zh: "客户说", en: "The customer says")
    static let wrongHandling = Bilingual(zh: "错误处理", en: "Wrong handling")
    static let whyItFails = Bilingual(zh: "为什么不行", en: "Why it fails")
    static let rightHandling = Bilingual(zh: "正确处理", en: "Right handling")
    static let settlement = Bilingual(zh: "结果", en: "Settlement")
    static let lesson = Bilingual(zh: "要点", en: "Lesson")
    static let noType = Bilingual(zh: "无类型", en: "no type")

    static func typeAgainstLabel(read: Bilingual, labelled: Bilingual) -> Bilingual {
        Bilingual(zh: "类型：\(read.zh)（案例标注：\(labelled.zh)）", en: "Type: \(read.en) (case says: \(labelled.en))")
    }
    static func temperamentAgainstLabel(read: Bilingual, labelled: Bilingual) -> Bilingual {
        Bilingual(zh: "性格：\(read.zh)（案例标注：\(labelled.zh)）", en: "Temperament: \(read.en) (case says: \(labelled.en))")
    }
    /// Whether the real settlement falls inside the advised range; `marked` sets the verdict in bold for Markdown.
    static func settlementAgainstRange(_ amount: Bilingual, inside: Bool, marked: Bool = false) -> Bilingual {
        let verdict = inside ? Bilingual(zh: "在", en: "inside") : Bilingual(zh: "不在", en: "outside")
        let shown = marked ? Bilingual(zh: "**\(verdict.zh)**", en: "**\(verdict.en)**") : verdict
        return Bilingual(zh: "实际结果\(amount.zh)，\(shown.zh)建议范围内。",
                         en: "The real settlement, \(amount.en), is \(shown.en) the advised range.")
    }
    /// The settlement's value after its description: "（200元）", " (200 yuan)", the English held on one line.
    static func settlementValue(_ amount: Bilingual) -> Bilingual {
        Bilingual(zh: "（\(amount.zh)）", en: " (" + amount.en.replacing(" ", with: "\u{00A0}") + ")")
    }

    // MARK: The card and the handout

    static let analysis = Bilingual(zh: "助手的分析", en: "The advisor's analysis")
    static let noClearType = Bilingual(zh: "无明确类型", en: "no clear type")

    // MARK: The handout

    static let caseID = Bilingual(zh: "案例编号：", en: "Case: ")
    static let whatHappened = Bilingual(zh: "经过", en: "What happened")
    static let discussionQuestions = Bilingual(zh: "讨论问题", en: "Questions for the group")
    static let theWrongHandling = Bilingual(zh: "错误的处理", en: "The wrong handling")
    static let whyItFailsLead = Bilingual(zh: "**为什么不行：**", en: "**Why it fails:** ")
    static let theRightHandling = Bilingual(zh: "正确的处理", en: "The right handling")
    static let settlementLead = Bilingual(zh: "**结果：**", en: "**Settlement:** ")
    static let typeFromWords = Bilingual(zh: "从原话判断的类型：", en: "Type read from the words: ")
    static let temperamentLead = Bilingual(zh: "性格倾向：", en: "Temperament: ")
    static let remedyLead = Bilingual(zh: "补救：", en: "Remedy: ")
    static let picture = Bilingual(zh: "谈判图", en: "The negotiation picture")
    static let pictureAlt = Bilingual(zh: "谈判图：", en: "Negotiation picture: ")
    static let theLesson = Bilingual(zh: "要点", en: "The lesson")

    static func advisedRange(low: String, high: String, tier: String) -> Bilingual {
        Bilingual(zh: "建议范围：\(low)–\(high)（由\(tier)给出）", en: "Advised range: \(low)–\(high) (given by the \(tier))")
    }

    // MARK: The case library

    static func unreadableFolder(_ path: String) -> Bilingual {
        Bilingual(zh: "无法读取案例文件夹 \(path)；请检查路径", en: "cannot list the case folder \(path); check the path")
    }
    static func unreadableFile(_ path: String) -> Bilingual {
        Bilingual(zh: "无法读取案例文件 \(path)；请检查权限", en: "cannot read the case file \(path); check its permissions")
    }
}
