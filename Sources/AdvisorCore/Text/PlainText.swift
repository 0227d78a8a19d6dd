/// Small text edits that Foundation's `NSString` methods did, for the cases the advisor uses.
extension String {
    /// The text without white space at either end, as `trimmingCharacters(in: .whitespaces)`: spaces, tabs and
    /// the other space separators, not line breaks.
    public var trimmingSpaces: String {
        trimming { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// The text without line breaks at either end, as `trimmingCharacters(in: .newlines)`.
    public var trimmingLineBreaks: String {
        trimming { (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }
    }

    /// The text without the scalars `drop` names at either end.
    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a letter, a mark or a digit of any script, as `CharacterSet.alphanumerics` has it.
    var isAlphanumeric: Bool {
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
