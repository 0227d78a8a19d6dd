/// A place in a text: 1-based line and column, where the column counts Unicode scalars, not bytes.
///
/// Scalars rather than bytes so that a column in a Chinese policy file matches what an editor shows;
/// a UTF-8 byte-order mark at the start of the text is not counted. A line ends at LF, CR LF or a lone CR.
public struct TextPosition: Sendable, Equatable, Hashable, Comparable {
    /// The line, counting from 1.
    public let line: Int
    /// The column, counting Unicode scalars from 1.
    public let column: Int

    /// Creates a position.
    /// - Parameters:
    ///   - line: The line, counting from 1.
    ///   - column: The column in Unicode scalars, counting from 1.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A parsed JSON value together with where it starts in the text, so later checks can point at it.
public struct JSONNode: Sendable, Equatable {
    /// What the value is; arrays and objects hold further nodes.
    public let value: JSONValue
    /// Where the value's first character stands (the `{`, `[`, `"`, digit, `-` or letter).
    public let position: TextPosition

    /// Creates a node.
    /// - Parameters:
    ///   - value: The value.
    ///   - position: Where the value starts.
    public init(_ value: JSONValue, at position: TextPosition) {
        self.value = value
        self.position = position
    }
}

/// One JSON value, whose children are nodes that keep their own positions.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    /// The members in the order the text gives them; the parser rejects duplicate names, so names are unique.
    case object([JSONMember])
}

/// One `"name": value` pair of a JSON object.
public struct JSONMember: Sendable, Equatable {
    /// The member's name, with escapes resolved.
    public let key: String
    /// The member's value.
    public let value: JSONNode
    /// Where the name's opening quote stands, which is where a message about the member itself should point.
    public let position: TextPosition

    /// Creates a member.
    /// - Parameters:
    ///   - key: The name.
    ///   - value: The value.
    ///   - position: Where the name's opening quote stands.
    public init(key: String, value: JSONNode, position: TextPosition) {
        self.key = key
        self.value = value
        self.position = position
    }
}

extension JSONNode {
    // The accessors switch over every case instead of using `if case` or `default:`: with those, Swift 6.3's
    // optimizer crashes in release builds ("Found outside of lifetime use") when a caller maps the result.

    /// The value of the member called `key`, or nil if this is not an object or has no such member.
    public subscript(key: String) -> JSONNode? {
        member(key)?.value
    }

    /// The element at `index`, or nil if this is not an array or the index is out of range.
    public subscript(index: Int) -> JSONNode? {
        guard let elements = array, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The member called `key` with its position, or nil if this is not an object or has no such member.
    public func member(_ key: String) -> JSONMember? {
        object?.first { $0.key == key }
    }

    /// The number, if this is a number.
    public var number: Double? {
        switch value {
        case let .number(n): n
        case .null, .bool, .string, .array, .object: nil
        }
    }

    /// The text, if this is a string.
    public var string: String? {
        switch value {
        case let .string(s): s
        case .null, .bool, .number, .array, .object: nil
        }
    }

    /// The truth value, if this is `true` or `false`.
    public var bool: Bool? {
        switch value {
        case let .bool(b): b
        case .null, .number, .string, .array, .object: nil
        }
    }

    /// The elements, if this is an array.
    public var array: [JSONNode]? {
        switch value {
        case let .array(a): a
        case .null, .bool, .number, .string, .object: nil
        }
    }

    /// The members in text order, if this is an object.
    public var object: [JSONMember]? {
        switch value {
        case let .object(o): o
        case .null, .bool, .number, .string, .array: nil
        }
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        switch value {
        case .null: true
        case .bool, .number, .string, .array, .object: false
        }
    }
}

/// Where a value sits inside a JSON document, written like `$.categories["product-quality"].caps[0]`.
///
/// Names made only of ASCII letters, digits and `_` (not starting with a digit) are written after a dot;
/// any other name is quoted in brackets with `"`, `\` and control characters escaped, so the path reads unambiguously.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step down from a container.
    public enum Component: Sendable, Hashable {
        /// A member of an object.
        case key(String)
        /// An element of an array, counting from 0.
        case index(Int)
    }

    /// The steps from the document's top value, outermost first.
    public private(set) var components: [Component]

    /// The document's top value, written `$`.
    public static let root = JSONPath()

    /// Creates a path from its steps.
    /// - Parameter components: The steps, outermost first; none means the top value.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// This path extended by the member called `key`.
    public func appending(_ key: String) -> JSONPath {
        JSONPath(components + [.key(key)])
    }

    /// This path extended by the array element at `index`.
    public func appending(_ index: Int) -> JSONPath {
        JSONPath(components + [.index(index)])
    }

    /// The path one step up, or nil at the top value.
    public var parent: JSONPath? {
        components.isEmpty ? nil : JSONPath(Array(components.dropLast()))
    }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case let .index(i):
                text += "[\(i)]"
            case let .key(k) where Self.isIdentifier(k):
                text += ".\(k)"
            case let .key(k):
                text += "[\"\(Self.escaped(k))\"]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return key.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
            default: false
            }
        }
    }

    private static func escaped(_ key: String) -> String {
        var out = ""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // Other control characters would be invisible or break the message's line.
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let digits = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
