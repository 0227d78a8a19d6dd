/// Encodes `Encodable` values as JSON through a `JSONWriter`, with object members in sorted order.
///
/// A value that is also `JSONWritable` at the top writes itself instead, which is faster and gives the same text.
///
/// Values stream into the bytes as their `encode(to:)` runs; only an object's members are moved, once, when the object
/// closes and their order was not already sorted. Member names sort by their UTF-8 bytes, as `JSONEncoder` sorts
/// them with `.sortedKeys`, so for the same value the text is the same as Foundation's, byte for byte, except that
/// this writer also escapes DEL, the C1 controls and U+2028/U+2029 (see `JSONWriter`). A name given twice in one object
/// keeps its last value, as in `JSONEncoder`.
public struct JSONStreamEncoder: Sendable {
    /// The layout.
    public var style: JSONWriter.Style

    /// Creates an encoder.
    /// - Parameter style: The layout.
    public init(style: JSONWriter.Style = .compact) {
        self.style = style
    }

    /// The JSON text of a value.
    /// - Parameter value: The value.
    /// - Returns: The text as UTF-8.
    /// - Throws: `EncodingError.invalidValue` for a NaN or infinite number, or for containers used out of order, naming
    ///   the path to the value.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var writer = JSONWriter(style: style)
        try encode(value, into: &writer)
        return writer.bytes
    }

    /// Writes a value's JSON text where `writer` stands, such as a member's value after its key.
    /// - Parameters:
    ///   - value: The value.
    ///   - writer: The writer, which must use this encoder's style.
    /// - Throws: As `encode(_:)`; the writer is then left as it was.
    public func encode<T: Encodable>(_ value: T, into writer: inout JSONWriter) throws {
        let checkpoint = writer.checkpoint
        // A value that writes itself is written so; should it meet a number JSON cannot write, the Encodable way below
        // meets it too and names its path.
        if let writable = value as? any JSONWritable {
            do throws(JSONWriter.NonFiniteNumber) {
                try writable.write(to: &writer)
                return
            } catch {
                writer.rollBack(to: checkpoint)
            }
        }
        // The sink takes the writer over while it works, so the bytes have one owner and are never copied.
        let sink = StreamSink(writer: writer)
        writer = JSONWriter(style: writer.style)
        defer { writer = sink.writer }
        do {
            try sink.encodeValue(value)
            if let failure = sink.failure { throw failure }
        } catch {
            sink.writer.rollBack(to: checkpoint)
            throw error
        }
    }
}

/// The one encoder object every container of one `encode` call writes through.
///
/// Shared rather than one per nested value, so encoding allocates no encoder per value; the containers carry the
/// identity of the array or object they write to, and refuse to write once it has closed.
final class StreamSink: Encoder {
    /// An array or object still open.
    struct Frame {
        /// Unique within the call, so a container of a closed frame is told apart from a later frame at the same depth.
        let id: Int
        let isObject: Bool
        /// Where this object's members start in `marks`.
        let firstMark: Int
        /// The offset of the first byte after the opening bracket.
        let contentStart: Int
        /// Members or elements so far.
        var count = 0
    }

    /// One member of an open object: its name and where its separator starts.
    struct Mark {
        let key: String
        /// The name's first eight UTF-8 bytes as a big-endian number, so most comparisons are one integer comparison.
        let prefix: UInt64
        let start: Int
    }

    var writer: JSONWriter
    var frames: [Frame] = []
    var marks: [Mark] = []
    private var scratch: [UInt8] = []
    private var nextID = 0
    /// The depth at which the value now being encoded opens its container.
    private var slotDepth = 0
    /// The byte count when the value now being encoded began, to tell whether it wrote anything.
    private var slotStart = 0
    /// A misuse met where no error can be thrown (asking for a container); thrown when the call ends.
    var failure: EncodingError?

    init(writer: JSONWriter) {
        self.writer = writer
        frames.reserveCapacity(16)
        marks.reserveCapacity(64)
    }

