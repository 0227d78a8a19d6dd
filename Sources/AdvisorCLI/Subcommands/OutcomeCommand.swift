import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor outcome <advice-id>`: records how a case really ended, for the precedents of later advice.
enum OutcomeCommand: Subcommand {
    static let name = "outcome"
    static let synopsis = Bilingual(zh: "outcome <建议编号> --settled <金额> [--form <形式>] --accepted|--rejected", en: "outcome <advice-id> --settled AMOUNT [--form FORM] --accepted|--rejected")
    static let summary = Bilingual(zh: "记录案件的实际结果，作为以后建议的先例", en: "Record how a case really ended, as a precedent for later advice")
    static let discussion = Bilingual(
        zh: "写入同一个审计日志（--log 或 ADVISOR_LOG）。之后同类案例（类别、严重程度、责任方相同）的建议会引用已接受结果的中位数和案例数。同一条建议记录多次时，只有最后一次计入先例。客户接受的金额超过这条建议允许的范围（让步上限或转交上限，另加单列应付的损失）时，照样记录，但会标注出来，不计入先例。",
        en: "Writes to the same audit log (--log or ADVISOR_LOG). Later advice for similar cases (same category, severity and fault) quotes the median and count of accepted outcomes. Record an advice's outcome again and only the last one counts. An accepted amount above what the advice allowed (its walk-away or hand-over limit, plus any loss owed on its own line) is recorded but marked, and never counts as a precedent."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [
        (.value("settled"), Bilingual(zh: "实际给出的补偿金额", en: "the compensation actually given")),
        (.value("form"), Bilingual(zh: "补偿形式：refund|coupon|points|free-service-visit|express-reship", en: "its form: refund|coupon|points|free-service-visit|express-reship")),
        (.flag("accepted"), Bilingual(zh: "客户接受了", en: "the customer accepted")),
        (.flag("rejected"), Bilingual(zh: "客户拒绝了", en: "the customer rejected")),
        LogSource.option,
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(1, positionals: arguments)
        guard let id = arguments.positionals.first else {
            throw UsageError.missingArgument(Bilingual(zh: "建议编号（advise 记录日志时给出）", en: "the advice id (printed when advise logs)"))
        }
        guard let text = arguments.value("settled") else {
            throw UsageError.missingArgument(Bilingual(zh: "--settled <金额>", en: "--settled AMOUNT"))
        }
        guard case let .success(settled) = TypedAmount.exact(text) else { throw UsageError.invalidAmount(option: "--settled", value: text) }
        let accepted = arguments.has("accepted"), rejected = arguments.has("rejected")
        guard accepted != rejected else {
            throw UsageError.missingArgument(Bilingual(zh: "--accepted 或 --rejected 二选一", en: "exactly one of --accepted or --rejected"))
        }
        let form = try arguments.value("form").map { value -> CompensationForm in
            guard let form = CompensationForm(rawValue: value) else {
                throw UsageError.invalidValue(option: "--form", value: value, allowed: CompensationForm.allCases.map(\.rawValue))
            }
            return form
        }
        guard let log = LogSource.log(arguments, context) else {
            throw UsageError.missingArgument(Bilingual(zh: "审计日志：--log <文件> 或 ADVISOR_LOG", en: "the audit log: --log FILE or ADVISOR_LOG"))
        }
        let (found, reading) = try PrecedentStore.read(log) { scan throws(PrecedentIndex.Damage) in try scan.standing(of: id) }
        LogSource.report(reading, log, context)
        let record = try OutcomeRecording.record(adviceId: id, settled: settled, form: form, accepted: accepted, standing: found)
        try log.append([.outcome(record)])
        context.print(OutcomeCommandPhrases.recorded(id, accepted: accepted, settled: settled.text).text(context.language))
        if found?.hasOutcome == true {
            context.io.writeError(OutcomeCommandPhrases.replacesEarlier(id).text(context.language))
        }
        if record.aboveAllowed == true, let standing = found, let allowed = standing.allowed {
            let phrase = standing.owed > .zero
                ? OutcomeCommandPhrases.aboveAllowed(settled.text, allowed: allowed.text, owed: standing.owed.text)
                : OutcomeCommandPhrases.aboveAllowed(settled.text, allowed: allowed.text)
            context.io.writeError(phrase.text(context.language))
        }
        return ExitCode.success
    }
}
