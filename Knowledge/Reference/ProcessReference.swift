/// The handling flow, time limits, session states and the guidelines behind them
/// (docs/DESIGN.md, "Knowledge: process and time limits").
extension KnowledgeBase {
    /// The complaint flow: receive → initial response → diagnose → solution → follow up → review.
    public static let processSteps: [ProcessStep] = [
        ProcessStep(
            id: "receive",
            name: Bilingual(zh: "受理", en: "Receive"),
            actions: [
                Bilingual(zh: "记下时间、涉及的人、事情经过和客户的诉求。", en: "Note the time, the people involved, what happened and what the customer wants."),
                Bilingual(zh: "核对客户身份和订单号。", en: "Confirm who the customer is and the order number."),
                Bilingual(zh: "最后问一句：还有需要补充的吗？", en: "Finish by asking: is there anything you'd like to add?"),
            ],
            timeNormID: nil
        ),
        ProcessStep(
            id: "initial-response",
            name: Bilingual(zh: "初步回应", en: "Initial response"),
            actions: [
                Bilingual(zh: "先为给客户带来的麻烦道歉。", en: "Apologise for the trouble the customer has had."),
                Bilingual(zh: "告诉客户下一次答复的具体时间。", en: "Tell the customer exactly when they will hear back."),
            ],
            timeNormID: "first-response"
        ),
        ProcessStep(
            id: "diagnose",
            name: Bilingual(zh: "诊断", en: "Diagnose"),
            actions: [
                Bilingual(zh: "查订单、物流记录和质检结果。", en: "Check the order, the logistics record and the QC result."),
                Bilingual(zh: "判断责任在我方、第三方还是客户。", en: "Decide whether we, a third party or the customer is liable."),
                Bilingual(zh: "客户在线等你查询时，至少每60秒跟客户说一声进展。", en: "If the customer is holding while you check, update them at least every 60 seconds."),
                Bilingual(zh: "复杂问题按分级升级的规则交给主管或技术人员。", en: "Pass complex cases to a supervisor or technician, as set out under escalating by tier."),
            ],
            timeNormID: nil
        ),
        ProcessStep(
            id: "solve",
            name: Bilingual(zh: "解决", en: "Solve"),
            actions: [
                Bilingual(zh: "我方责任：在权限内提供退款、换货或优惠券，比如全额退款，再加一张20元无门槛优惠券。", en: "Our fault: offer a refund, exchange or coupon within your authority, such as a full refund plus a 20-yuan coupon with no minimum spend."),
                Bilingual(zh: "第三方责任：由我们出面协调，并定时告知进展。", en: "Third party at fault: coordinate with them ourselves and report progress on schedule."),
                Bilingual(zh: "说明方案的依据，并确认客户接受。", en: "Explain the basis of the remedy and confirm the customer accepts it."),
            ],
            timeNormID: nil
        ),
        ProcessStep(
            id: "follow-up",
            name: Bilingual(zh: "跟进", en: "Follow up"),
            actions: [
                Bilingual(zh: "在约定时间内回电，确认方案已落实。", en: "Call back within the agreed time to confirm the remedy was carried out."),
                Bilingual(zh: "结案后择时回访满意度。", en: "Revisit after closing to check satisfaction."),
            ],
            timeNormID: "follow-up"
        ),
        ProcessStep(
            id: "review",
            name: Bilingual(zh: "复盘", en: "Review"),
            actions: [
                Bilingual(zh: "找出根本原因，反馈给相关部门。", en: "Find the root cause and report it to the team that owns it."),
                Bilingual(zh: "把有效的说法补进话术库。", en: "Add the wording that worked to the script library."),
            ],
            timeNormID: nil
        ),
    ]

