import TextMatching

/// One option a command accepts: a flag (`--json`) or an option with a value (`--lang en`).
public struct OptionSpec: Sendable, Hashable {
    /// The long name, without the leading dashes.
    public let name: String
    /// A one-letter form used with a single dash, if any.
    public let short: Character?
    /// Whether the option is followed by a value.
    public let takesValue: Bool
    /// Whether the option may be given more than once.
    public let repeatable: Bool

    /// Creates a flag, which takes no value.
    /// - Parameters:
    ///   - name: The long name without dashes.
    ///   - short: An optional one-letter form.
    public static func flag(_ name: String, short: Character? = nil) -> OptionSpec {
        OptionSpec(name: name, short: short, takesValue: false, repeatable: false)
    }

    /// Creates an option that takes a value.
    /// - Parameters:
    ///   - name: The long name without dashes.
    ///   - short: An optional one-letter form.
    ///   - repeatable: Whether it may appear more than once.
    public static func value(_ name: String, short: Character? = nil, repeatable: Bool = false) -> OptionSpec {
        OptionSpec(name: name, short: short, takesValue: true, repeatable: repeatable)
    }
}

/// What a command line said, sorted into positionals, flags and option values.
public struct ParsedArguments: Sendable, Equatable {
    public var positionals: [String] = []
    public var flags: Set<String> = []
    /// Every value given for each option, in the order given.
    public var values: [String: [String]] = [:]

    public init() {}

    /// Whether the flag was given.
    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of a single-valued option, if given.
    public func value(_ option: String) -> String? { values[option]?.last }
}

/// A command line that does not fit the options it was checked against.
public enum ArgumentError: Error, Equatable, Sendable {
    /// An option no spec names; `suggestion` is the closest known option, if one is close.
    case unknownOption(String, suggestion: String?)
    /// An option that takes a value came last, or was followed by nothing usable.
    case missingValue(option: String)
    /// A flag was given a value with `=`.
    case unexpectedValue(option: String, value: String)
    /// A single-valued option was given twice with different values.
    case repeatedOption(option: String)
}

/// Splits a command line by a list of option specs; written here because the design card allows no packages.
public struct ArgumentParser: Sendable {
    public let options: [OptionSpec]

    /// Creates a parser.
    /// - Parameter options: Every option the command accepts.
    public init(options: [OptionSpec]) {
        self.options = options
    }

    /// Parses arguments (without the program and command names).
    /// - Parameter arguments: The words after the command name.
    /// - Returns: The sorted arguments.
    /// - Throws: `ArgumentError` for an unknown option, a missing value, or a value given to a flag.
    public func parse<C: Collection>(_ arguments: C) throws(ArgumentError) -> ParsedArguments where C.Element == String {
        var parsed = ParsedArguments()
        // Room for every option from the start: growing the table as options came cost more than reading them.
        parsed.values.reserveCapacity(options.count)
        var words = Array(arguments)[...]
        while let word = words.popFirst() {
            if word == "--" {
                parsed.positionals.append(contentsOf: words)
                break
            }
            // A lone "-" conventionally means standard input, and "-5" is a number, not an option.
            guard word.hasPrefix("-"), word != "-", !isNumber(word) else {
                parsed.positionals.append(word)
                continue
            }
            let (spec, inlineValue) = try resolve(word)
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if let next = words.popFirst() {
                    value = next
                } else {
                    throw .missingValue(option: "--\(spec.name)")
                }
                if !spec.repeatable, let earlier = parsed.values[spec.name], earlier.last != value {
                    throw .repeatedOption(option: "--\(spec.name)")
                }
                parsed.values[spec.name, default: []].append(value)
            } else {
                if let inlineValue {
                    throw .unexpectedValue(option: "--\(spec.name)", value: inlineValue)
                }
                parsed.flags.insert(spec.name)
            }
        }
        return parsed
    }

    private func resolve(_ word: String) throws(ArgumentError) -> (OptionSpec, String?) {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            let name: Substring
            let inline: String?
            if let equals = body.firstIndex(of: "=") {
                name = body[..<equals]
                inline = String(body[body.index(after: equals)...])
            } else {
                name = body
                inline = nil
            }
            if let spec = options.first(where: { $0.name == name }) {
                return (spec, inline)
            }
            throw .unknownOption(word, suggestion: closestOption(to: String(name)))
        }
        let letters = word.dropFirst()
        if letters.count == 1, let spec = options.first(where: { $0.short == letters.first }) {
            return (spec, nil)
        }
        throw .unknownOption(word, suggestion: closestOption(to: String(letters)))
    }

    private func closestOption(to name: String) -> String? {
        // A shared start ("--langage" for "--lang") counts as near even when the tail differs a lot.
        let ranked = options
            .map { option in
                let distance = EditDistance.between(name, option.name)
                let sharesStart = name.count >= 3 && (name.hasPrefix(option.name) || option.name.hasPrefix(name))
                return (option.name, sharesStart ? min(distance, 1) : distance)
            }
            .filter { $0.1 <= max(1, min($0.0.count, name.count) / 3) }
            .min { $0.1 < $1.1 }
        return ranked.map { "--\($0.0)" }
    }

    private func isNumber(_ word: String) -> Bool {
        Double(word) != nil
    }
}
