// Kept apart from Questionnaire.swift so the error's texts and its place in the report can change separately.
extension Questionnaire.AnswerProblem: ReportableError {
    /// Nil: the question being answered is the place, and the intake shows it beside the message.
    public var location: String? { nil }

    /// Bad data: an answer typed at a prompt, or one kept in a draft, is input rather than the command line.
    public var exitCode: Int32 { ExitCode.dataError }
}
