/// The two temperaments (KNOWLEDGE.md §2): the rational customer wants a result,
/// the emotional customer wants to be treated well along the way.
extension Temperament {
    /// Pursues the result: a concrete fix, a date, a figure.
    public static let rational = Temperament(
        id: .rational,
        name: Bilingual(zh: "理性型", en: "Rational"),
        aliases: ["rational", "r", "理性", "理性型", "result", "结果型"],
        pursues: Bilingual(
            zh: "要的是结果：问题怎么解决、什么时候解决、怎么补偿。",
            en: "The outcome: what will be fixed, by when, and what they get for the trouble."
        ),
        warningZone: Bilingual(
            zh: "一味说软话安抚，却绕开真正的问题不谈。",
            en: "Soothing them again and again while steering around the actual problem."
        ),
        warningSign: Bilingual(
            zh: "客户觉得被敷衍，反感加深，投诉升级或往上级、外部渠道去。",
            en: "They feel stonewalled, grow resentful and push the complaint harder or further up the chain."
        ),
        cues: [
            Cue("给个方案", .zh, .strong),
            Cue("多久能解决", .zh, .strong),
            Cue("具体怎么赔", .zh, .strong),
            Cue("什么时候能好", .zh, .strong),
            Cue("直接说结果", .zh, .strong),
            Cue("到底怎么处理", .zh, .moderate),
            Cue("给个时间", .zh, .moderate),
            Cue("按规定", .zh, .weak),
            Cue("能退吗", .zh, .moderate),
            Cue("能换吗", .zh, .moderate),
            Cue("别绕弯子", .zh, .moderate),
            Cue("说重点", .zh, .moderate),
            Cue("订单号", .zh, .weak),
            Cue("几天", .zh, .weak),
            Cue("what's the solution", .en, .strong),
            Cue("how long will it take", .en, .strong),
            Cue("just tell me what you'll do", .en, .strong),
            Cue("what are my options", .en, .strong),
            Cue("when will it be fixed", .en, .strong),
            Cue("get to the point", .en, .moderate),
            Cue("what's the next step", .en, .moderate),
            Cue("give me a date", .en, .moderate),
            Cue("can i get a refund", .en, .moderate),
            Cue("how much will you compensate", .en, .moderate),
            Cue("according to the policy", .en, .weak),
            Cue("skip the apology", .en, .moderate),
            Cue("order number", .en, .weak),
            Cue("deadline", .en, .weak),
        ],
        approach: [
            Bilingual(zh: "道歉一句就够，随即转入事实和方案。", en: "Apologise once, briefly, then move straight to facts and the plan."),
            Bilingual(zh: "给出具体的措施、时间点和负责人，不讲空话。", en: "Name concrete steps, a time and the person responsible; no filler."),
            Bilingual(zh: "若有几种做法，列出来让客户比较和选择。", en: "If several remedies fit, lay them side by side and let the customer pick."),
            Bilingual(zh: "说清依据和边界，能做的马上做，不能做的直说原因。", en: "State the basis and the limits: do what you can now, and say plainly why the rest can't be done."),
        ],
        say: [
            Bilingual(zh: "我先说处理方案，再说时间安排，您看可以吗？", en: "Let me give you the plan first and then the timing. Does that work for you?"),
            Bilingual(zh: "今天下午五点前我会把结果告诉您，负责人就是我。", en: "I'll have an answer to you before 5 pm today, and I'm the one responsible."),
            Bilingual(zh: "目前有两种处理方式，我说一下各自的区别，您来定。", en: "There are two ways we can handle this. Here is how they differ, and you decide."),
            Bilingual(zh: "这一项按规定做不到，但我可以为您办另一件事。", en: "That part isn't possible under our rules, but here is what I can do for you instead."),
        ],
        avoid: [
            Bilingual(zh: "反复说“您别急”“我们会处理的”却不给任何具体内容。", en: "Repeating “don't worry, we'll handle it” without anything concrete behind it."),
            Bilingual(zh: "在客户已经说清事实后，还让他从头再讲一遍。", en: "Making them repeat the whole story once the facts are already clear."),
            Bilingual(zh: "含糊地说“尽快”，不给日期也不给时间。", en: "Saying “as soon as possible” with no date or hour attached."),
            Bilingual(zh: "在方案还没出来时就开始大段解释原因。", en: "Launching into long explanations of the cause before offering any remedy."),
        ]
    )