    var codingPath: [any CodingKey] { path(through: frames.count - 1) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The path to the current member or element of `frames[last]` and of every frame outside it, for error messages.
    func path(through last: Int) -> [any CodingKey] {
        var path: [any CodingKey] = []
        for index in frames.indices where index <= last && frames[index].count > 0 {
            if frames[index].isObject {
                let end = index + 1 < frames.count ? frames[index + 1].firstMark : marks.count
                if end > frames[index].firstMark { path.append(PathKey(stringValue: marks[end - 1].key)) }
            } else {
                path.append(PathKey(intValue: frames[index].count - 1))
            }
        }
        return path
    }

    // MARK: Values

    /// Writes one value in the current slot: a member's value after its key, an array element, or the top value.
    func encodeValue<T: Encodable>(_ value: T) throws {
        // The common leaves are written directly: comparing metatypes is cheaper than the value's own encode(to:).
        if T.self == String.self {
            writer.string(unsafeBitCast(value, to: String.self))
            return
        }
        if T.self == Double.self {
            try number(unsafeBitCast(value, to: Double.self))
            return
        }
        if T.self == Int.self {
            writer.number(unsafeBitCast(value, to: Int.self))
            return
        }
        if T.self == Bool.self {
            writer.bool(unsafeBitCast(value, to: Bool.self))
            return
        }
        let depth = frames.count
        let (savedDepth, savedStart) = (slotDepth, slotStart)
        slotDepth = depth
        slotStart = writer.count
        defer { (slotDepth, slotStart) = (savedDepth, savedStart) }
        try value.encode(to: self)
        closeFrames(downTo: depth)
        // A value that wrote nothing is an empty object, as in JSONEncoder.
        if writer.count == slotStart {
            writer.beginObject()
            writer.endObject()
        }
    }

    func number(_ value: Double) throws {
        do {
            try writer.number(value)
        } catch {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath,
                                                          debugDescription: "\(value) is not a number JSON can write"))
        }
    }

    /// Whether the current slot is still empty, so a single value may go in it.
    var slotIsEmpty: Bool {
        frames.count == slotDepth && writer.count == slotStart
    }

    // MARK: Containers

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // Asking again for the same value's object continues it, as Codable allows.
        if frames.count > slotDepth, frames[slotDepth].isObject, frames[slotDepth].contentStart > slotStart {
            closeFrames(downTo: slotDepth + 1)
            return KeyedEncodingContainer(KeyedContainer(sink: self, frame: slotDepth, id: frames[slotDepth].id))
        }
        guard slotIsEmpty else {
            return KeyedEncodingContainer(KeyedContainer(sink: self, frame: refuse("an object after something else"), id: -1))
        }
        let index = open(isObject: true)
        return KeyedEncodingContainer(KeyedContainer(sink: self, frame: index, id: frames[index].id))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if frames.count > slotDepth, !frames[slotDepth].isObject, frames[slotDepth].contentStart > slotStart {
            closeFrames(downTo: slotDepth + 1)
            return UnkeyedContainer(sink: self, frame: slotDepth, id: frames[slotDepth].id)
        }
        guard slotIsEmpty else {
            return UnkeyedContainer(sink: self, frame: refuse("an array after something else"), id: -1)
        }
        let index = open(isObject: false)
        return UnkeyedContainer(sink: self, frame: index, id: frames[index].id)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(sink: self)
    }

    /// Opens an array or object where the writer stands and returns its frame's index.
    func open(isObject: Bool) -> Int {
        if isObject { writer.beginObject() } else { writer.beginArray() }
        nextID += 1
        frames.append(Frame(id: nextID, isObject: isObject, firstMark: marks.count, contentStart: writer.count))
        return frames.count - 1
    }

    /// Notes a misuse to throw when the call ends, and returns a frame index no container can write to.
    func refuse(_ what: String) -> Int {
        if failure == nil {
            failure = .invalidValue(what, .init(codingPath: codingPath, debugDescription:
                "\(what) was asked for in one slot; an encode(to:) must write one value: one container, or one single value"))
        }
        return -1
    }

    /// Checks that a container's frame is still open, and closes the frames opened inside it since.
    func enter(_ frame: Int, _ id: Int) throws {
        guard frame >= 0, frame < frames.count, frames[frame].id == id else {
            throw EncodingError.invalidValue(id, .init(codingPath: codingPath, debugDescription:
                "a container was written to after the value it belongs to was finished; write each value's containers in order"))
        }
        closeFrames(downTo: frame + 1)
    }

    /// Starts a member of an open object: its separator and its name.
    func beginMember(_ frame: Int, _ key: String) {
        var prefix: UInt64 = 0
        var taken = 0
        for byte in key.utf8 {
            if taken == 8 { break }
            prefix |= UInt64(byte) << (56 - 8 * taken)
            taken += 1
        }
        marks.append(Mark(key: key, prefix: prefix, start: writer.count))
        frames[frame].count += 1
        writer.key(key)
    }

    /// Starts an element of an open array.
    func beginElement(_ frame: Int) {
        frames[frame].count += 1
    }

    /// Closes every frame at `depth` and above, innermost first, sorting each object's members.
    func closeFrames(downTo depth: Int) {
        while frames.count > depth {
            let frame = frames.removeLast()
            if frame.isObject {
                sortMembers(frame)
                marks.removeSubrange(frame.firstMark...)
                writer.endObject()
            } else {
                writer.endArray()
            }
        }
    }

    private static func precedes(_ a: Mark, _ b: Mark) -> Bool {
        if a.prefix != b.prefix { return a.prefix < b.prefix }
        return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
    }

    /// Puts a closing object's members in sorted order, keeping the last of equal names.
    private func sortMembers(_ frame: Frame) {
        let first = frame.firstMark, count = marks.count - first
        guard count > 1 else { return }
        var sorted = true
        for i in first + 1..<marks.count where !Self.precedes(marks[i - 1], marks[i]) {
            sorted = false
            break
        }
        if sorted { return }
        // Members are few, so an insertion sort; stable, so among equal names the last written comes last.
        var order = Array(first..<marks.count)
        for i in 1..<order.count {
            let moving = order[i]
            var j = i
            while j > 0, Self.precedes(marks[moving], marks[order[j - 1]]) {
                order[j] = order[j - 1]
                j -= 1
            }
            order[j] = moving
        }
        let (firstSeparator, laterSeparator) = writer.separators
        let end = writer.count
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: writer.bytes(from: frame.contentStart))
        writer.truncate(to: frame.contentStart)
        let separatorBytes = Array(scratch[(marks[first + 1].start - frame.contentStart)...].prefix(laterSeparator))
        var written = 0
        for (position, index) in order.enumerated() {
            // A name repeated: only its last value stays.
            if position + 1 < order.count, marks[order[position + 1]].key == marks[index].key { continue }
            let bodyStart = marks[index].start - frame.contentStart + (index == first ? firstSeparator : laterSeparator)
            let bodyEnd = index + 1 < marks.count ? marks[index + 1].start - frame.contentStart : end - frame.contentStart
            writer.raw(written == 0 ? separatorBytes.suffix(firstSeparator) : separatorBytes[...])
            writer.raw(scratch[bodyStart..<bodyEnd])
            written += 1
        }
    }
}

