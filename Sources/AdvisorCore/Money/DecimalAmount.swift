import JSON

/// An amount exactly as it was written in decimal: a whole number of ten-thousandths, from zero up to a trillion.
///
/// Settled amounts are typed in the currency's major unit with up to four decimals (`TypedAmount`), logged, and then
/// compared with what the advice allowed and taken the median of. A `Double` cannot do that exactly: near a trillion,
/// 999999999999.9999 and 999999999999.9998 are one `Double`. So the amount is kept as the digits were written.
public struct DecimalAmount: Hashable, Comparable, Sendable {
    /// The amount in ten-thousandths of the major unit: 237.5 is 2,375,000.
    public let tenThousandths: Int64

    /// Ten-thousandths in one major unit.
    static let perUnit: Int64 = 10_000
    /// The largest amount the advisor computes with, as `TypedAmount.largest` says: a trillion.
    public static let largest = DecimalAmount(checked: 1_000_000_000_000 * perUnit)
    public static let zero = DecimalAmount(checked: 0)

    /// An amount already known to lie in `0...largest`.
    init(checked tenThousandths: Int64) {
        self.tenThousandths = tenThousandths
    }

    /// The amount of `tenThousandths`, or nil when that is below zero or above `largest`.
    public init?(tenThousandths: Int64) {
        guard tenThousandths >= 0, tenThousandths <= Self.largest.tenThousandths else { return nil }
        self.tenThousandths = tenThousandths
    }

    public static func < (lhs: DecimalAmount, rhs: DecimalAmount) -> Bool { lhs.tenThousandths < rhs.tenThousandths }

