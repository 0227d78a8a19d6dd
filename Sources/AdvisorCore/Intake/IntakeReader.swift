import FoundationEssentials
import JSON
import Knowledge

/// Reads intake JSON (a file, or one line of a batch), listing every problem with its JSON path.
public enum IntakeReader {
    /// Amounts a person could mean; beyond a trillion the figure is a typo or an attack, never a claim.
    static let amounts = 0...TypedAmount.largest

    static let fields = ["category", "severity", "fault", "brokenPromises", "type", "temperament", "expectation", "bottomLine",
                         "orderValue", "tier", "customerValue", "said", "daysSinceSale", "failedRepairs", "distanceSale",
                         "distanceSaleExempt", "fraud", "foodSafety", "unfitForPurpose",
                         "productClass", "loss", "seriousHarm", "knewDefect", "prepaid", "wants", "caseKey"]

    /// Parses and checks one intake.
    /// - Parameters:
    ///   - data: The JSON text.
    ///   - file: The name to use in messages.
    /// - Throws: `InvalidDataFile` with every problem found.
    public static func read(_ data: Data, file: String) throws(InvalidDataFile) -> Intake {
        let root = try SchemaReader.parseDocument(data, file: file)
        var reader = SchemaReader()
        if let intake = check(root, &reader), reader.problems.isEmpty { return intake }
        throw InvalidDataFile(file: file, problems: reader.problems)
    }

    /// Checks a parsed intake; nil when anything is wrong, with the problems in the reader.
    public static func check(_ root: JSONNode, _ r: inout SchemaReader) -> Intake? {
        let top = JSONPath.root
        guard r.object(root, top, fields: fields) != nil else { return nil }
        guard let category = r.name(root["category"], top.appending("category"), parent: root, as: ComplaintCategoryID.self) else {
            // Keep reading so one run lists every problem.
            _ = optionalFields(root, Intake(category: .billing), &r)
            return nil
        }
        return optionalFields(root, Intake(category: category), &r)
    }

    private static func optionalFields(_ root: JSONNode, _ start: Intake, _ r: inout SchemaReader) -> Intake? {
        var intake = start
        let top = JSONPath.root
        let before = r.problems.count
        /// A field that may be absent or null.
        func present(_ key: String) -> JSONNode? {
            guard let node = root[key], !node.isNull else { return nil }
            return node
        }
        if let n = present("severity"), let v = r.name(n, top.appending("severity"), parent: root, as: Severity.self) { intake.severity = v }
        if let n = present("fault"), let v = r.name(n, top.appending("fault"), parent: root, as: Fault.self) { intake.fault = v }
        if let n = present("customerValue"), let v = r.name(n, top.appending("customerValue"), parent: root, as: CustomerValue.self) { intake.customerValue = v }
        if let n = present("type") { intake.type = r.name(n, top.appending("type"), parent: root, as: ComplainantTypeID.self) }
        if let n = present("temperament") { intake.temperament = r.name(n, top.appending("temperament"), parent: root, as: TemperamentID.self) }
        if let n = present("brokenPromises"), let v = r.whole(n, top.appending("brokenPromises"), parent: root, range: 0...1000) { intake.brokenPromises = v }
        if let n = present("failedRepairs"), let v = r.whole(n, top.appending("failedRepairs"), parent: root, range: 0...1000) { intake.failedRepairs = v }
        if let n = present("daysSinceSale") { intake.daysSinceSale = r.whole(n, top.appending("daysSinceSale"), parent: root, range: 0...100_000) }
        if let n = present("expectation") { intake.expectation = r.number(n, top.appending("expectation"), parent: root, range: Self.amounts) }
        if let n = present("bottomLine") { intake.bottomLine = r.number(n, top.appending("bottomLine"), parent: root, range: Self.amounts) }
        if let n = present("orderValue") { intake.orderValue = r.number(n, top.appending("orderValue"), parent: root, range: Self.amounts) }
        if let n = present("tier"), let v = r.string(n, top.appending("tier"), parent: root) { intake.tier = v }
        if let n = present("unfitForPurpose"), let v = r.bool(n, top.appending("unfitForPurpose"), parent: root) { intake.unfitForPurpose = v }
        if let n = present("productClass") { intake.productClass = r.name(n, top.appending("productClass"), parent: root, as: ProductClass.self) }
        if let n = present("loss") { intake.loss = r.number(n, top.appending("loss"), parent: root, range: Self.amounts) }
        if let n = present("seriousHarm"), let v = r.bool(n, top.appending("seriousHarm"), parent: root) { intake.seriousHarm = v }
        if let n = present("knewDefect"), let v = r.bool(n, top.appending("knewDefect"), parent: root) { intake.knewDefect = v }
        if let n = present("prepaid"), let v = r.bool(n, top.appending("prepaid"), parent: root) { intake.prepaid = v }
        if let n = present("wants"), let v = r.name(n, top.appending("wants"), parent: root, as: RemedyKind.self) {
            if AdviceEngine.choosableRemedies.contains(v) {
                intake.wants = v
            } else {
                r.report(.unknownName(v.rawValue, allowed: AdviceEngine.choosableRemedies.map(\.rawValue)), at: top.appending("wants"), n)
            }
        }
        if let n = present("caseKey"), let v = r.string(n, top.appending("caseKey"), parent: root) {
            if let problem = CaseKey.problem(v) { r.report(.notACaseKey(problem), at: top.appending("caseKey"), n) } else { intake.caseKey = v }
        }
        for key in ["distanceSale", "distanceSaleExempt", "fraud", "foodSafety"] {
            guard let n = present(key), let v = r.bool(n, top.appending(key), parent: root) else { continue }
            switch key {
            case "distanceSale": intake.distanceSale = v
            case "distanceSaleExempt": intake.distanceSaleExempt = v
            case "fraud": intake.fraud = v
            default: intake.foodSafety = v
            }
        }
        if let n = present("said"), let lines = r.array(n, top.appending("said"), parent: root, allowEmpty: true) {
            intake.said = lines.enumerated().compactMap { index, line in
                guard let text = line.string else {
                    r.report(.wrongType(expected: .string, found: line.kindName), at: top.appending("said").appending(index), line)
                    return nil
                }
                return text
            }
        }
        if let e = intake.expectation, let b = intake.bottomLine, b > e {
            r.report(.minAboveMax(minField: "bottomLine", minimum: b, maxField: "expectation", maximum: e), at: top.appending("bottomLine"), root["bottomLine"])
        }
        return r.problems.count == before ? intake : nil
    }
}
