import AdvisorCore
import ArgumentParsing
import Knowledge

// Here rather than in ArgumentParsing, which knows neither AdvisorCore's protocol nor the advisor's two languages.
extension ArgumentError: ReportableError {
    /// What is wrong with the options, in the chosen language.
    public func message(in language: Language) -> String {
        phrase.text(language)
    }

    /// Nil: the mistake is in the command line, which the usage hint shows.
    public var location: String? { nil }

    public var exitCode: Int32 { ExitCode.usage }

    private var phrase: Bilingual {
        switch self {
        case let .unknownOption(option, suggestion):
            UsagePhrases.unknownOption(option, hint: suggestion.map(UsagePhrases.didYouMean) ?? UsagePhrases.noSuggestion)
        case let .missingValue(option):
            UsagePhrases.missingValue(option)
        case let .unexpectedValue(option, value):
            UsagePhrases.unexpectedValue(option, value: value)
        case let .repeatedOption(option):
            UsagePhrases.repeatedOption(option)
        }
    }
}
