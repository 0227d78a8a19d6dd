import AdvisorCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Knowledge
import Testing

/// Where Chromium is, if it is installed (`.ci/run` installs it from Debian's packages).
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Under CI a browser test never skips: a missing Chromium is a failure there, not a notice.
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Runs headless Chromium with the given arguments and returns what it printed on stdout.
    static func run(_ arguments: [String]) throws -> String {
        let path = try #require(path, "headless Chromium is not installed; .ci/run installs it (CI=true never skips)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

private func furnitureAdvice(_ language: Language) throws -> Advice {
    let intake = try #require(try CaseLibrary.builtIn().trainingCase("furniture-installation")).intake
    return try AdviceEngine(policy: .builtIn).advise(intake, language: language)
}

/// One `<text>` element of the picture: where it is anchored, its size, and what it says.
struct PictureLabel: Equatable {
    var x: Double, y: Double, fontSize: Double, anchor: String, text: String, rotated: Bool

    /// The box the label covers, estimated independently of the picture's own code: wide (CJK, full-width)
    /// characters one em, every other character 0.6 em; 0.8 em above the baseline to 0.25 em below.
    var box: (x0: Double, y0: Double, x1: Double, y1: Double) {
        let width = text.unicodeScalars.reduce(0.0) { sum, scalar in
            let v = scalar.value
            let wide = (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFFE0...0xFFE6).contains(v)
            return sum + (wide ? 1.0 : 0.6) * fontSize
        }
        let x0 = anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x
        return (x0, y - 0.8 * fontSize, x0 + width, y + 0.25 * fontSize)
    }

    func overlaps(_ other: PictureLabel) -> Bool {
        let a = box, b = other.box
        return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
    }
}

/// Collects the text of an XML document, its elements and their attributes, and every text label.
private final class TextCollector: NSObject, XMLParserDelegate {
    var text = ""
    var elements: [String] = []
    var attributes: [[String: String]] = []
    var labels: [PictureLabel] = []
    private var rootFontSize = 16.0
    private var open: (attributes: [String: String], text: String)?

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        open?.text += string
    }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
        self.attributes.append(attributes)
        if name == "svg", let size = attributes["font-size"].flatMap(Double.init) { rootFontSize = size }
        if name == "text" { open = (attributes, "") }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard name == "text", let (attributes, text) = open else { return }
        open = nil
        labels.append(PictureLabel(
            x: attributes["x"].flatMap(Double.init) ?? 0, y: attributes["y"].flatMap(Double.init) ?? 0,
            fontSize: attributes["font-size"].flatMap(Double.init) ?? rootFontSize,
            anchor: attributes["text-anchor"] ?? "start", text: text, rotated: attributes["transform"] != nil))
    }

    /// Parses an SVG; nil when it is not well-formed XML.
    static func read(_ svg: String) -> TextCollector? {
        let collector = TextCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }
}

/// The pictures to check: the furniture case as `advise` draws it, and every built-in case's analysis.
private func pictures(_ language: Language) throws -> [(name: String, advice: Advice)] {
    var result = [("advise furniture", try furnitureAdvice(language))]
    for trainingCase in try CaseLibrary.builtIn().cases {
        result.append((trainingCase.id, try CaseAnalysis(trainingCase, policy: .builtIn, language: language).advice))
    }
    return result
}

@Suite struct PictureTests {
    @Test(arguments: [Language.en, .zh])
    func pictureIsWellFormedAndShowsEveryPart(language: Language) throws {
        let svg = NegotiationPicture.svg(try furnitureAdvice(language))
        let collector = try #require(TextCollector.read(svg), "the SVG is not well-formed XML")
        #expect(collector.elements.contains("ellipse"), "the flexibility circle is drawn")
        for label in ["E 3000", "B 500", "S "] { #expect(collector.text.contains(label), "\(label) is labelled") }
    }

    /// The picture is at the reader's scale: one policy rectangle (the reader's), named with its cap.
    @Test(arguments: [Language.en, .zh])
    func readersTierIsTheRectangleAndItsCapIsLabelled(language: Language) throws {
        let advice = try furnitureAdvice(language)
        let ladder = try #require(advice.ladder)
        let collector = try #require(TextCollector.read(NegotiationPicture.svg(advice)))
        #expect(collector.labels.contains { $0.text.contains("\(ladder.tierName) ≤ \(Money.plain(advice.bounds.cap))") },
                "the reader's cap is labelled with the tier's name")
        let policyRectangles = zip(collector.elements, collector.attributes).filter { $0.0 == "rect" && $0.1["fill"] == "none" }
        #expect(policyRectangles.count == 1, "only the reader's tier is a rectangle; higher tiers are marks")
        // The reader's rectangle spans most of the plot's width.
        let rectangle = try #require(policyRectangles.first?.1)
        let width = try #require(rectangle["width"].flatMap(Double.init))
        #expect(width > 200, "the reader's rectangle is \(width) px wide: drawn at another tier's scale")
    }

    /// Higher tiers are named (in the advice's language) with their caps, as marks or in the arrow label.
    @Test(arguments: [Language.en, .zh])
    func higherTiersAppearAsMarksWithTheirNames(language: Language) throws {
        let advice = try furnitureAdvice(language)
        let collector = try #require(TextCollector.read(NegotiationPicture.svg(advice)))
        let higher = advice.bounds.tierCaps.filter { $0.cap > advice.bounds.cap }
        try #require(!higher.isEmpty)
        for tier in higher {
            #expect(collector.labels.contains { $0.text.contains("\(tier.name) ≤ \(Money.plain(tier.cap))") }, "\(tier.name) is marked")
        }
        // The furniture case's higher caps all lie beyond the reader's axis: they end in an arrow at the right.
        #expect(collector.labels.contains { $0.text.hasSuffix("→") && $0.text.contains(higher[0].name) })
    }

