import AdvisorCore
import Foundation
import Knowledge
import Testing

/// What the detector answers for the sayings the training material gives each type, in our own words in both languages.
@Suite struct TypicalSayingTests {
    @Test(arguments: [
        ("我都不知道这个还要定期保养的", ComplainantTypeID.lacksCommonSense),
        ("I had no idea it needed servicing every so often", .lacksCommonSense),
        ("说明书写得太复杂了，我照着弄根本弄不明白", .lacksCommonSense),
        ("The manual's far too complicated, I can't make head or tail of it", .lacksCommonSense),
        ("你们这个产品的内部结构我专门研究过", .showsOffKnowledge),
        ("I've taken one of your units apart and studied the design", .showsOffKnowledge),
        ("按行业标准来说，这个参数早就该达标了", .showsOffKnowledge),
        ("Going by the industry standard, that figure should already be met", .showsOffKnowledge),
        ("根据消费者权益保护法，你们得退一赔三", .professionalComplainer),
        ("Under the Consumer Rights Protection Law you owe me three times the price", .professionalComplainer),
        ("我要求你们严格按照三包规定来处理", .professionalComplainer),
        ("I want this dealt with under the three-guarantees rules, in writing", .professionalComplainer),
        ("全部退款，另外还得赔我钱，少一分都不行", .unreasonable),
        ("Full refund AND compensation, and I don't want to hear any excuses", .unreasonable),
        ("今天不给我解决，我马上找监管部门，再找媒体曝光你们", .unreasonable),
        ("Sort it today or I'm straight to the regulator and the papers, I don't care what you say", .unreasonable),
        ("我认识你们老板，你自己掂量掂量", .nameDropper),
        ("I know your boss personally, so think carefully", .nameDropper),
        ("我是某某单位的，你们办事注意点", .nameDropper),
        ("I'm with a government department, so you'd better be careful how you handle this", .nameDropper),
        ("我就是想随便问问，也没什么急事", .timeKiller),
        ("I just wanted to ask a little something, no rush at all, I've got all afternoon", .timeKiller),
        ("对了，说起这个，我家孙子上回也跟我讲过一件事", .timeKiller),
        ("Oh and speaking of that, my grandson was telling me the other day about his new job", .timeKiller),
    ])
    func eachTypicalSayingIsReadAsItsType(text: String, type: ComplainantTypeID) {
        let detection = CueDetector.standard.detect(text)
        #expect(detection.type == type, "\(text): read as \(String(describing: detection.type)), \(detection.ranked.prefix(2))")
    }
}

/// The scoring rules the model's answer follows, each held on its own.
@Suite struct ModelScoringTests {
    /// A feature is there or not: saying a word twice adds nothing, so shouting one cue does not make a type.
    @Test func aRepeatedCueWeighsWhatItWeighsOnce() {
        let once = ModelFeatures.names("骗子", cueTypes: CueDetector.standard.cueTypes(in: "骗子"))
        let twice = ModelFeatures.names("骗子 骗子", cueTypes: CueDetector.standard.cueTypes(in: "骗子 骗子"))
        #expect(once == twice)
        #expect(TypeModel.standard.scores(once) == TypeModel.standard.scores(twice))
    }

    /// Probabilities sum to one and keep the scores' order.
    @Test func probabilitiesFollowTheScores() {
        let p = TypeModel.probabilities([3000, 1000, 0, -500, 0, 0, 2000])
        #expect(abs(p.reduce(0, +) - 1) < 1e-9)
        #expect(p[0] > p[6] && p[6] > p[1] && p[1] > p[2] && p[2] > p[3])
    }

    /// A type is named only with enough probability, and the level says how sure: plain words get no type.
    @Test(arguments: ["我的快递到哪了？", "Where's my parcel? It was due Tuesday.", "请帮我查一下这个月的账单。"])
    func anOrdinaryQuestionHasNoType(text: String) {
        let detection = CueDetector.standard.detect(text)
        #expect(detection.type == nil && detection.confidence == nil, "\(text): \(String(describing: detection.type))")
    }

    /// With no clear type but two likely ones, the card offers the question that tells them apart.
    @Test func twoCloseTypesGetAQuestion() throws {
        let pairs = ComplainantTypeID.allCases.flatMap { a in ComplainantTypeID.allCases.filter { $0 != a }.map { (a, $0) } }
        for (a, b) in pairs {
            let question = TellApart.question(a, b)
            #expect(question == TellApart.question(b, a))
            #expect(!question.zh.isEmpty && !question.en.isEmpty)
        }
        #expect(Set(pairs.map { TellApart.question($0.0, $0.1).en }).count == 15, "one question for each of the fifteen pairs")
    }

