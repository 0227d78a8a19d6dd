import FoundationEssentials
import JSON
import Knowledge

/// Reads a policy file and checks it, listing every problem with its JSON path and position.
public enum PolicyReader {
    static let topFields = ["name", "version", "currency", "tiers", "ceilingShareOfOrderValue", "forms", "modifiers", "categories", "tierNames", "jurisdiction",
                             "owedLimits", "currencyNames"]
    static let formFields = ["pointsPerCurrencyUnit", "serviceVisitValue", "expressReshipValue", "roundingSteps"]
    static let modifierFields = ["severity", "fault", "perBrokenPromise", "maxBrokenPromisesCounted", "customerValue"]
    static let categoryFields = ["remedies", "floor", "standard", "caps", "forms", "minCare", "maxCare", "goodwill", "ceiling"]

    /// Parses and checks policy JSON.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The path to name in messages.
    /// - Returns: The policy, when it has no problem.
    /// - Throws: `InvalidDataFile` listing every problem found.
    public static func read(_ data: Data, file: String) throws(InvalidDataFile) -> Policy {
        let root = try SchemaReader.parseDocument(data, file: file)
        var reader = SchemaReader()
        let policy = check(root, &reader)
        if let policy, reader.problems.isEmpty { return policy }
        throw InvalidDataFile(file: file, problems: reader.problems.sorted { ($0.position ?? TextPosition(line: 0, column: 0)) < ($1.position ?? TextPosition(line: 0, column: 0)) })
    }

