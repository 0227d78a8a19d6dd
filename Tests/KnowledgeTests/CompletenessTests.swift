import Foundation
import Knowledge
import Testing

/// Every string reachable from a value, found by reflection so new fields are covered without editing the test.
private func strings(in value: Any, path: String = "") -> [(path: String, text: String)] {
    if let text = value as? String { return [(path, text)] }
    let mirror = Mirror(reflecting: value)
    return mirror.children.enumerated().flatMap { index, child in
        strings(in: child.value, path: path + "." + (child.label ?? "[\(index)]"))
    }
}

private func hasChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}

@Suite struct TypeCompletenessTests {
    @Test func everyTypeIDHasExactlyOneCard() {
        #expect(KnowledgeBase.types.map(\.id) == ComplainantTypeID.allCases)
        for id in ComplainantTypeID.allCases {
            #expect(KnowledgeBase.type(id).id == id)
        }
    }

    @Test(arguments: KnowledgeBase.types.map(\.id))
    func cardIsComplete(_ id: ComplainantTypeID) {
        let type = KnowledgeBase.type(id)
        #expect(type.traits.count >= 3)
        #expect(type.tactics.count >= 3)
        #expect(type.pitfalls.count >= 3)
        #expect(!type.escalation.isEmpty)
        for language in Language.allCases {
            let cues = type.cues.filter { $0.language == language }
            #expect(cues.count >= 10, "\(id) has only \(cues.count) \(language) cues")
        }
        for stage in ConversationStage.allCases {
            #expect(!type.script[stage].isEmpty, "\(id) has nothing to say at \(stage)")
        }
    }

    @Test(arguments: KnowledgeBase.types.map(\.id))
    func bilingualTextIsWrittenInBothLanguages(_ id: ComplainantTypeID) {
        let type = KnowledgeBase.type(id)
        let texts: [Bilingual] = [type.name, type.gist, type.compensationStance, type.rationalNote, type.emotionalNote]
            + type.traits + type.tactics + type.pitfalls + type.escalation.map(\.trigger)
            + ConversationStage.allCases.flatMap { type.script[$0] }
        for text in texts {
            #expect(hasChinese(text.zh), "zh text without Chinese: \(text.zh)")
            #expect(!hasChinese(text.en), "en text with Chinese: \(text.en)")
            #expect(text.en.contains(" ") || text.en.count < 30, "en text looks untranslated: \(text.en)")
        }
    }

    @Test func cuesAreInTheirDeclaredLanguage() {
        for type in KnowledgeBase.types {
            for cue in type.cues where cue.language == .en {
                #expect(!hasChinese(cue.phrase), "\(type.id): \(cue.phrase)")
                #expect(cue.phrase == cue.phrase.lowercased(), "\(type.id): English cues are lowercase: \(cue.phrase)")
            }
        }
    }

    @Test func idsNamesAndAliasesAreUniqueAcrossTypes() {
        var owner: [String: ComplainantTypeID] = [:]
        for type in KnowledgeBase.types {
            let keys = Set([type.id.rawValue, type.name.en.lowercased(), type.name.zh] + type.aliases.map { $0.lowercased() })
            for key in keys {
                #expect(owner[key] == nil, "'\(key)' names both \(owner[key].map(\.rawValue) ?? "") and \(type.id)")
                owner[key] = type.id
            }
        }
    }

    @Test func requiredAliasesExist() {
        #expect(ComplainantType.professionalComplainer.aliases.contains("prof"))
        #expect(ComplainantType.professionalComplainer.aliases.contains("职业"))
    }
}

