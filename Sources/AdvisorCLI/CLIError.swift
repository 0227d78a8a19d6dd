import Knowledge

/// Failures of the command line's own files and surroundings, each with what to do.
enum CLIError: Error, Equatable {
    /// `--resume` found no draft.
    case noDraft(path: String)
    /// The draft file is not a draft.
    case brokenDraft(path: String)
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// A file could not be read.
    case cannotRead(path: String)
    /// The intake ended before its last question; the answers are kept.
    case intakeInterrupted(draft: String?)
    /// No case has this id.
    case unknownCase(String, suggestions: [String])

    /// The exit status this failure maps to.
    var exitCode: Int32 {
        switch self {
        case .brokenDraft: ExitCode.dataError
        case .noDraft, .cannotRead, .unknownCase: ExitCode.usage
        case .cannotWrite, .intakeInterrupted: ExitCode.failure
        }
    }

    /// What is wrong and how to go on, in the chosen language.
    func message(in language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .noDraft(path):
            return zh ? "没有可继续的草稿（\(path)）；不带 --resume 重新开始" : "no draft to resume at \(path); start afresh without --resume"
        case let .brokenDraft(path):
            return zh ? "草稿文件 \(path) 已损坏；删除它后重新开始" : "the draft \(path) is damaged; delete it and start afresh"
        case let .cannotWrite(path, reason):
            return zh ? "无法写入 \(path)：\(reason)" : "cannot write \(path): \(reason)"
        case let .cannotRead(path):
            return zh ? "无法读取文件 \(path)；请检查路径和权限" : "cannot read \(path); check the path and its permissions"
        case let .unknownCase(id, suggestions):
            let list = suggestions.joined(separator: ", ")
            return zh ? "没有编号为“\(id)”的案例；你是不是想找：\(list)" : "no case is called '\(id)'; did you mean: \(list)"
        case let .intakeInterrupted(draft):
            guard let draft else {
                return zh ? "接诉在第一个问题前结束，没有要保存的回答" : "the intake ended before any answer; nothing to keep"
            }
            return zh ? "接诉未完成，已答内容保存在 \(draft)；用 advisor intake --resume 继续"
                : "the intake stopped early; answers so far are in \(draft); continue with: advisor intake --resume"
        }
    }
}
