extension ComplainantType {
    /// 缺少常识型: new to the product, often takes a usage slip for a fault.
    public static let lacksCommonSense = ComplainantType(
        id: .lacksCommonSense,
        name: Bilingual(zh: "缺少常识型", en: "Lacks common sense"),
        aliases: [
            "common-sense", "commonsense", "lacks-common", "novice", "newbie",
            "缺少常识", "缺常识", "小白",
        ],
        gist: Bilingual(
            zh: "对产品不熟，常把用法问题当成故障。",
            en: "New to the product; often takes a usage slip for a fault."
        ),
        traits: [
            Bilingual(
                zh: "对产品原理和日常保养几乎没有概念。",
                en: "Knows little about how the product works or what care it needs."
            ),
            Bilingual(
                zh: "容易把操作失误或正常现象误认为质量问题。",
                en: "Often reads a usage mistake or normal behaviour as a defect."
            ),
            Bilingual(
                zh: "一听术语或长篇说明就心慌、烦躁。",
                en: "Jargon and long manuals make them anxious or irritated."
            ),
            Bilingual(
                zh: "多少有点不好意思，怕被人看轻。",
                en: "Often a little embarrassed and afraid of being talked down to."
            ),
        ],
        tactics: [
            Bilingual(
                zh: "先说这个问题问得好，再用大白话讲，不带术语。",
                en: "Say it's a fair question, then explain in everyday words with no jargon."
            ),
            Bilingual(
                zh: "把操作拆成几个小步，做完一步确认一步。",
                en: "Break the fix into a few small steps and check each one before moving on."
            ),
            Bilingual(
                zh: "借生活里的类比讲道理，比如汽车要定期换机油。",
                en: "Use an everyday comparison, e.g. it needs care the way a car needs oil changes."
            ),
            Bilingual(
                zh: "通话后发一张图示或一段短视频，方便照着做。",
                en: "After the call, send a simple diagram or short video they can follow."
            ),
            Bilingual(
                zh: "请对方边做边讲，当场确认已经恢复正常。",
                en: "Have them do it while you listen, and confirm on the spot that it works."
            ),
        ],
        pitfalls: [
            Bilingual(
                zh: "别说“说明书上写着呢”或“这是常识”。",
                en: "Never say \"it's in the manual\" or \"everyone knows that\"."
            ),
            Bilingual(
                zh: "别一口气念完整套流程，对方根本记不住。",
                en: "Don't read out the whole procedure in one go; they won't retain it."
            ),
            Bilingual(
                zh: "别急着定性为人为损坏，先排除真实故障。",
                en: "Don't call it user damage too early; rule out a real fault first."
            ),
            Bilingual(
                zh: "别用叹气、停顿或语气暗示对方笨。",
                en: "Don't let sighs, pauses or tone suggest they should have known."
            ),
        ],
        script: StageScript(
            open: [
                Bilingual(
                    zh: "您别急，这种情况挺多人碰到过，我陪您一起看。",
                    en: "No worries, lots of people run into this. Let's look at it together."
                ),
                Bilingual(
                    zh: "您把刚才怎么操作的慢慢说一遍，越细越好。",
                    en: "Tell me what you did just before it happened, step by step."
                ),
            ],
            confirm: [
                Bilingual(
                    zh: "我复述一下：您用的时候它没像预想那样工作，对吧？",
                    en: "So if I've got it right, it didn't do what you expected when you used it?"
                ),
                Bilingual(
                    zh: "买回来以后做过清洁或保养吗？没做也没关系。",
                    en: "Has it had any cleaning or care since you got it? It's fine if not."
                ),
            ],
            propose: [
                Bilingual(
                    zh: "咱们一步一步来，您先做第一步，好了告诉我。",
                    en: "Let's take it one step at a time. Do the first step and tell me when it's done."
                ),
                Bilingual(
                    zh: "挂了电话我把图示和视频发您，以后照着做就行。",
                    en: "I'll send you a picture guide and a short video afterwards, so you have it to hand."
                ),
            ],
            close: [
                Bilingual(
                    zh: "现在用着正常了吗？哪里还不清楚随时问我。",
                    en: "Is it working properly now? If anything is still unclear, just ask."
                ),
                Bilingual(
                    zh: "过两天我再打给您，看看用得顺不顺手。",
                    en: "I'll check in with you in a couple of days to see how it's going."
                ),
            ]
        ),
        escalation: [
            EscalationRule(
                trigger: Bilingual(
                    zh: "按步骤指导后仍不正常，可能是真实故障。",
                    en: "Still not working after guided steps; it may be a genuine fault."
                ),
                role: .technician
            ),
            EscalationRule(
                trigger: Bilingual(
                    zh: "解释清楚后，客户仍坚持是质量问题要求退换。",
                    en: "After a clear explanation the customer still insists on a defect and wants a return."
                ),
                role: .seniorAgent
            ),
        ],
        compensationStance: Bilingual(
            zh: "纯属用法不当给讲解和指导，不给钱；确有故障按政策办。",
            en: "A pure usage slip gets explanation and guidance, not money; a real fault gets the policy remedy."
        ),
        rationalNote: Bilingual(
            zh: "理性时直奔步骤和结果，少寒暄，尽快验证已解决。",
            en: "If rational: go straight to the steps and the outcome, keep small talk short, verify fast."
        ),
        emotionalNote: Bilingual(
            zh: "感性时先化解尴尬和焦虑，多肯定，放慢节奏。",
            en: "If emotional: ease the embarrassment first, reassure often, and slow the pace."
        )
    )
}
