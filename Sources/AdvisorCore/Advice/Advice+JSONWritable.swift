import JSON
import Knowledge

// The advice as JSON, written straight into bytes: `advise --batch` writes one per line, a hundred thousand at a time,
// where going through `Encodable` cost more than advising. Each conformance writes what `Encodable` writes through
// `JSONStreamEncoder`, members in sorted order and absent optionals left out; `AdviceJSONTests` holds them to that,
// byte for byte, so a field added to `Advice` and forgotten here fails a test.

extension Advice: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("bottomLine", bottomLine); try w.member("bounds", bounds); try w.member("care", care)
        try w.member("customer", customer); try w.member("earlier", ifPresent: earlier); try w.member("escalation", escalation)
        try w.member("estimated", estimated)
        try w.member("expectation", expectation); try w.member("followUp", followUp); try w.member("handover", ifPresent: handover)
        try w.member("intake", intake); try w.member("ladder", ifPresent: ladder); try w.member("language", language)
        try w.member("lowerExpectation", ifPresent: lowerExpectation); w.member("moneyPlan", moneyPlan); try w.member("notes", notes)
        try w.member("offers", offers); w.member("owed", ifPresent: owed); try w.member("policy", policy); try w.member("precedent", precedent)
        try w.member("range", range); try w.member("remedy", remedy); try w.member("settlement", settlement)
        try w.member("strategy", strategy); w.endObject()
    }
}

extension Advice.Bounds: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("cap", cap); try w.member("ceiling", ifPresent: ceiling); try w.member("floor", floor)
        w.member("maxCare", maxCare); w.member("minCare", minCare); try w.member("standard", standard)
        try w.member("statutoryFloor", ifPresent: statutoryFloor); try w.member("tierCaps", tierCaps); w.endObject()
    }
}

extension Advice.CareAdvice: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("actions", actions); w.member("level", level); w.member("name", name); w.endObject()
    }
}

extension Advice.CustomerPoint: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("amount", amount); try w.member("care", care); try w.member("source", source); w.endObject()
    }
}

extension Advice.CustomerReading: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("pursues", ifPresent: pursues); w.member("temperament", ifPresent: temperament)
        w.member("temperamentName", ifPresent: temperamentName); w.member("type", ifPresent: type); w.member("typeName", ifPresent: typeName)
        w.member("warningZone", ifPresent: warningZone); try w.member("words", ifPresent: words)
        w.member("wordsLine", ifPresent: wordsLine); w.endObject()
    }
}

extension Advice.EarlierCase: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("advices", advices); try w.member("openAtLeast", ifPresent: openAtLeast); try w.member("reasons", reasons)
        w.member("text", text); try w.member("walkAwayAtMost", ifPresent: walkAwayAtMost); w.endObject()
    }
}

extension Advice.EarlierAdvice: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("binding", binding); try w.member("opening", ifPresent: opening); try w.member("outcomes", outcomes)
        w.member("tier", ifPresent: tier); w.member("time", time); try w.member("walkAway", ifPresent: walkAway); w.endObject()
    }
}

extension Advice.EarlierOutcome: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("accepted", accepted); try w.member("settled", settled); w.member("time", time); w.endObject()
    }
}

extension Advice.Escalation: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("needed", needed); try w.member("steps", steps); w.member("to", ifPresent: to)
        w.member("toName", ifPresent: toName); try w.member("typeRules", typeRules); w.endObject()
    }
}

extension Advice.EscalationStep: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("reason", reason); w.member("text", text); w.member("tier", tier); w.endObject()
    }
}

extension Advice.Estimated: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("bottomLine", bottomLine); w.member("expectation", expectation); w.endObject()
    }
}

extension Advice.ExpectationLowering: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("precedent", ifPresent: precedent); w.member("reason", reason)
        w.member("ruleExplained", ruleExplained); w.endObject()
    }
}

extension Advice.FollowUp: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("earliestSeconds", earliestSeconds); w.member("latestSeconds", latestSeconds); w.member("what", what)
        w.member("when", when); w.endObject()
    }
}

extension Advice.Handover: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("ladder", ifPresent: ladder); try w.member("limit", limit); try w.member("reasons", reasons)
        w.member("tier", tier); w.member("tierName", tierName); w.endObject()
    }
}

extension Advice.Ladder: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("care", care); try w.member("concessions", concessions); try w.member("form", form)
        try w.member("opening", opening); try w.member("step", step); w.member("tier", tier); w.member("tierName", tierName)
        try w.member("walkAway", walkAway); w.endObject()
    }
}

extension Advice.Offer: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("form", form); w.member("label", label); try w.member("quantity", quantity); w.member("text", text)
        try w.member("value", value); w.endObject()
    }
}

extension Advice.OfferRange: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("opening", opening); try w.member("walkAway", walkAway); w.endObject()
    }
}

extension Advice.PolicyReference: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("currency", currency); w.member("currencyName", ifPresent: currencyName); w.member("name", name)
        w.member("version", version); w.endObject()
    }
}

extension Advice.PrecedentQuote: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("amount", ifPresent: amount); w.member("count", count); w.member("fromLog", fromLog)
        w.member("source", source); w.endObject()
    }
}

extension Advice.RemedyAdvice: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("kinds", kinds); try w.member("statutes", statutes); w.member("text", text); w.endObject()
    }
}

extension Advice.Settlement: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("amount", amount); w.member("care", care); w.member("meetsBottomLine", meetsBottomLine); w.member("tier", tier)
        w.member("tierName", tierName); w.endObject()
    }
}

extension Advice.StatuteCitation: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("citation", citation); try w.member("floor", ifPresent: floor); w.member("grants", grants)
        try w.member("id", id); w.endObject()
    }
}

extension Advice.Step: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("spoken", spoken); try w.member("stage", stage); w.member("stageName", stageName)
        w.member("text", text); w.endObject()
    }
}

extension Advice.Strategy: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("avoid", avoid); try w.member("say", say); try w.member("steps", steps); w.endObject()
    }
}

extension Advice.TierCap: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("cap", cap); w.member("maxCare", maxCare); w.member("name", name); w.member("tier", tier); w.endObject()
    }
}

extension Advice.WordsSummary: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("cues", cues); try w.member("flags", flags); try w.member("temperament", ifPresent: temperament)
        w.member("temperamentFromWords", temperamentFromWords); try w.member("type", ifPresent: type)
        w.member("typeFromWords", typeFromWords); w.endObject()
    }
}

extension CallStage: JSONWritable {}
extension NegotiationPlan.Source: JSONWritable {}
extension NegotiationPlan.EscalationReason: JSONWritable {}
extension Language: JSONWritable {}
extension CompensationForm: JSONWritable {}
extension RemedyKind: JSONWritable {}
extension StatuteID: JSONWritable {}
extension DetectionFlag: JSONWritable {}
extension ComplainantTypeID: JSONWritable {}
extension TemperamentID: JSONWritable {}
