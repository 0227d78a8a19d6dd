import AdvisorCore
import Knowledge

/// Failures of the command line's own files and surroundings, each with what to do.
enum CLIError: Error, Equatable {
    /// `--resume` found no draft.
    case noDraft(path: String)
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// A file could not be read.
    case cannotRead(path: String)
    /// The intake ended before its last question; the answers are kept.
    case intakeInterrupted(draft: String?, resume: String)
    /// A new intake would overwrite the draft of an unfinished one.
    case draftWaiting(path: String, resume: String)
    /// No case has this id.
    case unknownCase(String, suggestions: [String])
}

extension CLIError: ReportableError {
    /// What is wrong and how to go on, in the chosen language.
    func message(in language: Language) -> String {
        phrase.text(language)
    }

    /// The file the failure is about, or nil for a case id, which is not a place.
    var location: String? {
        switch self {
        case let .noDraft(path), let .cannotWrite(path, _), let .cannotRead(path): path
        case let .intakeInterrupted(draft, _): draft
        case let .draftWaiting(path, _): path
        case .unknownCase: nil
        }
    }

    /// A missing file or case is the command line's mistake, a damaged draft is bad data, a failed write is neither.
    var exitCode: Int32 {
        switch self {
        case .noDraft, .cannotRead, .unknownCase, .draftWaiting: ExitCode.usage
        case .cannotWrite, .intakeInterrupted: ExitCode.failure
        }
    }

    private var phrase: Bilingual {
        switch self {
        case let .noDraft(path):
            CLIErrorPhrases.noDraft(path)
        case let .cannotWrite(path, reason):
            CLIErrorPhrases.cannotWrite(path, reason: reason)
        case let .cannotRead(path):
            CLIErrorPhrases.cannotRead(path)
        case let .unknownCase(id, suggestions):
            CLIErrorPhrases.unknownCase(id, suggestions: suggestions.joined(separator: ", "))
        case .intakeInterrupted(draft: nil, _):
            CLIErrorPhrases.intakeEndedUnanswered
        case let .intakeInterrupted(draft?, resume):
            CLIErrorPhrases.intakeStoppedEarly(draft: draft, resume: resume)
        case let .draftWaiting(path, resume):
            CLIErrorPhrases.draftWaiting(path, resume: resume)
        }
    }
}

/// Every text the command line's file failures say, in both languages, named by what it says.
enum CLIErrorPhrases {
    static func noDraft(_ path: String) -> Bilingual {
        Bilingual(zh: "没有可继续的草稿（\(path)）；不带 --resume 重新开始", en: "no draft to resume at \(path); start afresh without --resume")
    }

    static func cannotWrite(_ path: String, reason: String) -> Bilingual {
        Bilingual(zh: "无法写入 \(path)：\(reason)；请检查磁盘空间和权限，或写到别处", en: "cannot write \(path): \(reason); check the free space and permissions, or write elsewhere")
    }

    static func cannotRead(_ path: String) -> Bilingual {
        Bilingual(zh: "无法读取文件 \(path)；请检查路径和权限", en: "cannot read \(path); check the path and its permissions")
    }

    static func unknownCase(_ id: String, suggestions list: String) -> Bilingual {
        Bilingual(zh: "没有编号为“\(id)”的案例；你是不是想找：\(list)", en: "no case is called '\(id)'; did you mean: \(list)")
    }

    static let intakeEndedUnanswered = Bilingual(zh: "接诉在第一个问题前结束，没有要保存的回答", en: "the intake ended before any answer; nothing to keep")

    static func intakeStoppedEarly(draft: String, resume: String) -> Bilingual {
        Bilingual(zh: "接诉未完成，已答内容保存在 \(draft)；用 \(resume) 继续",
                  en: "the intake stopped early; answers so far are in \(draft); continue with: \(resume)")
    }

    static func draftWaiting(_ path: String, resume: String) -> Bilingual {
        Bilingual(zh: "\(path) 里有一份未完成的接诉草稿；用 \(resume) 接着做，或加 --new 丢弃它重新开始",
                  en: "an unfinished intake is saved in \(path); continue it with \(resume), or add --new to discard it and start afresh")
    }
}
