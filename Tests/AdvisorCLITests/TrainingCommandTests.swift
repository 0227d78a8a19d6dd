import AdvisorCore
import Foundation
import Knowledge
import Testing

@Suite struct TrainingCommandTests {
    @Test func casesListsTheLibraryAndDecodes() throws {
        let result = advisor(["cases", "--json"])
        #expect(result.status == 0)
        let list = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect((list?.count ?? 0) >= 12)
    }

    @Test func furnitureHandoutShowsTheSettlementInsideTheRange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("handout.md").path
        let result = advisor(["case", "furniture-installation", "--handout", "md", "--output", file])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty, "the handout went to the file")
        let handout = try String(contentsOfFile: file, encoding: .utf8)
        #expect(handout.hasPrefix("# "))
        #expect(handout.contains("The real settlement, 600 yuan, is **inside** the advised range."))
        for heading in ["## What happened", "## Questions for the group", "## The wrong handling", "## The right handling",
                        "## The advisor's analysis", "## The negotiation picture"] {
            #expect(handout.contains(heading), "\(heading)")
        }
    }

    /// Most Markdown viewers drop inline SVG: the handout links the picture, written as `<case-id>.svg` beside it.
    @Test(arguments: ["en", "zh"])
    func handoutLinksThePictureBesideItInsteadOfInliningIt(language: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("handout.md").path
        let result = advisor(["case", "furniture-installation", "--handout", "md", "-o", file, "--lang", language])
        #expect(result.status == 0, "\(result.stderr)")
        let handout = try String(contentsOfFile: file, encoding: .utf8)
        #expect(handout.contains("!["))
        #expect(handout.contains("](furniture-installation.svg)"))
        #expect(!handout.contains("<svg"))
        let picture = try String(contentsOfFile: folder.appendingPathComponent("furniture-installation.svg").path, encoding: .utf8)
        #expect(picture.hasPrefix("<svg"))
    }

    @Test func handoutOnStandardOutputWritesThePictureToTheCurrentFolderAndSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try launch(builtAdvisor(), ["case", "refrigerator", "--handout", "md"], directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("](refrigerator.svg)"))
        #expect(!result.stdout.contains("<svg"))
        #expect(result.stderr.contains("refrigerator.svg"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("refrigerator.svg").path))
    }

    @Test func outputWithoutAHandoutIsAUsageError() {
        let result = advisor(["case", "refrigerator", "--output", "/tmp/never-written.md"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--handout"))
    }

    @Test func caseWithSVGWritesThePictureAndLinksIt() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("case-\(UUID().uuidString).svg").path
        let result = advisor(["case", "refrigerator", "--handout", "md", "--svg", svg, "--lang", "zh"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("](\(svg))"))
        #expect(try String(contentsOfFile: svg, encoding: .utf8).hasPrefix("<svg"))
    }

    @Test func unknownCaseSuggestsNeighbours() {
        let result = advisor(["case", "furniture"])
        #expect(result.status == 64 || result.status == 0)
        let wrong = advisor(["case", "frigerator"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("refrigerator"))
    }

    @Test func trainersCasesJoinTheBuiltInOnesAndBadOnesAreNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var tree = try JSONSerialization.jsonObject(with: Data(BuiltInCases.files[0].json.utf8)) as! [String: Any]
        tree["id"] = "my-own-case"
        try JSONSerialization.data(withJSONObject: tree).write(to: folder.appendingPathComponent("mine.json"))
        let listed = advisor(["cases", "--cases", folder.path])
        #expect(listed.stdout.contains("my-own-case") && listed.stdout.contains("refrigerator"))
        try Data("{\"id\": \"broken\"}".utf8).write(to: folder.appendingPathComponent("broken.json"))
        let refused = advisor(["cases", "--cases", folder.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("broken.json"))
        #expect(refused.stderr.contains("$.title: this field is missing"))
    }

    @Test func drillFromAPipePrintsAScoredSummary() {
        let answers = ["1", "1", "100", "0", "2", "80", "3", "1", "20"]
        let result = advisor(["drill", "--seed", "1", "--count", "3"], input: answers)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Summary: 3 of 3 cases answered"))
        #expect(result.stdout.contains("Score "))
    }

    @Test func drillEndOfInputStopsCleanlyWithTheSummarySoFar() throws {
        let result = advisor(["drill", "--seed", "1", "--count", "3", "--json"], input: ["1", "1", "100", "0"])
        #expect(result.status == 0)
        let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(summary?["answered"] as? Int == 1)
        #expect(summary?["asked"] as? Int == 3)
        #expect(summary?["seed"] as? Int == 1)
    }

    @Test func sameSeedSameDrill() {
        let a = advisor(["drill", "--seed", "42", "--count", "4"], input: [])
        let b = advisor(["drill", "--seed", "42", "--count", "4"], input: [])
        #expect(a.stdout == b.stdout)
    }

    @Test func adviseWritesThePicture() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("advise-\(UUID().uuidString).svg").path
        let result = advisor(AdviseCommandTests.furniture + ["--svg", svg])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Money: start at 160"), "the card keeps its money plan")
        let picture = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(picture.contains("<ellipse") && picture.contains("E 3000") && picture.contains("B 500"))
    }
}