    /// The time limits the service promises, in seconds.
    public static let timeNorms: [TimeNorm] = [
        TimeNorm(
            id: "first-response",
            name: Bilingual(zh: "首次响应", en: "First response"),
            earliestSeconds: 0,
            latestSeconds: 900,
            explanation: Bilingual(
                zh: "收到投诉后十五分钟内给出第一次回应，可按业务调整。",
                en: "Respond to a new complaint within 15 minutes; the limit may be tuned per business line."
            )
        ),
        TimeNorm(
            id: "follow-up",
            name: Bilingual(zh: "跟进", en: "Follow-up"),
            earliestSeconds: 0,
            latestSeconds: 86_400,
            explanation: Bilingual(
                zh: "二十四小时内跟进一次；越早答复，客户越信任。",
                en: "Follow up within 24 hours; the sooner the reply, the more the customer trusts you."
            )
        ),
        TimeNorm(
            id: "revisit",
            name: Bilingual(zh: "结案回访", en: "Revisit"),
            earliestSeconds: 86_400,
            latestSeconds: 172_800,
            explanation: Bilingual(
                zh: "问题解决后一到两天内回访，确认没有反复。",
                en: "Call back 24 to 48 hours after resolution to check the problem hasn't returned."
            )
        ),
        TimeNorm(
            id: "repair-answer",
            name: Bilingual(zh: "维修响应", en: "Repair answer"),
            earliestSeconds: 0,
            latestSeconds: 86_400,
            explanation: Bilingual(
                zh: "维修类请求一天内给出答复，紧急的优先。",
                en: "Answer repair requests within 24 hours, urgent ones first."
            )
        ),
        TimeNorm(
            id: "consultation-answer",
            name: Bilingual(zh: "咨询答复", en: "Consultation answer"),
            earliestSeconds: 0,
            latestSeconds: 0,
            explanation: Bilingual(
                zh: "一般咨询当场答复，不留到以后。",
                en: "Answer plain questions on the spot rather than later."
            )
        ),
        TimeNorm(
            id: "status-update",
            name: Bilingual(zh: "等待中通报", en: "Updates on hold"),
            earliestSeconds: 0,
            latestSeconds: 60,
            explanation: Bilingual(
                zh: "客户在线等你查询时，至少每60秒告诉客户一声进展，别让客户干等。",
                en: "While the customer holds for you to check something, update them at least every 60 seconds."
            )
        ),
    ]

    /// The states of a chat or call session and the timers that run in each.
    public static let sessionStates: [SessionState] = [
        SessionState(
            id: "queued",
            name: Bilingual(zh: "排队中", en: "Queued"),
            explanation: Bilingual(
                zh: "客户在等接入，平均等待应控制在九十秒内。",
                en: "The customer is waiting to be connected; keep the average wait within 90 seconds."
            ),
            timers: [
                SessionTimer(afterSeconds: 180, action: Bilingual(zh: "等待超过三分钟，发出预警并提供留言回电。", en: "Over 3 minutes: raise a warning and offer a call-back.")),
            ]
        ),
        SessionState(
            id: "awaiting-agent",
            name: Bilingual(zh: "待客服回复", en: "Awaiting agent"),
            explanation: Bilingual(
                zh: "已接入，客户在等客服答复；首次回复不超过三十秒。",
                en: "Connected, and the customer is waiting for the agent; the first reply goes out within 30 seconds."
            ),
            timers: [
                SessionTimer(afterSeconds: 30, action: Bilingual(zh: "发出首次回复。", en: "Send the first reply.")),
                SessionTimer(afterSeconds: 60, action: Bilingual(zh: "还在查询的，告诉客户进展和大约还要多久，之后至少每60秒说一次。", en: "If you're still checking, tell the customer where things stand and roughly how long is left; repeat at least every 60 seconds.")),
            ]
        ),
        SessionState(
            id: "awaiting-customer",
            name: Bilingual(zh: "待客户回复", en: "Awaiting customer"),
            explanation: Bilingual(
                zh: "客服已答复，在等客户回话。",
                en: "The agent has replied and is waiting for the customer."
            ),
            timers: [
                SessionTimer(afterSeconds: 300, action: Bilingual(zh: "发一条提醒消息。", en: "Send a reminder message.")),
                SessionTimer(afterSeconds: 900, action: Bilingual(zh: "询问客户是否还在、是否继续。", en: "Ask whether they are still there and want to continue.")),
                SessionTimer(afterSeconds: 1800, action: Bilingual(zh: "可以打电话确认。", en: "A phone call to check is now in order.")),
                SessionTimer(afterSeconds: 7200, action: Bilingual(zh: "发送小结和联系方式后归档。", en: "Send a summary and how to reach us, then archive.")),
            ]
        ),
        SessionState(
            id: "awaiting-confirmation",
            name: Bilingual(zh: "待客户确认结单", en: "Awaiting confirmation"),
            explanation: Bilingual(
                zh: "问题已处理，请客户确认是否解决，不要自行认定。",
                en: "The issue is handled; ask the customer to confirm it is solved rather than assuming it."
            ),
            timers: []
        ),
        SessionState(
            id: "closed",
            name: Bilingual(zh: "已结束", en: "Closed"),
            explanation: Bilingual(
                zh: "会话结束并归档，之后安排回访。",
                en: "The session is over and archived; a revisit follows."
            ),
            timers: [
                SessionTimer(afterSeconds: 86_400, action: Bilingual(zh: "可以回访了，打给客户确认问题没有反复。", en: "Call the customer back to check the problem hasn't come back.")),
                SessionTimer(afterSeconds: 172_800, action: Bilingual(zh: "回访最晚到此时，还没回访的现在就打。", en: "The last moment for the revisit; if nobody has called yet, call now.")),
            ]
        ),
    ]

