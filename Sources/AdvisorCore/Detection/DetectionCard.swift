import Knowledge

extension Detection {
    /// The detection as the agent reads it: the verdict first, then the evidence, in at most 80 columns.
    public func renderCard(language: Language, width: Int = 80) -> String {
        var card = CardWriter(width: width)
        // Someone's safety comes before any reading of their type.
        for flag in flags where flag.isSafety {
            card.text(DetectionPhrases.safetyWarning(Self.flagTitle(flag), whatToDo: Self.safetyProtocol(flag)).text(language))
        }
        if let type {
            let level = confidence.map(Self.confidenceTitle)
            card.text(DetectionPhrases.type(KnowledgeBase.type(type).name, id: type.rawValue, confidence: level).text(language))
            if let runnerUp {
                card.text(DetectionPhrases.runnerUp(KnowledgeBase.type(runnerUp).name).text(language))
            }
        } else {
            card.text(DetectionPhrases.noClearType.text(language))
            if let pair = toTellApart, pair.count == 2 {
                let names = pair.map { KnowledgeBase.type($0).name }
                card.text(DetectionPhrases.askToTellApart(TellApart.question(pair[0], pair[1]), types: names).text(language))
            }
        }
        let temperamentName = KnowledgeBase.temperament(temperament.lean).name
        let basis = temperament.fromWords ? DetectionPhrases.temperamentFromWords(temperament.evidence) : DetectionPhrases.temperamentAssumed
        card.text(DetectionPhrases.temperament(temperamentName, basis: basis).text(language))
        if flags.contains(where: { !$0.isSafety }) {
            card.text(DetectionPhrases.flags(flags.filter { !$0.isSafety }.map(Self.flagTitle)).text(language))
        }
        card.text(DetectionPhrases.words(marked(in: language)).text(language))
        if !weighed.isEmpty {
            card.text(DetectionPhrases.weighedMost(weighed).text(language))
        }
        if ranked.contains(where: { $0.score >= 0.05 }) {
            let scores = ranked.prefix(4).filter { $0.score >= 0.05 }.map { "\($0.type.rawValue) \(Int(($0.score * 100).rounded()))%" }
            card.text(DetectionPhrases.likelihood(scores).text(language))
        }
        let setAside = matches.filter { !$0.counted }
        if !setAside.isEmpty {
            let cues = setAside.map { DetectionPhrases.setAside($0.words, why: $0.setAside == "negated" ? DetectionPhrases.negated : DetectionPhrases.quoted) }
            card.text(DetectionPhrases.notCounted(cues).text(language))
        }
        return card.rendered
    }

    /// A confidence level's name in both languages.
    public static func confidenceTitle(_ level: Confidence) -> Bilingual {
        switch level {
        case .high: Bilingual(zh: "把握较大", en: "high confidence")
        case .medium: Bilingual(zh: "把握一般", en: "medium confidence")
        case .low: Bilingual(zh: "把握较小", en: "low confidence")
        }
    }

    /// A flag's name in both languages.
    public static func flagTitle(_ flag: DetectionFlag) -> Bilingual {
        switch flag {
        case .threat: Bilingual(zh: "威胁投诉/曝光/起诉", en: "threat (regulator, media, lawyer)")
        case .lawCited: Bilingual(zh: "引用法规", en: "law or rule cited")
        case .statusClaim: Bilingual(zh: "声称身份或关系", en: "status claimed")
        case .offTopic: Bilingual(zh: "话题跑偏", en: "drifting off topic")
        case .violence: Bilingual(zh: "威胁人身安全", en: "threat of violence")
        case .selfHarm: Bilingual(zh: "提到轻生或自伤", en: "talk of self-harm")
        case .vulnerable: Bilingual(zh: "弱势客户", en: "vulnerable customer")
        }
    }

    /// What to do first when someone's safety is at stake, in both languages.
    public static func safetyProtocol(_ flag: DetectionFlag) -> Bilingual {
        switch flag {
        case .violence:
            Bilingual(zh: "保持冷静、不要争辩；告诉对方再威胁就结束通话；立即转主管，记录原话并报安保。",
                      en: "Stay calm and don't argue; say the call will end if the threats go on; hand over to a supervisor now, note the exact words and report them to security.")
        case .selfHarm:
            Bilingual(zh: "先放下投诉，放慢语速，认真对待；问对方现在是否安全；告知心理援助热线12356，紧急时拨打120或110，并立即告知主管。",
                      en: "Put the complaint aside, slow down and take it seriously; ask if they are safe right now; give the local crisis line (12356 in mainland China) or emergency services, and tell a supervisor at once.")
        case .vulnerable:
            Bilingual(zh: "放慢节奏，一次只说一件事；安排专人跟进并留下直线电话；结果用短信或书面再确认一遍。",
                      en: "Slow down and take one thing at a time; give them a named handler and a direct number; confirm the outcome again in writing.")
        default:
            Bilingual(zh: "", en: "")
        }
    }
}
