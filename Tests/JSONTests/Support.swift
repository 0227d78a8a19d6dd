import JSON

/// A small seeded generator (xorshift64*), so a failing random test repeats exactly from its printed seed.
///
/// The JSON module's tests stand without AdvisorCore, so they bring their own rather than borrow its SplitMix64.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator; every seed, 0 included, gives its own sequence.
    init(seed: UInt64) {
        state = (seed &+ 1) &* 0x9E37_79B9_7F4A_7C15
    }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}

/// A JSON value without positions, so generated values can be compared with parsed ones.
indirect enum Plain: Equatable {
    case null, bool(Bool), number(Double), string(String), array([Plain]), object([(String, Plain)])

    init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case let .bool(b): self = .bool(b)
        case let .number(n): self = .number(n)
        case let .string(s): self = .string(s)
        case let .array(a): self = .array(a.map(Plain.init))
        case let .object(o): self = .object(o.map { ($0.key, Plain($0.value)) })
        }
    }

    static func == (a: Plain, b: Plain) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        // Bit equality, so -0.0 and 0.0 are told apart: the printer must round-trip the sign too.
        case let (.number(x), .number(y)): x.bitPattern == y.bitPattern
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }
}

/// Random JSON values for the round-trip tests: every kind, nested, with numbers and strings chosen to reach the edges.
enum RandomJSON {
    /// A value nested at most a few levels below `depth`; object members have distinct names.
    static func value(depth: Int, _ random: inout SeededRandom) -> Plain {
        let limit = depth >= 4 ? 4 : 6
        switch Int.random(in: 0..<limit, using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .number(number(&random))
        case 3: return .string(string(&random))
        case 4: return .array((0..<Int.random(in: 0...5, using: &random)).map { _ in value(depth: depth + 1, &random) })
        default:
            var seen = Set<String>()
            var members: [(String, Plain)] = []
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                let key = string(&random)
                if seen.insert(key).inserted { members.append((key, value(depth: depth + 1, &random))) }
            }
            return .object(members)
        }
    }

    /// A finite number: whole, a known edge, ordinary, or any finite bit pattern.
    static func number(_ random: inout SeededRandom) -> Double {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return Double(Int.random(in: -1_000_000...1_000_000, using: &random))
        case 1: return [0.0, -0.0, .greatestFiniteMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, 0.1, 1e21,
                        9_007_199_254_740_992, 1e16, -1e15]
            .randomElement(using: &random) ?? 0
        case 2: return Double.random(in: -1e6...1e6, using: &random)
        default:
            // Any finite bit pattern, to reach subnormals and extreme exponents.
            while true {
                let d = Double(bitPattern: random.next())
                if d.isFinite { return d }
            }
        }
    }

    /// Scalars of every class a JSON writer must treat apart: plain ASCII, quote and backslash, the C0 controls with and
    /// without a short escape, DEL, the C1 controls, the line and paragraph separators, and multi-byte text.
    static let scalars: [Unicode.Scalar] = [
        "a", "Z", "_", "-", " ", "~", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1}", "\u{1F}",
        "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "é", "中", "文", "\u{FEFF}", "\u{2027}", "\u{2028}", "\u{2029}",
        "\u{202A}", "\u{202E}", "\u{200F}", "\u{2066}", "\u{2069}", "\u{061C}", "\u{061B}", "\u{206A}", "😀", "\u{10FFFF}",
        "\u{E000}",
    ]

    /// A short string drawn from `scalars`.
    static func string(_ random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...8, using: &random) {
            text.unicodeScalars.append(scalars.randomElement(using: &random) ?? "a")
        }
        return text
    }
}