    @Test(arguments: [Language.en, .zh])
    func theLadderIsDrawnWithItsAmounts(language: Language) throws {
        let advice = try furnitureAdvice(language)
        let ladder = try #require(advice.ladder)
        let collector = try #require(TextCollector.read(NegotiationPicture.svg(advice)))
        for amount in [ladder.opening] + ladder.concessions + [ladder.walkAway] {
            let plain = Money.plain(amount)
            #expect(collector.labels.contains { $0.text == plain || $0.text.hasSuffix(" " + plain) }, "rung \(plain) is labelled")
        }
    }

    @Test(arguments: [Language.en, .zh])
    func anEstimatedExpectationIsMarkedWithATilde(language: Language) throws {
        var advice = try furnitureAdvice(language)
        advice.expectation.source = .estimated
        let collector = try #require(TextCollector.read(NegotiationPicture.svg(advice)))
        #expect(collector.labels.contains { $0.text.hasPrefix("E ~") })
    }

    @Test(arguments: [Language.en, .zh])
    func noLabelCoversAnother(language: Language) throws {
        for (name, advice) in try pictures(language) {
            let collector = try #require(TextCollector.read(NegotiationPicture.svg(advice)), "\(name): not well-formed")
            let labels = collector.labels.filter { !$0.rotated && !$0.text.isEmpty }
            for i in labels.indices {
                for j in labels.indices where j > i && labels[i].overlaps(labels[j]) {
                    Issue.record("\(name): '\(labels[i].text)' overlaps '\(labels[j].text)'")
                }
            }
            for label in labels {
                #expect(label.box.x0 >= 0 && label.box.x1 <= 760, "\(name): '\(label.text)' runs off the picture")
            }
        }
    }

    /// A Chinese picture names tiers in Chinese, never by their English ids.
    @Test func chinesePictureHasNoEnglishIds() throws {
        for (name, advice) in try pictures(.zh) {
            let collector = try #require(TextCollector.read(NegotiationPicture.svg(advice)))
            let words = collector.text.split { !$0.isLetter || !$0.isASCII }.map(String.init)
            let lowercase = words.filter { $0.first?.isLowercase == true }
            #expect(lowercase.isEmpty, "\(name): English words in the zh picture: \(lowercase)")
        }
    }

    @Test func controlCharactersNeverReachThePicture() throws {
        let svg = NegotiationPicture.svg(try furnitureAdvice(.en), title: "bell\u{07} null\u{00} escape\u{1B} line\nbreak")
        #expect(TextCollector.read(svg) != nil, "the SVG stays well-formed XML")
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(svg.contains("line break"))
    }

    @Test func caseTextIsEscapedAndStaysInert() throws {
        let hostile = "<script>alert(1)</script>\" onload=\"alert(2)' & more"
        let svg = NegotiationPicture.svg(try furnitureAdvice(.en), title: hostile)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("onload=\""))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;alert(2)&#39; &amp; more"))
        let collector = try #require(TextCollector.read(svg))
        #expect(!collector.elements.contains("script"))
        #expect(collector.text.contains(hostile), "the text reads back exactly as written")
    }

    /// Renders the picture in headless Chromium and checks the screenshot has ink on it. Skipped with a notice where
    /// Chromium is not installed, but never under CI (`CI=true`): there a missing browser fails the test.
    @Test(.enabled(if: Chromium.path != nil || Chromium.required, "headless Chromium is not installed here; .ci/run installs it"))
    func chromiumRendersAPictureThatIsNotBlank() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("picture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svgFile = folder.appendingPathComponent("picture.svg")
        try Data(NegotiationPicture.svg(try furnitureAdvice(.zh)).utf8).write(to: svgFile)
        let png = folder.appendingPathComponent("shot.png")
        _ = try Chromium.run(["--window-size=760,580", "--screenshot=\(png.path)", svgFile.absoluteString])
        let shot = try Data(contentsOf: png)
        #expect(shot.starts(with: [0x89, 0x50, 0x4E, 0x47]), "Chromium wrote a PNG")
        // A second run loads the screenshot into a canvas and counts the pixels that are not white.
        let page = folder.appendingPathComponent("count.html")
        let html = """
        <html><body><script>
        const img = new Image();
        img.onload = () => {
          const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
          const g = c.getContext('2d'); g.drawImage(img, 0, 0);
          const d = g.getImageData(0, 0, c.width, c.height).data; let ink = 0;
          for (let i = 0; i < d.length; i += 4) { if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) ink++; }
          document.body.setAttribute('data-ink', String(ink)); document.body.setAttribute('data-size', c.width + 'x' + c.height);
        };
        img.src = 'data:image/png;base64,\(shot.base64EncodedString())';
        </script></body></html>
        """
        try Data(html.utf8).write(to: page)
        let dom = try Chromium.run(["--virtual-time-budget=5000", "--dump-dom", page.absoluteString])
        let ink = dom.firstMatch(of: /data-ink="(\d+)"/).flatMap { Int($0.1) }
        let pixels = try #require(ink, "the counting page did not report; DOM: \(dom.prefix(300))")
        #expect(pixels > 2_000, "only \(pixels) dark pixels: the screenshot looks blank")
        #expect(pixels < 760 * 580 / 2, "\(pixels) dark pixels: the screenshot looks flooded")
    }
}
