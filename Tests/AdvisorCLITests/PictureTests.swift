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

    /// Runs headless Chromium with the given arguments and returns what it printed on stdout.
    static func run(_ arguments: [String]) throws -> String {
        let path = try #require(path)
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

/// Collects the text of an XML document, and fails on anything that is not well-formed.
private final class TextCollector: NSObject, XMLParserDelegate {
    var text = ""
    var elements: [String] = []
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
    }
}

@Suite struct PictureTests {
    @Test(arguments: [Language.en, .zh])
    func pictureIsWellFormedAndShowsEveryPart(language: Language) throws {
        let svg = NegotiationPicture.svg(try furnitureAdvice(language))
        let collector = TextCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "the SVG is not well-formed XML")
        #expect(collector.elements.contains("ellipse"), "the flexibility circle is drawn")
        #expect(collector.elements.filter { $0 == "rect" }.count >= 5, "a rectangle per tier, plus the background and E")
        for label in ["E 3000", "B 500", "S "] { #expect(collector.text.contains(label), "\(label) is labelled") }
    }

    @Test func caseTextIsEscapedAndStaysInert() throws {
        let hostile = "<script>alert(1)</script>\" onload=\"alert(2)' & more"
        let svg = NegotiationPicture.svg(try furnitureAdvice(.en), title: hostile)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("onload=\""))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;alert(2)&#39; &amp; more"))
        let collector = TextCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse())
        #expect(!collector.elements.contains("script"))
        #expect(collector.text.contains(hostile), "the text reads back exactly as written")
    }

    /// Renders the picture in headless Chromium and checks the screenshot has ink on it.
    @Test(.enabled(if: Chromium.path != nil, "headless Chromium is not installed here; .ci/run installs it"))
    func chromiumRendersAPictureThatIsNotBlank() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("picture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svgFile = folder.appendingPathComponent("picture.svg")
        try Data(NegotiationPicture.svg(try furnitureAdvice(.zh)).utf8).write(to: svgFile)
        let png = folder.appendingPathComponent("shot.png")
        _ = try Chromium.run(["--window-size=760,500", "--screenshot=\(png.path)", svgFile.absoluteString])
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
        #expect(pixels < 760 * 500 / 2, "\(pixels) dark pixels: the screenshot looks flooded")
    }
}
