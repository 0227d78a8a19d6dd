/// Masks what would identify a customer in their words before the words are kept in the audit log: phone numbers,
/// identity and card numbers, e-mail addresses and other long numbers.
///
/// A hand-written scanner rather than a regular expression: the batch masks every line it logs, and words with no digit
/// and no `@` cost one look at their bytes (docs/DESIGN.md, "The customer's words in the log").
public enum WordsMask {
    /// What a masked stretch becomes: one token per kind, the same in both languages, so a log read in either
    /// language, or by a script, finds them the same way.
    public enum Token: String, CaseIterable, Sendable {
        /// A mobile, landline, service or international phone number.
        case phone = "[phone]"
        /// A Chinese resident identity number: 18 characters, the last a digit or X.
        case idNumber = "[id]"
        /// A payment card number: 13 to 19 digits whose Luhn check holds.
        case card = "[card]"
        case email = "[email]"
        /// Any other run of seven or more digits: an order, tracking or account number, a local phone number.
        case number = "[number]"
    }

    /// Runs of fewer digits stay: amounts, counts, dates, times and postcodes say nothing about who is calling.
    static let shortestMasked = 7

    /// The words with every phone, identity and card number, e-mail address and other long number replaced by its token.
    ///
    /// Amounts stay as they are, however long: a run of digits next to a currency sign or unit (`退300元`, `¥1999`,
    /// `500 yuan`) or with decimals, and dates written `2024-03-15` or `20240315`. Full-width digits and signs count as
    /// their ASCII forms.
    public static func mask(_ text: String) -> String {
        var text = text
        return text.withUTF8(masked) ?? text
    }

    /// The masked text of these UTF-8 bytes, or nil when nothing in them is masked.
    ///
    /// The scanner reads scalars, decoded here from the bytes, and the result is put together from the bytes themselves:
    /// far cheaper than walking and appending `Unicode.Scalar`s one at a time.
    static func masked(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard mayHoldSomethingToMask(utf8) else { return nil }
        var folded: [UInt32] = [], starts: [Int] = []
        folded.reserveCapacity(utf8.count)
        starts.reserveCapacity(utf8.count + 1)
        var offset = 0
        // A String's bytes are always valid UTF-8, so each lead byte says how many continuation bytes follow.
        while offset < utf8.count {
            let lead = UInt32(utf8[offset])
            starts.append(offset)
            switch lead {
            case ..<0x80:
                folded.append(lead)
                offset += 1
            case ..<0xE0:
                folded.append(fold((lead & 0x1F) << 6 | UInt32(utf8[offset + 1] & 0x3F)))
                offset += 2
            case ..<0xF0:
                folded.append(fold((lead & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6 | UInt32(utf8[offset + 2] & 0x3F)))
                offset += 3
            default:
                folded.append((lead & 0x07) << 18 | UInt32(utf8[offset + 1] & 0x3F) << 12 | UInt32(utf8[offset + 2] & 0x3F) << 6
                              | UInt32(utf8[offset + 3] & 0x3F))
                offset += 4
            }
        }
        starts.append(offset)
        var spans = emails(folded)
        spans += numbers(folded, avoiding: spans)
        guard !spans.isEmpty else { return nil }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        var index = 0
        for span in spans {
            result += utf8[starts[index]..<starts[span.range.lowerBound]]
            result += span.token.rawValue.utf8
            index = span.range.upperBound
        }
        result += utf8[starts[index]...]
        return String(decoding: result, as: UTF8.self)
    }

    /// A stretch of the text to replace.
    struct Span {
        var range: Range<Int>
        var token: Token
    }

    /// Whether the bytes hold an ASCII digit, an `@`, or a full-width digit or `＠`; without one there is nothing to mask.
    static func mayHoldSomethingToMask(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if (0x30...0x39).contains(byte) || byte == 0x40 { return true }
            // U+FF10…FF19 and U+FF20 are EF BC 90…99 and EF BC A0.
            if byte == 0xEF, index + 2 < utf8.count, utf8[index + 1] == 0xBC,
               (0x90...0x99).contains(utf8[index + 2]) || utf8[index + 2] == 0xA0 { return true }
            index += 1
        }
        return false
    }

