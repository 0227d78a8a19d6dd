/// The process axis of the negotiation and the words used in the negotiation itself
/// (docs/DESIGN.md, "The negotiation model"; "Knowledge: care levels and negotiation phrases").
extension KnowledgeBase {
    /// The process axis, 0 to 4.
    public static let careLevels: [CareLevel] = [
        CareLevel(
            level: 0,
            name: Bilingual(zh: "标准处理", en: "Standard handling"),
            actions: [
                Bilingual(zh: "在这通电话里把问题处理完，挂机前和客户确认结果。",
                          en: "Resolve it on this call and confirm the outcome with the customer before hanging up."),
                Bilingual(zh: "登记工单，把工单号告诉客户。",
                          en: "Log a ticket and give the customer its reference number."),
            ]
        ),
        CareLevel(
            level: 1,
            name: Bilingual(zh: "专人负责并具体致歉", en: "Named handler and apology"),
            actions: [
                Bilingual(zh: "报上自己的姓名和工号，此后由你一人对接到底。",
                          en: "Give your name and staff number, and stay the customer's single contact until it is closed."),
                Bilingual(zh: "道歉时说清具体哪里做错了，比如哪天、哪项承诺没兑现。",
                          en: "Apologise for exactly what went wrong: which date, which promise was missed."),
            ]
        ),
        CareLevel(
            level: 2,
            name: Bilingual(zh: "定时主动通报", en: "Proactive updates"),
            actions: [
                Bilingual(zh: "结案前每3小时主动告知一次进展，没有变化也要说。",
                          en: "Send an update every 3 hours until the case is closed, even when nothing has changed."),
                Bilingual(zh: "留一个能直接找到处理人的电话或分机。",
                          en: "Give a direct line or extension that reaches the handler."),
                Bilingual(zh: "和客户约定通报方式：电话还是短信。",
                          en: "Agree how the customer wants updates: a call or a text."),
            ]
        ),
        CareLevel(
            level: 3,
            name: Bilingual(zh: "资深人员回电", en: "Senior call-back"),
            actions: [
                Bilingual(zh: "由组长或资深专员在和客户约好的时间回电。",
                          en: "A team lead or senior specialist calls back at a time agreed with the customer."),
                Bilingual(zh: "回电前把来龙去脉交接清楚，不让客户再讲一遍。",
                          en: "Brief the senior on the whole history first, so the customer never has to repeat it."),
            ]
        ),
        CareLevel(
            level: 4,
            name: Bilingual(zh: "经理介入", en: "Manager involvement"),
            actions: [
                Bilingual(zh: "经理亲自致电客户，并跟进到结案。",
                          en: "A manager phones the customer personally and follows the case through to closing."),
                Bilingual(zh: "由经理书面确认处理方案和完成时间。",
                          en: "The manager confirms the remedy and its completion date in writing."),
                Bilingual(zh: "结案后24小时内由经理回访。",
                          en: "The manager checks back with the customer within 24 hours of closing."),
            ]
        ),
    ]