    /// The principle a step of the call rests on, by name.
    public static func principle(_ id: PrincipleID) -> Guideline {
        // Every case names an entry of `principles`; KnowledgeTests holds the two lists together.
        principles.first { $0.id == id.rawValue } ?? principles[0]
    }

    /// The five principles of complaint handling.
    public static let principles: [Guideline] = [
        Guideline(
            id: "person-before-matter",
            name: Bilingual(zh: "先处理心情，再处理事情", en: "Feelings first, then the problem"),
            explanation: Bilingual(
                zh: "先让客户情绪平复下来，再谈具体问题；别急着辩解。",
                en: "Calm the customer's feelings first and only then discuss the problem; don't rush to defend."
            )
        ),
        Guideline(
            id: "listen-and-confirm",
            name: Bilingual(zh: "倾听并确认诉求", en: "Listen and confirm"),
            explanation: Bilingual(
                zh: "听完后复述一遍，分清客户嘴上要的和心里真正要的。",
                en: "Listen, restate, and tell the demand they voice apart from the need underneath it."
            )
        ),
        Guideline(
            id: "sincere-apology",
            name: Bilingual(zh: "真诚道歉", en: "Sincere apology"),
            explanation: Bilingual(
                zh: "道歉要说清为哪件事，不推责，也不只说一句对不起。",
                en: "Say what you are sorry for; no shifting blame and no bare “sorry”."
            )
        ),
        Guideline(
            id: "careful-promises",
            name: Bilingual(zh: "谨慎承诺", en: "Careful promises"),
            explanation: Bilingual(
                zh: "流程和时间可以说死；结果要等查清事实，且不超出权限。",
                en: "Promise steps and times firmly; promise outcomes only once the facts are in, and within your authority."
            )
        ),
        Guideline(
            id: "follow-up",
            name: Bilingual(zh: "事后跟进", en: "Follow up"),
            explanation: Bilingual(
                zh: "解决后一到两天回访，没满意的地方继续调整。",
                en: "Check back 24–48 hours after resolution and keep adjusting anything still unsatisfying."
            )
        ),
    ]