    /// Pursues the process: being heard, respected and kept informed.
    public static let emotional = Temperament(
        id: .emotional,
        name: Bilingual(zh: "感性型", en: "Emotional"),
        aliases: ["emotional", "e", "感性", "感性型", "process", "emotion", "过程型"],
        pursues: Bilingual(
            zh: "要的是过程：被听见、被尊重、随时知道进展。",
            en: "The experience: being heard, being respected and being kept in the loop."
        ),
        warningZone: Bilingual(
            zh: "照章赔付了事，对客户的感受一句不提。",
            en: "Paying out strictly by the book while ignoring how the customer feels."
        ),
        warningSign: Bilingual(
            zh: "工单虽然关了，心里的不快还在，客户从此提防，也不会再推荐。",
            en: "The case closes but the hurt stays; they remain wary and won't recommend you."
        ),
        cues: [
            Cue("太气人了", .zh, .strong),
            Cue("什么态度", .zh, .strong),
            Cue("没人理我", .zh, .strong),
            Cue("太失望了", .zh, .strong),
            Cue("被骗了", .zh, .strong),
            Cue("欺负人", .zh, .strong),
            Cue("心寒", .zh, .strong),
            Cue("不尊重人", .zh, .moderate),
            Cue("一直在等", .zh, .moderate),
            Cue("凭什么", .zh, .moderate),
            Cue("受够了", .zh, .moderate),
            Cue("委屈", .zh, .moderate),
            Cue("烦死了", .zh, .moderate),
            Cue("不是钱的问题", .zh, .strong),
            Cue("i'm so upset", .en, .strong),
            Cue("nobody listens", .en, .strong),
            Cue("this is ridiculous", .en, .strong),
            Cue("i feel cheated", .en, .strong),
            Cue("it's not about the money", .en, .strong),
            Cue("how dare you", .en, .strong),
            Cue("so disappointed", .en, .strong),
            Cue("nobody told me", .en, .moderate),
            Cue("i've been waiting", .en, .moderate),
            Cue("you don't care", .en, .moderate),
            Cue("so rude", .en, .moderate),
            Cue("fed up", .en, .moderate),
            Cue("unbelievable", .en, .weak),
            Cue("frustrated", .en, .weak),
        ],
        approach: [
            Bilingual(zh: "先让客户把话说完，不打断，适时回应表示在听。", en: "Let them finish without interrupting, and show with short replies that you are listening."),
            Bilingual(zh: "说出客户的感受并认可它，再谈事实和办法。", en: "Name the feeling and acknowledge it before turning to facts and remedies."),
            Bilingual(zh: "处理过程中主动告知每一步进展，别让客户干等。", en: "Report each step as it happens; never leave them waiting in silence."),
            Bilingual(zh: "结案后回访一次，确认心里的疙瘩也解开了。", en: "Call back after closing to make sure the bad feeling is gone too, not just the problem."),
        ],
        say: [
            Bilingual(zh: "等了这么久还没人给您答复，换成谁都会生气。", en: "Waiting this long with no answer would make anyone angry."),
            Bilingual(zh: "谢谢您把经过讲给我听，这件事现在由我来跟。", en: "Thank you for telling me what happened. I'm taking this on personally from now."),
            Bilingual(zh: "每有一点新进展我都会第一时间告诉您。", en: "Whenever there is any news, you'll hear it from me straight away."),
            Bilingual(zh: "让您这样不舒服，是我们做得不好，真的很抱歉。", en: "We let you down and made this unpleasant for you, and I'm truly sorry."),
        ],
        avoid: [
            Bilingual(zh: "一上来就报赔偿标准，好像只是在走流程。", en: "Opening with the compensation table as if the call were just paperwork."),
            Bilingual(zh: "打断客户或急着解释“这不是我们的问题”。", en: "Interrupting, or rushing to explain that it isn't our fault."),
            Bilingual(zh: "语气冷淡、只回复模板话术。", en: "A flat tone and nothing but canned replies."),
            Bilingual(zh: "答应了回电却没打，让客户再次追问。", en: "Promising a call back and not making it, so they have to chase you again."),
        ]
    )
}
