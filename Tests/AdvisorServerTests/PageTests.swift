import AdvisorCore
@testable import AdvisorServer
import Foundation
import JSON
import Knowledge
import Testing

/// The agents' page: compiled from its file, its words all from the phrase tables, nothing it shows read as HTML,
/// nothing loaded from elsewhere, and its own script and style the only ones its policy lets run.
@Suite struct PageTests {
    static let pageFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Web/advisor.html")

    /// The script of the page, without its style and config.
    static var script: String { PageDocument.inlineContents(of: "script", in: GeneratedPage.html).joined() }

    /// The page's markup: the source without the text of its script and style.
    static var markup: String {
        GeneratedPage.html.replacing(#/<script>[\s\S]*?</script>/#, with: "<script></script>").replacing(#/<style>[\s\S]*?</style>/#, with: "<style></style>")
    }

    /// The compiled-in page is Web/advisor.html, byte for byte (run scripts/generate-page.py after an edit).
    @Test func theCompiledPageIsTheFile() throws {
        let onDisk = try String(contentsOf: Self.pageFile, encoding: .utf8)
        #expect(onDisk.trimmingCharacters(in: .newlines) == GeneratedPage.html, "run: python3 scripts/generate-page.py")
    }

    @Test func thePageHasOneScriptOneStyleAndOnePlaceForItsConfig() {
        #expect(PageDocument.inlineContents(of: "script", in: GeneratedPage.html).count == 1)
        #expect(PageDocument.inlineContents(of: "style", in: GeneratedPage.html).count == 1)
        #expect(GeneratedPage.html.components(separatedBy: PageDocument.configMarker).count == 2)
        #expect(GeneratedPage.html.contains("<script type=\"application/json\" id=\"config\">\(PageDocument.configMarker)</script>"))
    }

    /// The policy allows a script by the base64 SHA-256 of its text, as CSP Level 2 defines; checked on known digests.
    @Test func hashSourcesAreTheBase64SHA256OfTheText() throws {
        #expect(PageDocument.hashSource("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
        #expect(PageDocument.hashSource("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
        let served = PageDocument.inlineContents(of: "script", in: GeneratedPage.html)[0]
        let policy = try makeService().respond(to: request("GET", "/")).header("Content-Security-Policy")
        #expect(policy?.contains("script-src " + PageDocument.hashSource(served) + ";") == true)
    }

    /// Every text comes from the phrase tables: outside its script and style the page's source has no words.
    @Test func thePageHasNoWordsOfItsOwn() {
        var text = GeneratedPage.html
        for pattern in [#/<script[^>]*>[\s\S]*?</script>/#, #/<style>[\s\S]*?</style>/#, #/<title>[^<]*</title>/#, #/<!--[\s\S]*?-->/#, #/<[^>]+>/#] {
            text = text.replacing(pattern, with: "")
        }
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "words outside the phrase tables: \(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))")
    }

