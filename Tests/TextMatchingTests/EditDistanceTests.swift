import AdvisorCore
import Testing
import TextMatching

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kitten", "sitting", 3),
        ("name-droper", "name-dropper", 1), ("职业客诉", "职业", 2), ("flaw", "lawn", 2),
    ])
    func knownDistances(a: String, b: String, expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }

    @Test func obeysTheTriangleInequalityOnRandomWords() {
        let seed = UInt64.random(in: 1...UInt64.max)
        var generator = SplitMix64(seed: seed)
        let alphabet = Array("abc职业")
        func word() -> String {
            String((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for _ in 0..<2000 {
            let (a, b, c) = (word(), word(), word())
            let ab = EditDistance.between(a, b), bc = EditDistance.between(b, c), ac = EditDistance.between(a, c)
            #expect(ac <= ab + bc, "seed \(seed): \(a) \(b) \(c)")
            #expect((ab == 0) == (a == b), "seed \(seed): \(a) \(b)")
        }
    }
}
