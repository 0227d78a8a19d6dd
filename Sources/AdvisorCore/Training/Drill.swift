import Knowledge

/// A drill: cases in a repeatable order, and the scoring of a trainee's answer against the advice.
public struct Drill: Sendable {
    public let items: [TrainingCase]
    let seed: UInt64

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
        var type: ComplainantTypeID?
        var temperament: TemperamentID
        var offer: Double

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
        typealias P = DrillPhrases
        var notes: [String] = []
        func typeName(_ id: ComplainantTypeID?) -> Bilingual {
            id.map { KnowledgeBase.type($0).name } ?? P.noParticularType
        }
        let typeRight = answer.type == trainingCase.type
        if !typeRight {
            let why = trainingCase.type.map { KnowledgeBase.type($0).gist } ?? P.ordinaryComplaint
            notes.append(P.typeMissed(chosen: typeName(answer.type), actual: typeName(trainingCase.type), why: why).text(language))
        }
        let temperamentRight = answer.temperament == trainingCase.temperament
        if !temperamentRight {
            let t = KnowledgeBase.temperament(trainingCase.temperament)
            notes.append(P.temperamentMissed(name: t.name, pursues: t.pursues).text(language))
        }
        // The trainee is judged against whoever settles the case: the reader's ladder, or the one it is handed to.
        let ladder = advice.settlingLadder
        let low = ladder?.opening ?? 0, high = ladder?.walkAway ?? 0
        let settler = advice.bounds.tierCaps.first { $0.tier == advice.settlement.tier }
        let cap = settler?.cap ?? advice.bounds.cap
        let tierName = settler?.name ?? advice.settlement.tierName
        let offerPoints: Int
        let offer = Money.plain(answer.offer)
        if answer.offer >= low && answer.offer <= high {
            offerPoints = 2
        } else if answer.offer >= advice.bounds.floor && answer.offer <= cap {
            offerPoints = 1
            notes.append(P.offerOutsideAdvice(offer: offer, low: Money.plain(low), high: Money.plain(high)).text(language))
        } else {
            offerPoints = 0
            let outside = answer.offer > cap
                ? P.offerAboveCap(offer: offer, tier: tierName, cap: Money.plain(cap))
                : P.offerBelowFloor(offer: offer, floor: Money.plain(advice.bounds.floor))
            notes.append(outside.text(language))
        }
        if notes.isEmpty { notes.append(P.allRight.text(language)) }
        return Score(caseID: trainingCase.id, points: (typeRight ? 1 : 0) + (temperamentRight ? 1 : 0) + offerPoints,
                     typeRight: typeRight, temperamentRight: temperamentRight, offerPoints: offerPoints, explanations: notes)
    }
}
