extension ComplainantType {
    /// 职业客诉型: knows consumer law and complaint routes; has a clear, fixed target.
    public static let professionalComplainer = ComplainantType(
        id: .professionalComplainer,
        name: Bilingual(zh: "职业客诉型", en: "Professional complainer"),
        aliases: [
            "prof", "pro", "professional", "pro-complainer",
            "职业", "职业客诉", "职业型", "职业打假",
        ],
        gist: Bilingual(
            zh: "熟悉法规和投诉渠道，目标明确，处处留证。",
            en: "Knows consumer law and complaint routes; has a clear, fixed target."
        ),
        traits: [
            Bilingual(
                zh: "熟悉消费者权益法规和三包条款，常直接引用。",
                en: "Knows consumer-rights rules and warranty terms and quotes them directly."
            ),
            Bilingual(
                zh: "诉求很具体，往往已经算好想要的结果。",
                en: "Has a precise demand, often with the outcome already worked out."
            ),
            Bilingual(
                zh: "注重留证：录音、截图、索要书面答复。",
                en: "Builds evidence: records calls, takes screenshots, asks for written replies."
            ),
            Bilingual(
                zh: "善于抓措辞漏洞和越权的口头承诺。",
                en: "Pounces on loose wording and verbal promises beyond authority."
            ),
        ],
        cues: [
            Cue("消费者权益保护法", .zh, .strong),
            Cue("消法", .zh, .strong),
            Cue("三倍赔偿", .zh, .strong),
            Cue("退一赔三", .zh, .strong),
            Cue("惩罚性赔偿", .zh, .strong),
            Cue("三包规定", .zh, .strong),
            Cue("第五十五条", .zh, .strong),
            Cue("产品质量法", .zh, .strong),
            Cue("涉嫌欺诈", .zh, .strong),
            Cue("消保法", .zh, .strong),
            Cue("食品安全法", .zh, .strong),
            Cue("广告法", .zh, .strong),
            Cue("电子商务法", .zh, .strong),
            Cue("民法典", .zh, .strong),
            Cue("合同法", .zh, .strong),
            Cue("价格法", .zh, .strong),
            Cue("十倍赔偿", .zh, .strong),
            Cue("格式条款", .zh, .strong),
            Cue("诉讼时效", .zh, .strong),
            Cue("法定权利", .zh, .strong),
            Cue("证据链", .zh, .strong),
            Cue("书面答复", .zh, .moderate),
            Cue("书面", .zh, .moderate),
            Cue("举证", .zh, .moderate),
            Cue("法律依据", .zh, .moderate),
            Cue("依据", .zh, .moderate),
            Cue("法定期限", .zh, .moderate),
            Cue("法定", .zh, .moderate),
            Cue("加盖公章", .zh, .moderate),
            Cue("盖公章", .zh, .moderate),
            Cue("通话已录音", .zh, .moderate),
            Cue("全程录音", .zh, .moderate),
            Cue("12315", .zh, .moderate),
            Cue("相关规定", .zh, .moderate),
            Cue("按规定", .zh, .moderate),
            Cue("有权要求", .zh, .moderate),
            Cue("我有权", .zh, .moderate),
            Cue("知情权", .zh, .moderate),
            Cue("侵犯", .zh, .moderate),
            Cue("条款", .zh, .weak),
            Cue("平台规则", .zh, .moderate),
            Cue("违反", .zh, .moderate),
            Cue("虚假宣传", .zh, .moderate),
            Cue("赔偿标准", .zh, .moderate),
            Cue("检测报告", .zh, .moderate),
            Cue("第三方鉴定", .zh, .moderate),
            Cue("公证", .zh, .moderate),
            Cue("留存", .zh, .moderate),
            Cue("保留证据", .zh, .moderate),
            Cue("取证", .zh, .moderate),
            Cue("出具", .zh, .weak),
            Cue("口头", .zh, .moderate),
            Cue("经办人", .zh, .moderate),
            Cue("你的工号", .zh, .moderate),
            Cue("工单号", .zh, .weak),
            Cue("投诉编号", .zh, .weak),
            Cue("升级处理", .zh, .moderate),
            Cue("投诉专员", .zh, .moderate),
            Cue("走程序", .zh, .moderate),
            Cue("法律程序", .zh, .moderate),
            Cue("邮件形式", .zh, .moderate),
            Cue("维权", .zh, .weak),
            Cue("依法处理", .zh, .weak),
            Cue("工号", .zh, .weak),
            Cue("录音", .zh, .weak),
            Cue("凭证", .zh, .weak),
            Cue("截图", .zh, .weak),
            Cue("聊天记录", .zh, .weak),
            Cue("违规", .zh, .weak),
            Cue("举报", .zh, .weak),
            Cue("赔付", .zh, .weak),
            Cue("三包", .zh, .weak),
            Cue("七天无理由", .zh, .weak),
            Cue("服务承诺", .zh, .weak),
            Cue("公示", .zh, .weak),
            Cue("工作日内", .zh, .weak),
            Cue("没有权限", .zh, .weak),
            Cue("按条款", .zh, .moderate),
            Cue("consumer rights law", .en, .strong),
            Cue("consumer rights protection law", .en, .strong),
            Cue("consumer protection law", .en, .strong),
            Cue("consumer rights act", .en, .strong),
            Cue("three times the price", .en, .strong),
            Cue("article 55", .en, .strong),
            Cue("punitive damages", .en, .strong),
            Cue("treble damages", .en, .strong),
            Cue("burden of proof", .en, .strong),
            Cue("small claims court", .en, .strong),
            Cue("warranty act", .en, .strong),
            Cue("right to reject", .en, .strong),
            Cue("unfair contract term", .en, .strong),
            Cue("unfair contract terms", .en, .strong),
            Cue("cooling-off period", .en, .strong),
            Cue("cooling off period", .en, .strong),
            Cue("statutory right", .en, .strong),
            Cue("statutory rights", .en, .strong),
            Cue("limitation period", .en, .strong),
            Cue("statute of limitations", .en, .strong),
            Cue("attorney general", .en, .strong),
            Cue("misleading advertising", .en, .strong),
            Cue("false advertising", .en, .strong),
            Cue("under the law", .en, .moderate),
            Cue("in writing", .en, .moderate),
            Cue("written response", .en, .moderate),
            Cue("written reply", .en, .moderate),
            Cue("written decision", .en, .moderate),
            Cue("written finding", .en, .moderate),
            Cue("written apology", .en, .moderate),
            Cue("written confirmation", .en, .moderate),
            Cue("written explanation", .en, .moderate),
            Cue("legal basis", .en, .moderate),
            Cue("statutory deadline", .en, .moderate),
            Cue("recording this call", .en, .moderate),
            Cue("being recorded", .en, .moderate),
            Cue("signed and stamped", .en, .moderate),
            Cue("my statutory rights", .en, .moderate),
            Cue("entitled to", .en, .weak),
            Cue("warranty terms", .en, .moderate),
            Cue("terms of service", .en, .moderate),
            Cue("service terms", .en, .moderate),
            Cue("your own policy", .en, .moderate),
            Cue("your own terms", .en, .moderate),
            Cue("clause", .en, .moderate),
            Cue("unenforceable", .en, .moderate),
            Cue("not enforceable", .en, .moderate),
            Cue("isn't enforceable", .en, .moderate),
            Cue("regulation", .en, .moderate),
            Cue("regulations", .en, .moderate),
            Cue("verbal", .en, .moderate),
            Cue("evidence", .en, .weak),
            Cue("call logs", .en, .moderate),
            Cue("file with", .en, .weak),
            Cue("ftc", .en, .moderate),
            Cue("ombudsman", .en, .moderate),
            Cue("better business bureau", .en, .moderate),
            Cue("formal complaint", .en, .moderate),
            Cue("complaints department", .en, .moderate),
            Cue("ticket number", .en, .weak),
            Cue("case number", .en, .weak),
            Cue("employee number", .en, .moderate),
            Cue("employee id", .en, .moderate),
            Cue("handling agent", .en, .moderate),
            Cue("your full name", .en, .moderate),
            Cue("test report", .en, .moderate),
            Cue("independent inspection", .en, .moderate),
            Cue("a breach", .en, .moderate),
            Cue("breach of", .en, .moderate),
            Cue("due process", .en, .moderate),
            Cue("notarized", .en, .moderate),
            Cue("notarised", .en, .moderate),
            Cue("chargeback", .en, .moderate),
            Cue("small claims", .en, .moderate),
            Cue("filing fee", .en, .moderate),
            Cue("i know how this works", .en, .moderate),
            Cue("misrepresentation", .en, .weak),
            Cue("screenshots", .en, .weak),
            Cue("receipts", .en, .weak),
            Cue("documentation", .en, .weak),
            Cue("disclosure", .en, .weak),
            Cue("prior notice", .en, .weak),
            Cue("reference number", .en, .weak),
            Cue("escalated", .en, .weak),
            Cue("section", .en, .weak),
            Cue("i'm entitled to", .en, .moderate),
            Cue("法》", .zh, .strong),
            Cue("条例》", .zh, .strong),
            Cue("办法》", .zh, .strong),
            Cue("规定》", .zh, .strong),
            Cue("按照规定", .zh, .moderate),
            Cue("书面回复", .zh, .strong),
            Cue("加盖", .zh, .moderate),
            Cue("个工作日", .zh, .moderate),
            Cue("申诉", .zh, .moderate),
            Cue("做个记录", .zh, .moderate),
            Cue("留档", .zh, .strong),
            Cue("存档", .zh, .moderate),
            Cue("记录在案", .zh, .strong),
            Cue("保存好了", .zh, .moderate),
            Cue("作为证据", .zh, .strong),
            Cue("编号", .zh, .moderate),
            Cue("按流程", .zh, .moderate),
            Cue("处理时限", .zh, .strong),
            Cue("时限", .zh, .moderate),
            Cue("质检报告", .zh, .strong),
            Cue("法律上", .zh, .moderate),
            Cue("性能故障", .zh, .moderate),
            Cue("用邮件发", .zh, .moderate),
            Cue("正式投诉", .zh, .moderate),
            Cue("处理意见", .zh, .moderate),
            Cue("消协", .zh, .moderate),
            Cue("消费者协会", .zh, .moderate),
            Cue("仲裁", .zh, .moderate),
            Cue("销售者应当", .zh, .strong),
            Cue("应当", .zh, .weak),
            Cue("按照规定应该", .zh, .strong),
            Cue("section 75", .en, .strong),
            Cue("consumer credit act", .en, .strong),
            Cue("formal response", .en, .strong),
            Cue("case reference", .en, .moderate),
            Cue("for my records", .en, .strong),
            Cue("escalate to the", .en, .moderate),
            Cue("complaints procedure", .en, .strong),
            Cue("terms and conditions", .en, .moderate),
            Cue("three times the", .en, .moderate),
            Cue("as the law provides", .en, .strong),
            Cue("under the regulations", .en, .strong),
            Cue("documented each", .en, .strong),
            Cue("noting down", .en, .moderate),
            Cue("date and time of", .en, .moderate),
            Cue("name of the agent", .en, .strong),
            Cue("third complaint", .en, .moderate),
            Cue("specific policy", .en, .moderate),
            Cue("jointly liable", .en, .strong),
            Cue("liable", .en, .moderate),
            Cue("statutory", .en, .strong),
            Cue("trading standards", .en, .strong),
        ],
        tactics: [
            Bilingual(
                zh: "专业对专业，准确引用政策条款和适用依据。",
                en: "Meet them as a professional: cite the exact policy clause and its basis."
            ),
            Bilingual(
                zh: "讲清公司标准与法规的关系：哪里一致，哪里更优。",
                en: "Explain how company terms relate to the law: where they match and where they go further."
            ),
            Bilingual(
                zh: "每个结论都给书面回复，写明依据、方案和期限。",
                en: "Put every conclusion in writing with its basis, remedy and deadline."
            ),
            Bilingual(
                zh: "措辞严谨，只承诺流程和时间，结果待核实后再定。",
                en: "Choose words carefully; commit to process and timing, not to outcomes before the facts."
            ),
            Bilingual(
                zh: "完整记录通话要点，便于复核和法务接手。",
                en: "Keep a full record of the call so a reviewer or legal can pick it up."
            ),
        ],
        pitfalls: [
            Bilingual(
                zh: "别为了息事宁人超出政策给钱，这会成为下次筹码。",
                en: "Don't pay beyond policy to make it go away; it becomes leverage next time."
            ),
            Bilingual(
                zh: "别对没把握的法律条款随口解释，先说核实后回复。",
                en: "Don't interpret a law you're unsure of; say you'll confirm and reply."
            ),
            Bilingual(
                zh: "别少给依法应得的部分，也别拖过承诺的答复期限。",
                en: "Don't give less than they are owed or let a promised deadline slip."
            ),
            Bilingual(
                zh: "别流露不耐烦，也别把对方当成找茬的人。",
                en: "Don't show impatience or treat them as a troublemaker."
            ),
        ],
        script: StageScript(
            open: [
                Bilingual(
                    zh: "您对相关规定很熟，咱们就按规定把事情理清楚。",
                    en: "You know the rules well, so let's work through this properly, by the rules."
                ),
                Bilingual(
                    zh: "您的诉求和依据我会完整记录，作为正式处理的基础。",
                    en: "I'll record your request and its grounds in full as the basis for formal handling."
                ),
            ],
            confirm: [
                Bilingual(
                    zh: "跟您确认：您要求哪一项处理，依据的是哪条规定？",
                    en: "To confirm: which remedy are you asking for, and under which provision?"
                ),
                Bilingual(
                    zh: "麻烦再核对一下购买凭证和问题最早出现的时间。",
                    en: "Could you confirm the proof of purchase and when the problem first appeared?"
                ),
            ],
            propose: [
                Bilingual(
                    zh: "按三包规定和我们的售后政策，您这种情况适用以下处理。",
                    en: "Under the warranty rules and our after-sales policy, this is what applies to your case."
                ),
                Bilingual(
                    zh: "处理方案、依据和完成时间，我会书面发给您。",
                    en: "I'll send you the remedy, its basis and the completion date in writing."
                ),
            ],
            close: [
                Bilingual(
                    zh: "书面答复会在约定时间前送达，您可以逐条对照。",
                    en: "The written reply will reach you by the agreed time; you can check it clause by clause."
                ),
                Bilingual(
                    zh: "这是您的工单号，后续进展我会按约定时间告诉您。",
                    en: "Here is your case number; I'll update you on progress at the times we agreed."
                ),
            ]
        ),
        escalation: [
            EscalationRule(
                trigger: Bilingual(
                    zh: "客户明确表示要起诉、申请仲裁或向监管部门投诉。",
                    en: "The customer states they will sue, seek arbitration or file with a regulator."
                ),
                role: .legal
            ),
            EscalationRule(
                trigger: Bilingual(
                    zh: "客户索要的书面方案超出客服权限。",
                    en: "The customer demands a written settlement beyond the agent's authority."
                ),
                role: .supervisor
            ),
        ],
        compensationStance: Bilingual(
            zh: "依法依规给足应得的，不因施压多给，也不少给一分。",
            en: "Exactly what law and policy give, cited and in writing; no more for pressure, no less than owed."
        ),
        rationalNote: Bilingual(
            zh: "理性时直接给条款、方案和期限，省掉铺垫。",
            en: "If rational: go straight to the clause, the remedy and the deadline; skip the preamble."
        ),
        emotionalNote: Bilingual(
            zh: "感性时先认可维权的正当性，再按程序逐步推进。",
            en: "If emotional: first affirm their right to complain, then move through the steps in order."
        )
    )
}
