import Knowledge

extension Detection {
    /// The detection as the agent reads it: the verdict first, then the evidence, in at most 80 columns.
    public func renderCard(language: Language, width: Int = 80) -> String {
        let zh = language == .zh
        var card = CardWriter(width: width)
        let colon = zh ? "：" : ": "
        if let type {
            let t = KnowledgeBase.type(type)
            card.text((zh ? "类型" : "Type") + colon + t.name.text(language) + " · " + (zh ? t.name.en : t.name.zh) + "  [\(type.rawValue)]")
        } else {
            card.text((zh ? "类型" : "Type") + colon + (zh ? "无明确类型（按一般投诉处理）" : "no clear type (handle as an ordinary complaint)"))
        }
        let temperamentName = KnowledgeBase.temperament(temperament.lean).name.text(language)
        let basis = temperament.fromWords
            ? (zh ? "依据：" : "from: ") + temperament.evidence.joined(separator: zh ? "、" : ", ")
            : (zh ? "话语中没有线索，按常见倾向推定" : "no lean in the words; assumed from the usual pattern")
        card.text((zh ? "性格" : "Temperament") + colon + temperamentName + " (" + basis + ")")
        if !flags.isEmpty {
            let names = flags.map { Self.flagTitle($0).text(language) }
            card.text((zh ? "注意" : "Flags") + colon + names.joined(separator: zh ? "、" : ", "))
        }
        card.text((zh ? "原话" : "Words") + colon + marked(in: language))
        if !ranked.isEmpty {
            let scores = ranked.prefix(4).map { "\($0.type.rawValue) \(Money.plain(($0.score * 10).rounded() / 10))" }
            card.text((zh ? "得分" : "Scores") + colon + scores.joined(separator: " · "))
        }
        let setAside = matches.filter { !$0.counted }
        if !setAside.isEmpty {
            let items = setAside.map { "“\($0.words)” (" + ($0.setAside == "negated" ? (zh ? "否定" : "negated") : (zh ? "转述" : "quoted")) + ")" }
            card.text((zh ? "未计入" : "Not counted") + colon + items.joined(separator: zh ? "、" : ", "))
        }
        return card.rendered
    }

    /// A flag's name in both languages.
    public static func flagTitle(_ flag: DetectionFlag) -> Bilingual {
        switch flag {
        case .threat: Bilingual(zh: "威胁投诉/曝光/起诉", en: "threat (regulator, media, lawyer)")
        case .lawCited: Bilingual(zh: "引用法规", en: "law or rule cited")
        case .statusClaim: Bilingual(zh: "声称身份或关系", en: "status claimed")
        case .offTopic: Bilingual(zh: "话题跑偏", en: "drifting off topic")
        }
    }
}
