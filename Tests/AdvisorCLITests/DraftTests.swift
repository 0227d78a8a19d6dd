import AdvisorCore
import Foundation
import Testing

/// A draft holds a customer's words: read strictly, kept private, never overwritten by accident.
@Suite struct DraftTests {
    func draftPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString).json").path
    }

    func draftFile(_ json: String) throws -> String {
        let path = draftPath()
        try json.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test(arguments: [
        (#"{"answers": {"category": "bogus"}, "tier": "agent"}"#, "$.answers.category", "'bogus' is not an answer this question takes"),
        (#"{"answers": {"severity": "extreme"}, "tier": "agent"}"#, "$.answers.severity", "'extreme' is not an answer"),
        (#"{"answers": {"brokenPromises": "two"}, "tier": "agent"}"#, "$.answers.brokenPromises", "type a whole number"),
        (#"{"answers": {"expectation": "0x10"}, "tier": "agent"}"#, "$.answers.expectation", "plain digits"),
        (#"{"answers": {"mood": "calm"}, "tier": "agent"}"#, "$.answers.mood", "no such field"),
        (#"{"answers": {}, "tier": "agent", "at": "nowhere"}"#, "$.at", "unknown name 'nowhere'"),
        (#"{"answers": {"category": "billing", "category": "billing"}, "tier": "agent"}"#, "line 1, column 37", "already occurs in this object"),
        (#"{"answers": {"category": "billing",}, "tier": "agent"}"#, "line 1, column 35", "cannot come right before a closing bracket"),
    ])
    func aDamagedDraftIsRefusedWithItsPath(json: String, path: String, words: String) throws {
        let file = try draftFile(json)
        let result = advisor(["intake", "--resume", "--draft", file])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains(file) && result.stderr.contains(path) && result.stderr.contains(words), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aNewIntakeDoesNotOverwriteAnUnfinishedOne() throws {
        let file = try draftFile(#"{"answers": {"said": "my parcel is late"}, "tier": "agent"}"#)
        let result = advisor(["intake", "--draft", file], input: ["", "billing"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("continue it with advisor intake --resume --draft \(file)"), "\(result.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("my parcel is late"))
        // --new discards it on purpose.
        let fresh = advisor(["intake", "--draft", file, "--new"], input: ["it broke"])
        #expect(fresh.status == 1)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!text.contains("my parcel is late"))
    }

    @Test func theHintToContinueNamesADraftGivenByOption() {
        let file = draftPath()
        let result = advisor(["intake", "--draft", file], input: ["it broke"])
        #expect(result.stderr.contains("continue with: advisor intake --resume --draft \(file)"), "\(result.stderr)")
    }

    /// Under umask 000 the draft is still the owner's alone, in a folder only the owner can open.
    /// Starts an intake under `umask` that ends after one answer, leaving its draft at `draft`.
    func interruptedIntake(umask: String, draft: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask \(umask); printf 'it broke\\n' | \"$0\" intake --draft \"$1\"; exit 0", builtAdvisor().path, draft]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// A umask that takes the owner's own write bit away still leaves the draft's new folder 0700, so the draft fits in it.
    @Test func theDraftFolderIsTheOwnersUnderAStrictUmask() throws {
        let folder = NSTemporaryDirectory() + "advisor-strict-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try interruptedIntake(umask: "0277", draft: folder + "/drafts/draft.json")
        let folderMode = try mode(folder + "/drafts")
        #expect(folderMode == 0o700, "folder mode \(String(folderMode, radix: 8))")
        #expect(FileManager.default.fileExists(atPath: folder + "/drafts/draft.json"), "the draft was written")
    }

    /// Folders missing above the draft's are made too, each the owner's (0700) under that umask, or the next could not
    /// be made inside it.
    @Test func missingFoldersAboveTheDraftAreTheOwnersUnderAStrictUmask() throws {
        let folder = NSTemporaryDirectory() + "advisor-deep-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try interruptedIntake(umask: "0277", draft: folder + "/state/advisor/drafts/draft.json")
        for made in [folder, folder + "/state", folder + "/state/advisor", folder + "/state/advisor/drafts"] {
            let made = try mode(made)
            #expect(made == 0o700, "folder mode \(String(made, radix: 8))")
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/state/advisor/drafts/draft.json"), "the draft was written")
    }

    @Test func theDraftIsPrivateWhateverTheUmask() throws {
        let folder = NSTemporaryDirectory() + "advisor-private-\(UUID().uuidString)"
        let file = folder + "/drafts/draft.json"
        try interruptedIntake(umask: "000", draft: file)
        let fileMode = try mode(file), folderMode = try mode(folder + "/drafts")
        #expect(fileMode == 0o600, "draft mode \(String(fileMode, radix: 8))")
        #expect(folderMode == 0o700, "folder mode \(String(folderMode, radix: 8))")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/drafts").filter { $0 != "draft.json" }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }
}
