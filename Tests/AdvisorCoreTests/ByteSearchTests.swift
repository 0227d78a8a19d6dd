import AdvisorCore
import Foundation
import Testing

@Suite struct ByteSearchTests {
    /// Property: the search answers as comparing the needle at every place does, whatever byte it pivots on.
    @Test func findsWhatANaiveSearchFinds() {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        // Few letters, so that near misses and overlaps ("aab" in "aaab") are common.
        let alphabet: [UInt8] = Array("ab\"K".utf8)
        for _ in 0..<20_000 {
            let haystack = (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let needle = (0..<Int.random(in: 1...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let pivot = Int.random(in: 0..<needle.count, using: &random)
            let naive = haystack.count >= needle.count
                && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
            let found = haystack.withUnsafeBytes { ByteSearch.contains(needle, in: $0, at: pivot) }
            #expect(found == naive, "seed \(seed): \(needle) at \(pivot) in \(haystack)")
        }
    }
}
