import ArgumentParsing
import Knowledge

/// A command line the advisor cannot act on; always exits 64 with a hint.
enum UsageError: Error, Equatable {
    /// The first word names no command.
    case unknownCommand(String, suggestions: [String])
    /// The option parser refused the words.
    case arguments(ArgumentError)
    /// A required positional argument is missing.
    case missingArgument(Bilingual)
    /// More positional arguments than the command takes.
    case unexpectedArgument(String)
    /// An option has a value outside its allowed set.
    case invalidValue(option: String, value: String, allowed: [String])
    /// An option that takes an amount got something that is not a finite, non-negative number.
    case invalidAmount(option: String, value: String)

    /// What is wrong, in the chosen language.
    func message(in language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .unknownCommand(word, suggestions):
            let list = suggestions.joined(separator: ", ")
            return zh ? "没有“\(word)”这个命令；你是不是想用：\(list)" : "no command is called '\(word)'; did you mean: \(list)"
        case let .arguments(error):
            switch error {
            case let .unknownOption(option, suggestion):
                let hint = suggestion.map { zh ? "；你是不是想用 \($0)" : "; did you mean \($0)" } ?? ""
                return (zh ? "不认识的选项 \(option)" : "unknown option \(option)") + hint
            case let .missingValue(option):
                return zh ? "选项 \(option) 后面缺少取值" : "option \(option) needs a value after it"
            case let .unexpectedValue(option, value):
                return zh ? "选项 \(option) 不接受取值（收到“\(value)”）" : "option \(option) takes no value (got '\(value)')"
            case let .repeatedOption(option):
                return zh ? "选项 \(option) 给了两次不同的值，只保留一个" : "option \(option) was given twice with different values; give it once"
            }
        case let .missingArgument(what):
            return zh ? "缺少\(what.zh)" : "missing \(what.en)"
        case let .unexpectedArgument(word):
            return zh ? "多余的参数“\(word)”" : "unexpected argument '\(word)'"
        case let .invalidAmount(option, value):
            return zh ? "\(option) 需要一个不小于 0 的金额，收到“\(value)”" : "\(option) needs an amount of 0 or more, not '\(value)'"
        case let .invalidValue(option, value, allowed):
            let list = allowed.joined(separator: "|")
            return zh ? "\(option) 的取值“\(value)”无效，可用：\(list)" : "\(option) does not take '\(value)'; use one of \(list)"
        }
    }
}
