extension ComplainantType {
    /// The customer with a vague issue who chats, drifts and stays on the line a long time.
    public static let timeKiller = ComplainantType(
        id: .timeKiller,
        name: Bilingual(zh: "打发时间型", en: "Time-killer"),
        aliases: [
            "time", "timekiller", "chatty", "chatter",
            "打发时间", "闲聊", "打发", "话痨",
        ],
        gist: Bilingual(
            zh: "问题说不清，爱聊天，一通电话聊很久。",
            en: "Vague issue, loves to chat, keeps the line busy for a long time."
        ),
        traits: [
            Bilingual(
                zh: "说不出具体要解决什么，问题一直在变。",
                en: "Can't name a concrete problem to solve, and the question keeps shifting."
            ),
            Bilingual(
                zh: "讲着讲着就扯到家常、天气或别的商品上去。",
                en: "Drifts into family news, the weather, or other products mid-sentence."
            ),
            Bilingual(
                zh: "不赶时间，也没什么损失，通话时长远超平均。",
                en: "In no hurry and has lost nothing, yet calls run far past the average length."
            ),
            Bilingual(
                zh: "多半态度友好，很享受有人耐心听他说话。",
                en: "Usually friendly, and enjoys having someone listen patiently."
            ),
        ],
        tactics: [
            Bilingual(
                zh: "友好回应一两句，再用一个具体问题把话题拉回来。",
                en: "Answer warmly in a sentence or two, then steer back with one specific question."
            ),
            Bilingual(
                zh: "尽早问清今天最想解决的是哪一件事，只处理这一件。",
                en: "Ask early which single thing they most want solved today, and handle just that."
            ),
            Bilingual(
                zh: "回答简短明了，必要时用短信或链接补充细节。",
                en: "Keep answers short and plain; send details by text or link where needed."
            ),
            Bilingual(
                zh: "心里定好通话时长，快到时提前告知并开始收尾。",
                en: "Set yourself a time limit for the call; give notice as it nears and start wrapping up."
            ),
            Bilingual(
                zh: "其余问题帮他预约专门的咨询时段，不在本通电话里展开。",
                en: "Book a dedicated consultation for the rest instead of opening it all up on this call."
            ),
        ],
        pitfalls: [
            Bilingual(
                zh: "别生硬打断或流露不耐烦，对方会觉得被嫌弃。",
                en: "Don't cut them off bluntly or sound impatient; they will feel brushed aside."
            ),
            Bilingual(
                zh: "别跟着闲聊下去，队列里还有等着的客户。",
                en: "Don't follow the chat wherever it goes; other customers are waiting in the queue."
            ),
            Bilingual(
                zh: "别因为聊得多就忽略里面可能藏着的真实问题。",
                en: "Don't let the chatter hide a real problem that may be buried in it."
            ),
        ],
        script: StageScript(
            open: [
                Bilingual(
                    zh: "您好，很高兴接到您的电话，今天有什么能帮您的？",
                    en: "Hello, it's good to hear from you. What can I help you with today?"
                ),
                Bilingual(
                    zh: "听起来您有好几件事想说，咱们先把最要紧的那件办好。",
                    en: "It sounds like a few things are on your mind, so let's start with the one that matters most."
                ),
            ],
            confirm: [
                Bilingual(
                    zh: "我确认一下，您今天最想弄明白的是这一个问题，对吗？",
                    en: "So the main thing you'd like to sort out today is this one question. Is that right?"
                ),
                Bilingual(
                    zh: "这个挺有意思，咱们先回到您刚才说的产品问题上。",
                    en: "That's interesting. Let's come back to the product question you raised a moment ago."
                ),
            ],
            propose: [
                Bilingual(
                    zh: "简单来说就两步，我再把说明用短信发给您。",
                    en: "In short, it's just two steps, and I'll text you a written guide as well."
                ),
                Bilingual(
                    zh: "另外几个问题比较细，我帮您约个专门时段慢慢讲。",
                    en: "Your other questions deserve more time, so I'll book you a dedicated consultation for them."
                ),
            ],
            close: [
                Bilingual(
                    zh: "今天的问题就先处理到这儿，还有别的急事吗？",
                    en: "That covers today's question. Is there anything else urgent before we finish?"
                ),
                Bilingual(
                    zh: "咨询时间定下来会短信通知您，谢谢来电，祝您愉快。",
                    en: "You'll get a text confirming the consultation time. Thanks for calling, and enjoy your day."
                ),
            ]
        ),
        escalation: [
            EscalationRule(
                trigger: Bilingual(
                    zh: "问题多而零散、一通电话讲不完时，帮客户另约时间详谈。",
                    en: "Many scattered questions that one call can't cover: book the customer a separate session."
                ),
                role: .specialistDesk
            ),
        ],
        compensationStance: Bilingual(
            zh: "通常不涉及补偿，这类来电很少有实际损失。",
            en: "Usually no compensation: there is seldom any loss behind these calls."
        ),
        rationalNote: Bilingual(
            zh: "偏理性时，直接给要点和步骤，让对方很快拿到答案。",
            en: "If rational: give the key points and steps directly so they get the answer fast."
        ),
        emotionalNote: Bilingual(
            zh: "偏感性时，先陪聊一两句再收回话题，让对方觉得被倾听。",
            en: "If emotional: chat for a line or two before steering back, so they feel heard."
        )
    )
}
