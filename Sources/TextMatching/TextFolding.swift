/// Folds text to the form cue phrases and customer text are compared in.
///
/// Every fold maps one scalar to one scalar, so positions in folded text are positions in the original,
/// and a match can be marked in what the customer actually wrote.
public enum TextFolding {
    /// The folded form of one scalar: Latin lowercase, full-width forms as ASCII, Traditional as Simplified,
    /// curly apostrophes as straight ones.
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 {
            return (0x41...0x5A).contains(v) ? Unicode.Scalar(UInt8(v + 0x20)) : scalar
        }
        switch v {
        case 0xFF01...0xFF5E:
            // Full-width ASCII sits 0xFEE0 above its half-width twin; fold its case too.
            return fold(Unicode.Scalar(UInt8(v - 0xFEE0)))
        case 0x3000:
            return " "
        case 0x2018, 0x2019, 0x02BC:
            return "'"
        default:
            return TraditionalChinese.simplified(scalar)
        }
    }

    /// The folded form of a whole text.
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(fold(scalar)) }
        return String(result)
    }
}
