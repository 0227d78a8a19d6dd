import Glibc

/// The environment variables a command reads, looked up one name at a time.
///
/// The process's own variables are read with `getenv` when asked for: building Foundation's dictionary of all of them
/// took a third of the time an advice spends in the advisor's own code.
public struct Environment: ExpressibleByDictionaryLiteral {
    private let lookup: (String) -> String?

    /// An environment holding exactly `values`, for tests and for programs that embed the advisor.
    public init(_ values: [String: String]) {
        lookup = { values[$0] }
    }

    /// An environment holding exactly the listed variables.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    private init(lookup: @escaping (String) -> String?) {
        self.lookup = lookup
    }

    /// The environment of this process.
    public static var process: Environment { Environment { name in getenv(name).map { String(cString: $0) } } }

    /// The value of the variable `name`, or nil when it is not set.
    public subscript(name: String) -> String? { lookup(name) }
}
