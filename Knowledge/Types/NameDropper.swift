extension ComplainantType {
    /// The customer who leans on connections or status and expects special treatment.
    public static let nameDropper = ComplainantType(
        id: .nameDropper,
        name: Bilingual(zh: "攀附权贵型", en: "Name-dropper"),
        aliases: [
            "name", "namedropper", "name-drop", "vip",
            "攀附", "攀附权贵", "权贵", "关系户",
        ],
        gist: Bilingual(
            zh: "搬出人脉或身份，想换取特殊待遇。",
            en: "Invokes connections or rank to get special treatment."
        ),
        traits: [
            Bilingual(
                zh: "话里话外提到认识公司高层，或自己在哪个单位任职。",
                en: "Drops hints about knowing senior people at the company, or about their own post."
            ),
            Bilingual(
                zh: "默认自己该插队、该多拿补偿，流程对他不算数。",
                en: "Assumes they should skip the queue and get more, as if the process were for others."
            ),
            Bilingual(
                zh: "不顺心时会暗示后果，比如让客服丢工作、找人打招呼。",
                en: "When crossed, hints at consequences: a word upstairs, or the agent's job."
            ),
            Bilingual(
                zh: "很在意被怎样对待，语气和称呼比结果还敏感。",
                en: "Very alert to how they are treated; tone and address can matter more than the result."
            ),
        ],
        tactics: [
            Bilingual(
                zh: "用敬称、语气郑重，让对方感到被重视。",
                en: "Use respectful forms of address and a measured tone so they feel taken seriously."
            ),
            Bilingual(
                zh: "对提到的人和身份平静带过，马上把话题转回问题本身。",
                en: "Acknowledge the name or title calmly, then bring the talk straight back to the problem."
            ),
            Bilingual(
                zh: "说明每位客户都走同一套流程，这也是对他的保障。",
                en: "Explain that every customer follows the same process, and that this protects them too."
            ),
            Bilingual(
                zh: "在规定范围内挑最快、最省心的办法，把服务做到最好。",
                en: "Within the rules, pick the fastest, least effortful route and give your very best service."
            ),
            Bilingual(
                zh: "处理结果写成书面记录，经得起任何人查看。",
                en: "Put the outcome in writing so it stands up to review by anyone."
            ),
        ],
        pitfalls: [
            Bilingual(
                zh: "别因对方的身份破例，额外让步会变成新的投诉理由。",
                en: "Don't bend the rules for a title; an extra concession becomes the next complaint."
            ),
            Bilingual(
                zh: "别去核实或质疑他说的关系，也别出言讽刺。",
                en: "Don't check, challenge or mock the claimed connection."
            ),
            Bilingual(
                zh: "别因害怕被告状而慌乱，按流程办事就是最好的保护。",
                en: "Don't panic about being reported; following the process is your best protection."
            ),
        ],
        script: StageScript(
            open: [
                Bilingual(
                    zh: "感谢您一直以来对我们的支持，这件事我来亲自跟进。",
                    en: "Thank you for sticking with us. I'll look after this for you personally."
                ),
                Bilingual(
                    zh: "您反映的情况很重要，我先把细节一项项记清楚。",
                    en: "What you're telling me matters, so let me take the details down properly first."
                ),
            ],
            confirm: [
                Bilingual(
                    zh: "我核对一下：出问题的环节和您想要的处理方式，我都记对了吗？",
                    en: "Let me check: I've noted what went wrong and how you'd like it handled. Is that right?"
                ),
                Bilingual(
                    zh: "您提到的那位负责人我记下了。您这件事会按正常流程办，我负责跟到底。",
                    en: "I've made a note of the person you mentioned. Your case is going through our standard process, and I'll see it through myself."
                ),
            ],
            propose: [
                Bilingual(
                    zh: "在规定允许的范围里，我给您选了最快的一种办法。",
                    en: "Within what our policy allows, I've chosen the quickest option for you."
                ),
                Bilingual(
                    zh: "这个方案和同样情况的客户一致，对您来说也最稳妥。",
                    en: "It's the same remedy anyone in your position receives, which is also the safest for you."
                ),
            ],
            close: [
                Bilingual(
                    zh: "处理结果我会以书面形式发给您，方便您留存和核对。",
                    en: "I'll send you the outcome in writing, so you have it on record."
                ),
                Bilingual(
                    zh: "后面由我负责跟进，明天中午前给您回电。",
                    en: "I'll stay on this myself and call you back before noon tomorrow."
                ),
            ]
        ),
        escalation: [
            EscalationRule(
                trigger: Bilingual(
                    zh: "只按常规规则升级；身份或人脉本身不构成升级理由。",
                    en: "Only under the normal rules; a claimed title or connection is never a reason to escalate."
                ),
                role: .supervisor
            ),
        ],
        compensationStance: Bilingual(
            zh: "自称的身份不会提高补救方式或金额，照常按事实处理。",
            en: "Claimed status never raises the remedy or the amount; the facts decide, as for anyone."
        ),
        rationalNote: Bilingual(
            zh: "偏理性时，简明给出依据和时间表，用效率体现尊重。",
            en: "If rational: give the basis and a timeline briefly; show respect through efficiency."
        ),
        emotionalNote: Bilingual(
            zh: "偏感性时，多用敬称、多确认感受，让对方觉得被看重。",
            en: "If emotional: use honorifics, check in on how they feel, and make them feel valued."
        )
    )
}
