import Knowledge
import TextMatching

/// Finds an entry (a type, a temperament, a category) by any of its names, aliases or a unique prefix.
public struct NameLookup<ID: Hashable & Sendable>: Sendable {
    /// Every normalised key with the entry it names.
    private let keys: [(key: String, id: ID)]
    /// The name shown for an entry in suggestions.
    private let displayNames: [ID: String]
    private let order: [ID]

    /// Creates a look-up table.
    /// - Parameter entries: Each entry's id, the name to show in suggestions, and every key that finds it.
    init(_ entries: [(id: ID, display: String, keys: [String])]) {
        var keys: [(String, ID)] = []
        var names: [ID: String] = [:]
        for entry in entries {
            names[entry.id] = entry.display
            for key in entry.keys {
                let normal = Self.normalise(key)
                if !normal.isEmpty, !keys.contains(where: { $0.0 == normal && $0.1 == entry.id }) {
                    keys.append((normal, entry.id))
                }
            }
        }
        self.keys = keys
        self.displayNames = names
        self.order = entries.map(\.id)
    }

    /// The outcome of a look-up.
    public enum Match: Equatable, Sendable {
        case found(ID)
        /// Nothing matched; `suggestions` are the nearest entries' display names, nearest first.
        case notFound(suggestions: [String])
    }

    /// Looks a name up: exact key first, then a prefix that only one entry has.
    public func find(_ query: String) -> Match {
        // No name is longer than a line; a pasted page is not one, and reading it as one would cost seconds.
        guard query.utf8.count <= Self.longestQuery else { return .notFound(suggestions: order.compactMap { displayNames[$0] }) }
        let q = Self.normalise(query)
        guard !q.isEmpty else { return .notFound(suggestions: order.compactMap { displayNames[$0] }) }
        if let exact = keys.first(where: { $0.key == q }) {
            return .found(exact.id)
        }
        let prefixed = Set(keys.filter { $0.key.hasPrefix(q) }.map(\.id))
        if prefixed.count == 1, let only = prefixed.first, q.count >= 2 {
            return .found(only)
        }
        return .notFound(suggestions: suggestions(for: q))
    }

    /// The nearest entries by edit distance, or those sharing the prefix, or all of them when nothing is near.
    private func suggestions(for q: String) -> [String] {
        var best: [ID: Int] = [:]
        let length = q.count
        let limit = max(2, length / 3)
        for (key, id) in keys {
            // The distance is at least the difference in length; past the limit the exact figure changes nothing, and
            // computing it for a pasted megabyte took seconds.
            let atLeast = abs(length - key.count)
            var distance = atLeast > limit ? atLeast : EditDistance.between(q, key)
            if key.hasPrefix(q) || q.hasPrefix(key) || key.contains(q) { distance = min(distance, 1) }
            best[id] = min(best[id] ?? .max, distance)
        }
        let near = order
            .compactMap { id in best[id].map { (id, $0) } }
            .filter { $0.1 <= limit }
            .sorted { $0.1 < $1.1 }
            .prefix(3)
        let chosen = near.isEmpty ? order : near.map(\.0)
        return chosen.compactMap { displayNames[$0] }
    }

    /// The longest text, in UTF-8 bytes, that is looked up as a name at all.
    public static var longestQuery: Int { 400 }

    /// Folds case and full-width forms, and treats spaces and underscores as hyphens.
    public static func normalise(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            var s = scalar
            if (0xFF01...0xFF5E).contains(s.value), let half = Unicode.Scalar(s.value - 0xFEE0) { s = half }
            if s.value == 0x3000 { s = " " }
            result.unicodeScalars.append(s)
        }
        let lowered = result.lowercased().trimmingWhitespace
        var folded = ""
        for character in lowered {
            folded.append(character == " " || character == "_" ? "-" : character)
        }
        return folded
    }
}

extension NameLookup where ID: RawRepresentable, ID.RawValue == String {
    /// Looks a name up as `find` does, but answers a query that is an entry's own id without building the table.
    ///
    /// The type table holds every type's card, whose cue lists take longer to build than the rest of a single advice,
    /// and a command line mostly names the id itself (`--type unreasonable`). `LookupTests` holds that every id finds
    /// itself in the table too, so the answer is the same.
    public static func find(_ query: String, in table: @autoclosure () -> NameLookup) -> Match {
        // An id typed as it is written (the usual case: a script, a flag) needs no folding.
        if let id = ID(rawValue: query) ?? ID(rawValue: normalise(query)) { return .found(id) }
        return table().find(query)
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

extension KnowledgeBase {
    /// Finds a complainant type by id, either name (with or without 型), alias or unique prefix.
    public static let typeLookup = NameLookup<ComplainantTypeID>(types.map { type in
        (type.id, type.id.rawValue, [type.id.rawValue, type.name.en, type.name.zh, type.name.zh.withoutTypeSuffix] + type.aliases)
    })

    /// Finds a temperament by id, name or alias.
    public static let temperamentLookup = NameLookup<TemperamentID>(temperaments.map { t in
        (t.id, t.id.rawValue, [t.id.rawValue, t.name.en, t.name.zh, t.name.zh.withoutTypeSuffix] + t.aliases)
    })

    /// Finds a complaint category by id, name or alias.
    public static let categoryLookup = NameLookup<ComplaintCategoryID>(categories.map { c in
        (c.id, c.id.rawValue, [c.id.rawValue, c.name.en, c.name.zh] + c.aliases)
    })
}

extension String {
    /// The Chinese type name without its closing 型, which agents often leave off.
    var withoutTypeSuffix: String {
        hasSuffix("型") ? String(dropLast()) : self
    }
}
