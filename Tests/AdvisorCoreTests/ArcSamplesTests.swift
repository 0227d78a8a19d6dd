@testable import AdvisorCore
import Foundation
import Testing

/// The circle's compiled-in sample table is the computation it replaced (run scripts/generate-arc-samples.py after a change).
@Suite struct ArcSamplesTests {
    @Test func theTableIsEveryHalfDegreeOfTheCircle() {
        let samples = NegotiationCircle.arcSamples
        #expect(samples.count == 1440)
        for i in 0..<720 {
            let angle = Double(i) / 720 * 2 * .pi
            // The same C library's sine and cosine, so the same bits; a different library may round the last bit otherwise,
            // and the search that starts from these points refines to 1e-10 of a turn, so that would not move a settlement.
            #expect(abs(samples[2 * i] - (0.5 + 0.5 * cos(angle))) <= 2e-16, "x of sample \(i)")
            #expect(abs(samples[2 * i + 1] - (0.5 + 0.5 * sin(angle))) <= 2e-16, "y of sample \(i)")
        }
    }
}
