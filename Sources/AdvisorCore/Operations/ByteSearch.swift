import Glibc

/// Finding a few bytes in many at memory speed: in a batch's input, in the lines of a large log.
public enum ByteSearch {
    /// Whether `needle` occurs in `bytes`, looking for its byte at `pivot` with `memchr`: a byte seldom in the text (the K
    /// of "caseKey") finds the few places worth comparing.
    public static func contains(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, at pivot: Int = 0) -> Bool {
        guard let base = bytes.baseAddress, !needle.isEmpty, bytes.count >= needle.count else { return needle.isEmpty }
        var from = pivot
        while from < bytes.count, let hit = memchr(base + from, Int32(needle[pivot]), bytes.count - from) {
            let at = base.distance(to: UnsafeRawPointer(hit))
            let start = at - pivot
            if start + needle.count <= bytes.count, (0..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
            from = at + 1
        }
        return false
    }
}
