/// Text made safe for a terminal: what a customer, a policy file or an argument carried cannot drive the terminal.
///
/// Escape sequences can clear the screen, retitle the window or write the clipboard (OSC 52), and bidirectional
/// overrides can make a line read differently from what it holds. Every such character is shown as `\uXXXX` instead:
/// visible to the agent, and, inside JSON output, an escape that decodes back to the same character.
public enum TerminalText {
    /// Whether a scalar would act on the terminal or reorder the text rather than show as itself.
    public static func acts(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false                       // line breaks and tabs lay text out; they are ours to write
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true    // C0 (ESC, BEL, CR…), DEL and C1 (CSI, OSC…) controls
        case 0x061C, 0x200E, 0x200F: true            // bidirectional marks
        case 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional embeddings, overrides and isolates
        default: false
        }
    }

    /// The text with every acting character written as `\uXXXX`.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: acts) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard acts(scalar) else { result.append(scalar); continue }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(result)
    }
}
