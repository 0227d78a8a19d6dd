extension ComplainantType {
    /// 卖弄知识型: knows the product a bit and wants that expertise recognised.
    public static let showsOffKnowledge = ComplainantType(
        id: .showsOffKnowledge,
        name: Bilingual(zh: "卖弄知识型", en: "Shows off knowledge"),
        aliases: [
            "show-off", "showoff", "shows-off", "expert", "know-it-all",
            "卖弄", "卖弄知识", "懂行",
        ],
        gist: Bilingual(
            zh: "懂一些产品知识，爱展示专业，盼被认可。",
            en: "Knows the product a bit and wants that expertise recognised."
        ),
        traits: [
            Bilingual(
                zh: "确实掌握一部分产品或行业知识。",
                en: "Has real, if partial, knowledge of the product or the trade."
            ),
            Bilingual(
                zh: "喜欢拿术语、标准和参数来支撑观点。",
                en: "Argues with jargon, standards and specifications."
            ),
            Bilingual(
                zh: "很在乎自己的判断有没有被认真对待。",
                en: "Cares a lot about whether their judgement is taken seriously."
            ),
            Bilingual(
                zh: "被当面纠正时容易较劲，把小事闹大。",
                en: "Digs in and escalates when corrected head-on."
            ),
        ],
        tactics: [
            Bilingual(
                zh: "先承认对方懂行，再虚心请教具体细节。",
                en: "Acknowledge their know-how, then ask them for the specifics."
            ),
            Bilingual(
                zh: "把对方的技术观点逐条记下并复述，说明已记录。",
                en: "Note each technical point, read it back, and say it is on record."
            ),
            Bilingual(
                zh: "有分歧时让检测结果和书面规格说话，不打嘴仗。",
                en: "Where you disagree, let test results and written specs speak; don't debate."
            ),
            Bilingual(
                zh: "答不上来就坦白，约好由技术人员正式回复。",
                en: "If you don't know, say so and arrange a formal answer from a technician."
            ),
            Bilingual(
                zh: "结束时感谢对方的建议，说明会转给产品团队。",
                en: "Close by thanking them and saying their input goes to the product team."
            ),
        ],
        pitfalls: [
            Bilingual(
                zh: "别当面说“您说错了”，也别跟对方比谁更专业。",
                en: "Don't say \"you're wrong\" or try to out-expert them."
            ),
            Bilingual(
                zh: "别编参数、不懂装懂，一被识破信任就没了。",
                en: "Never invent specs or bluff; once caught, trust is gone."
            ),
            Bilingual(
                zh: "别因为对方说得专业就跳过检测直接认定故障。",
                en: "Don't skip inspection and accept their diagnosis just because they sound expert."
            ),
            Bilingual(
                zh: "别只顾讨论技术，忘了对方真正想要什么。",
                en: "Don't get lost in the technical debate and lose sight of what they want."
            ),
        ],
        script: StageScript(
            open: [
                Bilingual(
                    zh: "听得出您对这类产品很有研究，您的分析很有用。",
                    en: "You clearly know this kind of product well, and your analysis really helps."
                ),
                Bilingual(
                    zh: "您把判断完整讲一遍，我这边一条条记下来。",
                    en: "Please walk me through your assessment, and I'll note each point."
                ),
            ],
            confirm: [
                Bilingual(
                    zh: "我把您的要点念一遍，您看有没有漏的或理解偏的。",
                    en: "Let me read your points back; tell me if I've missed or misread anything."
                ),
                Bilingual(
                    zh: "技术问题之外，您最希望这次怎么处理？",
                    en: "Setting the technical side aside, what outcome would you like from this?"
                ),
            ],
            propose: [
                Bilingual(
                    zh: "您提的几点，我请技术同事依据检测结果正式答复。",
                    en: "I'll have our technical team answer your points formally, based on the inspection."
                ),
                Bilingual(
                    zh: "结论出来之前，可以先安排师傅上门看看实物。",
                    en: "Meanwhile, we can send someone round to look at the item itself."
                ),
            ],
            close: [
                Bilingual(
                    zh: "谢谢您这么内行的意见，我已经转给产品部门。",
                    en: "Thank you for such an informed view; I've passed it on to our product team."
                ),
                Bilingual(
                    zh: "技术答复一出来我马上联系您，这样安排行吗？",
                    en: "I'll contact you as soon as the technical answer is in. Does that suit you?"
                ),
            ]
        ),
        escalation: [
            EscalationRule(
                trigger: Bilingual(
                    zh: "客户对技术结论有异议，客服无法判断对错。",
                    en: "The customer disputes a technical finding the agent cannot judge."
                ),
                role: .technician
            ),
            EscalationRule(
                trigger: Bilingual(
                    zh: "争议涉及设计、用料或是否符合标准。",
                    en: "The dispute turns on design, materials or compliance with a standard."
                ),
                role: .specialistDesk
            ),
        ],
        compensationStance: Bilingual(
            zh: "懂行不加码也不减码，补偿只看检测结论和政策。",
            en: "Expertise neither raises nor lowers the remedy; only the inspection and policy decide it."
        ),
        rationalNote: Bilingual(
            zh: "理性时拿数据、规格和检测报告说话，给明确结论。",
            en: "If rational: talk data, specs and test reports, and give a clear conclusion."
        ),
        emotionalNote: Bilingual(
            zh: "感性时多表达认可和感谢，让对方觉得被当成行家。",
            en: "If emotional: show recognition and thanks often so they feel treated as an expert."
        )
    )
}
