/// The cue words behind the detector's flags, negation and reported speech (cue words are facts about speech).
extension KnowledgeBase {
    /// Phrases that raise each flag.
    public static let flagCues: [DetectionFlag: [Cue]] = [
        .threat: [
            Cue("12315", .zh), Cue("消协", .zh), Cue("消费者协会", .zh), Cue("市场监管", .zh), Cue("工商局", .zh),
            Cue("投诉到", .zh), Cue("曝光", .zh), Cue("媒体", .zh), Cue("记者", .zh), Cue("发微博", .zh), Cue("发抖音", .zh),
            Cue("发到网上", .zh), Cue("律师", .zh), Cue("起诉", .zh), Cue("打官司", .zh), Cue("法院", .zh), Cue("报警", .zh),
            Cue("regulator", .en), Cue("consumer association", .en), Cue("trading standards", .en), Cue("the media", .en),
            Cue("the press", .en), Cue("journalist", .en), Cue("social media", .en), Cue("go viral", .en), Cue("post it online", .en),
            Cue("review everywhere", .en), Cue("my lawyer", .en), Cue("a lawyer", .en), Cue("sue you", .en), Cue("take you to court", .en),
            Cue("small claims", .en), Cue("call the police", .en), Cue("report you", .en),
        ],
        .lawCited: [
            Cue("消费者权益保护法", .zh), Cue("消法", .zh), Cue("三包", .zh), Cue("法律规定", .zh), Cue("依法", .zh),
            Cue("食品安全法", .zh), Cue("合同法", .zh), Cue("民法典", .zh), Cue("第五十五条", .zh), Cue("第二十五条", .zh),
            Cue("七天无理由", .zh), Cue("退一赔三", .zh), Cue("假一赔十", .zh),
            Cue("consumer rights", .en), Cue("consumer protection", .en), Cue("the law says", .en), Cue("by law", .en),
            Cue("legally entitled", .en), Cue("statutory", .en), Cue("article 55", .en), Cue("article 25", .en),
            Cue("food safety law", .en), Cue("three times the price", .en), Cue("ten times the price", .en), Cue("my rights", .en),
        ],
        .statusClaim: [
            Cue("我认识你们", .zh), Cue("你们老板", .zh), Cue("你们领导", .zh), Cue("你们王总", .zh), Cue("你们老总", .zh),
            Cue("我是vip", .zh), Cue("贵宾", .zh), Cue("局长", .zh), Cue("我们单位", .zh), Cue("我朋友是", .zh), Cue("我是谁", .zh),
            Cue("i know your", .en), Cue("your ceo", .en), Cue("your boss", .en), Cue("your manager personally", .en),
            Cue("i'm a vip", .en), Cue("do you know who i am", .en), Cue("friends with", .en), Cue("board member", .en),
            Cue("i work for the", .en), Cue("senior official", .en),
        ],
        .violence: [
            Cue("弄死你", .zh), Cue("打死你", .zh), Cue("砍死你", .zh), Cue("捅死你", .zh), Cue("宰了你", .zh), Cue("找人收拾你", .zh),
            Cue("我去你们公司找你", .zh), Cue("我知道你在哪上班", .zh), Cue("在门口等你", .zh), Cue("让你出不了门", .zh),
            Cue("炸了你们", .zh), Cue("烧了你们", .zh), Cue("我带着刀", .zh), Cue("见血", .zh),
            Cue("kill you", .en), Cue("hurt you", .en), Cue("beat you up", .en), Cue("smash your face", .en),
            Cue("i know where you work", .en), Cue("wait for you outside", .en), Cue("come down there and", .en),
            Cue("burn your store", .en), Cue("burn the place down", .en), Cue("shoot you", .en), Cue("bomb your", .en),
        ],
        .selfHarm: [
            Cue("不想活了", .zh), Cue("活着没意思", .zh), Cue("活不下去", .zh), Cue("想死", .zh), Cue("去死算了", .zh),
            Cue("跳楼", .zh), Cue("自杀", .zh), Cue("轻生", .zh), Cue("一了百了", .zh), Cue("割腕", .zh), Cue("结束自己", .zh),
            Cue("kill myself", .en), Cue("end it all", .en), Cue("don't want to live", .en), Cue("want to die", .en),
            Cue("suicide", .en), Cue("hurt myself", .en), Cue("no reason to live", .en), Cue("end my life", .en),
            Cue("not be here anymore", .en),
        ],
        .vulnerable: [
            Cue("刚去世", .zh), Cue("去世了", .zh), Cue("过世", .zh), Cue("老伴走了", .zh), Cue("办丧事", .zh), Cue("住院", .zh),
            Cue("化疗", .zh), Cue("癌症", .zh), Cue("重病", .zh), Cue("我八十", .zh), Cue("我七十", .zh), Cue("我九十", .zh),
            Cue("年纪大了", .zh), Cue("老糊涂", .zh), Cue("记不住", .zh), Cue("眼睛看不清", .zh), Cue("耳朵不好", .zh), Cue("听不清", .zh),
            Cue("残疾", .zh), Cue("一个人住", .zh),
            Cue("passed away", .en), Cue("my late", .en), Cue("funeral", .en), Cue("in hospital", .en), Cue("in the hospital", .en),
            Cue("chemo", .en), Cue("cancer", .en), Cue("terminally ill", .en), Cue("dementia", .en), Cue("i get confused", .en),
            Cue("my memory", .en), Cue("can't see well", .en), Cue("hard of hearing", .en), Cue("i'm 80", .en), Cue("i'm 85", .en),
            Cue("i'm 90", .en), Cue("i live alone", .en), Cue("disabled", .en), Cue("wheelchair", .en),
        ],
        .offTopic: [
            Cue("顺便问", .zh), Cue("对了", .zh), Cue("话说", .zh), Cue("说起来", .zh), Cue("另外还有", .zh), Cue("跟你聊", .zh),
            Cue("by the way", .en), Cue("while i have you", .en), Cue("speaking of", .en), Cue("on another note", .en),
            Cue("random question", .en), Cue("unrelated", .en), Cue("anyway", .en),
        ],
    ]