    /// The names the page asks for and the names the table has are the same: no text missing, none left unused.
    @Test func everyPhraseThePageAsksForExistsAndEveryPhraseIsAsked() {
        var asked = Set<String>()
        for match in GeneratedPage.html.matches(of: #/data-(?:text|placeholder)="(\w+)"/#) { asked.insert(String(match.1)) }
        for match in Self.script.matches(of: #/\bt\('(\w+)'\)/#) { asked.insert(String(match.1)) }
        // Field labels are asked for by question id.
        #expect(Self.script.contains("t('field_' + question.id)"))
        for question in Questionnaire.questions where question.id != "said" { asked.insert("field_" + question.id) }
        asked.insert("field_tier")
        let table = Set(PagePhrases.table.map(\.key))
        #expect(PagePhrases.table.count == table.count, "a phrase name is in the table twice")
        #expect(asked.subtracting(table).isEmpty, "asked for but not in PagePhrases.table: \(asked.subtracting(table).sorted())")
        #expect(table.subtracting(asked).isEmpty, "in PagePhrases.table but never asked for: \(table.subtracting(asked).sorted())")
    }

    /// Both languages fill in the same values, and Chinese is written with full-width punctuation.
    @Test func bothLanguagesHaveTheSameBlanksAndChineseUsesFullWidthPunctuation() {
        for (key, phrase) in PagePhrases.table {
            let blanks = { (text: String) in Set(text.matches(of: #/\{\w+\}/#).map { String($0.0) }) }
            #expect(blanks(phrase.zh) == blanks(phrase.en), "\(key)")
            #expect(!phrase.zh.isEmpty && !phrase.en.isEmpty, "\(key)")
            let chinese = phrase.zh.replacing(#/\{\w+\}|--\w+|advisor serve/#, with: "")
            #expect(!chinese.contains { ",;:()!?".contains($0) }, "\(key): half-width punctuation in \(phrase.zh)")
        }
    }

    /// Nothing shown is read as HTML, and nothing is run from text.
    @Test func theScriptNeverTurnsTextIntoHTMLOrCode() {
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('on",
                     "srcdoc", "javascript:"] {
            #expect(!Self.script.contains(sink), "the page's script uses \(sink)")
        }
        #expect(!Self.markup.contains(#/<[^>]+\son\w+=/#), "an inline event handler")
        #expect(!Self.markup.contains(#/<[^>]+\sstyle=/#), "a style attribute, which the policy would block")
    }

    /// The page works offline: no script, style, font, image or frame from anywhere else.
    @Test func thePageLoadsNothingFromElsewhere() {
        #expect(!Self.markup.contains(#/\s(src|href|action|srcset)\s*=/#))
        #expect(!Self.markup.contains("<link") && !GeneratedPage.html.contains("@import") && !GeneratedPage.html.contains("url("))
        #expect(!Self.script.contains("http://") && !Self.script.contains("https://"))
    }

    /// A policy's own text cannot close the config's element and start a script of its own.
    @Test func textInTheConfigCannotEndItsElement() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(Policy.builtIn)) as? [String: Any])
        object["tierNames"] = ["agent": ["zh": "</script><script>alert(1)</script>", "en": "</SCRIPT ><img src=x onerror=alert(2)>"]]
        let policy = try PolicyReader.read(try JSONSerialization.data(withJSONObject: object), file: "hostile.json")
        let html = String(decoding: try makeService(policy: policy).respond(to: request("GET", "/")).body, as: UTF8.self)
        let closings = html.lowercased().components(separatedBy: "</script").count - 1
        #expect(closings == GeneratedPage.html.components(separatedBy: "</script").count - 1)
        #expect(!html.contains("<img"))
        let config = try #require(html.firstMatch(of: #/<script type="application/json" id="config">([\s\S]*?)</script>/#)).1
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(config.utf8)) as? [String: Any])
        let tier = try #require((parsed["questions"] as? [[String: Any]])?.first { $0["id"] as? String == "tier" })
        let labels = (tier["choices"] as? [[String: Any]])?.compactMap { ($0["label"] as? [String: String])?["zh"] }
        #expect(labels?.contains("</script><script>alert(1)</script>") == true, "the text reads back exactly as written")
    }

    /// The form asks the terminal intake's questions with its choices and defaults, and the tier from the policy.
    @Test func theFormAsksTheIntakesQuestions() throws {
        let config = PageConfig(policy: .builtIn, language: .zh, logging: true, frameAncestors: [])
        let asked = Questionnaire.questions.filter { $0.id != "said" }
        #expect(config.questions.map(\.id) == asked.map(\.id) + ["tier"])
        for (question, original) in zip(config.questions, asked) {
            #expect(question.default == original.defaultAnswer, "\(question.id)")
            #expect(question.help == PageConfig.Text(original.help))
            if case let .choice(choices) = original.kind {
                #expect(question.choices?.map(\.value) == choices.map(\.value))
                #expect(question.choices?.map(\.label) == choices.map { PageConfig.Text($0.label) })
            }
        }
        let tier = try #require(config.questions.last)
        #expect(tier.choices?.map(\.value) == Policy.builtIn.tiers)
        #expect(tier.default == "agent")
        #expect(config.questions.first { $0.id == "daysSinceSale" }?.categories?.contains("logistics-delay") == false,
                "a question the terminal skips for a category is hidden for it")
    }

    /// The page writes each simple answer into the intake field of the question's name; the intake reader takes each.
    @Test func eachSimpleAnswerIsAnIntakeField() throws {
        let samples: [String: String] = ["count": "2", "amount": "120.5"]
        for question in PageConfig(policy: .builtIn, language: .en, logging: true, frameAncestors: []).questions
        where question.kind != "multipleChoice" {
            let value = samples[question.kind].map { $0 } ?? "\"\(question.choices?.last?.value ?? "x")\""
            let json = question.id == "category" ? #"{"category": \#(value)}"# : #"{"category": "billing", "\#(question.id)": \#(value)}"#
            #expect(throws: Never.self, "\(question.id)") { try IntakeReader.read(Data(json.utf8), file: "page") }
        }
    }

    /// A legal fact sets the fields the terminal intake sets for it.
    @Test func eachLegalFactSetsWhatTheTerminalSets() throws {
        let config = PageConfig(policy: .builtIn, language: .en, logging: true, frameAncestors: [])
        let legal = try #require(config.questions.first { $0.id == "legal" }?.choices)
        #expect(legal.allSatisfy { !($0.sets ?? [:]).isEmpty }, "every fact sets something")
        #expect(legal.first { $0.value == "failed-repairs" }?.sets == ["failedRepairs": .number(2)])
        #expect(legal.first { $0.value == "distance-sale" }?.sets == ["distanceSale": .bool(true)])
        #expect(legal.first { $0.value == "harm" }?.sets == ["seriousHarm": .bool(true)])
    }
}