@Suite struct ReferenceCompletenessTests {
    @Test func noStringAnywhereIsEmpty() {
        let roots: [(String, Any)] = [
            ("types", KnowledgeBase.types), ("temperaments", KnowledgeBase.temperaments),
            ("legitimacy", KnowledgeBase.legitimacyClasses), ("categories", KnowledgeBase.categories),
            ("processSteps", KnowledgeBase.processSteps), ("timeNorms", KnowledgeBase.timeNorms),
            ("sessionStates", KnowledgeBase.sessionStates), ("principles", KnowledgeBase.principles),
            ("serviceRules", KnowledgeBase.serviceRules), ("trustFactors", KnowledgeBase.trustFactors),
            ("needLevels", KnowledgeBase.needLevels), ("inquirySteps", KnowledgeBase.inquirySteps),
            ("conversationFlow", KnowledgeBase.conversationFlow), ("priorityFactors", KnowledgeBase.priorityFactors),
            ("requestKinds", KnowledgeBase.requestKinds), ("escalationTiers", KnowledgeBase.escalationTiers),
            ("nonviolentCommunication", KnowledgeBase.nonviolentCommunication),
            ("settlementGuidelines", KnowledgeBase.settlementGuidelines), ("inquiryRemainder", KnowledgeBase.inquiryRemainder),
        ]
        var count = 0
        for (name, root) in roots {
            for (path, text) in strings(in: root) {
                count += 1
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "empty string at \(name)\(path)")
            }
        }
        #expect(count > 500, "reflection found only \(count) strings; the walk is broken")
    }

    @Test func temperamentsCoverBothAndCarryTheirWarningZones() {
        #expect(KnowledgeBase.temperaments.map(\.id) == TemperamentID.allCases)
        for t in KnowledgeBase.temperaments {
            #expect(t.cues.filter { $0.language == .zh }.count >= 8)
            #expect(t.cues.filter { $0.language == .en }.count >= 8)
            #expect(!t.approach.isEmpty && !t.say.isEmpty && !t.avoid.isEmpty)
        }
    }

    @Test func categoriesAreTheSevenTheAdvisorUses() {
        #expect(KnowledgeBase.categories.map(\.id) == ComplaintCategoryID.allCases)
        #expect(Set(ComplaintCategoryID.allCases.map(\.rawValue)) == [
            "product-quality", "service-attitude", "logistics-delay", "installation-delay",
            "usage-question", "return-exchange", "billing",
        ])
        for category in KnowledgeBase.categories {
            #expect(KnowledgeBase.category(category.id).id == category.id)
            #expect(!category.checks.isEmpty && !category.typicalRemedies.isEmpty)
        }
    }

    @Test func legitimacyHasTheThreeClasses() {
        #expect(KnowledgeBase.legitimacyClasses.map(\.id) == LegitimacyID.allCases)
    }

    @Test(arguments: [
        ("first-response", 0, 15 * 60),
        ("follow-up", 0, 24 * 3600),
        ("revisit", 24 * 3600, 48 * 3600),
        ("repair-answer", 0, 24 * 3600),
        ("status-update", 0, 60),
    ])
    func timeNormsCarryTheTaughtLimits(id: String, earliest: Int, latest: Int) throws {
        let norm = try #require(KnowledgeBase.timeNorm(id))
        #expect(norm.earliestSeconds == earliest)
        #expect(norm.latestSeconds == latest)
    }

    @Test func everyStepsTimeNormExists() {
        for step in KnowledgeBase.processSteps {
            if let id = step.timeNormID {
                #expect(KnowledgeBase.timeNorm(id) != nil, "step \(step.id) names missing norm \(id)")
            }
        }
        for norm in KnowledgeBase.timeNorms {
            #expect(norm.earliestSeconds <= norm.latestSeconds, "\(norm.id) window is reversed")
        }
    }

    @Test func sessionTimersMatchTheTaughtValuesAndFireInOrder() throws {
        let states = Dictionary(uniqueKeysWithValues: KnowledgeBase.sessionStates.map { ($0.id, $0) })
        #expect(Set(states.keys) == ["queued", "awaiting-agent", "awaiting-customer", "awaiting-confirmation", "closed"])
        let waiting = try #require(states["awaiting-customer"])
        #expect(waiting.timers.map(\.afterSeconds) == [300, 900, 1800, 7200])
        let agent = try #require(states["awaiting-agent"])
        #expect(agent.timers.map(\.afterSeconds) == [30, 60])
        for state in KnowledgeBase.sessionStates {
            let times = state.timers.map(\.afterSeconds)
            #expect(times == times.sorted(), "\(state.id) timers out of order")
        }
    }

    @Test func guidelineListsHaveTheirTaughtSizesAndUniqueIDs() {
        #expect(KnowledgeBase.principles.count == 5)
        #expect(KnowledgeBase.trustFactors.count == 3)
        #expect(KnowledgeBase.needLevels.map(\.id) == ["basic", "emotional", "value"])
        #expect(KnowledgeBase.inquirySteps.map(\.id) == ["observe", "listen", "ask", "verify", "feed-back"])
        #expect(KnowledgeBase.requestKinds.map(\.id) == ["consultation", "repair", "installation", "complaint", "return-exchange"])
        #expect(KnowledgeBase.priorityFactors.map(\.id) == ["urgency-and-impact", "customer-value", "service-level"])
        #expect(KnowledgeBase.nonviolentCommunication.map(\.id) == ["observation", "feeling", "need", "request"])
        for list in [KnowledgeBase.principles, KnowledgeBase.serviceRules, KnowledgeBase.trustFactors,
                     KnowledgeBase.needLevels, KnowledgeBase.inquirySteps, KnowledgeBase.conversationFlow,
                     KnowledgeBase.priorityFactors, KnowledgeBase.requestKinds, KnowledgeBase.escalationTiers,
                     KnowledgeBase.nonviolentCommunication, KnowledgeBase.settlementGuidelines] {
            #expect(Set(list.map(\.id)).count == list.count)
        }
    }
}

/// Advice picks a principle by name; the names and the principles are the same five.
@Suite struct PrincipleNameTests {
    @Test func everyNameIsAPrincipleAndEveryPrincipleHasAName() {
        #expect(PrincipleID.allCases.map(\.rawValue) == KnowledgeBase.principles.map(\.id))
        for id in PrincipleID.allCases { #expect(KnowledgeBase.principle(id).id == id.rawValue) }
    }
}
