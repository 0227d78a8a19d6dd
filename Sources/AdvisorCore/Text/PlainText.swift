/// Small text edits that Foundation's `NSString` methods did, for the cases the advisor uses.
extension String {
    /// The text without white space at either end, as `trimmingCharacters(in: .whitespaces)`: spaces, tabs and
    /// the other space separators, not line breaks.
    public var trimmingSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }

    /// The text without line breaks at either end, as `trimmingCharacters(in: .newlines)`.
    public var trimmingLineBreaks: String {
        func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBreak($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBreak($0) })!
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
