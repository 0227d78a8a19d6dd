import FoundationEssentials
import JSON
import Knowledge

/// A case for discussion and drills: what happened, the wrong and the right handling, and how it settled.
public struct TrainingCase: Codable, Equatable, Sendable {
    public var id: String
    public var title: Text
    public var source: String
    public var facts: Text
    public var customerSays: Text
    public var type: ComplainantTypeID?
    public var temperament: TemperamentID
    public var intake: Intake
    var wrongHandling: Text
    var whyItFails: Text
    var rightHandling: Text
    public var settlement: Settlement
    var lesson: Text
    var questions: [Text]

    /// A text in both languages, as case files hold it.
    public struct Text: Codable, Equatable, Sendable {
        public var zh: String
        public var en: String

        /// The version for `language`.
        public func text(_ language: Language) -> String { Bilingual(zh: zh, en: en).text(language) }
    }

    /// How the case really settled.
    public struct Settlement: Codable, Equatable, Sendable {
        var text: Text
        /// The settlement's value in currency, on top of the remedy.
        public var value: Double
        var forms: [CompensationForm]
    }
}

/// Reads case files and checks them, naming the file and the field of every problem.
public enum TrainingCaseReader {
    static let fields = ["id", "title", "source", "facts", "customerSays", "type", "temperament", "intake", "wrongHandling",
                         "whyItFails", "rightHandling", "settlement", "lesson", "questions"]

    /// Parses one case file.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The path to name in messages.
    /// - Throws: `InvalidDataFile` listing every problem with its JSON path.
    public static func read(_ data: Data, file: String) throws(InvalidDataFile) -> TrainingCase {
        let root = try SchemaReader.parseDocument(data, file: file)
        var r = SchemaReader()
        let result = check(root, &r)
        if let result, r.problems.isEmpty { return result }
        throw InvalidDataFile(file: file, problems: r.problems)
    }

    static func text(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?, _ r: inout SchemaReader) -> TrainingCase.Text? {
        guard r.object(node, path, fields: ["zh", "en"], parent: parent) != nil, let node else { return nil }
        let zh = r.string(node["zh"], path.appending("zh"), parent: node)
        let en = r.string(node["en"], path.appending("en"), parent: node)
        guard let zh, let en else { return nil }
        return TrainingCase.Text(zh: zh, en: en)
    }

    static func check(_ root: JSONNode, _ r: inout SchemaReader) -> TrainingCase? {
        let top = JSONPath.root
        guard r.object(root, top, fields: fields) != nil else { return nil }
        let id = r.string(root["id"], top.appending("id"), parent: root)
        if let id, id.contains(where: { !($0.isLowercase || $0.isNumber || $0 == "-") }) || !(id.first?.isLetter ?? false) {
            r.report(.unknownName(id, allowed: ["lowercase-words-joined-by-hyphens"]), at: top.appending("id"), root["id"])
        }
        let source = r.string(root["source"], top.appending("source"), parent: root)
        let texts = ["title", "facts", "customerSays", "wrongHandling", "whyItFails", "rightHandling", "lesson"].map {
            text(root[$0], top.appending($0), parent: root, &r)
        }
        var type: ComplainantTypeID? = nil
        if let node = root["type"], !node.isNull { type = r.name(node, top.appending("type"), parent: root, as: ComplainantTypeID.self) }
        else if root["type"] == nil { r.report(.missing, at: top.appending("type"), root) }
        let temperament = r.name(root["temperament"], top.appending("temperament"), parent: root, as: TemperamentID.self)

        var intake: Intake? = nil
        if let node = root["intake"] {
            var inner = SchemaReader()
            intake = IntakeReader.check(node, &inner)
            r.absorb(inner.problems, under: top.appending("intake"))
        } else {
            r.report(.missing, at: top.appending("intake"), root)
        }

        var settlement: TrainingCase.Settlement? = nil
        let sPath = top.appending("settlement")
        if r.object(root["settlement"], sPath, fields: ["text", "value", "forms"], parent: root) != nil, let node = root["settlement"] {
            let t = text(node["text"], sPath.appending("text"), parent: node, &r)
            let value = r.number(node["value"], sPath.appending("value"), parent: node)
            var forms: [CompensationForm]? = []
            if let list = node["forms"], case .array(let items) = list.value, items.isEmpty { forms = [] }
            else { forms = r.names(node["forms"], sPath.appending("forms"), parent: node, as: CompensationForm.self) }
            if let t, let value, let forms { settlement = TrainingCase.Settlement(text: t, value: value, forms: forms) }
        }

        var questions: [TrainingCase.Text]? = nil
        let qPath = top.appending("questions")
        if let items = r.array(root["questions"], qPath, parent: root) {
            let read = items.enumerated().map { text($0.element, qPath.appending($0.offset), parent: root["questions"], &r) }
            if read.allSatisfy({ $0 != nil }) { questions = read.compactMap { $0 } }
        }

        guard let id, let source, texts.allSatisfy({ $0 != nil }), let temperament, let intake, let settlement, let questions else { return nil }
        let t = texts.compactMap { $0 }
        return TrainingCase(id: id, title: t[0], source: source, facts: t[1], customerSays: t[2], type: type, temperament: temperament,
                            intake: intake, wrongHandling: t[3], whyItFails: t[4], rightHandling: t[5], settlement: settlement,
                            lesson: t[6], questions: questions)
    }
}
