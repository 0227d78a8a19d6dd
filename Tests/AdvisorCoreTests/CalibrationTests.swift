import AdvisorCore
import Foundation
import Knowledge
import Testing

/// The calibration's arithmetic on cases whose answers are known, and its reading of real-case files.
@Suite struct CalibrationTests {
    static func row(_ id: String, site: String, intake: String, remedy: String, compensation: Double) -> String {
        #"{"id": "\#(id)", "source": "https://\#(site)/case", "publisher": "test", "intake": \#(intake), "remedy": [\#(remedy)], "compensation": \#(compensation)}"#
    }

    static let furniture = #"{"category": "installation-delay", "severity": "severe", "brokenPromises": 2, "expectation": 3000, "bottomLine": 500, "orderValue": 12000}"#

    func calibrate(_ rows: [String]) throws -> Calibration {
        let cases = try CalibrationReader.read(Data(rows.joined(separator: "\n").utf8), file: "cases.jsonl")
        return Calibration(cases: cases, policy: .builtIn)
    }

    @Test(arguments: [(200.0, Calibration.Placement.insideAgentLadder), (600, .insideHigherLadder), (50, .belowEveryLadder), (9000, .aboveEveryLadder)])
    func aRealAmountIsPlacedAgainstEveryTiersLadder(amount: Double, placement: Calibration.Placement) throws {
        // The agent's ladder here runs 160–300 and the senior's 500–790 (the card tests read the same case).
        let result = try #require(try calibrate([Self.row("f", site: "a.example", intake: Self.furniture, remedy: #""expedite""#, compensation: amount)]).results.first)
        #expect(result.placement == placement)
        #expect(result.ladders.first??.low == 160 && result.ladders.first??.high == 300)
    }

    @Test func remediesAgreeWhenTheyShareWhatFixesTheProblem() throws {
        let calibration = try calibrate([
            Self.row("same", site: "a.example", intake: #"{"category": "product-quality", "daysSinceSale": 3}"#, remedy: #""return-refund""#, compensation: 0),
            Self.row("other", site: "a.example", intake: #"{"category": "product-quality"}"#, remedy: #""return-refund""#, compensation: 0),
        ])
        #expect(calibration.results.map(\.remedyAgrees) == [true, false])
    }

    /// A loss is paid on its own line, so a real payment of loss plus goodwill is measured against both together.
    @Test func theLossIsCountedBeforeTheLadder() throws {
        let intake = #"{"category": "logistics-delay", "orderValue": 1000, "loss": 500}"#
        let result = try #require(try calibrate([Self.row("l", site: "a.example", intake: intake, remedy: "", compensation: 560)]).results.first)
        #expect((result.ladders.first??.low ?? 0) >= 500)
        #expect(result.placement == .insideAgentLadder)
    }

    /// Published cases call giving back an unused prepayment a refund; the advisor's name for it agrees.
    @Test func anUnusedPrepaymentAgreesWithARefund() throws {
        let intake = #"{"category": "return-exchange", "prepaid": true, "fault": "customer"}"#
        let result = try #require(try calibrate([Self.row("p", site: "a.example", intake: intake, remedy: #""return-refund""#, compensation: 0)]).results.first)
        #expect(result.advisedRemedies == [.refundUnused])
        #expect(result.remedyAgrees)
    }

    @Test func casesFromOneSiteStayOnOneSideOfTheSplit() throws {
        let rows = (0..<40).map { Self.row("c\($0)", site: "site\($0 % 8).example", intake: Self.furniture, remedy: #""expedite""#, compensation: 200) }
        let calibration = try calibrate(rows)
        for site in 0..<8 {
            let sides = Set(calibration.results.filter { $0.source.contains("site\(site).") }.map(\.heldOut))
            #expect(sides.count == 1)
        }
        #expect(calibration.heldOut.cases + calibration.tuning.cases == 40)
        #expect(calibration.heldOut.cases > 0 && calibration.tuning.cases > 0)
    }

    @Test func aBadLineIsNamedByLineAndPath() {
        let rows = [Self.row("ok", site: "a.example", intake: Self.furniture, remedy: "", compensation: 0),
                    #"{"id": "bad", "source": "x", "publisher": "p", "intake": {"category": "nope"}, "remedy": [], "compensation": -1}"#]
        #expect(throws: InvalidDataFile.self) { try calibrate(rows) }
        do {
            _ = try CalibrationReader.read(Data(rows.joined(separator: "\n").utf8), file: "cases.jsonl")
        } catch {
            let messages = error.problems.map { $0.message(in: .en, file: "cases.jsonl") }
            #expect(messages.contains { $0.hasPrefix("cases.jsonl:2:") && $0.contains("$.intake.category") })
            #expect(messages.contains { $0.hasPrefix("cases.jsonl:2:") && $0.contains("$.compensation") })
        }
    }
}

/// The calibration set of real settled complaints kept under Fixtures: it reads, and it is what the README says it is.
@Suite struct CalibrationSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/calibration")

    @Test func theRealCasesReadWithASourceEachAndSplitInTwo() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        var cases: [CalibrationCase] = []
        for file in files {
            cases += try CalibrationReader.read(try Data(contentsOf: Self.folder.appendingPathComponent(file)), file: file)
        }
        #expect(cases.count >= 60)
        #expect(Set(cases.map(\.id)).count == cases.count, "ids are unique")
        #expect(cases.allSatisfy { $0.source.hasPrefix("http") && !$0.site.isEmpty })
        let calibration = Calibration(cases: cases, policy: .builtIn)
        #expect(calibration.heldOut.cases >= 20 && calibration.tuning.cases >= 20)
        print("calibration, held out: \(calibration.heldOut.cases) cases, remedy \(calibration.heldOut.remedyAgrees), agent ladder \(calibration.heldOut.insideAgentLadder), some ladder \(calibration.heldOut.insideSomeLadder)")
    }
}
