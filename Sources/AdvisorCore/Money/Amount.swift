
/// An amount of money in whole minor units of one currency (fen, cents), so every comparison is exact.
public struct Amount: Hashable, Comparable, Sendable, Codable {
    public var minor: Int64

    /// Creates an amount of `minor` units.
    public init(minor: Int64) {
        self.minor = minor
    }

    public static let zero = Amount(minor: 0)

    /// The largest amount the engine computes with; products of policy values saturate here instead of overflowing.
    static let limit = Amount(minor: 1_000_000_000_000_000_000)

    public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.minor < rhs.minor }

    /// The sum, saturated at `limit`.
    static func + (lhs: Amount, rhs: Amount) -> Amount {
        Amount(minor: min(lhs.minor.addingReportingOverflow(rhs.minor).partialValue, limit.minor))
    }

    /// Adds in place, saturated at `limit`.
    static func += (lhs: inout Amount, rhs: Amount) {
        lhs = lhs + rhs
    }

    /// The difference; callers only subtract a smaller amount from a larger one.
    static func - (lhs: Amount, rhs: Amount) -> Amount {
        Amount(minor: lhs.minor - rhs.minor)
    }

    /// What is left of this amount once `other` is taken out, never below zero.
    func remaining(after other: Amount) -> Amount {
        other >= self ? .zero : self - other
    }

    /// The amount rounded down to a multiple of `step` (a zero step leaves it as it is).
    func roundedDown(to step: Amount) -> Amount {
        guard step.minor > 0 else { return self }
        return Amount(minor: minor - minor % step.minor)
    }

    /// The amount rounded up to a multiple of `step`, saturated at `limit`.
    func roundedUp(to step: Amount) -> Amount {
        guard step.minor > 0 else { return self }
        let rest = minor % step.minor
        return rest == 0 ? self : Amount(minor: min(minor - rest + step.minor, Amount.limit.minor))
    }

    /// Whether the amount is a whole multiple of `step`.
    public func isMultiple(of step: Amount) -> Bool {
        step.minor > 0 && minor % step.minor == 0
    }
}

/// A currency's code and how many decimals its minor unit has (ISO 4217).
public struct CurrencyUnit: Equatable, Sendable, Codable {
    var code: String
    public var decimals: Int

    /// Currencies whose minor unit is not the usual hundredth.
    private static let unusualDecimals: [String: Int] = [
        "JPY": 0, "KRW": 0, "VND": 0, "ISK": 0, "CLP": 0, "UGX": 0, "PYG": 0, "XAF": 0, "XOF": 0,
        "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3, "LYD": 3, "IQD": 3,
    ]

    /// The unit of a currency code; unknown codes get two decimals, the ISO default.
    public init(code: String) {
        self.code = code
        decimals = Self.unusualDecimals[code.uppercased()] ?? 2
    }

    /// Minor units in one major unit.
    var scale: Int64 {
        var result: Int64 = 1
        for _ in 0..<decimals { result *= 10 }
        return result
    }

    /// A major-unit value as minor units, rounded as asked and saturated to `0...Amount.limit`.
    public func amount(_ major: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Amount {
        guard major.isFinite else { return major > 0 ? .limit : .zero }
        let exact = major * Double(scale)
        // 20000.01 × 100 is 2000000.9999… in binary; rounding that down would lose the fen the person typed.
        let nearest = exact.rounded()
        let minor = abs(exact - nearest) <= 1e-9 * max(1, abs(exact)) ? nearest : exact.rounded(rule)
        if minor <= 0 { return .zero }
        if minor >= Double(Amount.limit.minor) { return .limit }
        return Amount(minor: Int64(minor))
    }

    /// The amount in major units, for JSON and arithmetic that reads currency.
    public func major(_ amount: Amount) -> Double {
        Double(amount.minor) / Double(scale)
    }

    /// The amount as people write it: the currency's decimals only when the amount has a fraction (798, 12.50).
    public func text(_ amount: Amount) -> String {
        let whole = amount.minor / scale
        let fraction = amount.minor % scale
        guard fraction != 0 else { return String(whole) }
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}