    static func check(_ root: JSONNode, _ r: inout SchemaReader) -> Policy? {
        let top = JSONPath.root
        guard r.object(root, top, fields: topFields) != nil else { return nil }
        let name = r.string(root["name"], top.appending("name"), parent: root)
        let version = r.string(root["version"], top.appending("version"), parent: root)
        let currency = r.string(root["currency"], top.appending("currency"), parent: root)
        let share = r.number(root["ceilingShareOfOrderValue"], top.appending("ceilingShareOfOrderValue"), parent: root, range: 0.01...100)

        var tiers: [String]? = nil
        let tiersPath = top.appending("tiers")
        if let elements = r.array(root["tiers"], tiersPath, parent: root) {
            var names: [String] = []
            for (index, element) in elements.enumerated() {
                guard let tier = r.string(element, tiersPath.appending(index), parent: root["tiers"]) else { continue }
                if names.contains(tier) { r.report(.duplicate(tier), at: tiersPath.appending(index), element) } else { names.append(tier) }
            }
            if names.count == elements.count { tiers = names }
        }

        let forms = readForms(root, top, &r)
        let modifiers = readModifiers(root, top, &r)

        var categories: [String: Policy.CategoryPolicy] = [:]
        let categoriesPath = top.appending("categories")
        var categoriesComplete = false
        if let members = r.object(root["categories"], categoriesPath, fields: nil, parent: root) {
            categoriesComplete = true
            let known = ComplaintCategoryID.allCases.map(\.rawValue)
            for member in members where !known.contains(member.key) {
                r.report(.unknownName(member.key, allowed: known), at: categoriesPath.appending(member.key), member: member)
                categoriesComplete = false
            }
            for id in known {
                let path = categoriesPath.appending(id)
                guard let node = root["categories"]?[id] else {
                    r.report(.missing, at: path, root["categories"])
                    categoriesComplete = false
                    continue
                }
                if let category = readCategory(node, path, tiers: tiers, &r) {
                    categories[id] = category
                } else {
                    categoriesComplete = false
                }
            }
        }
        let tierNames = readTierNames(root, top, tiers: tiers, &r)
        var jurisdiction: String? = nil
        var jurisdictionValid = true
        if root["jurisdiction"] != nil {
            let path = top.appending("jurisdiction")
            jurisdiction = r.string(root["jurisdiction"], path, parent: root)
            if let code = jurisdiction, !(code.count == 2 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }) {
                r.report(.notACountryCode(code), at: path, root["jurisdiction"])
                jurisdiction = nil
            }
            jurisdictionValid = jurisdiction != nil
        }
        var owedLimits: [String: Double]? = nil
        var owedValid = true
        if root["owedLimits"] != nil {
            owedLimits = perTier(root["owedLimits"], top.appending("owedLimits"), parent: root, tiers: tiers, whole: false, range: nil, &r)
            owedValid = owedLimits != nil
        }
        var currencyNames: Policy.DisplayName? = nil
        var namesValid = true
        if let node = root["currencyNames"] {
            currencyNames = displayName(node, top.appending("currencyNames"), parent: root, &r)
            namesValid = currencyNames != nil
        }
        guard let name, let version, let currency, let share, let tiers, let forms, let modifiers, categoriesComplete, let tierNames,
              jurisdictionValid, owedValid, namesValid else { return nil }
        return Policy(name: name, version: version, currency: currency, tiers: tiers, ceilingShareOfOrderValue: share,
                      forms: forms, modifiers: modifiers, categories: categories, tierNames: tierNames.isEmpty ? nil : tierNames,
                      jurisdiction: jurisdiction, owedLimits: owedLimits, currencyNames: currencyNames)
    }

    static func readForms(_ root: JSONNode, _ top: JSONPath, _ r: inout SchemaReader) -> Policy.FormSettings? {
        let path = top.appending("forms")
        guard r.object(root["forms"], path, fields: formFields, parent: root) != nil, let node = root["forms"] else { return nil }
        let points = r.number(node["pointsPerCurrencyUnit"], path.appending("pointsPerCurrencyUnit"), parent: node, range: 0.001...1_000_000)
        let visit = r.number(node["serviceVisitValue"], path.appending("serviceVisitValue"), parent: node)
        let reship = r.number(node["expressReshipValue"], path.appending("expressReshipValue"), parent: node)
        var steps: [String: Double]? = nil
        var stepsValid = true
        if let stepsNode = node["roundingSteps"] {
            let stepsPath = path.appending("roundingSteps")
            let known = CompensationForm.allCases.map(\.rawValue)
            if let members = r.object(stepsNode, stepsPath, fields: known, parent: node) {
                var read: [String: Double] = [:]
                for member in members {
                    // A step of zero would leave amounts unrounded while claiming to round them; at least one minor unit.
                    if let step = r.number(member.value, stepsPath.appending(member.key), parent: stepsNode, range: 0.001...1_000_000) {
                        read[member.key] = step
                    } else {
                        stepsValid = false
                    }
                }
                steps = read
            } else {
                stepsValid = false
            }
        }
        guard let points, let visit, let reship, stepsValid else { return nil }
        return Policy.FormSettings(pointsPerCurrencyUnit: points, serviceVisitValue: visit, expressReshipValue: reship, roundingSteps: steps)
    }

    /// The optional names of the tiers in both languages: `{"agent": {"zh": "一线客服", "en": "frontline agent"}}`.
    static func readTierNames(_ root: JSONNode, _ top: JSONPath, tiers: [String]?, _ r: inout SchemaReader) -> [String: Policy.DisplayName]? {
        guard let node = root["tierNames"] else { return [:] }
        let path = top.appending("tierNames")
        guard let members = r.object(node, path, fields: tiers, parent: root) else { return nil }
        var names: [String: Policy.DisplayName] = [:]
        var valid = true
        for member in members {
            guard let name = displayName(member.value, path.appending(member.key), parent: node, &r) else { valid = false; continue }
            names[member.key] = name
        }
        return valid ? names : nil
    }

    /// A name in both languages: `{"zh": "元", "en": "yuan"}`, neither empty.
    static func displayName(_ node: JSONNode, _ path: JSONPath, parent: JSONNode?, _ r: inout SchemaReader) -> Policy.DisplayName? {
        guard r.object(node, path, fields: ["zh", "en"], parent: parent) != nil else { return nil }
        let zh = r.string(node["zh"], path.appending("zh"), parent: node)
        let en = r.string(node["en"], path.appending("en"), parent: node)
        guard let zh, let en else { return nil }
        return Policy.DisplayName(zh: zh, en: en)
    }

    /// A category's ceiling: `{"orderShare": 1.5, "amount": 500}`, at least one of the two.
    static func readCeiling(_ node: JSONNode, _ path: JSONPath, parent: JSONNode?, _ r: inout SchemaReader) -> Policy.CeilingRule? {
        guard r.object(node, path, fields: ["orderShare", "amount"], parent: parent) != nil else { return nil }
        let before = r.problems.count
        let share = node["orderShare"].flatMap { r.number($0, path.appending("orderShare"), parent: node, range: 0.01...100) }
        let amount = node["amount"].flatMap { r.number($0, path.appending("amount"), parent: node) }
        guard r.problems.count == before else { return nil }
        guard share != nil || amount != nil else {
            r.report(.missing, at: path.appending("orderShare"), node)
            return nil
        }
        return Policy.CeilingRule(orderShare: share, amount: amount)
    }

    /// A map from every value of an enum to a factor; each key is required and none other is allowed.
    static func factors<T: RawRepresentable & CaseIterable>(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?, _: T.Type, _ r: inout SchemaReader) -> [String: Double]? where T.RawValue == String {
        let keys = T.allCases.map(\.rawValue)
        guard r.object(node, path, fields: keys, parent: parent) != nil, let node else { return nil }
        var result: [String: Double] = [:]
        for key in keys {
            if let value = r.number(node[key], path.appending(key), parent: node, range: 0...100) { result[key] = value }
        }
        return result.count == keys.count && node.object?.count == keys.count ? result : nil
    }

    static func readModifiers(_ root: JSONNode, _ top: JSONPath, _ r: inout SchemaReader) -> Policy.Modifiers? {
        let path = top.appending("modifiers")
        guard r.object(root["modifiers"], path, fields: modifierFields, parent: root) != nil, let node = root["modifiers"] else { return nil }
        let severity = factors(node["severity"], path.appending("severity"), parent: node, Severity.self, &r)
        let fault = factors(node["fault"], path.appending("fault"), parent: node, Fault.self, &r)
        let value = factors(node["customerValue"], path.appending("customerValue"), parent: node, CustomerValue.self, &r)
        let perPromise = r.number(node["perBrokenPromise"], path.appending("perBrokenPromise"), parent: node, range: 0...10)
        let counted = r.whole(node["maxBrokenPromisesCounted"], path.appending("maxBrokenPromisesCounted"), parent: node, range: 0...100)
        guard let severity, let fault, let value, let perPromise, let counted else { return nil }
        return Policy.Modifiers(severity: severity, fault: fault, perBrokenPromise: perPromise,
                                maxBrokenPromisesCounted: counted, customerValue: value)
    }

    /// A map from every tier to a value; values never fall as the tier rises.
    static func perTier(_ node: JSONNode?, _ path: JSONPath, parent: JSONNode?, tiers: [String]?, whole: Bool, range: ClosedRange<Double>?, _ r: inout SchemaReader) -> [String: Double]? {
        guard let members = r.object(node, path, fields: nil, parent: parent), let node else { return nil }
        guard let tiers else { return nil }
        var ok = true
        for member in members where !tiers.contains(member.key) {
            r.report(.unknownName(member.key, allowed: tiers), at: path.appending(member.key), member: member)
            ok = false
        }
        var values: [String: Double] = [:]
        var previous: (tier: String, value: Double)? = nil
        for tier in tiers {
            let valuePath = path.appending(tier)
            let value = whole ? r.whole(node[tier], valuePath, parent: node, range: range).map(Double.init)
                              : r.number(node[tier], valuePath, parent: node, range: range)
            guard let value else { ok = false; previous = nil; continue }
            if let previous, value < previous.value {
                r.report(.fallsUpTiers(lowerTier: previous.tier, lowerValue: previous.value, tier: tier, value: value), at: valuePath, node[tier])
                ok = false
            }
            values[tier] = value
            previous = (tier, value)
        }
        return ok ? values : nil
    }

    static func readCategory(_ node: JSONNode, _ path: JSONPath, tiers: [String]?, _ r: inout SchemaReader) -> Policy.CategoryPolicy? {
        guard r.object(node, path, fields: categoryFields) != nil else { return nil }
        let remedies = r.names(node["remedies"], path.appending("remedies"), parent: node, as: RemedyKind.self)
        let forms = r.names(node["forms"], path.appending("forms"), parent: node, as: CompensationForm.self)
        let floor = r.number(node["floor"], path.appending("floor"), parent: node)
        let standard = r.number(node["standard"], path.appending("standard"), parent: node)
        let minCare = r.whole(node["minCare"], path.appending("minCare"), parent: node, range: 0...4)
        let caps = perTier(node["caps"], path.appending("caps"), parent: node, tiers: tiers, whole: false, range: nil, &r)
        let maxCare = perTier(node["maxCare"], path.appending("maxCare"), parent: node, tiers: tiers, whole: true, range: 0...4, &r)
        var consistent = true
        var goodwill: Policy.GoodwillMode? = nil
        if node["goodwill"] != nil {
            goodwill = r.name(node["goodwill"], path.appending("goodwill"), parent: node, as: Policy.GoodwillMode.self)
            if goodwill == nil { consistent = false }
        }
        var ceiling: Policy.CeilingRule? = nil
        if let ceilingNode = node["ceiling"] {
            ceiling = readCeiling(ceilingNode, path.appending("ceiling"), parent: node, &r)
            if ceiling == nil { consistent = false }
        }
        if let floor, let standard, floor > standard {
            r.report(.minAboveMax(minField: "floor", minimum: floor, maxField: "standard", maximum: standard), at: path.appending("floor"), node["floor"])
            consistent = false
        }
        if let floor, let caps, let top = tiers?.last, let cap = caps[top], floor > cap {
            r.report(.minAboveMax(minField: "floor", minimum: floor, maxField: "caps.\(top)", maximum: cap), at: path.appending("floor"), node["floor"])
            consistent = false
        }
        if let minCare, let maxCare, let top = tiers?.last, let most = maxCare[top], Double(minCare) > most {
            r.report(.minAboveMax(minField: "minCare", minimum: Double(minCare), maxField: "maxCare.\(top)", maximum: most), at: path.appending("minCare"), node["minCare"])
            consistent = false
        }
        guard consistent, let remedies, let forms, let floor, let standard, let minCare, let caps, let maxCare else { return nil }
        return Policy.CategoryPolicy(remedies: remedies, floor: floor, standard: standard, caps: caps, forms: forms,
                                     minCare: minCare, maxCare: maxCare.mapValues { Int($0) }, goodwill: goodwill, ceiling: ceiling)
    }
}
