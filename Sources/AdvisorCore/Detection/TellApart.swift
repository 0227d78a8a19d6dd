import Knowledge

/// The one question that best tells two likely types apart, for when the words alone do not decide.
///
/// Each asks for something the two types answer differently, in words an agent can say to any customer.
public enum TellApart {
    /// The question for a pair of types, in either order.
    public static func question(_ a: ComplainantTypeID, _ b: ComplainantTypeID) -> Bilingual {
        let pair = Set([a, b])
        func has(_ x: ComplainantTypeID, _ y: ComplainantTypeID) -> Bool { pair == Set([x, y]) }
        if has(.lacksCommonSense, .showsOffKnowledge) {
            return Bilingual(zh: "您以前用过这一款吗？平时是怎么操作的？", en: "Have you used this model before? How do you usually set it up?")
        }
        if has(.lacksCommonSense, .professionalComplainer) {
            return Bilingual(zh: "您希望我们怎么处理：先帮您把问题解决，还是另有要求？", en: "What would you like from us: the problem sorted out, or something else as well?")
        }
        if has(.lacksCommonSense, .unreasonable) {
            return Bilingual(zh: "我一步一步跟您讲怎么用，您现在方便跟着试一下吗？", en: "Can I walk you through it step by step right now, while you try it?")
        }
        if has(.lacksCommonSense, .nameDropper) {
            return Bilingual(zh: "这件事您最希望我们怎么帮您？", en: "What would help you most with this right now?")
        }
        if has(.lacksCommonSense, .timeKiller) {
            return Bilingual(zh: "除了这个问题，今天还有别的事要我帮您吗？", en: "Apart from this, is there anything else I can help you with today?")
        }
        if has(.showsOffKnowledge, .professionalComplainer) {
            return Bilingual(zh: "您这次主要是想让问题解决，还是要一个书面的处理结果？", en: "Is it mainly the fix you're after, or a written decision on the case?")
        }
        if has(.showsOffKnowledge, .unreasonable) {
            return Bilingual(zh: "您判断是哪里出的问题？我记下来转给技术同事核实。", en: "Where do you think the fault is? I'll note it and have our technicians check it.")
        }
        if has(.showsOffKnowledge, .nameDropper) {
            return Bilingual(zh: "您是从哪里了解到这个情况的？", en: "Where did you hear about this?")
        }
        if has(.showsOffKnowledge, .timeKiller) {
            return Bilingual(zh: "这个问题现在影响您正常使用了吗？", en: "Is this stopping you from using it right now?")
        }
        if has(.professionalComplainer, .unreasonable) {
            return Bilingual(zh: "您具体希望怎么处理？我按规定看看能做到哪一步。", en: "What exactly would you like us to do? I'll check what the rules let me offer.")
        }
        if has(.professionalComplainer, .nameDropper) {
            return Bilingual(zh: "这件事您之前有没有向其他部门反映过？", en: "Have you raised this with anyone else before?")
        }
        if has(.professionalComplainer, .timeKiller) {
            return Bilingual(zh: "这次来电，您最想解决的是哪一件事？", en: "What's the one thing you most want sorted out on this call?")
        }
        if has(.unreasonable, .nameDropper) {
            return Bilingual(zh: "我先把您的要求完整记下来，您具体希望我们怎么做？", en: "Let me take down exactly what you're asking for: what would you like us to do?")
        }
        if has(.unreasonable, .timeKiller) {
            return Bilingual(zh: "您最着急要解决的是什么？", en: "What do you need fixed most urgently?")
        }
        // The one pair left: name-dropper and time-killer.
        return Bilingual(zh: "今天打来，是有什么具体的事需要我们处理吗？", en: "Is there something specific you'd like us to deal with today?")
    }
}