/// A member name or element index in an error's path.
struct PathKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// An object's container: each member is its name, then its value in the slot after it.
private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: StreamSink
    let frame: Int
    let id: Int

    var codingPath: [any CodingKey] { frame >= 0 ? sink.path(through: frame - 1) : sink.codingPath }

    func member(_ key: Key) throws {
        try sink.enter(frame, id)
        sink.beginMember(frame, key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { try member(key); sink.writer.null() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try member(key); sink.writer.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try member(key); sink.writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try member(key); try sink.number(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try member(key); try sink.number(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try member(key); sink.writer.number(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try member(key); sink.writer.number(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try member(key); sink.writer.number(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try member(key); sink.writer.number(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try member(key); sink.writer.number(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try member(key); sink.writer.number(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try member(key); sink.writer.number(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try member(key); sink.writer.number(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try member(key); sink.writer.number(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try member(key); sink.writer.number(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try member(key)
        try sink.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        guard (try? member(key)) != nil else {
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: sink, frame: sink.refuse("a nested object"), id: -1))
        }
        let index = sink.open(isObject: true)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: sink, frame: index, id: sink.frames[index].id))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        guard (try? member(key)) != nil else {
            return UnkeyedContainer(sink: sink, frame: sink.refuse("a nested array"), id: -1)
        }
        let index = sink.open(isObject: false)
        return UnkeyedContainer(sink: sink, frame: index, id: sink.frames[index].id)
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(forKey: Key(stringValue: "super")!)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        guard (try? member(key)) != nil else {
            return SlotEncoder(sink: sink, frame: sink.refuse("a super encoder"), id: -1)
        }
        // The member's value is an object the super encoder's containers write into; an unused one stays `{}`.
        let index = sink.open(isObject: true)
        return SlotEncoder(sink: sink, frame: index, id: sink.frames[index].id)
    }
}

/// What an array's container and a single-value container share: each value goes in a slot the container prepares.
private protocol ValueSlot {
    var sink: StreamSink { get }
    /// Readies the slot for one value, or throws when none may go there.
    func prepare() throws
}

extension ValueSlot {
    mutating func encodeNil() throws { try prepare(); sink.writer.null() }
    mutating func encode(_ value: Bool) throws { try prepare(); sink.writer.bool(value) }
    mutating func encode(_ value: String) throws { try prepare(); sink.writer.string(value) }
    mutating func encode(_ value: Double) throws { try prepare(); try sink.number(value) }
    mutating func encode(_ value: Float) throws { try prepare(); try sink.number(Double(value)) }
    mutating func encode(_ value: Int) throws { try prepare(); sink.writer.number(value) }
    mutating func encode(_ value: Int8) throws { try prepare(); sink.writer.number(value) }
    mutating func encode(_ value: Int16) throws { try prepare(); sink.writer.number(value) }
    mutating func encode(_ value: Int32) throws { try prepare(); sink.writer.number(value) }
    mutating func encode(_ value: Int64) throws { try prepare(); sink.writer.number(value) }
    mutating func encode(_ value: UInt) throws { try prepare(); sink.writer.number(value) }
    mutating func encode(_ value: UInt8) throws { try prepare(); sink.writer.number(value) }
    mutating func encode(_ value: UInt16) throws { try prepare(); sink.writer.number(value) }
    mutating func encode(_ value: UInt32) throws { try prepare(); sink.writer.number(value) }
    mutating func encode(_ value: UInt64) throws { try prepare(); sink.writer.number(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try prepare(); try sink.encodeValue(value) }
}

/// An array's container: each element is a value in the slot after the separator.
private struct UnkeyedContainer: UnkeyedEncodingContainer, ValueSlot {
    let sink: StreamSink
    let frame: Int
    let id: Int

    var codingPath: [any CodingKey] { frame >= 0 ? sink.path(through: frame - 1) : sink.codingPath }
    var count: Int { frame >= 0 && frame < sink.frames.count && sink.frames[frame].id == id ? sink.frames[frame].count : 0 }

    func prepare() throws {
        try sink.enter(frame, id)
        sink.beginElement(frame)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        guard (try? prepare()) != nil else {
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: sink, frame: sink.refuse("a nested object"), id: -1))
        }
        let index = sink.open(isObject: true)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: sink, frame: index, id: sink.frames[index].id))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        guard (try? prepare()) != nil else {
            return UnkeyedContainer(sink: sink, frame: sink.refuse("a nested array"), id: -1)
        }
        let index = sink.open(isObject: false)
        return UnkeyedContainer(sink: sink, frame: index, id: sink.frames[index].id)
    }

    mutating func superEncoder() -> any Encoder {
        guard (try? prepare()) != nil else {
            return SlotEncoder(sink: sink, frame: sink.refuse("a super encoder"), id: -1)
        }
        let index = sink.open(isObject: true)
        return SlotEncoder(sink: sink, frame: index, id: sink.frames[index].id)
    }
}

/// A container for one value in the current slot.
private struct SingleContainer: SingleValueEncodingContainer, ValueSlot {
    let sink: StreamSink

    var codingPath: [any CodingKey] { sink.codingPath }

    func prepare() throws {
        guard sink.slotIsEmpty else {
            throw EncodingError.invalidValue(0, .init(codingPath: codingPath, debugDescription:
                "a second value was written where one goes; an encode(to:) must write one value"))
        }
    }
}

/// The encoder a super encoder hands out: its containers write into the object opened for it.
private final class SlotEncoder: Encoder {
    let sink: StreamSink
    let frame: Int
    let id: Int

    init(sink: StreamSink, frame: Int, id: Int) {
        self.sink = sink
        self.frame = frame
        self.id = id
    }

    var codingPath: [any CodingKey] { sink.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer(sink: sink, frame: frame, id: id))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedContainer(sink: sink, frame: sink.refuse("an array from a super encoder"), id: -1)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        _ = sink.refuse("a single value from a super encoder")
        return SingleContainer(sink: sink)
    }
}