    /// What the agent says while negotiating, whatever the customer's type.
    public static let negotiationPhrases = NegotiationPhrases(
        precedent: ByTemperament(
            unread: Bilingual(zh: "和您情况相近的案例，最近有{count}个，一般是按{precedent}解决的。",
                      en: "We've had {count} recent cases close to yours, and they were usually settled at {precedent}."),
            rational: Bilingual(zh: "我查了{count}个同类问题的处理记录，大多数在{precedent}左右结案。",
                      en: "I looked up the {count} most similar cases on record: most were closed at around {precedent}."),
            emotional: Bilingual(zh: "为了对每位客户公平，同类问题标准一致，近期{count}例大约是{precedent}。",
                      en: "To be fair to everyone we treat these alike; the last {count} came to about {precedent}.")
        ),
        ruleExplained: ByTemperament(
            unread: Bilingual(zh: "我理解您的想法。同样的问题，对每位客户都一视同仁，这样才公平。",
                      en: "I understand you were hoping for more. We use the same standard for everyone with this problem, so it's fair to all."),
            rational: Bilingual(zh: "定规则的人首先想到的是客户：有了它，您不用争论就能尽快得到解决。",
                      en: "Whoever wrote this rule had customers in mind: it gets you a fix quickly, without having to argue."),
            emotional: Bilingual(zh: "设这个标准，是为了让结果不取决于您碰巧找到哪位客服，这对您也是保障。",
                      en: "The standard means your outcome never depends on which agent you happen to reach; that protects you too.")
        ),
        escalating: ByTemperament(
            unread: Bilingual(zh: "这超出了我的权限，我马上请{role}处理，{time}之前给您回电。",
                      en: "That's more than I can approve myself, so I'm asking our {role} to take it on; they'll call you back by {time}."),
            rational: Bilingual(zh: "为了给您争取更好的结果，这件事由{role}接手，{time}前给您回电。",
                      en: "To get you the best answer possible, our {role} will take this over and call you by {time}."),
            emotional: Bilingual(zh: "您说的情况我已经完整交给{role}，您不用再讲一遍，{time}前会联系您。",
                      en: "I've given our {role} everything you told me, so you won't have to repeat it. Expect a call by {time}.")
        ),
        cannotMeet: ByTemperament(
            unread: Bilingual(zh: "您的要求可以理解，只是我这里没法直接答应，今天就提交主管审核。",
                      en: "Your request is understandable. I can't grant it myself, so I'll put it to my supervisor today."),
            rational: Bilingual(zh: "我不想给您做不到的承诺。现阶段确实办不到，接下来怎么走我跟您说清楚。",
                      en: "I won't promise what I can't deliver. That isn't possible at this stage; let me explain what comes next."),
            emotional: Bilingual(zh: "我明白这对您很重要。这个要求超出了我的权限，不过我可以马上安排下一步。",
                      en: "I can hear how much this matters. It's beyond what I can approve, but here's what I can do next.")
        ),
        opening: ByTemperament(
            unread: Bilingual(zh: "给您添麻烦了。问题我们会尽快处理好，另外再给您{offer}作为补偿。",
                      en: "We're sorry for the trouble. As well as putting it right, we'd like to give you {offer} to make up for it."),
            rational: Bilingual(zh: "给您添麻烦了，实在抱歉。今天就可以为您安排{offer}作为补偿。",
                      en: "I'm sorry for the trouble this caused. We can give you {offer} today to make up for it."),
            emotional: Bilingual(zh: "在解决问题的同时，我可以马上为您申请{offer}，您看可以吗？",
                      en: "Alongside the fix, I can arrange {offer} for you right away. Would that work for you?")
        ),
        offerOptions: NegotiationPhrases.OfferOptions(
            single: Bilingual(zh: "我这边能为您安排的是：",
                      en: "Here's what I can arrange for you:"),
            differentForms: Bilingual(zh: "补偿可以是{forms}，您更想要哪一种？",
                      en: "We can make this up to you as {forms}. Which would you prefer?"),
            includesAService: Bilingual(zh: "我这边有几个方案，有的是我们上门或补发，不一定是钱，您看哪个更合适：",
                      en: "I have a few options for you, and some are a service from us rather than money; pick whichever suits you best:")
        ),
        remedyStated: NegotiationPhrases.RemedyStated(
            withTheRule: Bilingual(zh: "我先说怎么解决，再说依据哪条规定，让您清楚这是您应有的权益。",
                      en: "Here's how we'll put it right and the rule behind it, so you know it's your entitlement, not a favour."),
            byOurRules: Bilingual(zh: "这个解决办法是按规定执行的，不需要您再争取，我现在就为您安排。",
                      en: "This fix follows directly from the rules, so there's nothing you need to argue for; I'm arranging it now."),
            ourFaultFreeFix: Bilingual(zh: "既然是我们这边的问题，按规定会免费为您维修或更换，不用您承担费用。",
                      en: "Since the fault is ours, the rules say we repair or replace it free of charge, at no cost to you.")
        ),
        noCompensation: NegotiationPhrases.NoCompensation(
            walkThrough: Bilingual(zh: "谢谢您打来电话，我一步一步陪您操作，让它恢复正常。",
                      en: "Thanks for calling. Let me walk you through it step by step so it works the way it should."),
            notCovered: Bilingual(zh: "这种情况不在补偿范围内，不过我会陪您把问题彻底解决。",
                      en: "This one isn't covered by compensation, but I'll stay with you until it's fully sorted out."),
            tipForNextTime: Bilingual(zh: "很多人都遇到过这种情况，我教您一个小办法，以后就不会再出现了。",
                      en: "Lots of people run into this. Here's a simple tip that will keep it from happening again.")
        )
    )
}
