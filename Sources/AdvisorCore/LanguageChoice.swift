import Knowledge

extension Language {
    /// The language the locale variables ask for: Chinese for zh*, English otherwise.
    ///
    /// The POSIX order is followed: `LC_ALL` overrides `LC_MESSAGES`, which overrides `LANG`.
    /// - Parameter variable: Looks up one environment variable by name.
    public static func preferred(by variable: (String) -> String?) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variable(name), !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}
