import Knowledge

extension Language {
    /// The language the locale variables ask for: Chinese for zh*, English otherwise.
    ///
    /// The POSIX order is followed: `LC_ALL` overrides `LC_MESSAGES`, which overrides `LANG`.
    /// - Parameter environment: The process environment.
    public static func preferred(by environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}
