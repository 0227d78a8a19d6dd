import Knowledge

/// What `case` tells the trainer beside the handout, in both languages.
enum CaseCommandPhrases {
    /// Where the picture went when the handout itself went to standard output.
    static func pictureWritten(_ path: String) -> Bilingual {
        Bilingual(zh: "谈判图已写入 \(path)，讲义中链接到它\n", en: "The picture was written to \(path); the handout links to it\n")
    }
}
