import AdvisorCore
import Foundation
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
    static func path(_ option: String?, environment: [String: String]) -> String {
        if let option { return option }
        if let explicit = environment["ADVISOR_DRAFT"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/advisor/intake-draft.json" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/advisor/intake-draft.json" }
        return ".advisor-intake-draft.json"
    }

    /// Reads a saved draft; a missing file is an error the caller reports, a broken one names the file.
    static func load(_ path: String) throws -> IntakeDraft {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.noDraft(path: path)
        }
        do {
            return try JSONDecoder().decode(IntakeDraft.self, from: data)
        } catch {
            throw CLIError.brokenDraft(path: path)
        }
    }

    /// Saves the draft by writing a new file and renaming it, so a crash never leaves half a draft.
    func save(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(JSONStreamEncoder(style: .pretty).encode(self)).write(to: url, options: .atomic)
        } catch {
            throw CLIError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
