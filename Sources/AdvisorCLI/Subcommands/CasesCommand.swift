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
        try context.emit(entries) { entries in
            let idWidth = entries.map { TextLayout.displayWidth($0.id) }.max() ?? 0
            var card = CardWriter(width: 80)
            for entry in entries {
                let who = (entry.type ?? "—") + "/" + entry.temperament
                card.text(entry.title + "  (" + who + ")", indent: TextLayout.pad(entry.id, to: idWidth) + "  ")
            }
            return card.rendered
        }
        return ExitCode.success
    }
}
