import AdvisorCore
import ArgumentParsing
import Knowledge

/// Where the policy comes from: `--policy FILE`, else `ADVISOR_POLICY`, else the built-in default.
enum PolicySource {
    static let option: (spec: OptionSpec, help: Bilingual) = (
        .value("policy"),
        Bilingual(zh: "政策文件（默认取 ADVISOR_POLICY，再默认内置政策）", en: "policy file (default: ADVISOR_POLICY, then the built-in policy)")
    )

    static func load(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Policy {
        if let path = arguments.value("policy") ?? context.io.environment["ADVISOR_POLICY"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return try PolicyFile.read(path)
        }
        return .builtIn
    }
}