    /// The amount as it is written back: no trailing zeros, no point for a whole amount (1000, 237.5, 0.0001).
    public var text: String {
        let whole = tenThousandths / Self.perUnit
        var fraction = tenThousandths % Self.perUnit
        guard fraction != 0 else { return String(whole) }
        var digits = 4
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let shown = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - shown.count) + shown
    }

    /// The nearest `Double`, for arithmetic that reads currency and for `Codable`.
    public var double: Double { Double(text) ?? Double(tenThousandths) / Double(Self.perUnit) }

    /// The amount rounded to whole minor units of `unit`, half to even (12.345 yuan is 12.34, 12.355 is 12.36).
    public func minor(in unit: CurrencyUnit) -> Amount {
        Self.halfToEven(tenThousandths, over: 1, unit)
    }

    /// The median of an even count's two middle amounts, or of the one middle amount twice, in whole minor units of
    /// `unit`: their mean, rounded half to even, so that no side of a tie is favoured.
    public static func median(_ lower: DecimalAmount, _ upper: DecimalAmount, in unit: CurrencyUnit) -> Amount {
        // Both are at most a trillion, so their sum of ten-thousandths stays far inside Int64.
        halfToEven(lower.tenThousandths + upper.tenThousandths, over: 2, unit)
    }

    /// `value / (over × ten-thousandths per minor unit)`, rounded half to even.
    private static func halfToEven(_ value: Int64, over count: Int64, _ unit: CurrencyUnit) -> Amount {
        let decimals = min(max(unit.decimals, 0), 4)
        var perMinor: Int64 = 1
        for _ in decimals..<4 { perMinor *= 10 }
        let divisor = perMinor * count
        let quotient = value / divisor, twiceRest = 2 * (value % divisor)
        let roundsUp = twiceRest > divisor || (twiceRest == divisor && quotient % 2 == 1)
        return Amount(minor: quotient + (roundsUp ? 1 : 0))
    }

    /// The sum, or nil when it would pass `largest`.
    public func adding(_ other: DecimalAmount) -> DecimalAmount? {
        DecimalAmount(tenThousandths: tenThousandths + other.tenThousandths)
    }

    /// The amount a JSON number stands for, digit for digit (exponents allowed, as JSON writes them).
    /// - Parameter number: The number's bytes as the text has them, such as `237.5`, `1e+16` or `-0`.
    /// - Returns: The amount, or `.notDecimal` for a negative or malformed number, `.tooManyDecimals` for a fraction
    ///   finer than a ten-thousandth, `.tooLarge` above `largest`.
    public static func reading(jsonNumber number: UnsafeBufferPointer<UInt8>) -> Result<DecimalAmount, TypedAmount.Problem> {
        var i = 0
        let n = number.count
        var negative = false
        if i < n, number[i] == 0x2D {
            negative = true
            i += 1
        }
        // The digits from the first non-zero one to the last, and the power of ten the last one stands at.
        var significand: Int64 = 0
        var significant = 0
        var pendingZeros = 0
        var integerDigits = 0, integerDigitsAtLast = 0
        var fractionDigits = 0, lastInFraction = 0
        var seenDigit = false, inFraction = false
        while i < n {
            let b = number[i]
            if b >= 0x30, b <= 0x39 {
                seenDigit = true
                if inFraction { fractionDigits += 1 } else { integerDigits += 1 }
                if b == 0x30 {
                    if significant > 0 { pendingZeros += 1 }
                } else {
                    significant += pendingZeros + 1
                    // Beyond eighteen digits the amount is out of range whatever follows; the checks below say which way.
                    if significant <= 18 {
                        for _ in 0..<pendingZeros { significand *= 10 }
                        significand = significand * 10 + Int64(b - 0x30)
                    }
                    pendingZeros = 0
                    if inFraction { lastInFraction = fractionDigits } else { integerDigitsAtLast = integerDigits }
                }
            } else if b == 0x2E, !inFraction {
                inFraction = true
            } else {
                break
            }
            i += 1
        }
        guard seenDigit else { return .failure(.notDecimal) }
        var exponent = 0
        if i < n, number[i] == 0x65 || number[i] == 0x45 {
            i += 1
            var exponentNegative = false
            if i < n, number[i] == 0x2B || number[i] == 0x2D {
                exponentNegative = number[i] == 0x2D
                i += 1
            }
            var seenExponentDigit = false
            while i < n, number[i] >= 0x30, number[i] <= 0x39 {
                // Past a million the value is far outside any amount either way; stop growing so nothing overflows.
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(number[i] - 0x30) }
                seenExponentDigit = true
                i += 1
            }
            guard seenExponentDigit else { return .failure(.notDecimal) }
            if exponentNegative { exponent = -exponent }
        }
        guard i == n else { return .failure(.notDecimal) }
        if significant == 0 { return .success(.zero) }
        if negative { return .failure(.notDecimal) }
        // The amount is significand × 10^power in major units, so × 10^(power + 4) in ten-thousandths.
        let power = (lastInFraction > 0 ? -lastInFraction : integerDigits - integerDigitsAtLast) + exponent
        let scale = power + 4
        if scale < 0 { return .failure(.tooManyDecimals) }
        // Seventeen digits are already past a trillion in ten-thousandths (10^16).
        if significant + scale > 17 { return .failure(.tooLarge) }
        var value = significand
        for _ in 0..<scale { value *= 10 }
        guard let amount = DecimalAmount(tenThousandths: value) else { return .failure(.tooLarge) }
        return .success(amount)
    }

    /// The amount a JSON number's text stands for.
    public static func reading(jsonNumber text: String) -> Result<DecimalAmount, TypedAmount.Problem> {
        var text = text
        return text.withUTF8 { reading(jsonNumber: $0) }
    }
}

// Written as the digits it holds, so the log keeps what was typed; read through the `Double` that `Decodable` offers,
// whose shortest form is the typed text for every amount of up to fifteen significant digits. The precedents read the
// log's own digits instead (`PrecedentLine`).
extension DecimalAmount: Codable, JSONWritable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Double.self)
        switch Self.reading(jsonNumber: "\(value)") {
        case let .success(amount): self = amount
        case let .failure(problem):
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(value) is not an amount the log can hold: \(problem)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(double)
    }

    public func write(to writer: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        writer.rawValue(Array(text.utf8))
    }
}
