import AdvisorCore
import Foundation
import Knowledge
import Testing

/// `advise --said` reads the words with the detector's verdict alone; what it reads must be what `detect` shows.
@Suite struct WordsReadingTests {
    /// The utterances of both labelled sets under Fixtures/, and a few made to overlap, negate and quote cues.
    static let utterances: [String] = {
        var texts = ["", "   ", "Just put me through to your boss, I know your CEO personally!!",
                     "我不是要投诉，只是问问", "他说“我要投诉到消协”，我没这么说", "我要投诉到消协！我认识你们老板！",
                     "I won't hurt anyone, but I will post this everywhere."]
        for name in ["detection-eval.jsonl", "detection-heldout.jsonl"] {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
            guard let data = try? Data(contentsOf: url) else { continue }
            for line in data.split(separator: 10) {
                if let text = (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["text"] as? String { texts.append(text) }
            }
        }
        return texts
    }()

    /// A words summary's fields, which a test can build.
    struct Summary: Equatable {
        var type: ComplainantTypeID?, typeFromWords: Bool, temperament: TemperamentID?, temperamentFromWords: Bool
        var flags: [DetectionFlag], cues: [String]

        init(type: ComplainantTypeID?, typeFromWords: Bool, temperament: TemperamentID?, temperamentFromWords: Bool,
             flags: [DetectionFlag], cues: [String]) {
            (self.type, self.typeFromWords, self.temperament, self.temperamentFromWords) = (type, typeFromWords, temperament, temperamentFromWords)
            (self.flags, self.cues) = (flags, cues)
        }

        init(_ s: Advice.WordsSummary) {
            self.init(type: s.type, typeFromWords: s.typeFromWords, temperament: s.temperament,
                      temperamentFromWords: s.temperamentFromWords, flags: s.flags, cues: s.cues)
        }
    }

    /// What the reading was before it skipped `detect`'s explanation, worked out from `detect` itself.
    static func throughDetect(_ intake: Intake) -> (intake: Intake, summary: Summary?) {
        let words = intake.said.filter { !$0.allSatisfy(\.isWhitespace) }
        guard !words.isEmpty else { return (intake, nil) }
        let detection = CueDetector.standard.detect(words.joined(separator: "\n"))
        var result = intake
        if result.type == nil, let type = detection.type { result.type = type }
        if result.temperament == nil, detection.temperament.fromWords { result.temperament = detection.temperament.lean }
        var spans: [Detection.CueMatch] = []
        for match in detection.matches where match.counted {
            if let index = spans.firstIndex(where: { $0.start < match.end && match.start < $0.end }) {
                if match.end - match.start > spans[index].end - spans[index].start { spans[index] = match }
            } else {
                spans.append(match)
            }
        }
        var cues: [String] = []
        for match in spans where !cues.contains(match.words) && cues.count < 3 { cues.append(match.words) }
        return (result, Summary(
            type: detection.type, typeFromWords: intake.type == nil && detection.type != nil,
            temperament: detection.temperament.fromWords ? detection.temperament.lean : nil,
            temperamentFromWords: intake.temperament == nil && detection.temperament.fromWords, flags: detection.flags, cues: cues))
    }

    @Test func theReadingIsWhatDetectShows() {
        var given = Intake(category: .billing)
        given.type = .timeKiller
        given.temperament = .rational
        for (index, text) in Self.utterances.enumerated() {
            for base in [Intake(category: .productQuality), given] {
                var intake = base
                // One line, or the same words split over two, as `--said` given twice.
                intake.said = index % 2 == 0 ? [text] : text.split(separator: "，", maxSplits: 1).map(String.init)
                let read = WordsReading.read(intake), expected = Self.throughDetect(intake)
                #expect(read.intake == expected.intake, "\(text)")
                #expect(read.summary.map(Summary.init) == expected.summary, "\(text)")
            }
        }
        #expect(Self.utterances.count > 100)
    }
}
