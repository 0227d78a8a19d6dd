import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor calibrate`: a policy's advice against real settled complaints, half of them never used for tuning.
enum CalibrateCommand: Subcommand {
    static let name = "calibrate"
    static let synopsis = Bilingual(zh: "calibrate <案例文件>… [--policy <文件>]", en: "calibrate CASES… [--policy FILE]")
    static let summary = Bilingual(zh: "拿真实结案核对政策（主管用）", en: "Check a policy against real settled complaints (for supervisors)")
    static let discussion = Bilingual(
        zh: "每行一个真实案例（来源、接诉信息、实际补救和补偿）。按来源网站分成两半：一半可用来调政策，另一半留出不动，报告时引用留出那一半。列出补救一致的比例、实际补偿落在一线客服阶梯内和任一级阶梯内的比例，以及每个未命中的案例。",
        en: "One real case per line: its source, the facts as an intake, the real remedy and compensation. Cases are split in two by their source's site: one half may be used to tune a policy, the other is held out and is the one to quote. Prints how often the remedy agrees, how often the real compensation falls inside the agent's ladder and inside some tier's ladder, and every miss."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [PolicySource.option]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw UsageError.missingArgument(Bilingual(zh: "真实案例文件（每行一个 JSON）", en: "a file of real cases, one JSON object per line"))
        }
        let policy = try PolicySource.load(arguments, context)
        var cases: [CalibrationCase] = []
        for path in arguments.positionals {
            cases += try CalibrationReader.read(try DataFile.contents(path), file: path)
        }
        let calibration = Calibration(cases: cases, policy: policy)
        try context.emit(calibration) { $0.render(language: context.language) }
        return ExitCode.success
    }
}
