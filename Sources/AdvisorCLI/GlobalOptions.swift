import ArgumentParsing
import Knowledge

/// The options every command accepts.
enum GlobalOptions {
    static let all: [(spec: OptionSpec, help: Bilingual)] = [
        (.value("lang"), Bilingual(zh: "输出语言 zh|en（默认取 LC_ALL/LANG）", en: "output language zh|en (default from LC_ALL/LANG)")),
        (.flag("json"), Bilingual(zh: "输出 JSON（字段稳定，键名排序）", en: "print JSON (stable fields, sorted keys)")),
        (.value("color"), Bilingual(zh: "卡片重点行着色 auto|always|never（默认 auto：只在终端上着色，设了 NO_COLOR 则不着色）",
                                    en: "colour the card's key lines auto|always|never (default auto: on a terminal only, and not under NO_COLOR)")),
        (.flag("help", short: "h"), Bilingual(zh: "显示帮助", en: "show help")),
    ]

    /// The language `--lang` asks for, or the environment's.
    static func language(_ arguments: ParsedArguments, environment: Environment) throws -> Language {
        guard let value = arguments.value("lang") else { return .preferred { environment[$0] } }
        let lowered = value.lowercased()
        if lowered == "zh" || lowered.hasPrefix("zh-") || lowered.hasPrefix("zh_") { return .zh }
        if lowered == "en" || lowered.hasPrefix("en-") || lowered.hasPrefix("en_") { return .en }
        throw UsageError.invalidValue(option: "--lang", value: value, allowed: ["zh", "en"])
    }
}
