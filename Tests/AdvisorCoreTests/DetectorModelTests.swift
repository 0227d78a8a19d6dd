import AdvisorCore
import Foundation
import Knowledge
import Testing

/// The generated model as Swift reads it: the same features and the same scores as the trainer, to the thousandth.
@Suite struct DetectorModelTests {
    @Test func swiftScoresEveryProbeAsTheTrainerDid() throws {
        #expect(!TypeModel.trainerProbes.isEmpty)
        for probe in TypeModel.trainerProbes {
            let features = ModelFeatures.names(probe.text, cueTypes: CueDetector.standard.cueTypes(in: probe.text))
            let scores = TypeModel.standard.scores(features)
            #expect(scores.type == probe.type, "\(probe.text)")
            #expect(scores.temperament == probe.temperament, "\(probe.text)")
        }
    }
}

/// The batch's fast scorer gives exactly the scores of the named features, on texts of every kind.
@Suite struct FastModelTests {
    @Test(arguments: [
        "WHY is my order STILL not here?!! I've waited 3 weeks.", "妳們客服到底在幹嘛？？我等了一個禮拜欸！",
        "我不是要曝光你们，我只想知道快递到哪了。", "'Honestly' I know your regional manager, so sort it out today.",
        "ＡＢＣ公司的电视机，开机三秒就黑屏了……", "a", "", "!!!", "ok... 'quoted' words, and don't stop", "我认识你们王总，你看着办 我认识你们王总",
        "Ünïcödé café — naïve résumé", "😀 emoji 😀 在这里",
    ])
    func theFastPathScoresAsTheNamedFeaturesDo(text: String) throws {
        let cues = CueDetector.standard.cueTypes(in: text)
        let slow = TypeModel.standard.scores(ModelFeatures.names(text, cueTypes: cues))
        var scratch = FastTypeModel.Scratch()
        let scalars = text.unicodeScalars.map(\.value)
        let fast = FastTypeModel.standard.scores(scalars[...], cues: cues, &scratch)
        #expect(fast.type == slow.type, "\(text)")
        #expect(fast.temperament == slow.temperament, "\(text)")
    }
}

/// The generated model is trained from the files now in the repository: change a corpus or cue file and this fails
/// until `python3 scripts/train-detector.py` is run again.
@Suite struct ModelSourcesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(_ folder: String, _ suffix: String) throws -> [URL] {
        let url = root.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(suffix) }.sorted()
            .map { url.appendingPathComponent($0) }
    }

    @Test func theModelMatchesItsTrainingFiles() throws {
        var files = try Self.files("Knowledge/Corpus", ".jsonl")
        files += ["detection-eval.jsonl", "detection-heldout.jsonl"].map { Self.root.appendingPathComponent("Tests/AdvisorCoreTests/Fixtures/\($0)") }
        files += try Self.files("Knowledge/Cues", ".txt")
        files += try Self.files("Knowledge/Cases", ".json")
        files.append(Self.root.appendingPathComponent("Knowledge/Reference/Temperaments.swift"))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in try Data(contentsOf: file) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        #expect(hash == TypeModel.trainedSourcesHash, "the detector model is stale: run python3 scripts/train-detector.py")
    }
}
