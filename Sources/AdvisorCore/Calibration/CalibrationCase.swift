import FoundationEssentials
import JSON
import Knowledge

/// A real settled complaint from a public source: the facts as an intake, and what the business gave.
public struct CalibrationCase: Equatable, Sendable {
    public var id: String
    /// The page the case was published on.
    public var source: String
    var publisher: String
    var intake: Intake
    /// What put the problem right (return and refund, repair, …); may be empty.
    var remedies: [RemedyKind]
    /// The money given on top of the remedy, in the policy's currency; 0 when nothing was added.
    var compensation: Double

    /// The host of the source page: cases from one site stay on one side of the split.
    public var site: String {
        URL(string: source)?.host?.lowercased() ?? source
    }

    /// Whether the case belongs to the half that is never used for tuning.
    ///
    /// The split hashes the site with FNV-1a, which is stable across runs and platforms, unlike `Hasher`.
    var heldOut: Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in site.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash % 2 == 1
    }
}

/// Reads a calibration file: one case per line, each problem named by line and JSON path.
public enum CalibrationReader {
    static let fields = ["id", "source", "publisher", "year", "summary", "intake", "remedy", "compensation", "compensationForm", "mapping"]

    /// Reads every case of a JSON-lines file.
    /// - Throws: `InvalidDataFile` with every problem of every line.
    public static func read(_ data: Data, file: String) throws(InvalidDataFile) -> [CalibrationCase] {
        var cases: [CalibrationCase] = []
        var problems: [DataProblem] = []
        for (index, line) in data.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            // Positions inside one line are moved to the line's place in the file.
            func placed(_ found: [DataProblem]) -> [DataProblem] {
                found.map { DataProblem(path: $0.path, position: TextPosition(line: index + 1, column: $0.position?.column ?? 1), kind: $0.kind) }
            }
            let root: JSONNode
            do {
                root = try SchemaReader.parseDocument(Data(line), file: file)
            } catch {
                problems += placed(error.problems)
                continue
            }
            var reader = SchemaReader()
            if let found = check(root, &reader), reader.problems.isEmpty { cases.append(found) }
            problems += placed(reader.problems)
        }
        guard problems.isEmpty else { throw InvalidDataFile(file: file, problems: problems) }
        return cases
    }

    static func check(_ root: JSONNode, _ r: inout SchemaReader) -> CalibrationCase? {
        let top = JSONPath.root
        guard r.object(root, top, fields: fields) != nil else { return nil }
        let id = r.string(root["id"], top.appending("id"), parent: root)
        let source = r.string(root["source"], top.appending("source"), parent: root)
        let publisher = r.string(root["publisher"], top.appending("publisher"), parent: root)
        // A case may have had no remedy at all, only money (a partial refund on goods kept).
        let remedies = r.names(root["remedy"], top.appending("remedy"), parent: root, as: RemedyKind.self, allowEmpty: true)
        let compensation = r.number(root["compensation"], top.appending("compensation"), parent: root)
        var intake: Intake? = nil
        if let node = root["intake"] {
            // The intake is checked by the intake reader itself; its paths are put under `$.intake`.
            var inner = SchemaReader()
            intake = IntakeReader.check(node, &inner)
            for problem in inner.problems {
                r.record(DataProblem(path: "$.intake" + problem.path.dropFirst(), position: problem.position, kind: problem.kind))
            }
        } else {
            r.report(.missing, at: top.appending("intake"), root)
        }
        guard let id, let source, let publisher, let remedies, let compensation, let intake else { return nil }
        return CalibrationCase(id: id, source: source, publisher: publisher, intake: intake, remedies: remedies, compensation: compensation)
    }
}
