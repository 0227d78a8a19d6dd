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

    /// Every scalar whose folded form differs from itself, with that form; `fold` agrees with this list
    /// (a test checks every scalar of the Basic Multilingual Plane), which lets tables be built without
    /// folding each of the 65,536 scalars.
    public static let variants: [(from: UInt32, to: UInt32)] = {
        var list: [(UInt32, UInt32)] = []
        for v in UInt32(0x41)...0x5A { list.append((v, v + 0x20)) }
        for v in UInt32(0xFF01)...0xFF5E {
            let half = v - 0xFEE0
            list.append((v, (0x41...0x5A).contains(half) ? half + 0x20 : half))
        }
        list += [(0x3000, 0x20), (0x2018, 0x27), (0x2019, 0x27), (0x02BC, 0x27)]
        list += TraditionalChinese.allPairs
        return list
    }()

    /// The folded form of a whole text.
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(fold(scalar)) }
        return String(result)
    }
}
