import Knowledge

/// A drill: cases in a repeatable order, and the scoring of a trainee's answer against the advice.
public struct Drill: Sendable {
    public let items: [TrainingCase]
    public let seed: UInt64

    /// Picks the drill's cases.
    /// - Parameters:
    ///   - library: The cases to draw from.
    ///   - seed: The same seed gives the same cases in the same order.
    ///   - count: How many cases; capped at the library's size.
    public init(library: CaseLibrary, seed: UInt64, count: Int) {
        var random = SplitMix64(seed: seed)
        self.seed = seed
        items = Array(library.cases.shuffled(using: &random).prefix(max(0, count)))
    }

    /// A trainee's answer to one case.
    public struct Answer: Equatable, Sendable {
        public var type: ComplainantTypeID?
        public var temperament: TemperamentID
        public var offer: Double

        public init(type: ComplainantTypeID?, temperament: TemperamentID, offer: Double) {
            self.type = type
            self.temperament = temperament
            self.offer = offer
        }
    }

    /// How one answer scored, with a sentence for every difference.
    public struct Score: Codable, Equatable, Sendable {
        public var caseID: String
        public var points: Int
        public static let maximum = 4
        public var typeRight: Bool
        public var temperamentRight: Bool
        /// 2 inside the advised range, 1 inside the policy bounds but outside the range, 0 outside the bounds.
        public var offerPoints: Int
        public var explanations: [String]
    }

    /// Scores an answer against the case's labels and the advice for the case.
    /// - Parameters:
    ///   - answer: What the trainee said.
    ///   - trainingCase: The case.
    ///   - advice: The advice for the case's intake.
    ///   - language: The language of the explanations.
    public static func score(_ answer: Answer, for trainingCase: TrainingCase, advice: Advice, language: Language) -> Score {
        let zh = language == .zh
        var notes: [String] = []
        func typeName(_ id: ComplainantTypeID?) -> String {
            id.map { KnowledgeBase.type($0).name.text(language) } ?? (zh ? "无明确类型" : "no particular type")
        }
        let typeRight = answer.type == trainingCase.type
        if !typeRight {
            let why = trainingCase.type.map { KnowledgeBase.type($0).gist.text(language) }
                ?? (zh ? "这是一般投诉，没有哪一类的典型表现。" : "It is an ordinary complaint with no type's marks.")
            notes.append((zh ? "类型：你选了\(typeName(answer.type))，案例是\(typeName(trainingCase.type))。" : "Type: you chose \(typeName(answer.type)); the case shows \(typeName(trainingCase.type)). ") + why)
        }
        let temperamentRight = answer.temperament == trainingCase.temperament
        if !temperamentRight {
            let t = KnowledgeBase.temperament(trainingCase.temperament)
            let pursues = t.pursues.text(language)
            notes.append(zh ? "性格：这位客户是\(t.name.zh)，追求的是\(pursues)"
                            : "Temperament: this customer is \(t.name.en.lowercased()), pursuing " + pursues.prefix(1).lowercased() + pursues.dropFirst())
        }
        // The trainee is judged against whoever settles the case: the reader's ladder, or the one it is handed to.
        let ladder = advice.settlingLadder
        let low = ladder?.opening ?? 0, high = ladder?.walkAway ?? 0
        let settler = advice.bounds.tierCaps.first { $0.tier == advice.settlement.tier }
        let cap = settler?.cap ?? advice.bounds.cap
        let tierName = settler?.name ?? advice.settlement.tierName
        let offerPoints: Int
        if answer.offer >= low && answer.offer <= high {
            offerPoints = 2
        } else if answer.offer >= advice.bounds.floor && answer.offer <= cap {
            offerPoints = 1
            notes.append(zh ? "出价：\(Money.plain(answer.offer)) 在政策范围内，但不在建议范围 \(Money.plain(low))–\(Money.plain(high)) 内。"
                            : "Offer: \(Money.plain(answer.offer)) is within policy but outside the advised range \(Money.plain(low))–\(Money.plain(high)).")
        } else {
            offerPoints = 0
            let side = answer.offer > cap
                ? (zh ? "超过了\(tierName)的上限 \(Money.plain(cap))，需要升级或降低期望" : "above the \(tierName)'s cap of \(Money.plain(cap)): escalate or lower the expectation instead")
                : (zh ? "低于应给的下限 \(Money.plain(advice.bounds.floor))" : "below the floor owed, \(Money.plain(advice.bounds.floor))")
            notes.append((zh ? "出价：\(Money.plain(answer.offer)) " : "Offer: \(Money.plain(answer.offer)) is ") + side + (zh ? "。" : "."))
        }
        if notes.isEmpty { notes.append(zh ? "全对。" : "All right.") }
        return Score(caseID: trainingCase.id, points: (typeRight ? 1 : 0) + (temperamentRight ? 1 : 0) + offerPoints,
                     typeRight: typeRight, temperamentRight: temperamentRight, offerPoints: offerPoints, explanations: notes)
    }
}
