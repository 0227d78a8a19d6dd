import Knowledge

/// Every phrase the questionnaire says besides its questions, in both languages, named by what it says.
enum QuestionnairePhrases {
    // MARK: Why an answer was not accepted

    static func notAChoice(count: Int) -> Bilingual {
        Bilingual(zh: "请输入 1 到 \(count) 之间的数字，或选项名称", en: "type a number from 1 to \(count), or the choice's name")
    }
    static let notACount = Bilingual(zh: "请输入 0 或正整数", en: "type a whole number, 0 or more")
    static let notAnAmount = Bilingual(zh: "请只输入数字金额（如 200 或 49.5），不知道就直接回车", en: "type the amount in plain digits (like 200 or 49.5), or press Enter if unknown")
    static let answerRequired = Bilingual(zh: "这一项必须回答", en: "this one needs an answer")
    static let bottomLineAboveExpectation = Bilingual(zh: "底线不能高于期望", en: "the bottom line cannot be above the expectation")

    // MARK: The summary shown on resuming

    static let resuming = Bilingual(zh: "继续接诉：", en: "Resuming: ")
    static let noAnswersYet = Bilingual(zh: "尚未作答", en: "no answers yet")

    static func brokenPromises(_ count: Int) -> Bilingual {
        Bilingual(zh: "已失约 \(count) 次", en: "\(count) broken promise" + (count == 1 ? "" : "s"))
    }
    static func expectation(_ amount: String) -> Bilingual {
        Bilingual(zh: "期望 \(amount)", en: "expects \(amount)")
    }
    static func bottomLine(_ amount: String) -> Bilingual {
        Bilingual(zh: "底线 \(amount)", en: "bottom line \(amount)")
    }
    static func customerSaid(_ words: String) -> Bilingual {
        Bilingual(zh: "客户原话：“\(words)”", en: "They said: “\(words)”")
    }
}
