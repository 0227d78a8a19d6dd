
extension Double {
    /// The value, or the largest finite one where it overflowed: amounts and policy values may each be as large as a
    /// `Double` holds, so their products can overflow, and advice must never show an infinite amount.
    var saturated: Double { Swift.min(self, .greatestFiniteMagnitude) }
}

/// Plain amounts for text: whole numbers without decimals, others with two.
public enum Money {
    /// The amount as people write it: 200, not 200.0.
    public static func plain(_ amount: Double) -> String {
        if amount.isFinite && amount == amount.rounded() && abs(amount) < 1e15 {
            return String(Int64(amount))
        }
        return FixedPoint.text(amount, digits: 2)
    }
}
