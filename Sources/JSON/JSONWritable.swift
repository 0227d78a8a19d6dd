/// A value that writes its own JSON straight into a `JSONWriter`, members in sorted order.
///
/// For the values written by the hundred thousand (an advice per batch line): going through `Encodable` costs a
/// generic call, a container box and a key sort for every member, several times what writing the bytes costs.
/// A conformance must write exactly what the type's `Encodable` form gives through `JSONStreamEncoder`: the same members
/// in sorted order, absent optionals left out. Tests hold each conformance to that, byte for byte.
public protocol JSONWritable {
    /// Writes the value where the writer stands.
    /// - Throws: `JSONWriter.NonFiniteNumber` for a NaN or infinite number; what was written is then incomplete.
    func write(to writer: inout JSONWriter) throws(JSONWriter.NonFiniteNumber)
}

// The helpers are inlinable so that a conformance in another module gets them specialized to its member types:
// through the protocol, every member and element cost a generic call and a copy. Member names are static strings,
// written from the binary's own bytes without the retain and the look into a `String` that cost as much as the value.
extension JSONWriter {
    /// Writes a member: its name, then its value.
    @inlinable public mutating func member<Value: JSONWritable>(_ name: StaticString, _ value: Value) throws(NonFiniteNumber) {
        key(name)
        try value.write(to: &self)
    }

    /// Writes a member when it has a value and leaves it out when it has none, as `Encodable` does with optionals.
    @inlinable public mutating func member<Value: JSONWritable>(_ name: StaticString, ifPresent value: Value?) throws(NonFiniteNumber) {
        guard let value else { return }
        key(name)
        try value.write(to: &self)
    }

    /// Writes a string member.
    @inlinable public mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    /// Writes a string member when it has a value.
    @inlinable public mutating func member(_ name: StaticString, ifPresent value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// Writes a whole-number member.
    @inlinable public mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        number(value)
    }

    /// Writes a whole-number member when it has a value.
    @inlinable public mutating func member(_ name: StaticString, ifPresent value: Int?) {
        guard let value else { return }
        member(name, value)
    }

    /// Writes a true-or-false member when it has a value.
    @inlinable public mutating func member(_ name: StaticString, ifPresent value: Bool?) {
        guard let value else { return }
        member(name, value)
    }

    /// Writes a number member.
    @inlinable public mutating func member(_ name: StaticString, _ value: Double) throws(NonFiniteNumber) {
        key(name)
        try number(value)
    }

    /// Writes a true-or-false member.
    @inlinable public mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }
}

extension String: JSONWritable {
    @inlinable public func write(to writer: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) { writer.string(self) }
}

extension Int: JSONWritable {
    @inlinable public func write(to writer: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) { writer.number(self) }
}

extension Double: JSONWritable {
    @inlinable public func write(to writer: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) { try writer.number(self) }
}

extension Bool: JSONWritable {
    @inlinable public func write(to writer: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) { writer.bool(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    @inlinable public func write(to writer: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        writer.beginArray()
        for element in self { try element.write(to: &writer) }
        writer.endArray()
    }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    /// The value, or `null`: an optional inside an array, where `Encodable` writes `null` too.
    @inlinable public func write(to writer: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        if let value = self { try value.write(to: &writer) } else { writer.null() }
    }
}

extension JSONWritable where Self: RawRepresentable, RawValue == String {
    /// A name, written as its raw value, as `Encodable` writes an enum of strings.
    @inlinable public func write(to writer: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) { writer.string(rawValue) }
}
