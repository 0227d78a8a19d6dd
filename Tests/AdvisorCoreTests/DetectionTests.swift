import AdvisorCore
import Foundation
import Knowledge
import Testing

@Suite struct DetectionTests {
    let detector = CueDetector.standard

    @Test func nameDropperIsNamedWithTheCueMarked() {
        let d = detector.detect("我认识你们王总，你看着办")
        #expect(d.type == .nameDropper)
        #expect(d.marked(in: .zh).contains("【我认识你们王总】"))
        #expect(d.flags.contains(.statusClaim))
    }

    @Test func lawCitationNamesTheProfessionalComplainerAndRaisesTheFlag() {
        let d = detector.detect("According to the Consumer Rights Protection Law I am owed three times the price")
        #expect(d.type == .professionalComplainer)
        #expect(d.flags.contains(.lawCited))
    }

    @Test(arguments: ["my parcel is late, where is it?", "洗衣机漏水了，能派人来修一下吗", "You charged me twice this month."])
    func ordinaryComplaintsGetNoClearType(_ text: String) {
        #expect(detector.detect(text).type == nil)
    }

    @Test func negatedThreatIsShownButNotCounted() {
        let d = detector.detect("I'm not going to the media, I just want it fixed")
        #expect(!d.flags.contains(.threat))
        #expect(d.matches.contains { $0.points == "flag:threat" && $0.setAside == "negated" })
        let real = detector.detect("I'm not happy, and I will go to the media")
        #expect(real.flags.contains(.threat))
    }

    @Test func someoneElsesWordsAreNotTheCustomers() {
        let quoted = detector.detect("他说我看不懂说明书，其实我就是想换个新的")
        #expect(quoted.matches.allSatisfy { !$0.counted || !$0.points.hasPrefix("type:lacks") })
    }

    @Test func traditionalCharactersMatchSimplifiedCues() {
        let d = detector.detect("我認識你們老闆，你看著辦")
        #expect(d.type == .nameDropper)
        #expect(d.marked(in: .en).contains("[我認識你們老闆]") || d.marked(in: .en).contains("[我認識你們"))
    }

    @Test func widthAndCaseDoNotMatter() {
        #expect(detector.detect("DO YOU KNOW WHO I AM").type == .nameDropper)
        #expect(detector.detect("ｄｏ ｙｏｕ ｋｎｏｗ ｗｈｏ ｉ ａｍ").type == .nameDropper)
    }

    @Test func latinCuesSitOnWordBoundaries() {
        // "no" must not fire inside "know" and "or else" not inside "or elsewhere".
        let d = detector.detect("I know the manual says go elsewhere or elsewhere")
        #expect(!d.matches.contains { $0.words.lowercased() == "no" })
        #expect(!d.matches.contains { $0.words == "or else" })
    }

    @Test func mixedLanguagesInOneText() {
        let d = detector.detect("我要按照消法 article 55 拿三倍赔偿，please reply in writing")
        #expect(d.type == .professionalComplainer)
    }

    @Test func sameTextSameDetection() {
        let text = "你们老板是我朋友！！你们必须全额退款还要赔！"
        #expect(detector.detect(text) == detector.detect(text))
    }

    @Test func batchWritesOneLineOfJSONPerInputLineInOrder() throws {
        let input = "我认识你们王总\n\nmy parcel is late\r\n\u{FF}\u{FE} junk\nDo you know who I am"
        var output = ""
        let count = BatchDetector.run(Data(input.utf8), detector: detector) { output += String(decoding: $0, as: UTF8.self) }
        let lines = output.split(separator: "\n")
        #expect(count == 5 && lines.count == 5)
        let decoded = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(decoded.map { $0["line"] as? Int } == [1, 2, 3, 4, 5])
        #expect(decoded[0]["type"] as? String == "name-dropper")
        #expect(decoded[2]["type"] is NSNull)
        #expect(decoded[4]["type"] as? String == "name-dropper")
    }

    @Test func batchAgreesWithSingleDetection() throws {
        let texts = ["我认识你们王总", "According to the law, article 55", "能不能便宜点", "I'm an engineer, the tolerance is wrong"]
        var output = ""
        BatchDetector.run(Data(texts.joined(separator: "\n").utf8), detector: detector) { output += String(decoding: $0, as: UTF8.self) }
        for (line, text) in zip(output.split(separator: "\n"), texts) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            #expect(object["type"] as? String == detector.detect(text).type?.rawValue)
            // The scores are the card's likelihoods: only types with a real chance, as probabilities.
            let scores = try #require(object["scores"] as? [String: Double])
            let shown = detector.detect(text).ranked.filter { $0.score >= 0.05 }.map(\.type.rawValue)
            #expect(Set(scores.keys) == Set(shown), "\(text): \(scores.keys) against \(shown)")
            #expect(scores.values.allSatisfy { $0 >= 0.05 && $0 <= 1 })
        }
    }
}
