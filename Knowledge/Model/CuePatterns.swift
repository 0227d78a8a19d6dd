/// Reading the cue files: one cue a line, `strength<TAB>phrase`, where a phrase may offer alternatives and slots.
///
/// `(a|b)` stands for either alternative (an empty one makes the group optional) and `<name>` for any entry of that
/// slot in `slots.<lang>.txt`; every combination becomes a phrase of its own, so the matcher stays a plain automaton.
extension CueFiles {
    /// Every type's cues, parsed once, on first use.
    private static let parsed: [ComplainantTypeID: [Cue]] = Dictionary(uniqueKeysWithValues: ComplainantTypeID.allCases.map { ($0, cues(for: $0)) })

    /// The cues of one type, parsed once for the whole program (see `cues(for:)`).
    public static func parsedCues(for type: ComplainantTypeID) -> [Cue] {
        parsed[type] ?? []
    }

    /// The cues of one type in both languages, Chinese first, each file in its written order.
    public static func cues(for type: ComplainantTypeID) -> [Cue] {
        Language.allCases.flatMap { language -> [Cue] in
            guard let text = files.first(where: { $0.name == "\(type.rawValue).\(language.rawValue).txt" })?.text else { return [] }
            return parse(text, language: language).cues
        }
    }

    /// A problem in a cue file, by line.
    public struct Problem: Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    /// Every cue of a file's text, with the lines that could not be read.
    public static func parse(_ text: String, language: Language) -> (cues: [Cue], problems: [Problem]) {
        var cues: [Cue] = []
        var problems: [Problem] = []
        var seen = Set<String>()
        let slots = slots(language)
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingWhitespaceAtEnds
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2, let strength = CueStrength(rawValue: fields[0]) else {
                problems.append(Problem(line: index + 1, message: "expected \"strong|moderate|weak<TAB>phrase\""))
                continue
            }
            switch expand(fields[1], slots: slots) {
            case let .success(phrases):
                for phrase in phrases where seen.insert(phrase).inserted { cues.append(Cue(phrase, language, strength)) }
            case let .failure(problem):
                problems.append(Problem(line: index + 1, message: problem.description))
            }
        }
        return (cues, problems)
    }

    /// Chinese words no cue may cut into (`words.zh.txt`): a cue starting or ending strictly inside one does not count.
    public static var unsplitWords: [String] {
        guard let text = files.first(where: { $0.name == "words.zh.txt" })?.text else { return [] }
        return text.split(separator: "\n").map { String($0.trimmingWhitespaceAtEnds) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// The slots of a language: name to alternatives.
    static func slots(_ language: Language) -> [String: [String]] {
        guard let text = files.first(where: { $0.name == "slots.\(language.rawValue).txt" })?.text else { return [:] }
        var slots: [String: [String]] = [:]
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingWhitespaceAtEnds
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            if fields.count == 2 { slots[fields[0]] = fields[1].split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        }
        return slots
    }

    /// The most phrases one pattern may stand for: more means a pattern written too loosely.
    public static let maximumExpansion = 1000

    /// Every phrase a pattern stands for.
    public static func expand(_ pattern: String, slots: [String: [String]]) -> Result<[String], ExpansionError> {
        var results = [""]
        var rest = Substring(pattern)
        while let first = rest.first {
            var options: [String]
            if first == "(" {
                guard let close = rest.firstIndex(of: ")") else { return .failure(ExpansionError("a group opened with ( is never closed")) }
                options = rest[rest.index(after: rest.startIndex)..<close].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                rest = rest[rest.index(after: close)...]
            } else if first == "<" {
                guard let close = rest.firstIndex(of: ">") else { return .failure(ExpansionError("a slot opened with < is never closed")) }
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                guard let values = slots[name] else { return .failure(ExpansionError("no slot named <\(name)>; define it in the slots file")) }
                options = values
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex { $0 == "(" || $0 == "<" } ?? rest.endIndex
                options = [String(rest[..<end])]
                rest = rest[end...]
            }
            results = results.flatMap { head in options.map { head + $0 } }
            if results.count > maximumExpansion {
                return .failure(ExpansionError("stands for more than \(maximumExpansion) phrases; split it into narrower patterns"))
            }
        }
        return .success(results.filter { !$0.isEmpty })
    }

    /// Why a pattern could not be expanded.
    public struct ExpansionError: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}

extension Substring {
    /// The text without blanks or tabs at either end.
    var trimmingWhitespaceAtEnds: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return s
    }
}
