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
