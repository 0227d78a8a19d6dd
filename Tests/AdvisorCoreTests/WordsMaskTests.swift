import AdvisorCore
import Testing

/// The customer's words as the audit log keeps them with `--keep-words`: whatever identifies the caller masked, every
/// amount, date and count left as said.
@Suite struct WordsMaskTests {
    /// Said, and kept.
    static let table: [(String, String)] = [
        // Mobiles, with or without the country code, spaced, hyphenated, full-width.
        ("我的电话是13800138000，退300元就行", "我的电话是[phone]，退300元就行"),
        ("打我手机 +86 138 0013 8000，马上回电", "打我手机 [phone]，马上回电"),
        ("call 138-0013-8000 please", "call [phone] please"),
        ("电话：１３８００１３８０００", "电话：[phone]"),
        ("手机＋８６　１３９－００１３－９０００", "手机[phone]"),
        ("0086 13800138000 is my number", "[phone] is my number"),
        ("13800138000和13900139000都打不通", "[phone]和[phone]都打不通"),
        // Landlines, service numbers and international numbers.
        ("座机 010-88886666", "座机 [phone]"),
        ("座机（010）8888 6666，白天打", "座机[phone]，白天打"),
        ("客服电话400-820-8820打了三遍", "客服电话[phone]打了三遍"),
        ("London +44 20 7946 0958 after six", "London [phone] after six"),
        // Resident identity numbers: 18 characters, the last may be X; checked, or recognised by the X.
        ("身份证11010519491231002X", "身份证[id]"),
        ("身份证 110105 19491231 002x 核对一下", "身份证 [id] 核对一下"),
        ("ID 440304199001011233", "ID [id]"),
        // Cards: 13 to 19 digits that pass the Luhn check; a number that fails it is still masked, as a number.
        ("card 4111 1111 1111 1111 was charged twice", "card [card] was charged twice"),
        ("卡号4111-1111-1111-1111被扣了两次", "卡号[card]被扣了两次"),
        ("卡号６２２２０２１２３４５６７８９０１２８", "卡号[card]"),
        ("order 4111111111111112 failed", "order [number] failed"),
        // Order, tracking and other long numbers: masked as numbers; the order id belongs in the case key.
        ("订单号123456789012345678还没发货", "订单号[number]还没发货"),
        ("运单 SF1234567890 三天没动", "运单 SF[number] 三天没动"),
        ("local 8888 6666", "local [number]"),
        // E-mail addresses, ASCII or full-width, without the full stop after them.
        ("email me at li.wei+cs@example.com.", "email me at [email]."),
        ("邮箱ａｂｃ＠ｑｑ．ｃｏｍ谢谢", "邮箱[email]谢谢"),
        ("写信到 zhang_san2024@163.com 或打13800138000", "写信到 [email] 或打[phone]"),
        // Amounts, however long, with a unit, a sign or decimals; dates; short counts: all kept.
        ("退300元", "退300元"),
        ("给我退１２０００００元", "给我退１２０００００元"),
        ("refund ¥1999 or 2000000 yuan", "refund ¥1999 or 2000000 yuan"),
        ("RMB 12345678 is what I paid", "RMB 12345678 is what I paid"),
        ("it cost 12345678.50 in total", "it cost 12345678.50 in total"),
        ("2024-03-15 买的，20240315 下单", "2024-03-15 买的，20240315 下单"),
        ("我打了3次，等了45分钟，邮编100000", "我打了3次，等了45分钟，邮编100000"),
        ("I want 3 5 7 of them", "I want 3 5 7 of them"),
        ("no digits here, 没有数字，也没有邮箱@", "no digits here, 没有数字，也没有邮箱@"),
    ]

    @Test(arguments: table)
    func wordsAreMaskedAndAmountsKept(said: String, kept: String) {
        #expect(WordsMask.mask(said) == kept)
    }

    /// Every token is ASCII in brackets, the same in both languages, so the log reads one way whoever reads it.
    @Test func tokensAreOneSetForBothLanguages() {
        #expect(WordsMask.Token.allCases.map(\.rawValue) == ["[phone]", "[id]", "[card]", "[email]", "[number]"])
        for token in WordsMask.Token.allCases {
            #expect(WordsMask.mask(token.rawValue) == token.rawValue, "a token masked again stays as it is")
        }
    }
}
