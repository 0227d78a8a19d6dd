import JSON

// Log records as JSON, written straight into bytes, so a logged batch writes its records as fast as its output; what
// `Encodable` writes, members in sorted order and absent optionals left out, held to that by `AdviceJSONTests`.
extension LogRecord: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        switch self {
        case let .advice(record): w.beginObject(); w.member("kind", "advice"); try w.member("record", record); w.endObject()
        case let .outcome(record): w.beginObject(); w.member("kind", "outcome"); try w.member("record", record); w.endObject()
        }
    }
}

extension LogRecord.AdviceRecord: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("advice", ifPresent: advice); w.member("adviceId", adviceId)
        try w.member("intake", intake); try w.member("policy", policy); w.member("time", time); try w.member("words", ifPresent: words)
        w.endObject()
    }
}

extension LogRecord.LoggedWords: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); try w.member("kept", kept); w.member("lines", lines); try w.member("read", ifPresent: read); w.endObject()
    }
}

extension LogRecord.LoggedWords.Kept: JSONWritable {}

extension LogRecord.OutcomeRecord: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("aboveAllowed", ifPresent: aboveAllowed); w.member("accepted", accepted); w.member("adviceId", adviceId)
        try w.member("form", ifPresent: form)
        try w.member("settled", settled); w.member("time", time); w.endObject()
    }
}

extension LogRecord.PolicyStamp: JSONWritable {
    public func write(to w: inout JSONWriter) throws(JSONWriter.NonFiniteNumber) {
        w.beginObject(); w.member("digest", digest); w.member("name", name); w.member("version", version); w.endObject()
    }
}
