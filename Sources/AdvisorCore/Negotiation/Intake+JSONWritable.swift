import JSON
import Knowledge

// The intake as JSON, written straight into bytes inside each advice of a batch; what `Encodable` writes, members in
// sorted order and absent optionals left out, held to that by `AdviceJSONTests`.
extension Intake: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("bottomLine", ifPresent: bottomLine); w.member("brokenPromises", brokenPromises)
        w.member("caseKey", ifPresent: caseKey); try w.member("category", category); try w.member("customerValue", customerValue); w.member("daysSinceSale", ifPresent: daysSinceSale)
        w.member("distanceSale", distanceSale); w.member("distanceSaleExempt", distanceSaleExempt)
        try w.member("expectation", ifPresent: expectation); w.member("failedRepairs", failedRepairs); try w.member("fault", fault)
        w.member("foodSafety", foodSafety); w.member("fraud", fraud); w.member("knewDefect", ifPresent: knewDefect)
        try w.member("loss", ifPresent: loss); try w.member("orderValue", ifPresent: orderValue); w.member("prepaid", ifPresent: prepaid)
        try w.member("productClass", ifPresent: productClass); try w.member("said", said); w.member("seriousHarm", ifPresent: seriousHarm)
        try w.member("severity", severity); try w.member("temperament", ifPresent: temperament); w.member("tier", tier)
        try w.member("type", ifPresent: type); w.member("unfitForPurpose", ifPresent: unfitForPurpose)
        try w.member("wants", ifPresent: wants); w.endObject()
    }
}

extension ComplaintCategoryID: JSONWritable {}
extension Severity: JSONWritable {}
extension Fault: JSONWritable {}
extension CustomerValue: JSONWritable {}
extension ProductClass: JSONWritable {}
