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
        guard text.utf8.withContiguousStorageIfAvailable(anyActs) ?? text.unicodeScalars.contains(where: acts) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard acts(scalar) else { result.append(scalar); continue }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(result)
    }

    /// Whether any scalar of the UTF-8 `acts`, read from the bytes: every card line passes through here, and walking
    /// the text's scalars cost a twentieth of the time to advice.
    static func anyActs(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        var index = 0
        while index < count {
            // A lead byte is never a continuation byte (0x80–0xBF), so each test below sees only the scalar it names.
            switch utf8[index] {
            case 0x0A, 0x09: break
            case 0x00...0x1F, 0x7F: return true
            case 0xC2 where index + 1 < count && utf8[index + 1] <= 0x9F: return true        // U+0080–U+009F
            case 0xD8 where index + 1 < count && utf8[index + 1] == 0x9C: return true        // U+061C
            case 0xE2 where index + 2 < count:
                let (second, third) = (utf8[index + 1], utf8[index + 2])
                if second == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) { return true }  // U+200E/F, U+202A–E
                if second == 0x81, (0xA6...0xA9).contains(third) { return true }                                  // U+2066–9
            default: break
            }
            index += 1
        }
        return false
    }
}
