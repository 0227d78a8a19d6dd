import AdvisorCore
import Knowledge

/// Everything `advisor drill` says to the trainee around the cases and their scores, in both languages.
enum DrillCommandPhrases {
    static func intro(seed: UInt64, count: Int) -> Bilingual {
        Bilingual(zh: "练习：种子 \(seed)，共 \(count) 题。用 --seed \(seed) 可重做同一套。",
                  en: "Drill: seed \(seed), \(count) cases. Repeat it with --seed \(seed).")
    }
    /// Leads the numbered type names, so "no type" is on the menu too.
    static let typeMenuLead = Bilingual(zh: "类型：0 无  ", en: "Types: 0 none  ")
    static func caseHeading(number: Int, count: Int, title: TrainingCase.Text) -> Bilingual {
        Bilingual(zh: "—— 第 \(number)/\(count) 题：\(title.zh)", en: "— Case \(number)/\(count): \(title.en)")
    }
    static func customerSays(_ words: TrainingCase.Text) -> Bilingual {
        Bilingual(zh: "客户说：“\(words.zh)”", en: "The customer says: \"\(words.en)\"")
    }

    // MARK: Prompts

    static let askType = Bilingual(zh: "类型 0–6", en: "type 0–6")
    static let askTemperament = Bilingual(zh: "性格 1 理性 / 2 感性", en: "temperament 1 rational / 2 emotional")
    static let askOffer = Bilingual(zh: "补偿金额", en: "your offer")
    static func unreadableAnswer(_ typed: String) -> Bilingual {
        Bilingual(zh: "  ！无法识别“\(typed)”，请重新输入\n", en: "  ! cannot read '\(typed)'; try again\n")
    }

    // MARK: Scores

    static func score(points: Int, maximum: Int) -> Bilingual {
        Bilingual(zh: "得分 \(points)/\(maximum)", en: "Score \(points)/\(maximum)")
    }
    static func summary(answered: Int, asked: Int, points: Int, maximum: Int) -> Bilingual {
        Bilingual(zh: "总结：完成 \(answered)/\(asked) 题，得分 \(points)/\(maximum)",
                  en: "Summary: \(answered) of \(asked) cases answered, \(points) of \(maximum) points")
    }
}