    /// A Latin cue counts only on word boundaries, in the model's features as in the cue scores.
    @Test func aCueInsideAnotherWordIsNotACue() {
        let inside = CueDetector.standard.cueTypes(in: "this issue you raised")
        let alone = CueDetector.standard.cueTypes(in: "I will sue you")
        #expect(!inside.types.contains(.unreasonable) || alone.types.contains(.unreasonable))
        #expect(CueDetector.standard.cueTypes(in: "myknow your bossy").types.isEmpty)
    }
}

/// Someone's safety comes first: the protocol is on the card before anything else, whatever else is said.
@Suite struct SafetyFlagTests {
    @Test(arguments: [
        ("你再不处理，我就去你们公司门口等你，弄死你", DetectionFlag.violence),
        ("Fix it or I'll come down there and beat you up", .violence),
        ("我真的不想活了，这点事都办不成", .selfHarm),
        ("Honestly some days I want to end it all", .selfHarm),
        ("我老伴上个月刚去世，我八十多了，这个电视我不会弄", .vulnerable),
        ("My husband passed away and I get confused with these boxes", .vulnerable),
    ])
    func safetyWordsRaiseTheFlagAndTheProtocolLeads(text: String, flag: DetectionFlag) {
        let detection = CueDetector.standard.detect(text)
        #expect(detection.flags.contains(flag), "\(text): \(detection.flags)")
        for language in Language.allCases {
            let first = detection.renderCard(language: language).split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("⚠ " + Detection.flagTitle(flag).text(language)), "\(first)")
        }
    }

    /// A threat is not argued away by a negation in front of it.
    @Test func aNegatedThreatStillRaisesTheFlag() {
        let detection = CueDetector.standard.detect("I'm not going to hurt you, just get it fixed")
        #expect(detection.matches.contains { $0.points == "flag:violence" && !$0.counted }, "the cue itself reads as negated")
        #expect(detection.flags.contains(.violence))
    }

    /// The advice card puts the protocol above the complaint.
    @Test func theAdviceCardLeadsWithTheProtocol() throws {
        var intake = Intake(category: .productQuality)
        intake.said = ["I don't want to live anymore, this was the last straw"]
        let card = try AdviceEngine(policy: .builtIn).advise(intake, language: .en, readWords: true).renderCard()
        #expect(card.hasPrefix("⚠ talk of self-harm"))
    }
}

/// The type cues are data files a trainer edits; Swift reads exactly what they say.
@Suite struct CueFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Knowledge/Cues")

    @Test func theEmbeddedFilesAreTheFilesByteForByte() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(CueFiles.files.map(\.name) == names, "run python3 scripts/embed-cues.py")
        for file in CueFiles.files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.text == text, "\(file.name) changed: run python3 scripts/embed-cues.py")
        }
    }

    @Test func everyFileReadsWithoutProblems() {
        for file in CueFiles.files where !file.name.hasPrefix("slots.") && !file.name.hasPrefix("words.") {
            let language: Language = file.name.contains(".zh.") ? .zh : .en
            #expect(CueFiles.parse(file.text, language: language).problems.isEmpty, "\(file.name)")
        }
        for type in ComplainantTypeID.allCases {
            let cues = CueFiles.cues(for: type)
            #expect(cues.contains { $0.language == .zh } && cues.contains { $0.language == .en }, "\(type) needs cues in both languages")
        }
    }

    @Test(arguments: [
        ("i('m| am) friends with (the|your) <role>", ["i'm friends with the boss", "i'm friends with the ceo", "i'm friends with your boss",
                                                     "i'm friends with your ceo", "i am friends with the boss", "i am friends with the ceo",
                                                     "i am friends with your boss", "i am friends with your ceo"]),
        ("(very |)angry", ["very angry", "angry"]),
        ("我<role>", ["我boss", "我ceo"]),
    ])
    func patternsExpandIntoEveryCombination(pattern: String, phrases: [String]) throws {
        let expanded = try CueFiles.expand(pattern, slots: ["role": ["boss", "ceo"]]).get()
        #expect(expanded.sorted() == phrases.sorted())
    }

    @Test(arguments: [("我<nobody>", "no slot named <nobody>"), ("(a|b", "never closed"), ("<role", "never closed")])
    func aBadPatternSaysWhatIsWrong(pattern: String, message: String) {
        guard case let .failure(error) = CueFiles.expand(pattern, slots: ["role": ["x"]]) else {
            Issue.record("\(pattern) expanded")
            return
        }
        #expect(error.description.contains(message))
    }

    @Test func aBadLineIsNamedByNumber() {
        let problems = CueFiles.parse("# comment\nstrong\tfine\nloud\tnot a strength\n", language: .en).problems
        #expect(problems.map(\.line) == [3])
    }
}

