import AdvisorCore
import JSON
import Knowledge

/// An answer that is not the one asked for: its status, what is wrong and how to fix it, and where, for bad data.
struct APIError: Error {
    var status: Int
    var message: String
    var problems: [Problem] = []
    /// Headers the status calls for, such as `Allow` on a 405.
    var headers: [HTTPHeader] = []

    /// One thing wrong in a request body, at its JSON path.
    struct Problem: Encodable, Equatable {
        var path: String
        var line: Int?
        var column: Int?
        var message: String

        init(path: String, line: Int?, column: Int?, message: String) {
            self.path = path
            self.line = line
            self.column = column
            self.message = message
        }

        init(_ problem: DataProblem, language: Language) {
            self.init(path: problem.path, line: problem.position?.line, column: problem.position?.column, message: problem.problem(in: language))
        }
    }

    init(status: Int, _ phrase: Bilingual, language: Language, headers: [HTTPHeader] = []) {
        self.init(status: status, message: phrase.text(language), headers: headers)
    }

    init(status: Int, message: String, problems: [Problem] = [], headers: [HTTPHeader] = []) {
        self.status = status
        self.message = message
        self.problems = problems
        self.headers = headers
    }

    /// A request body that is not the data asked for: every problem with its path, line and column.
    init(_ invalid: InvalidDataFile, language: Language) {
        self.init(status: 400, message: invalid.message(in: language), problems: invalid.problems.map { Problem($0, language: language) })
    }

    /// What the error is answered with: `{"error": {"message", "status", "problems"}}`.
    private struct Body: Encodable {
        struct Detail: Encodable {
            var message: String
            var status: Int
            var problems: [Problem]?
        }
        var error: Detail
    }

    /// The body, as pretty JSON like the command line's.
    func body() -> [UInt8] {
        let body = Body(error: .init(message: message, status: status, problems: problems.isEmpty ? nil : problems))
        // Strings and whole numbers only: encoding cannot fail, but a failure still answers with the message.
        return (try? JSONBody.pretty(body)) ?? Array("{\"error\":{\"status\":\(status)}}\n".utf8)
    }
}

/// JSON as the command line prints it with `--json`: pretty, keys sorted, one newline at the end.
enum JSONBody {
    static func pretty<T: Encodable>(_ value: T) throws -> [UInt8] {
        var writer = JSONWriter(style: .pretty)
        try JSONStreamEncoder(style: .pretty).encode(value, into: &writer)
        writer.endLine()
        return writer.bytes
    }
}