    /// The four service rules.
    public static let serviceRules: [Guideline] = [
        Guideline(
            id: "respond-fast",
            name: Bilingual(zh: "快速响应", en: "Respond fast"),
            explanation: Bilingual(
                zh: "十五分钟内给出第一次回应，具体时限可按业务定。",
                en: "Give a first response within 15 minutes; the exact limit can vary by business."
            )
        ),
        Guideline(
            id: "empathy-first",
            name: Bilingual(zh: "共情优先", en: "Empathy first"),
            explanation: Bilingual(
                zh: "先回应感受，再讲事实和规定。",
                en: "Answer the feeling before the facts and the rules."
            )
        ),
        Guideline(
            id: "solution-not-blame",
            name: Bilingual(zh: "重解决，不推责", en: "Solution, not blame"),
            explanation: Bilingual(
                zh: "即使错在别处，也由我们牵头把事办成。",
                en: "Even when someone else is at fault, we take the lead in getting it fixed."
            )
        ),
        Guideline(
            id: "compliance",
            name: Bilingual(zh: "合规", en: "Compliance"),
            explanation: Bilingual(
                zh: "不做超出政策和法律的承诺；先核实责任再谈全额赔偿。",
                en: "Promise nothing beyond policy or law; confirm liability before offering full compensation."
            )
        ),
    ]

    /// What makes a customer trust the agent.
    public static let trustFactors: [Guideline] = [
        Guideline(
            id: "shared-stance",
            name: Bilingual(zh: "立场一致", en: "Shared stance"),
            explanation: Bilingual(
                zh: "让客户觉得你和他站在一起，但仍守着公司的规则。",
                en: "Let the customer feel you're on their side while you still keep to company rules."
            )
        ),
        Guideline(
            id: "timeliness",
            name: Bilingual(zh: "及时守信", en: "Timeliness"),
            explanation: Bilingual(
                zh: "按时更新进展，说到做到；时限内答得越快越可信。",
                en: "Update on time and keep your word; within the limit, a faster answer earns more trust."
            )
        ),
        Guideline(
            id: "professionalism",
            name: Bilingual(zh: "专业规范", en: "Professionalism"),
            explanation: Bilingual(
                zh: "用敬语和标准用语，反应快而准。按培训材料的数据，客户的疑虑约降三成，信心约增两成。",
                en: "Polite standard wording and a quick, competent reaction. By the training material's figures, that cuts the customer's doubt by about 30% and adds about 20% to their confidence."
            )
        ),
    ]

    /// The three levels of customer need, from the base of the pyramid up.
    public static let needLevels: [Guideline] = [
        Guideline(
            id: "basic",
            name: Bilingual(zh: "基础需求", en: "Basic"),
            explanation: Bilingual(
                zh: "东西修好、服务按时到。这是最起码的要求，只做到这些留不住人。",
                en: "Fixed and on time. It's the minimum; on its own it wins no loyalty."
            )
        ),
        Guideline(
            id: "emotional",
            name: Bilingual(zh: "情感需求", en: "Emotional"),
            explanation: Bilingual(
                zh: "被尊重、被理解、觉得自己的事有人当回事。",
                en: "Being respected and understood, and feeling the problem is taken seriously."
            )
        ),
        Guideline(
            id: "value",
            name: Bilingual(zh: "价值需求", en: "Value"),
            explanation: Bilingual(
                zh: "量身的建议、额外的服务或意外的惊喜，让客户愿意替你说好话。",
                en: "Tailored advice, extra service or a pleasant surprise that turns the customer into an advocate."
            )
        ),
    ]

    /// The inquiry steps: observe, listen, ask, verify, feed back.
    public static let inquirySteps: [Guideline] = [
        Guideline(
            id: "observe",
            name: Bilingual(zh: "望", en: "Observe"),
            explanation: Bilingual(
                zh: "留意客户的性别、年龄、谈吐和文化程度，见面时还有穿着打扮，据此调整用词和语气；这些只用来把话说得更合适，不用来评判客户，也不因此区别对待。",
                en: "Notice cues such as gender, age, way of speaking, education and, face to face, dress, and pitch your words and tone to suit. They guide how you speak, never how you judge or treat the customer."
            )
        ),
        Guideline(
            id: "listen",
            name: Bilingual(zh: "闻", en: "Listen"),
            explanation: Bilingual(
                zh: "让客户把火发出来，同时弄清他在投诉什么。",
                en: "Let them vent, and learn from it what the complaint really is."
            )
        ),
        Guideline(
            id: "ask",
            name: Bilingual(zh: "问", en: "Ask"),
            explanation: Bilingual(
                zh: "有针对性地提问，找出事情的起因。",
                en: "Ask targeted questions to find out how it came about."
            )
        ),
        Guideline(
            id: "verify",
            name: Bilingual(zh: "切", en: "Verify"),
            explanation: Bilingual(
                zh: "核对记录和事实，确认根本原因。",
                en: "Check records and facts until the root cause is confirmed."
            )
        ),
        Guideline(
            id: "feed-back",
            name: Bilingual(zh: "反馈", en: "Feed back"),
            explanation: Bilingual(
                zh: "告诉客户原因、带期限的方案和负责人联系方式，之后定期回访。",
                en: "Give the cause, a solution with a deadline and the handler's contact; then revisit periodically."
            )
        ),
    ]