/// The decision rules on made-up scores: each rule held apart from the model's weights.
@Suite struct DecisionRuleTests {
    /// Totals in thousandths for the seven type labels and the two temperaments; unlisted labels far below.
    func totals(_ types: [Int: Double], rational: Int32 = 0, emotional: Int32 = 0) -> SIMD16<Int32> {
        var v = SIMD16<Int32>(repeating: -1_000_000)
        // A probability ratio r against lane 0 is a score difference of ln(r) × temperature × 1000.
        for (lane, ratio) in types { v[lane] = Int32((log(ratio) * TypeModel.temperature * 1000).rounded()) }
        v[7] = rational
        v[8] = emotional
        return v
    }

    @Test func aClearLeaderIsNamedWithItsLevel() {
        let d = CueDetector.decide(totals([0: 1]), cueHit: true, evidence: 40)
        #expect(d.type == 0 && d.confidence == .high && d.runnerUp == nil && d.toTellApart == nil)
    }

    @Test func belowTheThresholdNoTypeButAQuestion() throws {
        // Two types at equal odds: each at one half, under any threshold above a half.
        try #require(TypeModel.answerThreshold > 0.5)
        let d = CueDetector.decide(totals([0: 1, 1: 1]), cueHit: true, evidence: 40)
        #expect(d.type == nil && d.confidence == nil)
        #expect(d.toTellApart == [0, 1])
    }

    @Test func anOrdinaryComplaintLeadingGetsNoQuestion() {
        // "None" leads at about 43%, two types follow at about 28% each: together enough for a question, had a type led.
        let d = CueDetector.decide(totals([6: 1, 0: 0.66, 1: 0.66]), cueHit: true, evidence: 40)
        #expect(d.type == nil && d.toTellApart == nil)
    }

    @Test(arguments: [(false, 11, false), (false, 12, true), (true, 3, true)])
    func aShortLineNeedsACue(cueHit: Bool, evidence: Int, named: Bool) {
        let d = CueDetector.decide(totals([2: 1]), cueHit: cueHit, evidence: evidence)
        #expect((d.type == 2) == named)
    }

    @Test func theRunnerUpIsShownOnlyWhenItCounts() {
        #expect(CueDetector.decide(totals([0: 1, 3: 0.1]), cueHit: true, evidence: 40).runnerUp == 3)
        #expect(CueDetector.decide(totals([0: 1, 3: 0.01]), cueHit: true, evidence: 40).runnerUp == nil)
    }

    @Test(arguments: [(Int32(0), Int32(0), false), (0, 2000, true), (2000, 0, true), (0, 300, false)])
    func theWordsLeanOnlyWhenTheModelClearlyDoes(rational: Int32, emotional: Int32, fromWords: Bool) {
        let d = CueDetector.decide(totals([0: 1], rational: rational, emotional: emotional), cueHit: true, evidence: 40)
        #expect(d.temperamentFromWords == fromWords, "emotional \(d.emotional)")
    }
}

/// Every status claim is flagged, through a title, a relative or a friend.
@Suite struct StatusClaimTests {
    @Test(arguments: ["my husband is your regional manager, so sort it out", "我老公是你们副总，你看着办"])
    func aClaimThroughARelativeIsFlagged(text: String) {
        #expect(CueDetector.standard.detect(text).flags.contains(.statusClaim))
    }
}

