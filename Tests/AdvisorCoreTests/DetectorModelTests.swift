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
