import AdvisorCore
import Foundation
import Testing

/// Amounts in the log are read digit for digit, within the bound typed amounts have, and medians round half to even.
@Suite struct DecimalAmountTests {
    @Test(arguments: [
        ("237.5", 2_375_000), ("0", 0), ("-0", 0), ("-0.0", 0), ("1000000000000", 10_000_000_000_000_000),
        ("999999999999.9999", 9_999_999_999_999_999), ("999999999999.9998", 9_999_999_999_999_998),
        ("2.5e2", 2_500_000), ("2.5E+2", 2_500_000), ("12.3400", 123_400), ("1e-4", 1), ("0.0001", 1), ("100e-2", 10_000),
    ] as [(String, Int64)])
    func jsonNumbersAreReadExactly(text: String, tenThousandths: Int64) {
        #expect(DecimalAmount.reading(jsonNumber: text) == .success(DecimalAmount(tenThousandths: tenThousandths)!), "\(text)")
    }

    @Test(arguments: [
        ("1e308", TypedAmount.Problem.tooLarge), ("1e+16", .tooLarge), ("1000000000000.0001", .tooLarge),
        ("123456789012345678901234567890", .tooLarge), ("-5", .notDecimal), ("-0.01", .notDecimal), ("0.00001", .tooManyDecimals),
        ("1e-5", .tooManyDecimals), ("12.34567", .tooManyDecimals), ("", .notDecimal), ("1e", .notDecimal), ("0x10", .notDecimal),
        ("1e99999999999", .tooLarge),
    ])
    func numbersNoSettlementCanBeAreRefused(text: String, problem: TypedAmount.Problem) {
        #expect(DecimalAmount.reading(jsonNumber: text) == .failure(problem), "\(text)")
    }

    @Test(arguments: ["237.5", "1000", "0.0001", "999999999999.9999", "12.05"])
    func theTextIsTheAmountAsTyped(text: String) throws {
        let amount = try TypedAmount.exact(text).get()
        #expect(amount.text == text)
    }

    /// The same refusals as `TypedAmount.read`: what the command line takes is what the log can hold.
    @Test(arguments: ["0x10", "1e3", "1e308", "-3", "+3", " 3", "3.", ".5", "1.23456", "1000000000000.01", "inf", "１００"])
    func typedAmountsRefuseWhatTheyRefusedBefore(text: String) {
        #expect(TypedAmount.exact(text).map(\.double) == TypedAmount.read(text))
        #expect((try? TypedAmount.exact(text).get()) == nil, "\(text)")
    }

    @Test(arguments: [
        // (lower, upper, currency, the median in minor units)
        ("200.01", "200.02", "CNY", 20_002), ("200.02", "200.03", "CNY", 20_002), ("237.5", "237.5", "CNY", 23_750),
        ("100", "101", "JPY", 100), ("101", "102", "JPY", 102), ("1.2345", "1.2345", "KWD", 1_234), ("1.2355", "1.2355", "KWD", 1_236),
        ("999999999999.9999", "1000000000000", "CNY", 100_000_000_000_000),
    ] as [(String, String, String, Int64)])
    func aMedianRoundsHalfToEvenInTheCurrencysMinorUnit(lower: String, upper: String, currency: String, minor: Int64) throws {
        let median = DecimalAmount.median(try TypedAmount.exact(lower).get(), try TypedAmount.exact(upper).get(), in: CurrencyUnit(code: currency))
        #expect(median == Amount(minor: minor), "\(lower), \(upper) \(currency)")
    }
}
