/// What the bytes received so far amount to.
public enum HTTPParse: Sendable, Equatable {
    /// More bytes are needed; `total` is how many the whole request takes once the headers tell.
    case incomplete(total: Int?)
    /// A whole request, which took the first `length` bytes.
    case complete(HTTPRequest, length: Int)
    /// The request is refused; nothing more needs reading.
    case refused(HTTPFailure)
}

/// Reads an HTTP/1.x request from bytes, strictly and within limits, with no socket in sight.
///
/// Strict because a lenient reader behind a proxy is how requests get smuggled: only CRLF line ends, no folded
/// headers, one `Host`, one `Content-Length`, and no `Transfer-Encoding`.
public enum HTTPRequestParser {
    private static let cr: UInt8 = 13, lf: UInt8 = 10, space: UInt8 = 32, tab: UInt8 = 9, colon: UInt8 = 58

    /// Parses the bytes received so far.
    /// - Parameters:
    ///   - bytes: Everything the client has sent.
    ///   - limits: The sizes beyond which the request is refused.
    public static func parse(_ bytes: [UInt8], limits: ServerLimits) -> HTTPParse {
        // The request line is checked as soon as it is whole, so junk is refused without waiting for a blank line.
        guard let lineEnd = lineEnd(in: bytes, from: 0) else {
            if bytes.contains(lf) { return .refused(.malformedRequestLine) }
            return bytes.count > limits.headerBytes ? .refused(.targetTooLong(limit: limits.headerBytes)) : .incomplete(total: nil)
        }
        if lineEnd > limits.headerBytes { return .refused(.targetTooLong(limit: limits.headerBytes)) }
        let requestLine: (method: String, target: String, version: String)
        switch parseRequestLine(bytes[0..<lineEnd]) {
        case let .success(line): requestLine = line
        case let .failure(failure): return .refused(failure)
        }
        guard let headEnd = headEnd(in: bytes) else {
            return bytes.count > limits.headerBytes ? .refused(.headersTooLarge(limit: limits.headerBytes)) : .incomplete(total: nil)
        }
        if headEnd > limits.headerBytes { return .refused(.headersTooLarge(limit: limits.headerBytes)) }
        let headers: [HTTPHeader]
        // Between the request line's CRLF and the blank line's CRLF CRLF; empty when the request has no headers.
        let block = headEnd - 4 > lineEnd ? bytes[(lineEnd + 2)..<(headEnd - 4)] : []
        switch parseHeaders(block, limits: limits) {
        case let .success(parsed): headers = parsed
        case let .failure(failure): return .refused(failure)
        }
        var request = HTTPRequest(method: requestLine.method, target: requestLine.target, version: requestLine.version, headers: headers)
        if request.headerValues("host").count != 1 { return .refused(.hostMissingOrRepeated) }
        if !request.headerValues("transfer-encoding").isEmpty { return .refused(.transferEncoding) }
        let bodyLength: Int
        switch contentLength(request.headerValues("content-length"), limits: limits) {
        case .failure(let failure): return .refused(failure)
        case .success(nil):
            if request.method == "POST" || request.method == "PUT" || request.method == "PATCH" { return .refused(.lengthRequired) }
            bodyLength = 0
        case .success(let length?):
            if length > limits.bodyBytes { return .refused(.bodyTooLarge(limit: limits.bodyBytes)) }
            bodyLength = length
        }
        let total = headEnd + bodyLength
        guard bytes.count >= total else { return .incomplete(total: total) }
        request.body = Array(bytes[headEnd..<total])
        return .complete(request, length: total)
    }

    /// The index of the CR of the first CRLF at or after `start`, or nil when there is none yet.
    private static func lineEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == cr && bytes[index + 1] == lf { return index }
            index += 1
        }
        return nil
    }

    /// The index just past the blank line that ends the headers, or nil when it has not arrived.
    private static func headEnd(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index + 3 < bytes.count {
            if bytes[index] == cr && bytes[index + 1] == lf && bytes[index + 2] == cr && bytes[index + 3] == lf { return index + 4 }
            index += 1
        }
        return nil
    }

    /// A token character (RFC 9110): what method and header names are made of.
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    private static func parseRequestLine(_ line: ArraySlice<UInt8>) -> Result<(method: String, target: String, version: String), HTTPFailure> {
        let parts = line.split(separator: space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenCharacter),
              parts[1].first == UInt8(ascii: "/"), parts[1].allSatisfy({ (0x21...0x7E).contains($0) }) else {
            return .failure(.malformedRequestLine)
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            let looksLikeHTTP = version.utf8.count == 8 && version.hasPrefix("HTTP/")
                && version.utf8.enumerated().allSatisfy { index, byte in index < 5 || index == 6 ? true : (48...57).contains(byte) }
                && Array(version.utf8)[6] == UInt8(ascii: ".")
            return .failure(looksLikeHTTP ? .unsupportedVersion(version) : .malformedRequestLine)
        }
        return .success((String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self), version))
    }

    private static func parseHeaders(_ block: ArraySlice<UInt8>, limits: ServerLimits) -> Result<[HTTPHeader], HTTPFailure> {
        guard !block.isEmpty else { return .success([]) }
        var headers: [HTTPHeader] = []
        var start = block.startIndex
        var number = 0
        while start <= block.endIndex {
            var end = start
            while end + 1 < block.endIndex, !(block[end] == cr && block[end + 1] == lf) { end += 1 }
            if end + 1 >= block.endIndex { end = block.endIndex }
            number += 1
            if number > limits.headerCount { return .failure(.tooManyHeaders(limit: limits.headerCount)) }
            guard let header = parseHeader(block[start..<end]) else { return .failure(.malformedHeader(line: number)) }
            headers.append(header)
            start = end + 2
        }
        return .success(headers)
    }

    /// `Name: value` with a token name, no space before the colon, and no control character in the value.
    private static func parseHeader(_ line: ArraySlice<UInt8>) -> HTTPHeader? {
        guard let colonIndex = line.firstIndex(of: colon) else { return nil }
        let name = line[line.startIndex..<colonIndex]
        guard !name.isEmpty, name.allSatisfy(isTokenCharacter) else { return nil }
        var value = line[(colonIndex + 1)...]
        while let first = value.first, first == space || first == tab { value = value.dropFirst() }
        while let last = value.last, last == space || last == tab { value = value.dropLast() }
        guard value.allSatisfy({ $0 == tab || (0x20...0x7E).contains($0) || $0 >= 0x80 }) else { return nil }
        return HTTPHeader(String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// The one length all `Content-Length` values agree on, nil when there is none.
    private static func contentLength(_ values: [String], limits: ServerLimits) -> Result<Int?, HTTPFailure> {
        var length: Int?
        for value in values {
            for item in value.split(separator: ",", omittingEmptySubsequences: false) {
                let digits = item.trimmingSpaces
                guard !digits.isEmpty, digits.utf8.allSatisfy({ (48...57).contains($0) }) else { return .failure(.badContentLength) }
                // More digits than any limit has is too large however many there are, and never overflows an Int.
                let parsed = digits.utf8.count > 15 ? Int.max : Int(digits) ?? Int.max
                if let length, length != parsed { return .failure(.badContentLength) }
                length = parsed
            }
        }
        return .success(length)
    }
}

extension Substring {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
