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
