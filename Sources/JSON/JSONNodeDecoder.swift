/// Decodes `Decodable` values from a tree `JSONParser` built, so a type's `Codable` conformance reads text the project's
/// strict parser has checked, as `JSONDecoder` read it before.
///
/// It decodes what `JSONDecoder` decodes with its default strategies: a missing member for a non-optional property is
/// an error, `null` reads as nil, whole numbers must be exact for integer types. Numbers arrive as the parser's `Double`,
/// so an integer beyond 2⁵³ is read as that `Double` holds it.
public struct JSONNodeDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// The value a tree holds.
    /// - Parameters:
    ///   - type: The type to read.
    ///   - node: The tree, as `JSONParser.parse` returns it.
    /// - Returns: The value.
    /// - Throws: `DecodingError` naming the coding path of the first member that does not fit.
    public func decode<T: Decodable>(_ type: T.Type, from node: JSONNode) throws -> T {
        try T(from: NodeDecoder(node: node, codingPath: []))
    }
}

private struct NodeDecoder: Decoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let members = node.object else { throw mismatch([String: Any].self, node, codingPath) }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let elements = node.array else { throw mismatch([Any].self, node, codingPath) }
        return UnkeyedNodeContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

/// The error for a value of the wrong kind.
private func mismatch(_ type: Any.Type, _ node: JSONNode, _ path: [any CodingKey]) -> DecodingError {
    let found = switch node.value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
    return DecodingError.typeMismatch(type, .init(codingPath: path, debugDescription: "expected \(type), found \(found)"))
}

/// Reads one value of a primitive type from a node, as every container does.
private func primitive<T: Decodable>(_ type: T.Type, _ node: JSONNode, _ path: [any CodingKey]) throws -> T {
    func number<N>(_ convert: (Double) -> N?) throws -> N {
        guard let value = node.number else { throw mismatch(T.self, node, path) }
        guard let converted = convert(value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "the number \(value) does not fit \(T.self)"))
        }
        return converted
    }
    switch type {
    case is Bool.Type:
        guard let value = node.bool else { throw mismatch(T.self, node, path) }
        return value as! T
    case is String.Type:
        guard let value = node.string else { throw mismatch(T.self, node, path) }
        return value as! T
    case is Double.Type: return try number { $0 } as! T
    case is Float.Type: return try number { Float($0).isFinite ? Float($0) : nil } as! T
    case is Int.Type: return try number { Int(exactly: $0) } as! T
    case is Int8.Type: return try number { Int8(exactly: $0) } as! T
    case is Int16.Type: return try number { Int16(exactly: $0) } as! T
    case is Int32.Type: return try number { Int32(exactly: $0) } as! T
    case is Int64.Type: return try number { Int64(exactly: $0) } as! T
    case is UInt.Type: return try number { UInt(exactly: $0) } as! T
    case is UInt8.Type: return try number { UInt8(exactly: $0) } as! T
    case is UInt16.Type: return try number { UInt16(exactly: $0) } as! T
    case is UInt32.Type: return try number { UInt32(exactly: $0) } as! T
    case is UInt64.Type: return try number { UInt64(exactly: $0) } as! T
    default: return try T(from: NodeDecoder(node: node, codingPath: path))
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [JSONMember]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }

    func node(_ key: Key) throws -> JSONNode {
        guard let member = members.first(where: { $0.key == key.stringValue }) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no member \"\(key.stringValue)\""))
        }
        return member.value
    }

    func decodeNil(forKey key: Key) throws -> Bool { try node(key).isNull }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value(type, key) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(type, key) }

    func value<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try primitive(type, node(key), codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: node(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: node(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(forKey: Key(stringValue: "super")!)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        NodeDecoder(node: (try? node(key)) ?? JSONNode(.null, at: TextPosition(line: 1, column: 1)), codingPath: codingPath + [key])
    }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let elements: [JSONNode]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(elements: [JSONNode], codingPath: [any CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func next() throws -> (JSONNode, [any CodingKey]) {
        let path = codingPath + [PathKey(intValue: currentIndex)]
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: path, debugDescription: "the array has no more elements"))
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], path)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try value(type) }
    mutating func decode(_ type: String.Type) throws -> String { try value(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try value(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try value(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try value(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try value(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try value(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try value(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try value(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try value(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try value(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try value(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try value(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try value(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try value(type) }

    mutating func value<T: Decodable>(_ type: T.Type) throws -> T {
        let (node, path) = try next()
        return try primitive(type, node, path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (node, path) = try next()
        return try NodeDecoder(node: node, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (node, path) = try next()
        return try NodeDecoder(node: node, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (node, path) = try next()
        return NodeDecoder(node: node, codingPath: path)
    }
}

private struct SingleNodeContainer: SingleValueDecodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { node.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try primitive(type, node, codingPath) }
    func decode(_ type: String.Type) throws -> String { try primitive(type, node, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try primitive(type, node, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try primitive(type, node, codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try primitive(type, node, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try primitive(type, node, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try primitive(type, node, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try primitive(type, node, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try primitive(type, node, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try primitive(type, node, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try primitive(type, node, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try primitive(type, node, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try primitive(type, node, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try primitive(type, node, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try primitive(type, node, codingPath) }
}
