import Knowledge

/// Every phrase of the help screens and the usage hint, in both languages, named by what it says.
enum HelpPhrases {
    static let exitSuccess = Bilingual(zh: "成功", en: "success")
    static let exitFailure = Bilingual(zh: "其他失败，包括接诉没做完就离开", en: "any other failure, including an intake left before its end")
    static let exitUsage = Bilingual(zh: "命令行有误：未知的命令、选项、名称或取值", en: "a usage error: an unknown command, option, name or value")
    static let exitDataError = Bilingual(zh: "数据有误：策略、接诉或草稿文件，逐条列出文件、行列和 JSON 路径",
                                         en: "bad data: a policy, intake or draft file, every problem listed by file, line, column and JSON path")
    static let exitInterrupted = Bilingual(zh: "接诉中按了 Ctrl-C", en: "Ctrl-C interrupted the intake")
    // MARK: advisor --help

    static let tagline = Bilingual(zh: "ComplaintAdvisor：客服通话中的投诉应对助手", en: "ComplaintAdvisor: complaint-handling advice for call-centre agents")
    static let usage = Bilingual(zh: "用法：advisor <命令> [选项]", en: "Usage: advisor <command> [options]")
    static let withNoCommand = Bilingual(zh: "不带命令时：逐题接诉，最后给出建议卡片。", en: "With no command: the intake, a few questions ending in the advice card.")
    static let commandsHeading = Bilingual(zh: "命令：", en: "Commands:")
    static let globalOptionsHeading = Bilingual(zh: "通用选项：", en: "Options for every command:")
    static let showVersion = Bilingual(zh: "显示版本", en: "show the version")
    static let moreOnOneCommand = Bilingual(zh: "某个命令的详细说明：advisor help <命令>", en: "More on one command: advisor help <command>")

    // MARK: advisor help <command>

    static func commandUsage(_ synopsis: Bilingual) -> Bilingual {
        Bilingual(zh: "用法：advisor \(synopsis.zh)", en: "Usage: advisor \(synopsis.en)")
    }
    static let optionsHeading = Bilingual(zh: "选项：", en: "Options:")
    /// What stands in angle brackets after an option that takes a value.
    static let optionValue = Bilingual(zh: "值", en: "value")

    // MARK: After a usage error

    static let usageHint = Bilingual(zh: usage.zh + "；命令列表见 advisor --help", en: usage.en + "; see advisor --help for the commands")
    static func commandUsageHint(_ synopsis: Bilingual, name: String) -> Bilingual {
        let usage = commandUsage(synopsis)
        return Bilingual(zh: usage.zh + "；详见 advisor help \(name)", en: usage.en + "; see advisor help \(name)")
    }
}