    /// Words that, just before a cue, negate it ("I'm not threatening you", "我不是要曝光").
    public static let negations: [Cue] = [
        Cue("不是", .zh), Cue("并不", .zh), Cue("没有", .zh), Cue("不会", .zh), Cue("不想", .zh), Cue("不打算", .zh),
        Cue("不用", .zh), Cue("别", .zh), Cue("没", .zh), Cue("不", .zh),
        Cue("not", .en), Cue("never", .en), Cue("no", .en), Cue("nor", .en), Cue("without", .en), Cue("cannot", .en),
        // Contractions are listed whole: a cue must start on a word boundary, which "n't" inside "don't" never does.
        Cue("don't", .en), Cue("doesn't", .en), Cue("didn't", .en), Cue("isn't", .en), Cue("wasn't", .en), Cue("aren't", .en),
        Cue("won't", .en), Cue("can't", .en), Cue("haven't", .en), Cue("hasn't", .en), Cue("wouldn't", .en), Cue("shouldn't", .en),
        Cue("dont", .en), Cue("doesnt", .en), Cue("didnt", .en), Cue("isnt", .en), Cue("wont", .en), Cue("cant", .en),
    ]

    /// Words that mark what follows as someone else's words ("他说我不懂", "he said I was").
    public static let reportedSpeech: [Cue] = [
        Cue("他说", .zh), Cue("她说", .zh), Cue("他们说", .zh), Cue("别人说", .zh), Cue("人家说", .zh), Cue("客服说", .zh),
        Cue("师傅说", .zh), Cue("听说", .zh), Cue("据说", .zh), Cue("说我", .zh),
        Cue("he said", .en), Cue("she said", .en), Cue("they said", .en), Cue("he says", .en), Cue("she says", .en),
        Cue("they say", .en), Cue("told me i", .en), Cue("said i", .en), Cue("called me", .en),
    ]

    /// How far back a negation reaches before a cue.
    public static let detectionTuning = DetectionTuning(negationWindowZh: 3, negationWindowEn: 3)

    /// The temperament each type most often shows, used only when the words give no lean of their own.
    public static let usualTemperament: [ComplainantTypeID: TemperamentID] = [
        .lacksCommonSense: .rational, .showsOffKnowledge: .rational, .professionalComplainer: .rational,
        .unreasonable: .emotional, .nameDropper: .rational, .timeKiller: .emotional,
    ]
}
