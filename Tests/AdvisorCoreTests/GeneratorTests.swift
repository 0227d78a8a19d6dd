import AdvisorCore
import Foundation
import Testing

/// The property tests' generator, checked against the policy reader: a random policy the reader would refuse
/// tests the engine on input no user can give it.
@Suite struct GeneratorTests {
    static let policies = 2_000

    @Test func randomPoliciesPassThePolicyReader() throws {
        let seed = UInt64.random(in: 1...UInt64.max)
        var generator = CaseGenerator(seed: seed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var accepted = 0
        var firstRefusal: (run: Int, problems: [String])? = nil
        for run in 0..<Self.policies {
            let policy = generator.policy()
            let data = try encoder.encode(policy)
            do {
                let read = try PolicyReader.read(data, file: "random.json")
                // Read back unchanged, or the engine would be tested on a policy other than the one generated.
                #expect(read == policy, "seed \(seed), run \(run): the policy read differs from the one written")
                accepted += 1
            } catch {
                if firstRefusal == nil { firstRefusal = (run, error.problems.map { $0.message(in: .en, file: "random.json") }) }
            }
        }
        let share = Double(accepted) / Double(Self.policies)
        print("GeneratorTests: \(accepted) of \(Self.policies) random policies accepted (\(String(format: "%.1f", share * 100))%), seed \(seed)")
        #expect(share >= 0.99, """
            seed \(seed): only \(accepted) of \(Self.policies) random policies accepted; \
            the first refused (run \(firstRefusal?.run ?? -1)): \(firstRefusal?.problems.joined(separator: "; ") ?? "")
            """)
    }

    /// Accepted is not enough: the policies must also differ in what the engine reads, or the property tests see one case.
    @Test func policiesVaryInTiersCurrencyAndCaps() {
        let seed = UInt64.random(in: 1...UInt64.max)
        var generator = CaseGenerator(seed: seed)
        let policies = (0..<500).map { _ in generator.policy() }
        #expect(Set(policies.map(\.tiers.count)) == Set(1...5), "seed \(seed)")
        #expect(Set(policies.map(\.currency)).isSuperset(of: ["CNY", "USD", "EUR", "JPY"]), "seed \(seed)")
        #expect(Set(policies.flatMap(\.tiers)).count > 20, "seed \(seed): tier ids are drawn, not fixed")
        #expect(policies.contains { $0.categories.values.contains { $0.caps.values.contains(0) } }, "seed \(seed): no zero cap")
        #expect(policies.contains { $0 == .builtIn } && policies.contains { $0 != .builtIn }, "seed \(seed)")
    }
}