/// The evaluation's arithmetic on readings whose answers are known.
@Suite struct EvaluationArithmeticTests {
    func detection(_ type: ComplainantTypeID?, ranked: [ComplainantTypeID], lean: TemperamentID = .rational,
                   confidence: Detection.Confidence? = .high) throws -> Detection {
        let rankedJSON = ranked.enumerated().map { #"{"type": "\#($1.rawValue)", "score": \#(0.5 - Double($0) * 0.1)}"# }.joined(separator: ",")
        let json = """
        {"text": "x", "type": \(type.map { "\"\($0.rawValue)\"" } ?? "null"), "confidence": \(confidence.map { "\"\($0.rawValue)\"" } ?? "null"),
         "ranked": [\(rankedJSON)], "weighed": [], "flags": [], "matches": [],
         "temperament": {"lean": "\(lean.rawValue)", "rational": 0.5, "emotional": 0.5, "fromWords": true, "evidence": []}}
        """
        return try JSONDecoder().decode(Detection.self, from: Data(json.utf8))
    }

    @Test func figuresFollowTheReadings() throws {
        func row(_ i: Int, _ type: ComplainantTypeID?, _ t: TemperamentID = .rational, decidable: Bool = true) -> LabelledUtterance {
            LabelledUtterance(line: i, text: "\(i)", type: type, temperament: t, decidable: decidable, source: nil)
        }
        let rows = [row(1, .nameDropper), row(2, .nameDropper), row(3, .unreasonable), row(4, nil), row(5, nil, .emotional),
                    row(6, .timeKiller, decidable: false)]
        let readings: [String: Detection] = [
            "1": try detection(.nameDropper, ranked: [.nameDropper, .unreasonable]),
            "2": try detection(nil, ranked: [.unreasonable, .nameDropper], confidence: nil),
            "3": try detection(.nameDropper, ranked: [.nameDropper, .timeKiller], confidence: .medium),
            "4": try detection(nil, ranked: [.timeKiller, .nameDropper], confidence: nil),
            "5": try detection(.timeKiller, ranked: [.timeKiller, .nameDropper], lean: .emotional, confidence: .low),
            "6": try detection(.timeKiller, ranked: [.timeKiller], confidence: .high),
        ]
        let report = DetectionEvaluation.evaluate(rows) { readings[$0]! }
        #expect(report.decidable == 5 && report.total == 6)
        #expect(report.typeAccuracy == 1.0 / 3.0, "one of three decidable typed rows right")
        #expect(report.topTwoAccuracy == 2.0 / 3.0, "rows 1 and 2 have the type in their top two; row 3 does not")
        #expect(report.noTypeAccuracy == 0.5)
        #expect(report.temperamentAccuracy == 1.0, "all six leans agree with their labels")
        #expect(report.confidenceLevels.map(\.named) == [1, 1, 1] && report.confidenceLevels.map(\.right) == [1, 0, 0])
        let nameDropper = try #require(report.perLabel.first { $0.label == "name-dropper" })
        #expect(nameDropper.precision == 0.5 && nameDropper.recall == 0.5)
        #expect(abs(report.macroF1 - 1.0 / 7.0) < 1e-12, "F1 of a half for name-dropper and for none, zero for the other five")
    }
}

/// Chinese cues respect the word boundaries that are beyond doubt (`Knowledge/Cues/words.zh.txt`).
@Suite struct ChineseWordBoundaryTests {
    func cueWords(_ text: String) -> [String] {
        CueDetector.standard.detect(text).matches.map(\.words)
    }

    @Test(arguments: [
        ("今天天气真好，出来走走", "天天"),        // 今天 | 天气: the 天天 cutting into 今天 was never said
        ("今天天氣真好，出來走走", "天天"),        // the same in Traditional characters
        ("明天天亮我再打过来", "天天"),            // 明天 | 天亮: a word on the left cut
        ("不好意思，麻烦帮我看一下", "好意思"),    // an apology, not "you have the nerve"
    ])
    func aCueCuttingIntoAWordIsNotCounted(text: String, cue: String) {
        #expect(!cueWords(text).contains(cue), "\(text): \(cueWords(text))")
    }

    @Test(arguments: [
        ("我天天打电话给你们，没人管", "天天"),
        ("你们还好意思问我要什么？", "好意思"),
        ("我天天气得睡不着", "天天"),               // 天气 is not listed: 天天 | 气得 is as likely
    ])
    func aCueOnWordBoundariesStillCounts(text: String, cue: String) {
        #expect(cueWords(text).contains(cue), "\(text): \(cueWords(text))")
    }

    /// A word is cut on the right as well as on the left: "要先充电" ends inside 电话 (top up the phone credit).
    @Test func aCueEndingInsideAWordIsNotCounted() {
        #expect(!cueWords("是不是要先充电话费才能打").contains("要先充电"))
        #expect(cueWords("是不是要先充电才能用").contains("要先充电"))
    }
}