    /// What the five inquiry steps achieve, and what is left after them.
    public static let inquiryRemainder = Bilingual(
        zh: "做完这五步，投诉只算处理了八成：问题解决了，满意度还没回来。剩下两成靠跟进：对结果负责到底，问客户是否满意，之后定期回访。",
        en: "These five steps finish only 80% of the job: the problem is solved, but the customer's satisfaction isn't yet won back. The other 20% is follow-up: stand behind the result, ask whether they are satisfied, and revisit from time to time."
    )

    /// What decides which complaint is handled first.
    public static let priorityFactors: [Guideline] = [
        Guideline(
            id: "urgency-and-impact",
            name: Bilingual(zh: "紧急程度和影响面", en: "Urgency and impact"),
            explanation: Bilingual(
                zh: "越急、波及面越广的越先办，比如一批客户都受影响的故障，或已经造成损失、有安全隐患的问题。",
                en: "The more urgent the problem and the more people it hits, the sooner it is handled: a fault affecting many customers, or one already causing a loss or a safety risk, goes first."
            )
        ),
        Guideline(
            id: "customer-value",
            name: Bilingual(zh: "客户价值", en: "Customer value"),
            explanation: Bilingual(
                zh: "参考客户的消费金额和合作年限，重要客户的问题可以适当往前排。",
                en: "A customer's spend and tenure can move their case up the queue."
            )
        ),
        Guideline(
            id: "service-level",
            name: Bilingual(zh: "服务等级协议", en: "Service-level agreement"),
            explanation: Bilingual(
                zh: "对照服务等级协议（SLA）里的响应和解决时限，离时限越近越要先办，不能超时。",
                en: "Check the response and resolution limits in the service-level agreement (SLA): the nearer a case is to its limit, the sooner it is handled, and none may run over."
            )
        ),
    ]

    /// The five kinds of request a service line takes, and how fast each is answered.
    public static let requestKinds: [Guideline] = [
        Guideline(
            id: "consultation",
            name: Bilingual(zh: "咨询", en: "Consultation"),
            explanation: Bilingual(
                zh: "怎么用、怎么保养之类的问题，当场答复。",
                en: "Questions about use or care, answered on the spot."
            )
        ),
        Guideline(
            id: "repair",
            name: Bilingual(zh: "维修", en: "Repair"),
            explanation: Bilingual(
                zh: "功能失灵、部件损坏，一天内给出答复，紧急的优先。",
                en: "A fault or a broken part, answered within 24 hours, urgent ones first."
            )
        ),
        Guideline(
            id: "installation",
            name: Bilingual(zh: "安装", en: "Installation"),
            explanation: Bilingual(
                zh: "新买的或需要重装的，和客户约好上门时间，再发短信确认。",
                en: "A new or repeat installation. Agree a visit time with the customer and confirm it by text."
            )
        ),
        Guideline(
            id: "complaint",
            name: Bilingual(zh: "投诉", en: "Complaint"),
            explanation: Bilingual(
                zh: "对产品或服务不满，按上面的处理流程办，十五分钟内首次响应。",
                en: "Unhappiness with a product or the service, handled by the flow above with a first response within 15 minutes."
            )
        ),
        Guideline(
            id: "return-exchange",
            name: Bilingual(zh: "退换货", en: "Return or exchange"),
            explanation: Bilingual(
                zh: "因质量问题要退要换，先核对退换条件和适用的法规，再安排办理。",
                en: "Because of a quality problem. Check the conditions and the rules that apply, then arrange it."
            )
        ),
    ]

