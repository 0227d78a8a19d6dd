/// Builds a plain-text card line by line, wrapping everything to a fixed width.
public struct CardWriter {
    let width: Int
    var lines: [String] = []

    /// Creates a writer.
    /// - Parameter width: The widest any line may be.
    public init(width: Int = 80) {
        self.width = width
    }

    /// Adds wrapped text.
    /// - Parameters:
    ///   - text: The text.
    ///   - indent: Leading spaces or marker on the first line.
    ///   - hangingIndent: Leading spaces on continuation lines.
    public mutating func text(_ text: String, indent: String = "", hangingIndent: String? = nil) {
        lines += TextLayout.wrap(text, width: width, indent: indent, hangingIndent: hangingIndent)
    }

    /// Adds a section heading.
    mutating func heading(_ title: String) {
        lines.append(title)
    }

    /// Adds one bullet per item, wrapped under its marker.
    mutating func bullets(_ items: [String], indent: String = "  ", marker: String = "• ") {
        for item in items {
            text(item, indent: indent + marker)
        }
    }

    /// Adds a label and its text on one line, the text wrapped beneath the label's end.
    /// - Parameters:
    ///   - label: The label, e.g. "Rational:".
    ///   - value: The text after it.
    ///   - indent: Spaces before the label.
    ///   - labelWidth: Pad labels to this many columns so values line up.
    mutating func field(_ label: String, _ value: String, indent: String = "  ", labelWidth: Int? = nil) {
        let padded = labelWidth.map { TextLayout.pad(label, to: $0) } ?? label
        text(value, indent: indent + padded + " ")
    }

    /// Adds an empty line.
    public mutating func blank() {
        lines.append("")
    }

    /// The card as one string ending with a newline.
    public var rendered: String {
        lines.map { $0.trailingWhitespaceTrimmed }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text without the spaces that end it.
    var trailingWhitespaceTrimmed: String {
        // Most lines end in text: answered from the last byte, without walking characters back from the end.
        guard utf8.last == 0x20 else { return self }
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// The lines of the text, split at each line feed, empty lines left out.
    ///
    /// The same as `split(separator: "\n").map(String.init)`, a CR LF (one character) included, written out because
    /// the generic `split` cost as much as drawing the card's scale.
    var nonEmptyLines: [String] {
        var lines: [String] = []
        let bytes = Array(utf8)
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
            if index != start { lines.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
            start = index + 1
        }
        if start != bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return lines
    }
}
