import Knowledge

/// Every phrase of the detector's evaluation report, in both languages, named by what it says.
enum EvaluationPhrases {
    static func utterances(_ total: Int, split: String?, decidable: Int) -> Bilingual {
        let zhHalf = split.map { $0 == "test" ? "（测试一半）" : "（训练一半）" } ?? ""
        let enHalf = split.map { " (\($0) half)" } ?? ""
        return Bilingual(zh: "样本数 \(total)\(zhHalf)，可判断的 \(decidable)", en: "utterances \(total)\(enHalf), decidable \(decidable)")
    }

    // Each label ends in its own separator: the figure follows directly.
    static let typeAccuracy = Bilingual(zh: "类型首选准确率（可判断、有类型）：", en: "type accuracy (decidable, typed): ")
    static let macroF1 = Bilingual(zh: "宏平均 F1：", en: "macro-F1: ")
    static let topTwoAccuracy = Bilingual(zh: "前两位含正确类型：", en: "right type in the top two: ")
    static let noTypeAccuracy = Bilingual(zh: "普通投诉判为“无明确类型”：", en: "ordinary complaints given no clear type: ")
    static let temperamentAccuracy = Bilingual(zh: "性格倾向准确率（全部）：", en: "temperament accuracy (all rows): ")

    /// One confidence level's record: right of named, with the share once the level was named at all.
    static func levelAccuracy(_ level: Bilingual, right: Int, named: Int, percent: String?) -> Bilingual {
        let figures = " \(right)/\(named)" + (percent.map { " " + $0 } ?? "")
        return Bilingual(zh: level.zh + figures, en: level.en + figures)
    }

    static func accuracyByConfidence(_ levels: [Bilingual]) -> Bilingual {
        let list = levels.joined(zh: "；", en: "; ")
        return Bilingual(zh: "各把握等级的准确率：\(list.zh)", en: "accuracy by confidence: \(list.en)")
    }

    static let perLabelHeading = Bilingual(zh: "按标注（精确率 / 召回率）：", en: "per label (precision / recall):")
    static let confusionHeading = Bilingual(zh: "混淆表（行：标注，列：判断）：", en: "confusion (rows: labelled, columns: detected):")
}
