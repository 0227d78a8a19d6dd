import Knowledge

/// Every phrase `advise --batch` writes itself, in both languages, named by what it says.
enum BatchAdvicePhrases {
    static let lineTooLong = Bilingual(zh: "这一行超过 1 MB，不是接诉记录", en: "the line is over 1 MB; it is not an intake")

    static let notWritable = Bilingual(zh: "这条建议含有 JSON 无法表示的数值（NaN 或无穷大），未能输出；请报告这一行",
                                       en: "the advice holds a number JSON cannot write (NaN or infinite) and was not written; please report this line")

    static func linesFailed(_ count: Int) -> Bilingual {
        Bilingual(zh: "\(count) 行未能给出建议，见输出中的 error 记录", en: "\(count) line(s) got no advice; see the error records in the output")
    }
}
