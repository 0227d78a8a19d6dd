/// Whether a complaint is justified (docs/DESIGN.md, "Knowledge: legitimacy").
extension Legitimacy {
    /// The complaint has a real basis: the product, the service or a promise fell short.
    public static let reasonable = Legitimacy(
        id: .reasonable,
        name: Bilingual(zh: "合理投诉", en: "Reasonable"),
        description: Bilingual(
            zh: "客户确实受了损失或委屈，问题出在产品、服务或没兑现的承诺上。",
            en: "The customer really was let down: by the product, the service or a promise not kept."
        ),
        handling: [
            Bilingual(zh: "先认错道歉，再核实责任方，按流程给出补救。", en: "Own it and apologise, confirm who is liable, then remedy it through the normal flow."),
            Bilingual(zh: "不否定客户的诉求，在规范之内找双方都能接受的点。", en: "Never dismiss what they ask for; look for a settlement both sides accept within policy."),
            Bilingual(zh: "结案后回访，并把根本原因报给相关部门改进。", en: "Revisit after closing and pass the root cause to the team that can fix it."),
        ]
    )

    /// Not justified on the facts, but only because staff explained the rule or product badly.
    public static let poorExplanation = Legitimacy(
        id: .poorExplanation,
        name: Bilingual(zh: "解释不到位导致的不合理投诉", en: "Unreasonable, from a poor explanation"),
        description: Bilingual(
            zh: "要求本身站不住，但根源是我们之前没把规则或用法讲明白。",
            en: "The demand doesn't hold, but only because we never explained the rule or the product clearly."
        ),
        handling: [
            Bilingual(zh: "承认之前说明不清，这一点由我们负责，不怪客户。", en: "Admit the earlier explanation was unclear; that part is on us, not the customer."),
            Bilingual(zh: "换个角度重新讲清规则的来由和合理结果，可举类似案例。", en: "Explain the rule again from the rule-maker's side and show the fair outcome, citing similar cases."),
            Bilingual(zh: "把讲不清的地方反馈出去，更新话术或说明文字。", en: "Report what was confusing so the script or the written guidance gets fixed."),
        ]
    )

    /// Deliberate abuse of the complaint process; rare, and handled outside the normal flow.
    public static let malicious = Legitimacy(
        id: .malicious,
        name: Bilingual(zh: "恶意投诉", en: "Malicious"),
        description: Bilingual(
            zh: "有意利用投诉谋取不当利益，比较少见，客户越多越可能遇到。",
            en: "Deliberate misuse of complaints for gain; rare, but more common as the customer base grows."
        ),
        handling: [
            Bilingual(zh: "如实记录时间、原话和证据，不争辩也不当场下结论。", en: "Record times, exact words and evidence; don't argue and don't judge on the call."),
            Bilingual(zh: "按公司规定转交风控或法务，不走普通投诉流程。", en: "Hand it to risk control or legal under company rules, outside the normal complaint flow."),
            Bilingual(zh: "全程保持礼貌，不做任何超出权限的承诺。", en: "Stay courteous throughout and promise nothing beyond your authority."),
        ]
    )
}