    /// Who handles what, and how a case moves up.
    public static let escalationTiers: [Guideline] = [
        Guideline(
            id: "frontline",
            name: Bilingual(zh: "一线办结", en: "Frontline first"),
            explanation: Bilingual(
                zh: "一般问题由一线客服在自己的权限内办结，不必层层上交。",
                en: "The frontline agent settles ordinary issues within their own authority; they need not go any higher."
            )
        ),
        Guideline(
            id: "up-a-tier",
            name: Bilingual(zh: "复杂的往上交", en: "Complex cases go up"),
            explanation: Bilingual(
                zh: "问题复杂或超出权限时交给主管，技术问题找技术人员；补偿超出额度时，按政策的层级逐级往上（各级额度见 advisor policy show）。",
                en: "A complex case, or one beyond your authority, goes to a supervisor, and a technical one to a technician; when the money is over your cap, go up the policy's tiers one at a time (advisor policy show lists each tier's cap)."
            )
        ),
        Guideline(
            id: "hand-over-fully",
            name: Bilingual(zh: "交接完整", en: "A full hand-over"),
            explanation: Bilingual(
                zh: "把经过、客户的诉求和已经答应的事交代清楚，不让客户再讲一遍。",
                en: "Pass on the history, what the customer wants and what has been promised, so the customer never has to tell it twice."
            )
        ),
        Guideline(
            id: "report-until-closed",
            name: Bilingual(zh: "跟到结案", en: "Report until closed"),
            explanation: Bilingual(
                zh: "谁接手谁负责，在答应的时间内主动告诉客户进展，直到结案。",
                en: "Whoever holds the case tells the customer how it stands within the time promised, until it is closed."
            )
        ),
    ]

    /// Non-violent communication: observation, feeling, need, request.
    public static let nonviolentCommunication: [Guideline] = [
        Guideline(
            id: "observation",
            name: Bilingual(zh: "观察", en: "Observation"),
            explanation: Bilingual(
                zh: "只说看到、听到的事实，不加评价，比如“您的订单比约定晚到了三天”。",
                en: "Say what happened, without judging, for example “Your order arrived three days later than we promised.”"
            )
        ),
        Guideline(
            id: "feeling",
            name: Bilingual(zh: "感受", en: "Feeling"),
            explanation: Bilingual(
                zh: "说出客户的感受，比如“等了这么久，您一定很着急”。",
                en: "Name how the customer feels, for example “After waiting this long, you must be fed up.”"
            )
        ),
        Guideline(
            id: "need",
            name: Bilingual(zh: "需要", en: "Need"),
            explanation: Bilingual(
                zh: "点明感受背后的需要，比如“您需要的是一个靠得住的送达时间”。",
                en: "Name the need behind the feeling, for example “What you need is a delivery date you can count on.”"
            )
        ),
        Guideline(
            id: "request",
            name: Bilingual(zh: "请求", en: "Request"),
            explanation: Bilingual(
                zh: "提一个具体、对方能回答的请求，比如“我今天下午三点前给您确切时间，您看行吗？”",
                en: "Make a concrete request they can answer, for example “Can I call you by 3 pm today with a firm date?”"
            )
        ),
    ]

