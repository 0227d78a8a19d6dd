import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor policy show|init|check`: what supervisors use to write and verify the compensation policy.
enum PolicyCommand: Subcommand {
    static let name = "policy"
    static let synopsis = Bilingual(zh: "policy show [文件] | init | check <文件> | simulate <接诉或日志> [--against <政策>]",
                                    en: "policy show [FILE] | init | check FILE | simulate INTAKES_OR_LOG [--against POLICY]")
    static let summary = Bilingual(zh: "查看、生成、检查补偿政策（主管用）", en: "Show, start or check a compensation policy (for supervisors)")
    static let discussion = Bilingual(
        zh: "show 以表格显示政策（默认 --policy、ADVISOR_POLICY 或内置政策）；init 打印内置政策的 JSON 供修改；check 列出文件中的每个问题及其 JSON 路径和行列号，有问题时退出码 65；合法但会让日常处理出毛病的设置列为警告（退出码 0，加 --strict 则为 65）。",
        en: "show prints the policy as a table (from the file, --policy, ADVISOR_POLICY or the built-in one); init prints the built-in policy as JSON to edit; check lists every problem in a file with its JSON path, line and column, and exits 65 when there is one; settings that are valid but would upset everyday handling are listed as warnings (exit 0, or 65 with --strict)."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [
        PolicySource.option,
        (.value("against"), Bilingual(zh: "simulate：与另一份政策并列比较", en: "simulate: put another policy side by side")),
        (.flag("strict"), Bilingual(zh: "check：有警告也算不通过", en: "check: fail on warnings too")),
    ]

    static let actions = ["show", "init", "check", "simulate"]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        guard let action = arguments.positionals.first else {
            throw UsageError.missingArgument(Bilingual(zh: "动作：show、init、check 或 simulate", en: "an action: show, init, check or simulate"))
        }
        switch action {
        case "show":
            try requireAtMost(2, positionals: arguments)
            let policy = try arguments.positionals.dropFirst().first.map(PolicyFile.read) ?? PolicySource.load(arguments, context)
            try context.emit(policy) { $0.renderTable(language: context.language) }
            return ExitCode.success
        case "init":
            try requireAtMost(1, positionals: arguments)
            try context.printJSON(Policy.builtIn)
            return ExitCode.success
        case "check":
            try requireAtMost(2, positionals: arguments)
            guard let path = arguments.positionals.dropFirst().first else {
                throw UsageError.missingArgument(Bilingual(zh: "要检查的政策文件", en: "the policy file to check"))
            }
            let policy: Policy
            do {
                policy = try PolicyFile.read(path)
            } catch let invalid as InvalidDataFile where context.json {
                // With --json the report itself is the result; the exit status still says the file is bad.
                try context.printJSON(PolicyCheckReport(file: path, valid: false, problems: invalid.problems.map {
                    PolicyCheckReport.Problem(path: $0.path, line: $0.position?.line, column: $0.position?.column,
                                              message: $0.message(in: context.language, file: path))
                }))
                return ExitCode.dataError
            }
            let warnings = PolicyWarning.check(policy)
            let strict = arguments.has("strict")
            if context.json {
                try context.printJSON(PolicyCheckReport(file: path, valid: true, problems: [],
                                                        warnings: warnings.map { $0.message(in: context.language) }))
            } else {
                context.print(PolicyCommandPhrases.validPolicy(path, policy).text(context.language))
                if !warnings.isEmpty {
                    context.print(PolicyCommandPhrases.warnings(count: warnings.count).text(context.language)
                                  + warnings.map { "\n  " + $0.message(in: context.language) }.joined())
                }
            }
            return strict && !warnings.isEmpty ? ExitCode.dataError : ExitCode.success
        case "simulate":
            try requireAtMost(2, positionals: arguments)
            guard let path = arguments.positionals.dropFirst().first else {
                throw UsageError.missingArgument(Bilingual(zh: "过往案例文件（接诉 JSON 行或审计日志）", en: "the past cases: a file of intake JSON lines or an audit log"))
            }
            let (intakes, problems) = PolicySimulation.intakes(from: try DataFile.contents(path), file: path)
            for problem in problems { context.io.writeError(PolicyCommandPhrases.skipped(problem).text(context.language) + "\n") }
            var policies = [try PolicySource.load(arguments, context)]
            // Columns are named by file as well as by policy: `policy init` copies the built-in name into every new file.
            let current = arguments.value("policy") ?? context.io.environment["ADVISOR_POLICY"].flatMap { $0.isEmpty ? nil : $0 }
            var sources = [current.map { "\(policies[0].name) (\($0))" } ?? policies[0].name]
            if let other = arguments.value("against") {
                policies.append(try PolicyFile.read(other))
                sources.append("\(policies[1].name) (\(other))")
            }
            let runs = policies.map { PolicySimulation(policy: $0, intakes: intakes) }
            try context.emit(runs) {
                PolicySimulation.render($0, sources: sources, skipped: problems.count, currency: policies[0].currency, language: context.language)
            }
            return problems.isEmpty ? ExitCode.success : ExitCode.dataError
        default:
            throw UsageError.unknownCommand("policy \(action)", suggestions: actions.map { "policy \($0)" })
        }
    }
}

/// The JSON form of `policy check`.
struct PolicyCheckReport: Codable {
    var file: String
    var valid: Bool
    var problems: [Problem]
    /// What a valid policy would still do wrong; empty for a file with problems, which is never read that far.
    var warnings: [String] = []

    struct Problem: Codable {
        var path: String
        var line: Int?
        var column: Int?
        var message: String
    }
}
