import AdvisorCore
import FoundationEssentials
import JSON
import Knowledge

/// The answers of an unfinished intake, saved after every answer so leaving at any question loses nothing.
struct IntakeDraft: Codable, Equatable {
    var answers: [String: String] = [:]
    var tier: String = "agent"
    /// The question being asked, so a draft left after going back resumes there; nil (and drafts from
    /// before it was kept) means the first question not yet answered.
    var at: String?

    /// Where the draft lives: `--draft`, else `ADVISOR_DRAFT`, else the user's state folder.
    static func path(_ option: String?, environment: Environment) -> String {
        if let option { return option }
        if let explicit = environment["ADVISOR_DRAFT"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/advisor/intake-draft.json" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/advisor/intake-draft.json" }
        return ".advisor-intake-draft.json"
    }

    /// Reads a saved draft strictly: a missing file is an error the caller reports; anything wrong in one is named by its
    /// JSON path and line (exit 65), and nothing in it is defaulted silently.
    static func load(_ path: String) throws -> IntakeDraft {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.noDraft(path: path)
        }
        let root = try SchemaReader.parseDocument(data, file: path)
        var reader = SchemaReader()
        let draft = read(root, &reader)
        guard reader.problems.isEmpty, let draft else { throw InvalidDataFile(file: path, problems: reader.problems) }
        return draft
    }

    /// The draft in a parsed document, checking every answer as its question would take it when typed.
    static func read(_ root: JSONNode, _ r: inout SchemaReader) -> IntakeDraft? {
        let top = JSONPath.root
        guard r.object(root, top, fields: ["answers", "tier", "at"]) != nil else { return nil }
        var draft = IntakeDraft()
        let ids = Questionnaire.questions.map(\.id)
        if let members = r.object(root["answers"], top.appending("answers"), fields: ids, parent: root) {
            for member in members {
                let path = top.appending("answers").appending(member.key)
                guard let question = Questionnaire.questions.first(where: { $0.id == member.key }) else { continue }
                // An empty answer is a skipped question, so the string is read as it is rather than as a required text.
                guard let answer = member.value.string else {
                    r.report(.wrongType(expected: .string, found: member.value.kindName), at: path, member.value)
                    continue
                }
                // A saved answer is what the questionnaire stored, so it is read again exactly as if typed.
                do throws(Questionnaire.AnswerProblem) {
                    draft.answers[member.key] = try Questionnaire.read(answer, for: question, answers: [:])
                } catch {
                    r.report(.notAnAnswer(answer, error), at: path, member.value)
                }
            }
            if let e = draft.answers["expectation"].flatMap(Double.init), let b = draft.answers["bottomLine"].flatMap(Double.init), b > e {
                r.report(.minAboveMax(minField: "bottomLine", minimum: b, maxField: "expectation", maximum: e),
                         at: top.appending("answers").appending("bottomLine"), root["answers"]?["bottomLine"])
            }
        }
        if let tier = r.string(root["tier"], top.appending("tier"), parent: root) { draft.tier = tier }
        if let at = root["at"], !at.isNull {
            if let id = r.string(at, top.appending("at"), parent: root) {
                if ids.contains(id) { draft.at = id } else { r.report(.unknownName(id, allowed: ids), at: top.appending("at"), at) }
            }
        }
        return draft
    }

    /// Saves the draft where only its owner can read it, by writing a new file and renaming it, so a crash never
    /// leaves half a draft.
    func save(_ path: String) throws {
        do {
            try PrivateFile.write(Data(JSONStreamEncoder(style: .pretty).encode(self)), to: path)
        } catch let error as PrivateFile.Failure {
            throw CLIError.cannotWrite(path: path, reason: error.reason)
        }
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