    /// A scalar as the scanner reads it: full-width forms as ASCII, the ideographic and no-break spaces as a space,
    /// and the dashes people put between groups of digits as a hyphen.
    static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0xFF01...0xFF5E: value - 0xFEE0
        case 0x3000, 0x00A0: 0x20
        case 0x2010...0x2014, 0x2212: 0x2D
        default: value
        }
    }

    static func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }

    static func isLetter(_ value: UInt32) -> Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }

    // MARK: E-mail addresses

    /// Every `local@domain.tld` in the text, the domain ending in a name of at least two letters.
    static func emails(_ folded: [UInt32]) -> [Span] {
        func isLocal(_ c: UInt32) -> Bool { isDigit(c) || isLetter(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D }
        func isDomain(_ c: UInt32) -> Bool { isDigit(c) || isLetter(c) || c == 0x2E || c == 0x2D }
        var spans: [Span] = []
        var at = 0
        while at < folded.count {
            defer { at += 1 }
            guard folded[at] == 0x40, spans.last.map({ $0.range.upperBound <= at }) ?? true else { continue }
            var start = at
            while start > 0, isLocal(folded[start - 1]) { start -= 1 }
            var end = at + 1
            while end < folded.count, isDomain(folded[end]) { end += 1 }
            // A sentence's full stop or a dash after the address is not part of it.
            while end > at + 1, folded[end - 1] == 0x2E || folded[end - 1] == 0x2D { end -= 1 }
            let domain = folded[(at + 1)..<end]
            guard start < at, let dot = domain.lastIndex(of: 0x2E), dot > at + 1,
                  end - dot - 1 >= 2, domain[(dot + 1)...].allSatisfy(isLetter) else { continue }
            spans.append(Span(range: start..<end, token: .email))
            at = end - 1
        }
        return spans
    }

    // MARK: Numbers

    /// A run of digits as written: the digits, and how it was set off.
    struct DigitRun {
        var range: Range<Int>
        var digits: [UInt8] = []
        /// Digits between separators, first group first.
        var groups: [Int] = []
        /// Written after a `+`: an international number.
        var international = false
        /// Ends in X after 17 digits, as an identity number may.
        var endsInX = false
    }

    /// The runs of digits to mask, outside the e-mail addresses already found.
    static func numbers(_ folded: [UInt32], avoiding emails: [Span]) -> [Span] {
        var spans: [Span] = []
        var emailIndex = 0
        var i = 0
        while i < folded.count {
            while emailIndex < emails.count, emails[emailIndex].range.upperBound <= i { emailIndex += 1 }
            let limit = emailIndex < emails.count ? emails[emailIndex].range.lowerBound : folded.count
            if i >= limit { i = emails[emailIndex].range.upperBound; continue }
            let startsRun = isDigit(folded[i]) || (folded[i] == 0x2B && i + 1 < limit && isDigit(folded[i + 1]))
            // The digits after a decimal point belong to the number before it.
            let afterPoint = i >= 2 && folded[i - 1] == 0x2E && isDigit(folded[i - 2])
            guard startsRun, !afterPoint else { i += 1; continue }
            let run = digitRun(folded, from: i, limit: limit)
            if !isAmountOrDate(run, folded), let token = classify(run) {
                // An area code in brackets goes with its number: "(010) 8888 6666".
                let opened = run.range.lowerBound > 0 && folded[run.range.lowerBound - 1] == 0x28 && run.groups.count > 1
                spans.append(Span(range: (opened ? run.range.lowerBound - 1 : run.range.lowerBound)..<run.range.upperBound, token: token))
            }
            i = run.range.upperBound
        }
        return spans
    }

    /// The run of digits starting at `start`: groups may be set off by up to two spaces, hyphens or a closing bracket,
    /// as phone and card numbers are written, as long as a digit follows.
    static func digitRun(_ folded: [UInt32], from start: Int, limit: Int) -> DigitRun {
        var run = DigitRun(range: start..<start)
        var j = start
        if folded[j] == 0x2B { run.international = true; j += 1 }
        var group = 0
        let bracketOpen = start > 0 && folded[start - 1] == 0x28
        var bracketClosed = false
        func isSeparator(_ c: UInt32) -> Bool { c == 0x20 || c == 0x2D || (c == 0x29 && bracketOpen && !bracketClosed) }
        while j < limit {
            let c = folded[j]
            if isDigit(c) {
                run.digits.append(UInt8(c - 0x30))
                group += 1
                j += 1
                continue
            }
            if c == 0x58 || c == 0x78, run.digits.count == 17, group > 0, !(j + 1 < limit && (isLetter(folded[j + 1]) || isDigit(folded[j + 1]))) {
                run.endsInX = true
                j += 1
                break
            }
            var k = j
            while k < limit, k - j < 2, isSeparator(folded[k]) {
                if folded[k] == 0x29 { bracketClosed = true }
                k += 1
            }
            guard k > j, k < limit, isDigit(folded[k]) else { break }
            run.groups.append(group)
            group = 0
            j = k
        }
        run.groups.append(group)
        run.range = start..<j
        return run
    }

    /// Whether the run is money or a date, which stay: a currency sign or unit beside it, decimals after it, or the
    /// shape of a date.
    static func isAmountOrDate(_ run: DigitRun, _ folded: [UInt32]) -> Bool {
        var after = run.range.upperBound
        if after + 1 < folded.count, folded[after] == 0x2E, isDigit(folded[after + 1]) { return true }
        while after < folded.count, folded[after] == 0x20 { after += 1 }
        if after < folded.count {
            if unitsAfter.contains(folded[after]) || folded[after] == 0x25 { return true }
            if let word = asciiWord(folded, from: after, forward: true), wordsAfter.contains(word) { return true }
        }
        var before = run.range.lowerBound - 1
        while before >= 0, folded[before] == 0x20 { before -= 1 }
        if before >= 0 {
            if signsBefore.contains(folded[before]) { return true }
            if let word = asciiWord(folded, from: before, forward: false), wordsBefore.contains(word) { return true }
        }
        return !run.international && isDate(run)
    }

    /// Chinese units after an amount: yuan, kuai, jiao, mao, fen, the counting units, and 积(分) for points.
    static let unitsAfter: Set<UInt32> = [0x5143, 0x5706, 0x5757, 0x89D2, 0x6BDB, 0x5206, 0x4E07, 0x5343, 0x767E, 0x4EBF, 0x79EF]
    static let wordsAfter: Set<String> = ["yuan", "rmb", "cny", "usd", "eur", "dollar", "dollars", "euro", "euros", "point",
                                         "points", "pts", "bucks", "quid", "pounds", "gbp", "hkd", "jpy", "yen"]
    /// ¥ $ € £ (and their full-width forms, folded).
    static let signsBefore: Set<UInt32> = [0xA5, 0x24, 0x20AC, 0xA3, 0xFFE5, 0xFFE1]
    static let wordsBefore: Set<String> = ["rmb", "cny", "usd", "eur", "gbp", "hkd", "jpy"]

    /// The ASCII letters next to `index`, read away from the number and lowercased; nil when there are none.
    static func asciiWord(_ folded: [UInt32], from index: Int, forward: Bool) -> String? {
        var letters: [UInt8] = []
        var i = index
        while i >= 0, i < folded.count, isLetter(folded[i]), letters.count <= 8 {
            letters.append(UInt8(folded[i] | 0x20))
            i += forward ? 1 : -1
        }
        if !forward { letters.reverse() }
        return letters.isEmpty ? nil : String(decoding: letters, as: UTF8.self)
    }

    /// `2024-03-15` or `20240315`, with a year from 1900 to 2099 and a real month and day.
    static func isDate(_ run: DigitRun) -> Bool {
        let d = run.digits.map(Int.init)
        let shape = run.groups == [8] || (run.groups.count == 3 && run.groups[0] == 4 && (1...2).contains(run.groups[1])
                                           && (1...2).contains(run.groups[2]))
        guard shape else { return false }
        let year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3]
        let rest = d.dropFirst(4)
        let month = run.groups == [8] ? rest[4] * 10 + rest[5] : rest.prefix(run.groups[1]).reduce(0) { $0 * 10 + $1 }
        let day = run.groups == [8] ? rest[6] * 10 + rest[7] : rest.suffix(run.groups[2]).reduce(0) { $0 * 10 + $1 }
        return (1900...2099).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// What a run of digits is taken for, or nil when it is too short to identify anyone.
    ///
    /// Card or not is decided by the Luhn check, which every payment card number satisfies and only one in ten other
    /// numbers of the same length happens to; a number that fails it is still masked, as `[number]`.
    static func classify(_ run: DigitRun) -> Token? {
        let digits = run.digits
        let count = digits.count
        if run.endsInX { return .idNumber }
        if run.international { return count >= shortestMasked ? (count <= 15 ? .phone : .number) : nil }
        guard count >= shortestMasked else { return nil }
        var national = digits[...]
        if count == 13, digits.starts(with: [8, 6]) { national = digits.dropFirst(2) }
        if count == 15, digits.starts(with: [0, 0, 8, 6]) { national = digits.dropFirst(4) }
        if national.count == 11, national.first == 1, (3...9).contains(national.dropFirst().first ?? 0) { return .phone }
        if count == 18, identityChecksumHolds(digits) { return .idNumber }
        if (13...19).contains(count), luhnHolds(digits) { return .card }
        // A landline with its area code (010-8888 6666, 0755 1234 5678) or a 400/800 service number.
        if digits[0] == 0, (10...12).contains(count) { return .phone }
        if count == 10, digits.starts(with: [4, 0, 0]) || digits.starts(with: [8, 0, 0]) { return .phone }
        return .number
    }

    /// The Luhn check of payment card numbers (ISO/IEC 7812).
    static func luhnHolds(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            var value = Int(digit)
            if position % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    /// The check digit of a resident identity number (GB 11643, ISO 7064 MOD 11-2), for 18 digits; one ending in X is
    /// recognised by its X.
    static func identityChecksumHolds(_ digits: [UInt8]) -> Bool {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(digits.prefix(17), weights).reduce(0) { $0 + Int($1.0) * $1.1 }
        let check = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2][sum % 11]
        return check == Int(digits[17])
    }
}
