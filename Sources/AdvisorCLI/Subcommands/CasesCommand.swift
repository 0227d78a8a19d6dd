import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor cases`: the case library, one line per case.
enum CasesCommand: Subcommand {
    static let name = "cases"
    static let synopsis = Bilingual(zh: "cases [--cases <文件夹>]", en: "cases [--cases DIR]")
    static let summary = Bilingual(zh: "列出培训案例", en: "List the training cases")
    static let discussion = Bilingual(zh: "内置案例加上 --cases 文件夹中的案例，每行一个：编号、类型与性格、标题。",
                                      en: "The built-in cases and those in the --cases folder, one per line: id, type and temperament, title.")
    static let options: [(spec: OptionSpec, help: Bilingual)] = [CaseOptions.option]

    /// One line of the list.
    struct Entry: Codable {
        var id: String
        var title: String
        var type: String?
        var temperament: String
        var source: String
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(0, positionals: arguments)
        let library = try CaseOptions.library(arguments)
        let language = context.language
        let entries = library.cases.map {
            Entry(id: $0.id, title: $0.title.text(language), type: $0.type?.rawValue, temperament: $0.temperament.rawValue, source: $0.source)
        }
        // The list shows the names in the reader's language; the JSON keeps the ids.
        let who = library.cases.map { item in
            Phrases.who(type: item.type.map { KnowledgeBase.type($0).name } ?? Phrases.noType,
                        temperament: KnowledgeBase.temperament(item.temperament).name).text(language)
        }
        try context.emit(entries) { entries in
            let idWidth = entries.map { TextLayout.displayWidth($0.id) }.max() ?? 0
            var card = CardWriter(width: 80)
            for (entry, who) in zip(entries, who) {
                card.text(entry.title + who, indent: TextLayout.pad(entry.id, to: idWidth) + "  ")
            }
            return card.rendered
        }
        return ExitCode.success
    }
}

extension CasesCommand {
    /// The words of the case list, in both languages.
    enum Phrases {
        static let noType = Bilingual(zh: "无类型", en: "no type")
        /// The case's type and temperament after its title: "（攀附权贵型 · 理性型）", "  (Name-dropper · Rational)".
        /// The English is held together by no-break spaces, so a wrapped line never splits it.
        static func who(type: Bilingual, temperament: Bilingual) -> Bilingual {
            let english = "(\(type.en) · \(temperament.en))".replacing(" ", with: "\u{00A0}")
            return Bilingual(zh: "（\(type.zh) · \(temperament.zh)）", en: "  " + english)
        }
    }
}
