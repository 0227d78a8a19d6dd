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
            // The generator calls this C library's sine and cosine, so the bits are the same; on a system whose library
            // rounds a last bit differently, run the generator there.
            #expect(samples[2 * i] == 0.5 + 0.5 * cos(angle), "x of sample \(i): run python3 scripts/generate-arc-samples.py")
            #expect(samples[2 * i + 1] == 0.5 + 0.5 * sin(angle), "y of sample \(i): run python3 scripts/generate-arc-samples.py")
        }
    }
}
