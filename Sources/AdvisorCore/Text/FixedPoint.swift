import Glibc

/// Numbers written with a fixed count of decimals, as C's `printf("%.*f")` writes them.
///
/// The advisor links only FoundationEssentials: `String(format:)` lives in Foundation, whose libraries (ICU among
/// them) doubled the time a command took to start. Foundation's `%f` is the C library's, so the digits are the same;
/// `FixedPointTests` holds this to `String(format:)`.
enum FixedPoint {
    /// The value with `digits` decimals, correctly rounded from its binary value: 0.125 with two gives "0.12".
    static func text(_ value: Double, digits: Int) -> String {
        // 24 bytes hold any value below 1e15 with up to six decimals; larger values are measured first.
        var buffer = [CChar](repeating: 0, count: 32)
        let needed = withVaList([Int32(digits), value]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        if needed >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(needed) + 1)
            _ = withVaList([Int32(digits), value]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A share as a percentage with `digits` decimals and the sign: 0.125 with one gives "12.5%".
    static func percent(_ share: Double, digits: Int) -> String {
        text(share * 100, digits: digits) + "%"
    }
}
