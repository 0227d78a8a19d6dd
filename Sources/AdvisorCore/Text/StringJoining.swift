extension Array where Element == String {
    /// The strings run together with `separator` between each two, as the standard library's `joined(separator:)`.
    ///
    /// The standard library's version is generic over the collection and not specialised into this module, so its
    /// first call makes the runtime look up the array's iterator type by name: a tenth of the card's whole start-up
    /// work. Being a member of the concrete type, this one is chosen over it for every `[String]` in AdvisorCore.
    func joined(separator: String = "") -> String {
        guard var result = first else { return "" }
        var length = result.utf8.count
        for part in dropFirst() { length += separator.utf8.count + part.utf8.count }
        result.reserveCapacity(length)
        for part in dropFirst() {
            result += separator
            result += part
        }
        return result
    }
}
