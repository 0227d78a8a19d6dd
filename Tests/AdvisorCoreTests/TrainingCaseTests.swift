import AdvisorCore
import Foundation
import Knowledge
import Testing

@Suite struct TrainingCaseTests {
    @Test func builtInCasesParseAndCoverEveryTypeWithBothTemperaments() throws {
        let library = try CaseLibrary.builtIn()
        #expect(library.cases.count >= 12)
        #expect(Set(library.cases.map(\.id)).count == library.cases.count, "ids are unique")
        for type in ComplainantTypeID.allCases {
            for temperament in TemperamentID.allCases {
                #expect(library.cases.contains { $0.type == type && $0.temperament == temperament }, "\(type)/\(temperament)")
            }
        }
        for id in ["refrigerator", "rude-agent", "courier-delay", "furniture-installation"] {
            #expect(library.trainingCase(id) != nil, "seed case \(id)")
        }
    }

    /// The compiled-in cases are the JSON files under Knowledge/Cases, byte for byte (run scripts/embed-cases.py after an edit).
    @Test func compiledCasesMatchTheCaseFiles() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Knowledge/Cases")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names == BuiltInCases.files.map(\.name))
        for file in BuiltInCases.files {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(onDisk.trimmingCharacters(in: .newlines) == file.json, "\(file.name) differs from the compiled copy")
        }
    }

    @Test(arguments: try! CaseLibrary.builtIn().cases.map(\.id))
    func everyBuiltInSettlementFallsInsideTheAdvisedRange(id: String) throws {
        let trainingCase = try #require(try CaseLibrary.builtIn().trainingCase(id))
        for language in Language.allCases {
            let analysis = try CaseAnalysis(trainingCase, policy: .builtIn, language: language)
            #expect(analysis.settlementInRange, "\(id): \(trainingCase.settlement.value) outside \(analysis.advice.range)")
        }
    }

    @Test(arguments: try! CaseLibrary.builtIn().cases.map(\.id))
    func theDetectorReadsEachCaseAsItsAuthorsDid(id: String) throws {
        let trainingCase = try #require(try CaseLibrary.builtIn().trainingCase(id))
        for language in Language.allCases {
            let detection = CueDetector.standard.detect(trainingCase.customerSays.text(language))
            #expect(detection.type == trainingCase.type, "\(id) in \(language): read as \(String(describing: detection.type))")
        }
    }

    @Test func malformedCaseNamesTheFileAndTheField() throws {
        var tree = try #require(try JSONSerialization.jsonObject(with: Data(BuiltInCases.files[0].json.utf8)) as? [String: Any])
        tree["temperament"] = "calm"
        var settlement = tree["settlement"] as! [String: Any]
        settlement["value"] = -5
        tree["settlement"] = settlement
        var intake = tree["intake"] as! [String: Any]
        intake["severity"] = "huge"
        tree["intake"] = intake
        tree.removeValue(forKey: "lesson")
        let data = try JSONSerialization.data(withJSONObject: tree)
        #expect(throws: InvalidDataFile.self) { try TrainingCaseReader.read(data, file: "mine.json") }
        do {
            _ = try TrainingCaseReader.read(data, file: "mine.json")
        } catch {
            let paths = Set(error.problems.map(\.path))
            #expect(paths.isSuperset(of: ["$.temperament", "$.settlement.value", "$.intake.severity", "$.lesson"]), "\(paths)")
            #expect(error.message(in: .en).hasPrefix("mine.json has"))
        }
    }

    @Test func handoutEscapesCaseTextForMarkdown() throws {
        var trainingCase = try #require(try CaseLibrary.builtIn().trainingCase("furniture-installation"))
        trainingCase.title.en = "<script>alert(1)</script> *bold*"
        let analysis = try CaseAnalysis(trainingCase, policy: .builtIn, language: .en)
        let handout = trainingCase.handout(analysis, language: .en)
        #expect(!handout.contains("<script>"))
        #expect(handout.hasPrefix("# &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\*"))
    }
}

@Suite struct DrillTests {
    @Test func sameSeedSameCasesInTheSameOrder() throws {
        let library = try CaseLibrary.builtIn()
        #expect(Drill(library: library, seed: 7, count: 5).items.map(\.id) == Drill(library: library, seed: 7, count: 5).items.map(\.id))
        #expect(Drill(library: library, seed: 7, count: 50).items.count == library.cases.count)
    }

    @Test func scoringAwardsEachPartAndExplainsEachMiss() throws {
        let trainingCase = try #require(try CaseLibrary.builtIn().trainingCase("furniture-installation"))
        let advice = try AdviceEngine(policy: .builtIn).advise(trainingCase.intake, language: .en)
        let perfect = Drill.score(.init(type: .unreasonable, temperament: .emotional, offer: 600), for: trainingCase, advice: advice, language: .en)
        #expect(perfect.points == 4 && perfect.explanations == ["All right."])
        let wrong = Drill.score(.init(type: .nameDropper, temperament: .rational, offer: 5000), for: trainingCase, advice: advice, language: .en)
        #expect(wrong.points == 0)
        #expect(wrong.explanations.count == 3)
        #expect(wrong.explanations[2].contains("above the senior agent's cap of 800"))
        let withinPolicy = Drill.score(.init(type: .unreasonable, temperament: .emotional, offer: 200), for: trainingCase, advice: advice, language: .en)
        #expect(withinPolicy.offerPoints == 1)
    }
}
