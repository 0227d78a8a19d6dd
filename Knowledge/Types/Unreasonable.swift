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
            en: "Asks far more than the facts support, presses with threats"
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
        cues: [
            Cue("全额退款还要赔", .zh, .strong),
            Cue("不解决我就曝光", .zh, .strong),
            Cue("别跟我讲规定", .zh, .strong),
            Cue("我就把事闹大", .zh, .strong),
            Cue("赔到我满意为止", .zh, .strong),
            Cue("打发叫花子", .zh, .strong),
            Cue("拉横幅", .zh, .strong),
            Cue("找媒体", .zh, .moderate),
            Cue("让全网都知道", .zh, .moderate),
            Cue("所有人都知道", .zh, .moderate),
            Cue("电视台", .zh, .moderate),
            Cue("找记者", .zh, .moderate),
            Cue("我不管", .zh, .moderate),
            Cue("必须赔", .zh, .moderate),
            Cue("还要赔", .zh, .moderate),
            Cue("再赔", .zh, .moderate),
            Cue("精神损失费", .zh, .moderate),
            Cue("精神损失", .zh, .moderate),
            Cue("误工费", .zh, .moderate),
            Cue("营养费", .zh, .moderate),
            Cue("少一分都不行", .zh, .moderate),
            Cue("一分都不", .zh, .moderate),
            Cue("一分不", .zh, .moderate),
            Cue("一样都不能少", .zh, .moderate),
            Cue("我不听解释", .zh, .moderate),
            Cue("我不听", .zh, .moderate),
            Cue("今天必须给说法", .zh, .moderate),
            Cue("骗子", .zh, .weak),
            Cue("别跟我讲", .zh, .moderate),
            Cue("跟我有什么关系", .zh, .moderate),
            Cue("我只要钱", .zh, .moderate),
            Cue("都不接受", .zh, .moderate),
            Cue("什么破", .zh, .moderate),
            Cue("什么态度", .zh, .moderate),
            Cue("写检讨", .zh, .moderate),
            Cue("鞠躬", .zh, .moderate),
            Cue("道歉有什么用", .zh, .moderate),
            Cue("不接受道歉", .zh, .moderate),
            Cue("告你们", .zh, .moderate),
            Cue("告到", .zh, .moderate),
            Cue("倒闭", .zh, .weak),
            Cue("闹大", .zh, .moderate),
            Cue("闹到", .zh, .moderate),
            Cue("说到做到", .zh, .moderate),
            Cue("你们等着", .zh, .moderate),
            Cue("等着瞧", .zh, .moderate),
            Cue("天天打电话", .zh, .moderate),
            Cue("天天来", .zh, .weak),
            Cue("耗得过", .zh, .moderate),
            Cue("给我免了", .zh, .moderate),
            Cue("一辈子", .zh, .weak),
            Cue("这是最起码", .zh, .weak),
            Cue("都换新的", .zh, .weak),
            Cue("翻十倍", .zh, .moderate),
            Cue("翻倍", .zh, .weak),
            Cue("赔不赔", .zh, .moderate),
            Cue("我的底线", .zh, .moderate),
            Cue("凭什么不行", .zh, .weak),
            Cue("你们就是骗子", .zh, .weak),
            Cue("说什么都没用", .zh, .weak),
            Cue("凭什么", .zh, .weak),
            Cue("赔我", .zh, .weak),
            Cue("最起码", .zh, .weak),
            Cue("再送", .zh, .weak),
            Cue("有什么用", .zh, .weak),
            Cue("免单", .zh, .weak),
            Cue("不答应", .zh, .weak),
            Cue("粉丝", .zh, .weak),
            Cue("垃圾", .zh, .weak),
            Cue("否则", .zh, .weak),
            Cue("底线", .zh, .weak),
            Cue("退全款", .zh, .weak),
            Cue("12345", .zh, .weak),
            Cue("你们是骗子", .zh, .moderate),
            Cue("这事没完", .zh, .moderate),
            Cue("按我说的办", .zh, .moderate),
            Cue("不还给你", .zh, .moderate),
            Cue("我不要维修", .zh, .weak),
            Cue("你们这群", .zh, .moderate),
            Cue("奸商", .zh, .moderate),
            Cue("黑心", .zh, .moderate),
            Cue("网上曝光", .zh, .moderate),
            Cue("少一分", .zh, .moderate),
            Cue("必须给我", .zh, .weak),
            Cue("全部退", .zh, .weak),
            Cue("full refund and compensation", .en, .strong),
            Cue("i don't care about your policy", .en, .strong),
            Cue("go to the media", .en, .strong),
            Cue("make it right or else", .en, .strong),
            Cue("not a penny less", .en, .strong),
            Cue("don't lecture me", .en, .strong),
            Cue("stop explaining", .en, .strong),
            Cue("make a scene", .en, .strong),
            Cue("put you out of business", .en, .strong),
            Cue("or else", .en, .weak),
            Cue("i'll post this everywhere", .en, .moderate),
            Cue("this is going viral", .en, .moderate),
            Cue("tell the whole internet", .en, .moderate),
            Cue("pay for my trouble", .en, .moderate),
            Cue("compensate me for my time", .en, .moderate),
            Cue("compensate me", .en, .moderate),
            Cue("i don't care what you say", .en, .moderate),
            Cue("i don't care", .en, .moderate),
            Cue("i'm calling the news", .en, .moderate),
            Cue("to the news", .en, .moderate),
            Cue("a reporter", .en, .moderate),
            Cue("reporters", .en, .moderate),
            Cue("everyone will know", .en, .moderate),
            Cue("my suffering", .en, .moderate),
            Cue("every penny", .en, .moderate),
            Cue("i demand", .en, .weak),
            Cue("crooks", .en, .moderate),
            Cue("scammers", .en, .moderate),
            Cue("thieves", .en, .moderate),
            Cue("liars", .en, .moderate),
            Cue("lost wages", .en, .moderate),
            Cue("lost work", .en, .moderate),
            Cue("hundred grand", .en, .moderate),
            Cue("call me personally", .en, .moderate),
            Cue("should be free", .en, .moderate),
            Cue("every single day", .en, .weak),
            Cue("until you agree", .en, .moderate),
            Cue("followers", .en, .moderate),
            Cue("never goes away", .en, .moderate),
            Cue("pay me", .en, .weak),
            Cue("pay up", .en, .moderate),
            Cue("the answer is no", .en, .moderate),
            Cue("whatever you offer", .en, .moderate),
            Cue("whatever options", .en, .moderate),
            Cue("refund plus", .en, .moderate),
            Cue("every agency", .en, .moderate),
            Cue("shut you down", .en, .moderate),
            Cue("disgusting", .en, .weak),
            Cue("your attitude", .en, .moderate),
            Cue("you'll give me", .en, .weak),
            Cue("a banner", .en, .moderate),
            Cue("outside your store", .en, .moderate),
            Cue("gives up first", .en, .moderate),
            Cue("paying or not", .en, .moderate),
            Cue("lifetime free", .en, .moderate),
            Cue("bottom line", .en, .weak),
            Cue("keeping the product", .en, .moderate),
            Cue("i'm keeping it", .en, .moderate),
            Cue("i mean it", .en, .moderate),
            Cue("is this a joke", .en, .weak),
            Cue("pocket change", .en, .moderate),
            Cue("multiply it", .en, .moderate),
            Cue("i don't want excuses", .en, .weak),
            Cue("i won't accept that", .en, .weak),
            Cue("i want it all back", .en, .weak),
            Cue("worthless", .en, .weak),
            Cue("the minimum", .en, .weak),
            Cue("thrown in", .en, .weak),
            Cue("newest model", .en, .weak),
            Cue("in damages", .en, .weak),
            Cue("and compensation", .en, .weak),
            Cue("i'll sue", .en, .weak),
            Cue("right now", .en, .weak),
            Cue("scam", .en, .weak),
            Cue("do it my way", .en, .moderate),
            Cue("my bottom line", .en, .moderate),
            Cue("dont lecture me", .en, .strong),
            Cue("i dont care", .en, .moderate),
            Cue("for my trouble", .en, .moderate),
            Cue("every cent", .en, .moderate),
            Cue("nothing less", .en, .weak),
            Cue("一个都不接受", .zh, .strong),
            Cue("糊弄人", .zh, .moderate),
            Cue("垃圾公司", .zh, .strong),
            Cue("少废话", .zh, .strong),
            Cue("没资格", .zh, .moderate),
            Cue("现在马上", .zh, .moderate),
            Cue("全部下岗", .zh, .strong),
            Cue("让你下岗", .zh, .strong),
            Cue("开除你", .zh, .moderate),
            Cue("你是猪", .zh, .strong),
            Cue("听不懂人话", .zh, .strong),
            Cue("天天打", .zh, .moderate),
            Cue("打到你们", .zh, .strong),
            Cue("都不行", .zh, .weak),
            Cue("全款退", .zh, .weak),
            Cue("什么规定不规定", .zh, .strong),
            Cue("那是你们的事", .zh, .moderate),
            Cue("砸了", .zh, .moderate),
            Cue("信不信我", .zh, .strong),
            Cue("凭什么我要", .zh, .moderate),
            Cue("我现在就要", .zh, .moderate),
            Cue("废物", .zh, .strong),
            Cue("办不好", .zh, .weak),
            Cue("闭嘴", .zh, .strong),
            Cue("走着瞧", .zh, .strong),
            Cue("你给我等着", .zh, .strong),
            Cue("一分都不能少", .zh, .strong),
            Cue("没得商量", .zh, .strong),
            Cue("我只要结果", .zh, .moderate),
            Cue("赔我十万", .zh, .strong),
            Cue("赔我一万", .zh, .strong),
            Cue("滚蛋", .zh, .strong),
            Cue("i don't care what", .en, .moderate),
            Cue("none of those", .en, .moderate),
            Cue("none of them", .en, .weak),
            Cue("not acceptable", .en, .weak),
            Cue("one hour to", .en, .moderate),
            Cue("i'm coming down there", .en, .strong),
            Cue("idiots", .en, .strong),
            Cue("absolutely useless", .en, .strong),
            Cue("no more excuses", .en, .moderate),
            Cue("do what i say", .en, .strong),
            Cue("and to keep", .en, .moderate),
            Cue("for life", .en, .weak),
            Cue("put your manager on", .en, .moderate),
            Cue("not worth talking to", .en, .strong),
            Cue("everyone knows what", .en, .moderate),
            Cue("don't tell me to calm down", .en, .strong),
            Cue("i refuse", .en, .moderate),
            Cue("times ten", .en, .strong),
            Cue("doesn't cut it", .en, .moderate),
            Cue("sue you into", .en, .strong),
            Cue("into the ground", .en, .moderate),
            Cue("are you stupid", .en, .strong),
            Cue("how many times do i", .en, .moderate),
            Cue("full stop", .en, .weak),
            Cue("i'll ruin", .en, .strong),
            Cue("ruin your", .en, .moderate),
            Cue("i'll make sure everyone", .en, .strong),
            Cue("shut up", .en, .strong),
            Cue("morons", .en, .strong),
            Cue("pathetic", .en, .moderate),
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
