import Knowledge

extension Statute {
    /// The compensation this statute requires at least: the price or the loss times its multiple, whichever is more,
    /// never under its minimum; nil when it sets no amount on top (it grants a remedy, or the loss itself).
    func floor(orderValue: Double?, loss: Double? = nil) -> Double? {
        guard priceMultiple != nil || minimumAmount != nil else { return nil }
        let byPrice = ((priceMultiple ?? 0) * (orderValue ?? 0)).saturated
        let byLoss = ((lossMultiple ?? 0) * (loss ?? 0)).saturated
        return max(byPrice, byLoss, minimumAmount ?? 0).rounded(.up)
    }
}
