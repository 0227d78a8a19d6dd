import FoundationEssentials
import JSON
import Knowledge
import TextMatching

/// Reads typed values out of a parsed JSON document, collecting every problem instead of stopping at the first.
///
/// Each accessor returns nil when the value is missing or wrong, after recording why, so a reader can go
/// on and report the rest of the file in the same run.
public struct SchemaReader {
    public private(set) var problems: [DataProblem] = []

    public init() {}

    /// Records a problem at a node.
    public mutating func report(_ kind: DataProblem.Kind, at path: JSONPath, _ node: JSONNode?) {
        problems.append(DataProblem(path: path.description, position: node?.position, kind: kind))
    }

    /// Takes in another reader's problems, found in an object nested at `path`, re-rooting their paths there.
    public mutating func absorb(_ nested: [DataProblem], under path: JSONPath) {
        problems += nested.map { DataProblem(path: path.description + $0.path.dropFirst(), position: $0.position, kind: $0.kind) }
    }

    /// Records a problem with an object member's name, pointing at the name.
    /// Keeps a problem another reader found, for a document that nests one reader's format in another's.
    public mutating func record(_ problem: DataProblem) {
        problems.append(problem)
    }

    public mutating func report(_ kind: DataProblem.Kind, at path: JSONPath, member: JSONMember) {
        problems.append(DataProblem(path: path.description, position: member.position, kind: kind))
    }

    /// The members of an object, after reporting any member not in `fields`.
    /// - Parameters:
    ///   - node: The value, or nil when absent.
    ///   - path: Its path.
    ///   - fields: The member names the format has; nil accepts any name (a map keyed by ids).
    ///   - parent: The enclosing node, for the position of a missing value.
    public mutating func object(_ node: JSONNode?, _ path: JSONPath, fields: [String]?, parent: JSONNode? = nil) -> [JSONMember]? {
        guard let node else { report(.missing, at: path, parent); return nil }
        guard case let .object(members) = node.value else {
            report(.wrongType(expected: .object, found: node.kindName), at: path, node)
            return nil
        }
        if let fields {
            for member in members where !fields.contains(member.key) {
                let key = member.key.lowercased(), length = key.count
                // The distance is at least the difference in length, so names that cannot come within reach are not
                // compared: comparing a 100 MB name with every field would take many minutes.
                let near = fields.filter { abs($0.lowercased().count - length) <= max(2, $0.count / 3) }
                    .map { ($0, EditDistance.between(key, $0.lowercased())) }
                    .filter { $0.1 <= max(2, $0.0.count / 3) }.min { $0.1 < $1.1 }?.0
                problems.append(DataProblem(path: path.appending(member.key).description, position: member.position,
                                            kind: .unknownField(suggestion: near)))
            }
        }
        return members
    }

    /// The elements of an array.
    public mutating func array(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?, allowEmpty: Bool = false) -> [JSONNode]? {
        guard let node else { report(.missing, at: path, parent); return nil }
        guard case let .array(elements) = node.value else {
            report(.wrongType(expected: .array, found: node.kindName), at: path, node)
            return nil
        }
        if elements.isEmpty && !allowEmpty { report(.empty, at: path, node); return nil }
        return elements
    }

    /// A non-blank string.
    public mutating func string(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?) -> String? {
        guard let node else { report(.missing, at: path, parent); return nil }
        guard let text = node.string else {
            report(.wrongType(expected: .string, found: node.kindName), at: path, node)
            return nil
        }
        if text.allSatisfy(\.isWhitespace) { report(.blank, at: path, node); return nil }
        return text
    }

    /// A boolean.
    public mutating func bool(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?) -> Bool? {
        guard let node else { report(.missing, at: path, parent); return nil }
        guard let value = node.bool else {
            report(.wrongType(expected: .boolean, found: node.kindName), at: path, node)
            return nil
        }
        return value
    }

    /// A finite number, zero or more, optionally within a range.
    public mutating func number(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?, range: ClosedRange<Double>? = nil) -> Double? {
        guard let node else { report(.missing, at: path, parent); return nil }
        guard let value = node.number else {
            report(.wrongType(expected: .number, found: node.kindName), at: path, node)
            return nil
        }
        if value < 0 { report(.negative(value), at: path, node); return nil }
        if let range, !range.contains(value) { report(.outOfRange(value, range: range), at: path, node); return nil }
        return value
    }

    /// A whole number, zero or more, optionally within a range.
    public mutating func whole(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?, range: ClosedRange<Double>? = nil) -> Int? {
        guard let value = number(node, path, parent: parent, range: range) else { return nil }
        guard value == value.rounded(), value < 1e9 else { report(.notWhole(value), at: path, node); return nil }
        return Int(value)
    }

    /// One of a set of names, by its raw value.
    public mutating func name<T: RawRepresentable & CaseIterable>(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?, as _: T.Type) -> T? where T.RawValue == String {
        guard let text = string(node, path, parent: parent) else { return nil }
        guard let value = T(rawValue: text) else {
            report(.unknownName(text, allowed: T.allCases.map(\.rawValue)), at: path, node)
            return nil
        }
        return value
    }

    /// A list of names without repeats.
    public mutating func names<T: RawRepresentable & CaseIterable & Equatable>(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?, as type: T.Type,
                                                                        allowEmpty: Bool = false) -> [T]? where T.RawValue == String {
        guard let elements = array(node, path, parent: parent, allowEmpty: allowEmpty) else { return nil }
        var result: [T] = []
        var failed = false
        for (index, element) in elements.enumerated() {
            guard let value = name(element, path.appending(index), parent: node, as: type) else { failed = true; continue }
            if result.contains(value) {
                report(.duplicate(value.rawValue), at: path.appending(index), element)
                failed = true
            }
            result.append(value)
        }
        return failed ? nil : result
    }
}

extension SchemaReader {
    /// Parses a data file, or throws its syntax error as the file's one problem.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The name to use in messages.
    public static func parseDocument(_ data: Data, file: String) throws(InvalidDataFile) -> JSONNode {
        do {
            return try JSONParser.parse(data)
        } catch {
            throw InvalidDataFile(file: file, problems: [DataProblem(path: "$", position: error.position, kind: .syntax(error))])
        }
    }
}

extension JSONNode {
    /// A member's value with its path, for readers that walk objects field by field.
    func field(_ key: String, _ path: JSONPath) -> (JSONNode?, JSONPath) {
        (self[key], path.appending(key))
    }
}
