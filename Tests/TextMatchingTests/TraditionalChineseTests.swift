import Testing
@testable import TextMatching

@Suite struct TraditionalChineseTests {
    /// Expected values are OpenCC's first Simplified candidate for each character.
    @Test(arguments: [
        ("認", "认"), ("識", "识"), ("們", "们"), ("闆", "板"), ("說", "说"),
        ("頭", "头"), ("號", "号"), ("後", "后"), ("髮", "发"), ("乾", "干"),
    ])
    func mapsTraditionalToSimplified(traditional: Unicode.Scalar, simplified: Unicode.Scalar) {
        #expect(TraditionalChinese.simplified(traditional) == simplified)
    }

    @Test(arguments: ["a", "Z", "0", " ", "-", "认", "识", "们", "板", "说", "头", "号", "后", "职", "业", "中"] as [Unicode.Scalar])
    func leavesAsciiAndSimplifiedAlone(scalar: Unicode.Scalar) {
        #expect(TraditionalChinese.simplified(scalar) == scalar)
    }

    @Test(arguments: [("老闆", "老板"), ("認識", "认识"), ("後頭說號碼們", "后头说号码们"), ("refund 退款", "refund 退款")])
    func simplifiesWordsScalarByScalar(traditional: String, simplified: String) {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: traditional.unicodeScalars.map(TraditionalChinese.simplified))
        #expect(String(result) == simplified)
    }

    @Test func tableIsWellFormedAndLarge() {
        let scalars = Array(TraditionalChinese.pairs.unicodeScalars)
        #expect(scalars.count % 2 == 0)
        #expect(scalars.count / 2 > 2_000)
        #expect(scalars.allSatisfy { $0.value <= 0xFFFF })
        let traditional = stride(from: 0, to: scalars.count, by: 2).map { scalars[$0] }
        #expect(Set(traditional).count == traditional.count)
        for index in stride(from: 0, to: scalars.count, by: 2) {
            #expect(scalars[index] != scalars[index + 1])
            #expect(TraditionalChinese.simplified(scalars[index]) == scalars[index + 1])
        }
    }
}
