import AdvisorCore
import ArgumentParsing
import Knowledge

/// A command line the advisor cannot act on; always exits 64 with a hint.
enum UsageError: Error, Equatable {
    /// The first word names no command.
    case unknownCommand(String, suggestions: [String])
    /// A required positional argument is missing.
    case missingArgument(Bilingual)
    /// More positional arguments than the command takes.
    case unexpectedArgument(String)
    /// An option has a value outside its allowed set.
    case invalidValue(option: String, value: String, allowed: [String])
    /// An option that takes an amount got something that is not a finite, non-negative number.
    case invalidAmount(option: String, value: String)
    /// `--case-key` got something that cannot be matched reliably.
    case invalidCaseKey(option: String, CaseKey.Problem)
}

extension UsageError: ReportableError {
    /// What is wrong, in the chosen language.
    func message(in language: Language) -> String {
        phrase.text(language)
    }

    /// Nil: the mistake is in the command line, which the usage hint shows.
    var location: String? { nil }

    var exitCode: Int32 { ExitCode.usage }

    private var phrase: Bilingual {
        switch self {
        case let .unknownCommand(word, suggestions):
            UsagePhrases.unknownCommand(word, suggestions: suggestions.joined(separator: ", "))
        case let .missingArgument(what):
            UsagePhrases.missingArgument(what)
        case let .unexpectedArgument(word):
            UsagePhrases.unexpectedArgument(word)
        case let .invalidAmount(option, value):
            UsagePhrases.invalidAmount(option: option, value: value)
        case let .invalidValue(option, value, allowed):
            UsagePhrases.invalidValue(option: option, value: value, allowed: allowed.joined(separator: "|"))
        case let .invalidCaseKey(option, problem):
            UsagePhrases.optionProblem(option, problem.phrase)
        }
    }
}

/// Every text a command-line mistake is reported with, in both languages, named by what it says.
enum UsagePhrases {
    static func unknownCommand(_ word: String, suggestions list: String) -> Bilingual {
        Bilingual(zh: "没有“\(word)”这个命令；你是不是想用：\(list)", en: "no command is called '\(word)'; did you mean: \(list)")
    }

    static func missingArgument(_ what: Bilingual) -> Bilingual {
        Bilingual(zh: "缺少\(what.zh)", en: "missing \(what.en)")
    }

    static func unexpectedArgument(_ word: String) -> Bilingual {
        Bilingual(zh: "多余的参数“\(word)”", en: "unexpected argument '\(word)'")
    }

    static func invalidAmount(option: String, value: String) -> Bilingual {
        Bilingual(zh: "\(option) 需要一个金额，只写数字和小数点（如 200 或 49.5，不超过一万亿），收到“\(value)”",
                  en: "\(option) needs an amount in plain digits, like 200 or 49.5, up to a trillion; not '\(value)'")
    }

    static func invalidValue(option: String, value: String, allowed list: String) -> Bilingual {
        Bilingual(zh: "\(option) 的取值“\(value)”无效，可用：\(list)", en: "\(option) does not take '\(value)'; use one of \(list)")
    }

    static func optionProblem(_ option: String, _ problem: Bilingual) -> Bilingual {
        Bilingual(zh: "\(option)：\(problem.zh)", en: "\(option): \(problem.en)")
    }

    static func unknownOption(_ option: String, hint: Bilingual) -> Bilingual {
        Bilingual(zh: "不认识的选项 \(option)" + hint.zh, en: "unknown option \(option)" + hint.en)
    }

    static func didYouMean(_ option: String) -> Bilingual {
        Bilingual(zh: "；你是不是想用 \(option)", en: "; did you mean \(option)")
    }

    static let noSuggestion = Bilingual(zh: "", en: "")

    static func missingValue(_ option: String) -> Bilingual {
        Bilingual(zh: "选项 \(option) 后面缺少取值", en: "option \(option) needs a value after it")
    }

    static func unexpectedValue(_ option: String, value: String) -> Bilingual {
        Bilingual(zh: "选项 \(option) 不接受取值（收到“\(value)”）", en: "option \(option) takes no value (got '\(value)')")
    }

    static func repeatedOption(_ option: String) -> Bilingual {
        Bilingual(zh: "选项 \(option) 给了两次不同的值，只保留一个", en: "option \(option) was given twice with different values; give it once")
    }
}
