import Knowledge

/// Every phrase `advise --batch` writes itself, in both languages, named by what it says.
enum BatchAdvicePhrases {
    static let lineTooLong = Bilingual(zh: "这一行超过 1 MB，不是接诉记录", en: "the line is over 1 MB; it is not an intake")

    static func linesFailed(_ count: Int) -> Bilingual {
        Bilingual(zh: "\(count) 行未能给出建议，见输出中的 error 记录", en: "\(count) line(s) got no advice; see the error records in the output")
    }
}
