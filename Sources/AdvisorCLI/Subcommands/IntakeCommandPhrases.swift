import Knowledge

/// Every phrase the interactive intake says around its questions, in both languages, named by what it says.
enum IntakeCommandPhrases {
    static let howToAnswer = Bilingual(zh: "接诉：编号回车作答；? 解释，b 返回，Ctrl-D 保存后离开。",
                                       en: "Intake: number + Enter; ? explains, b goes back, Ctrl-D saves and leaves.")

    /// An answer sent back, with the questionnaire's reason already in the intake's language.
    static func answerRefused(_ reason: String) -> Bilingual {
        Bilingual(zh: "  ！\(reason)", en: "  ! \(reason)")
    }

    static let enterKeepsEarlierAnswer = Bilingual(zh: "  （回车保留原来的回答，输入 - 清空）", en: "  (Enter keeps the earlier answer; - clears it)")

    static func readFromTheirWords(_ choice: Bilingual) -> Bilingual {
        Bilingual(zh: "  （从原话判断：\(choice.zh)；回车确认）", en: "  (read from their words: \(choice.en); Enter to confirm)")
    }

    /// Shown in brackets where Enter would leave a list without a "not sure" choice unanswered.
    static let noDefault = Bilingual(zh: " [无]", en: " [none]")
}
