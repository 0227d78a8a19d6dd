import AdvisorCore
import Foundation
import Knowledge
import Testing
import TextMatching

/// The labelled set under Fixtures/, found beside this source file so the test needs no bundle.
private func fixture(_ name: String) throws -> Data {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    return try Data(contentsOf: url)
}

@Suite struct DetectionEvaluationTests {
    @Test func theLabelledSetIsLargeEnoughAndBalanced() throws {
        let lines = try fixture("detection-eval.jsonl").split(separator: UInt8(ascii: "\n"))
        var counts: [String: Int] = [:]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            let type = object["type"] as? String ?? "none"
            counts["\(type)/\(object["language"] as? String ?? "?")", default: 0] += 1
            #expect(object["temperament"] as? String != nil)
        }
        #expect(lines.count >= 120)
        for type in ComplainantTypeID.allCases {
            for language in ["zh", "en"] {
                #expect(counts["\(type.rawValue)/\(language)", default: 0] >= 15, "\(type.rawValue)/\(language)")
            }
        }
        #expect(counts["none/zh", default: 0] + counts["none/en", default: 0] >= 20)
    }

    @Test func detectorMeetsTheIssuesBarOnTheLabelledSet() throws {
        let report = try DetectionEvaluation.evaluate(fixture("detection-eval.jsonl"), file: "detection-eval.jsonl", detector: .standard)
        #expect(report.typeAccuracy >= 0.85, "type accuracy \(report.typeAccuracy)")
        #expect(report.noTypeAccuracy >= 0.80, "no-clear-type rate \(report.noTypeAccuracy)")
        #expect(report.temperamentAccuracy >= 0.80, "temperament accuracy \(report.temperamentAccuracy)")
    }

    @Test func aBadLabelIsNamedWithItsLine() {
        let data = Data("{\"text\": \"hi\", \"type\": null, \"temperament\": \"rational\"}\n{\"text\": \"x\", \"type\": \"vip\", \"temperament\": \"rational\"}\n".utf8)
        #expect(throws: InvalidDataFile.self) { try DetectionEvaluation.evaluate(data, file: "f.jsonl", detector: .standard) }
        do {
            _ = try DetectionEvaluation.evaluate(data, file: "f.jsonl", detector: .standard)
        } catch {
            #expect(error.problems.first?.path == "line 2 $.type")
        }
    }
}

@Suite struct CueListTests {
    /// One phrase pointing to two types would make its score ambiguous; the detector's scoring assumes it never does.
    @Test func noPhraseIsACueOfTwoTypesOrTwoTemperaments() {
        var typeOf: [String: ComplainantTypeID] = [:]
        for type in KnowledgeBase.types {
            for cue in type.cues {
                let key = TextFolding.fold(cue.phrase)
                if let other = typeOf[key], other != type.id {
                    Issue.record("'\(cue.phrase)' is a cue of both \(other) and \(type.id)")
                }
                typeOf[key] = type.id
            }
        }
        var temperamentOf: [String: TemperamentID] = [:]
        for t in KnowledgeBase.temperaments {
            for cue in t.cues {
                let key = TextFolding.fold(cue.phrase)
                if let other = temperamentOf[key], other != t.id { Issue.record("'\(cue.phrase)' is a cue of both temperaments") }
                temperamentOf[key] = t.id
            }
        }
    }

    @Test func cuesAreShortPhrasesNotSentences() {
        for type in KnowledgeBase.types {
            for cue in type.cues {
                // Patterns with slots expand into longer phrases ("我老同学是你们公司的区域经理"), still far short of a sentence.
                let limit = cue.language == .zh ? 16 : 60
                #expect(cue.phrase.count <= limit, "\(type.id): '\(cue.phrase)' is too long for a cue")
            }
        }
    }
}

@Suite struct FoldingTests {
    /// The variant list that builds the automaton's table must agree with `fold` on every BMP scalar.
    @Test func variantListAgreesWithFoldEverywhere() {
        var table: [UInt32: UInt32] = [:]
        for (from, to) in TextFolding.variants { table[from] = to }
        for raw in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(raw) else { continue }
            #expect(TextFolding.fold(scalar).value == (table[raw] ?? raw), "U+\(String(raw, radix: 16))")
        }
    }
}
