/// An amount as an agent or supervisor types it: plain decimal digits, nothing a number parser would also accept.
///
/// `Double("0x10")` is 16 and `Double("1e308")` is a number no complaint is worth; read as amounts they would move a
/// ladder or a precedent without anyone meaning it. So only `digits` or `digits.digits` are read, and only up to
/// `largest`, beyond which the figure is a typo or an attack, never a claim to negotiate.
public enum TypedAmount {
    /// The largest amount the advisor computes with: a trillion in the policy's currency.
    public static let largest = 1_000_000_000_000.0
    /// The most decimals an amount may carry; the currencies the advisor knows use at most three.
    static let mostDecimals = 4

    /// Why a typed amount was not read.
    public enum Problem: Error, Equatable, Sendable {
        /// Not plain decimal digits with at most one point (signs, exponents, hex, spaces, letters).
        case notDecimal
        /// More decimals than `mostDecimals`.
        case tooManyDecimals
        /// Above `largest`.
        case tooLarge
    }

    /// The amount `text` stands for, or why it stands for none.
    public static func read(_ text: String) -> Result<Double, Problem> {
        exact(text).map(\.double)
    }

    /// The amount `text` stands for, digit for digit, or why it stands for none: what a log keeps and compares.
    public static func exact(_ text: String) -> Result<DecimalAmount, Problem> {
        let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { (48...57).contains($0) } }
        guard parts.count <= 2, isDigits(parts[0]), parts.count == 1 || isDigits(parts[1]) else { return .failure(.notDecimal) }
        if parts.count == 2, parts[1].count > mostDecimals { return .failure(.tooManyDecimals) }
        // Leading zeros say nothing about size; more than thirteen significant digits is beyond `largest` for sure.
        guard parts[0].drop(while: { $0 == "0" }).count <= 13 else { return .failure(.tooLarge) }
        return DecimalAmount.reading(jsonNumber: text)
    }

    /// The amount `text` stands for, or nil.
    public static func value(_ text: String) -> Double? {
        try? read(text).get()
    }
}
