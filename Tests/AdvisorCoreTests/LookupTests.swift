import AdvisorCore
import Knowledge
import Testing

@Suite struct TypeLookupTests {
    @Test(arguments: KnowledgeBase.types.map(\.id))
    func everyNameAndAliasFindsItsType(_ id: ComplainantTypeID) {
        let type = KnowledgeBase.type(id)
        for key in [id.rawValue, type.name.en, type.name.zh, type.name.en.uppercased()] + type.aliases {
            #expect(KnowledgeBase.typeLookup.find(key) == .found(id), "'\(key)' should find \(id)")
        }
    }

    @Test(arguments: [
        ("prof", ComplainantTypeID.professionalComplainer), ("职业", .professionalComplainer),
        ("professional-complainer", .professionalComplainer), ("Professional Complainer", .professionalComplainer),
        ("职业客诉", .professionalComplainer), ("name_dropper", .nameDropper), ("攀附权贵", .nameDropper),
        ("ｎａｍｅ－ｄｒｏｐｐｅｒ", .nameDropper), ("  time-killer  ", .timeKiller), ("无理取闹", .unreasonable),
    ])
    func spellingsAgentsTypeAreFound(query: String, id: ComplainantTypeID) {
        #expect(KnowledgeBase.typeLookup.find(query) == .found(id))
    }

    @Test(arguments: [
        ("name-droper", "name-dropper"), ("profesional-complainer", "professional-complainer"),
        ("unreasonible", "unreasonable"), ("time-kiler", "time-killer"), ("lacks-comon-sense", "lacks-common-sense"),
        ("shows-off-knowlege", "shows-off-knowledge"),
    ])
    func misspellingsSuggestTheRightNeighbourFirst(query: String, expected: String) throws {
        guard case let .notFound(suggestions) = KnowledgeBase.typeLookup.find(query) else {
            Issue.record("'\(query)' unexpectedly matched")
            return
        }
        #expect(suggestions.first == expected)
        #expect(suggestions.count <= 3)
    }

    @Test func nonsenseListsEveryTypeRatherThanNothing() {
        guard case let .notFound(suggestions) = KnowledgeBase.typeLookup.find("zzzzzzzzzz") else {
            Issue.record("nonsense matched a type")
            return
        }
        #expect(suggestions == ComplainantTypeID.allCases.map(\.rawValue))
    }

    /// The look-up without the table answers every id, in any spelling `normalise` folds, as the table does.
    @Test func anIdFindsItselfWithOrWithoutTheTable() {
        for id in ComplainantTypeID.allCases {
            for query in [id.rawValue, id.rawValue.uppercased(), " " + id.rawValue.replacingOccurrences(of: "-", with: "_")] {
                #expect(NameLookup.find(query, in: KnowledgeBase.typeLookup) == KnowledgeBase.typeLookup.find(query))
                #expect(KnowledgeBase.typeLookup.find(query) == .found(id), "'\(query)'")
            }
        }
        for id in TemperamentID.allCases {
            #expect(NameLookup.find(id.rawValue, in: KnowledgeBase.temperamentLookup) == KnowledgeBase.temperamentLookup.find(id.rawValue))
        }
        for id in ComplaintCategoryID.allCases {
            #expect(NameLookup.find(id.rawValue, in: KnowledgeBase.categoryLookup) == KnowledgeBase.categoryLookup.find(id.rawValue))
            #expect(KnowledgeBase.categoryLookup.find(id.rawValue) == .found(id))
        }
        for query in ["prof", "物流", "name-droper", "理性"] {
            #expect(NameLookup.find(query, in: KnowledgeBase.typeLookup) == KnowledgeBase.typeLookup.find(query))
            #expect(NameLookup.find(query, in: KnowledgeBase.categoryLookup) == KnowledgeBase.categoryLookup.find(query))
        }
    }

    @Test func temperamentAndCategoryLookups() {
        #expect(KnowledgeBase.temperamentLookup.find("理性") == .found(.rational))
        #expect(KnowledgeBase.temperamentLookup.find("Emotional") == .found(.emotional))
        #expect(KnowledgeBase.categoryLookup.find("installation-delay") == .found(.installationDelay))
        #expect(KnowledgeBase.categoryLookup.find("物流") == .found(.logisticsDelay))
    }
}

@Suite struct LanguageChoiceTests {
    @Test(arguments: [
        (["LANG": "zh_CN.UTF-8"], Language.zh), (["LANG": "en_US.UTF-8"], .en), ([:], .en),
        (["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], .zh), (["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], .en),
        (["LC_ALL": "", "LANG": "zh_CN.UTF-8"], .zh), (["LC_MESSAGES": "zh_CN", "LANG": "en_GB"], .zh),
    ])
    func localeVariablesPickTheLanguage(environment: [String: String], expected: Language) {
        #expect(Language.preferred { environment[$0] } == expected)
    }
}