    /// How a settlement is reached between the customer's expectation and bottom line.
    public static let settlementGuidelines: [Guideline] = [
        Guideline(
            id: "expectation-and-bottom-line",
            name: Bilingual(zh: "期望和底线", en: "Expectation and bottom line"),
            explanation: Bilingual(
                zh: "客户心里有一个期望，也有一条底线。在两者之间、规定之内，找到客户认可的平衡点；一口回绝任何补偿，就踩到了底线。",
                en: "Every customer comes with an expectation and a bottom line. Find the point between them, within policy, that the customer accepts; refusing any compensation outright crosses the bottom line."
            )
        ),
        Guideline(
            id: "within-authority",
            name: Bilingual(zh: "在权限内平衡利益", en: "Balance interests within your authority"),
            explanation: Bilingual(
                zh: "补偿不只有钱，还可以延长保修或服务期、加送会员权益或一次免费服务，既照顾到客户最在意的，也守住公司的合理成本。",
                en: "Compensation isn't only cash. You can also extend the warranty or service period, or add member benefits or a free service, meeting what matters most to the customer at a sensible cost to the company."
            )
        ),
        Guideline(
            id: "options",
            name: Bilingual(zh: "给方案让客户选", en: "Offer options"),
            explanation: Bilingual(
                zh: "客户的要求不合理或说不清时，拿出两三个价值相当的方案，让客户自己挑。",
                en: "When the demand is unreasonable or unclear, offer two or three options of similar value and let the customer choose."
            )
        ),
        Guideline(
            id: "expectation-too-high",
            name: Bilingual(zh: "期望过高", en: "An expectation too high"),
            explanation: Bilingual(
                zh: "不否定客户，而是用同类案例的处理结果和规则制定者的考虑，说明合理的结果是什么。",
                en: "Don't dismiss it. Show what a fair outcome is, from how similar cases were settled and why the rule was made."
            )
        ),
        Guideline(
            id: "example",
            name: Bilingual(zh: "示例", en: "Example"),
            explanation: Bilingual(
                zh: "商品有缺陷、责任在我方的，全额退款，再加一张20元无门槛优惠券表示歉意。",
                en: "For a defect that is our fault, a full refund plus a 20-yuan coupon with no minimum spend, by way of apology."
            )
        ),
    ]

    /// The stages of a standard service conversation.
    public static let conversationFlow: [Guideline] = [
        Guideline(
            id: "greet",
            name: Bilingual(zh: "问候", en: "Greet"),
            explanation: Bilingual(
                zh: "报上自己的名字或工号，礼貌开场。",
                en: "Open politely and give your name or agent number."
            )
        ),
        Guideline(
            id: "listen-and-record",
            name: Bilingual(zh: "倾听并记录", en: "Listen and record"),
            explanation: Bilingual(
                zh: "不打断，边听边记要点。",
                en: "Don't interrupt; note the key points as you listen."
            )
        ),
        Guideline(
            id: "clarify-and-restate",
            name: Bilingual(zh: "澄清并复述", en: "Clarify and restate"),
            explanation: Bilingual(
                zh: "梳理问题，用自己的话复述给客户确认。",
                en: "Sort out the issue and restate it in your own words for the customer to confirm."
            )
        ),
        Guideline(
            id: "state-solution",
            name: Bilingual(zh: "说明方案", en: "State the solution"),
            explanation: Bilingual(
                zh: "讲清怎么处理；客户问起时说明依据。",
                en: "Say how it will be handled, and give the basis if the customer asks."
            )
        ),
        Guideline(
            id: "execute-and-report",
            name: Bilingual(zh: "执行并汇报", en: "Execute and report"),
            explanation: Bilingual(
                zh: "按方案去办，并主动告知进展。",
                en: "Carry out the plan and report progress without being asked."
            )
        ),
        Guideline(
            id: "confirm-satisfaction",
            name: Bilingual(zh: "确认满意", en: "Confirm satisfaction"),
            explanation: Bilingual(
                zh: "问客户问题是否真的解决、是否满意。",
                en: "Ask whether the problem is truly solved and whether they are satisfied."
            )
        ),
        Guideline(
            id: "thank",
            name: Bilingual(zh: "致谢", en: "Thank"),
            explanation: Bilingual(
                zh: "感谢客户的耐心和反馈。",
                en: "Thank the customer for their patience and feedback."
            )
        ),
        Guideline(
            id: "record",
            name: Bilingual(zh: "记录", en: "Record"),
            explanation: Bilingual(
                zh: "把经过和结果录入工单系统。",
                en: "Log what happened and the outcome in the ticket system."
            )
        ),
    ]
}
