@testable import AdvisorCore
import Foundation
import Testing

@Suite struct TerminalTextTests {
    /// Property: reading the bytes finds an acting scalar exactly when walking the scalars does.
    @Test func theByteCheckFindsWhatTheScalarCheckFinds() {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        // Every acting scalar, its neighbours, and scalars that share lead bytes with them.
        let values: [UInt32] = [0x00, 0x08, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x9B, 0x9F, 0xA0, 0xB7,
                                0x061B, 0x061C, 0x061D, 0x0600, 0x200B, 0x200D, 0x200E, 0x200F, 0x2010, 0x2014, 0x2026, 0x2028,
                                0x2029, 0x202A, 0x202E, 0x202F, 0x2060, 0x2065, 0x2066, 0x2069, 0x206A, 0x2192, 0x4E2D, 0xFF0C, 0x1F600]
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                scalars.append(Unicode.Scalar(values.randomElement(using: &random)!)!)
            }
            let text = String(scalars)
            let bytes = Array(text.utf8)
            let byBytes = bytes.withUnsafeBufferPointer(TerminalText.anyActs)
            #expect(byBytes == text.unicodeScalars.contains(where: TerminalText.acts),
                    "seed \(seed): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
