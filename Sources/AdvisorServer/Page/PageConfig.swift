import AdvisorCore
import FoundationEssentials
import JSON
import Knowledge

/// What the page is told when it is served: the words it shows in both languages, the intake's questions, and the
/// help-desk origins it may take a conversation from.
///
/// The questions are the terminal intake's (`Questionnaire.questions`), with their choices and defaults, so the page
/// and the terminal ask the same things in the same words; the page adds the tier, which the terminal takes from
/// `--tier`.
struct PageConfig: Encodable {
    /// A text in both languages, as the page reads it.
    struct Text: Encodable, Equatable {
        var zh: String
        var en: String

        init(_ text: Bilingual) {
            zh = text.zh
            en = text.en
        }
    }

    /// A value a choice sets in the intake JSON.
    enum FieldValue: Encodable, Equatable {
        case bool(Bool)
        case number(Double)
        case string(String)

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .bool(value): try container.encode(value)
            case let .number(value): try container.encode(value)
            case let .string(value): try container.encode(value)
            }
        }
    }

    struct Choice: Encodable {
        var value: String
        var label: Text
        /// For a legal fact: the intake fields it sets, as `Questionnaire.intake(from:tier:)` sets them.
        var sets: [String: FieldValue]?
    }

    struct Question: Encodable {
        var id: String
        var kind: String
        var help: Text
        var choices: [Choice]?
        var `default`: String?
        var required: Bool
        /// The categories the question is asked for; nil when it is asked for every one.
        var categories: [String]?
    }

    struct Flag: Encodable {
        var title: Text
        /// What to do first, for a flag about someone's safety.
        var safety: Text?
    }

    var language: Language
    var logging: Bool
    var frameAncestors: [String]
    var phrases: [String: Text]
    var questions: [Question]
    var types: [String: Text]
    var temperaments: [String: Text]
    var flags: [String: Flag]
    var confidence: [String: Text]
    var tellApart: [String: Text]
    var forms: [Choice]

    /// The config for a server with this policy.
    /// - Parameters:
    ///   - policy: The policy, whose tiers the page offers.
    ///   - language: The page's language until the agent switches.
    ///   - logging: Whether outcomes can be recorded.
    ///   - frameAncestors: The help-desk origins that may frame the page and send it a conversation.
    init(policy: Policy, language: Language, logging: Bool, frameAncestors: [WebOrigin]) {
        self.language = language
        self.logging = logging
        self.frameAncestors = frameAncestors.map(\.serialized)
        phrases = Dictionary(PagePhrases.table.map { ($0.key, Text($0.value)) }, uniquingKeysWith: { first, _ in first })
        questions = Questionnaire.questions.filter { $0.id != "said" }.map(Self.question) + [Self.tierQuestion(policy)]
        types = Dictionary(uniqueKeysWithValues: KnowledgeBase.types.map { ($0.id.rawValue, Text($0.name)) })
        temperaments = Dictionary(uniqueKeysWithValues: KnowledgeBase.temperaments.map { ($0.id.rawValue, Text($0.name)) })
        flags = Dictionary(uniqueKeysWithValues: DetectionFlag.allCases.map {
            ($0.rawValue, Flag(title: Text(Detection.flagTitle($0)), safety: $0.isSafety ? Text(Detection.safetyProtocol($0)) : nil))
        })
        confidence = Dictionary(uniqueKeysWithValues: Detection.Confidence.allCases.map { ($0.rawValue, Text(Detection.confidenceTitle($0))) })
        var pairs: [String: Text] = [:]
        let ids = KnowledgeBase.types.map(\.id)
        for (index, first) in ids.enumerated() {
            for second in ids[(index + 1)...] {
                pairs[first.rawValue + "|" + second.rawValue] = Text(TellApart.question(first, second))
            }
        }
        tellApart = pairs
        forms = CompensationForm.allCases.map { Choice(value: $0.rawValue, label: Text($0.title)) }
    }

    private static func question(_ question: Questionnaire.Question) -> Question {
        var kind = "text", choices: [Choice]?
        switch question.kind {
        case let .choice(list):
            kind = "choice"
            choices = list.map { Choice(value: $0.value, label: Text($0.label)) }
        case let .multipleChoice(list):
            kind = "multipleChoice"
            choices = list.map { Choice(value: $0.value, label: Text($0.label), sets: fieldsSet(by: question.id, answer: $0.value)) }
        case .count: kind = "count"
        case .amount: kind = "amount"
        case .text: kind = "text"
        }
        let categories = KnowledgeBase.categories.map(\.id.rawValue).filter { question.applies(["category": $0]) }
        return Question(id: question.id, kind: kind, help: Text(question.help), choices: choices, default: question.defaultAnswer,
                        required: question.required,
                        categories: categories.count == KnowledgeBase.categories.count ? nil : categories)
    }

    private static func tierQuestion(_ policy: Policy) -> Question {
        let usual = Intake(category: .billing).tier
        let tiers = policy.tiers.indices.map { Choice(value: policy.tiers[$0], label: Text(policy.tierName($0))) }
        return Question(id: "tier", kind: "choice", help: Text(PagePhrases.tierHelp), choices: tiers,
                        default: policy.tiers.contains(usual) ? usual : policy.tiers.first, required: true, categories: nil)
    }

    /// The intake fields one answer sets, found by building the intake with and without it, as the terminal does.
    static func fieldsSet(by question: String, answer: String) -> [String: FieldValue] {
        let base = ["category": ComplaintCategoryID.billing.rawValue]
        var answered = base
        answered[question] = answer
        guard let before = try? Questionnaire.intake(from: base, tier: "agent"),
              let after = try? Questionnaire.intake(from: answered, tier: "agent"),
              let old = try? JSONParser.parse(Data(JSONStreamEncoder().encode(before))),
              let new = try? JSONParser.parse(Data(JSONStreamEncoder().encode(after))),
              let members = new.object else { return [:] }
        var sets: [String: FieldValue] = [:]
        for member in members where old[member.key]?.value != member.value.value {
            switch member.value.value {
            case let .bool(value): sets[member.key] = .bool(value)
            case let .number(value): sets[member.key] = .number(value)
            case let .string(value): sets[member.key] = .string(value)
            case .null, .array, .object: continue
            }
        }
        return sets
    }

    /// The config as JSON that can stand inside the page's `<script type="application/json">`: `<` is written
    /// `\u003c`, so no text in it can close the element.
    func scriptJSON() throws -> [UInt8] {
        var bytes: [UInt8] = []
        for byte in try JSONStreamEncoder().encode(self) {
            if byte == UInt8(ascii: "<") { bytes += Array("\\u003c".utf8) } else { bytes.append(byte) }
        }
        return bytes
    }
}
