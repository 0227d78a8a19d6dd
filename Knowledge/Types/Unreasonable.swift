extension ComplainantType {
    /// The customer whose demands run far past the facts and who presses with threats.
    public static let unreasonable = ComplainantType(
        id: .unreasonable,
        name: Bilingual(zh: "无理取闹型", en: "Unreasonable"),
        aliases: [
            "unreasonable", "unreason", "irrational", "irrational-demands",
            "无理", "无理取闹", "取闹", "蛮横",
        ],
        gist: Bilingual(
            zh: "开价远高于实际损失，常拿曝光施压，寸步不让。",
            en: "Asks far more than the facts support, presses with threats."
        ),
        traits: [
            Bilingual(
                zh: "一上来就带着火气，声音大、语速快，常打断客服。",
                en: "Comes in hot: loud, fast, and quick to cut the agent off."
            ),
            Bilingual(
                zh: "要的补偿远超损失，例如退了款还要再加一大笔赔偿。",
                en: "Wants far more than the loss, such as a full refund plus a large payout on top."
            ),
            Bilingual(
                zh: "习惯用找媒体、发网上、告到监管部门来逼对方让步。",
                en: "Leans on threats: the media, posting online, the regulator, bad reviews."
            ),
            Bilingual(
                zh: "每个方案都说不行，却很少讲清自己到底要什么才够。",
                en: "Turns down every option yet rarely says what would actually be enough."
            ),
        ],
        tactics: [
            Bilingual(
                zh: "先让对方把火发完，不插话、不辩解，只记要点。",
                en: "Let the anger run its course first: no interrupting, no defending, just note the points."
            ),
            Bilingual(
                zh: "语气始终客气，但把能做和不能做的事一条条讲明白。",
                en: "Stay courteous throughout, but spell out plainly what you can and cannot do."
            ),
            Bilingual(
                zh: "拿出两三个规定内的方案让对方挑，把拒绝变成选择。",
                en: "Offer two or three options within policy and let them choose, so no becomes a choice."
            ),
            Bilingual(
                zh: "借同类案例的处理结果说明合理范围，别只说规定如此。",
                en: "Show what similar cases received to anchor the fair range, not just that the rule says so."
            ),
            Bilingual(
                zh: "关键原话、威胁内容和时间点都记进工单，留好凭据。",
                en: "Log key words, any threats and the times in the ticket, so there is a clear record."
            ),
        ],
        pitfalls: [
            Bilingual(
                zh: "别被对方的情绪带着走，和客户争吵只会火上浇油。",
                en: "Don't get pulled into the anger; arguing back only feeds it."
            ),
            Bilingual(
                zh: "别为了息事宁人答应超出权限的赔偿或结果。",
                en: "Don't promise an amount or outcome beyond your authority just to end the call."
            ),
            Bilingual(
                zh: "别一口回绝所有补偿，能谈的部分要留出商量余地。",
                en: "Don't refuse every form of redress outright; keep room on what is negotiable."
            ),
            Bilingual(
                zh: "别把对方当成坏人，多数人只是太着急、太委屈。",
                en: "Don't treat them as a villain; most are simply upset and feel let down."
            ),
        ],
        script: StageScript(
            open: [
                Bilingual(
                    zh: "这件事让您折腾了这么久，换谁都会生气，我理解。",
                    en: "I can hear how frustrated you are, and after all this hassle that's completely fair."
                ),
                Bilingual(
                    zh: "您尽管说，我不打断，每一点我都会记下来。",
                    en: "Please go ahead and tell me everything; I won't cut in, and I'm noting each point."
                ),
            ],
            confirm: [
                Bilingual(
                    zh: "我理一下：您希望退款，另外还想要一笔补偿，对吧？",
                    en: "So you'd like a refund and, on top of that, some compensation. Have I got that right?"
                ),
                Bilingual(
                    zh: "除了钱，您最看重的是尽快解决，还是把原因讲清楚？",
                    en: "Apart from the money, what matters most: a quick fix, or a clear account of what went wrong?"
                ),
            ],
            propose: [
                Bilingual(
                    zh: "像您这种情况，我这边能做的有这几种，您看选哪个？",
                    en: "For a case like yours, these are the options I can offer. Which would you prefer?"
                ),
                Bilingual(
                    zh: "赔偿数额我没办法突破规定，但退款今天就能给您办上。",
                    en: "I can't go past the set amount, but I can get the refund moving for you today."
                ),
            ],
            close: [
                Bilingual(
                    zh: "谈好的内容我用短信发您一份，明天下午再来电确认。",
                    en: "I'll text you a summary of what we agreed and call tomorrow afternoon to confirm progress."
                ),
                Bilingual(
                    zh: "之后还有哪里不满意，直接报我的工号找我就行。",
                    en: "If anything still isn't right, ask for me by my agent number and I'll pick it up."
                ),
            ]
        ),
        escalation: [
            EscalationRule(
                trigger: Bilingual(
                    zh: "界限已讲明两遍，客户仍拒绝所有方案时，请主管接手。",
                    en: "You have stated the limits twice and the customer still refuses every option."
                ),
                role: .supervisor
            ),
            EscalationRule(
                trigger: Bilingual(
                    zh: "客户明确要起诉，或威胁人身、泄露隐私等，转法务。",
                    en: "A credible threat: a stated lawsuit, threats to staff, or a threat to leak private data."
                ),
                role: .legal
            ),
        ],
        compensationStance: Bilingual(
            zh: "威胁不会抬高方案，按事实给同类客户一样的范围。",
            en: "Threats never raise the offer: same range as any customer with the same facts."
        ),
        rationalNote: Bilingual(
            zh: "偏理性时，少安抚多摆依据，用先例和条款说明合理结果。",
            en: "If rational: soothe less, show the basis; use precedent and the rule to show a fair result."
        ),
        emotionalNote: Bilingual(
            zh: "偏感性时，先认同委屈、表示重视，情绪稳了再谈方案。",
            en: "If emotional: acknowledge the hurt and show it's taken seriously before any options."
        )
    )
}
