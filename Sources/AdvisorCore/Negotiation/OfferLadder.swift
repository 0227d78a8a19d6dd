import Knowledge

/// The money plan of one tier: open low and precise, concede in shrinking steps, stop at the walk-away.
public struct OfferLadder: Equatable, Sendable {
    /// The tier whose agent follows this ladder.
    var tier: Int
    /// The form the amounts are spoken in.
    public var form: CompensationForm
    /// The policy's rounding step for that form.
    public var step: Amount
    public var opening: Amount
    /// Amounts between opening and walk-away, each gap no larger than the one before.
    var concessions: [Amount]
    /// The most this tier gives: the circle's settlement at the tier, never above its cap.
    public var walkAway: Amount
    /// The care level that goes with the walk-away.
    var care: Int

    /// Every rung, opening first, walk-away last, without repeats.
    public var rungs: [Amount] {
        var result = [opening]
        for amount in concessions + [walkAway] where amount > result[result.count - 1] { result.append(amount) }
        return result
    }

    /// Shares of the room between opening and walk-away at which to concede: half, then most of the rest.
    static let concessionShares: [Double] = [0.5, 0.8]

    /// The opening and the concessions for a ladder whose least allowed amount and walk-away are known.
    ///
    /// The opening is the least the case allows, on the step grid, and a precise figure rather than a
    /// round one when the room allows: precise first offers draw smaller counter-offers.
    /// - Parameters:
    ///   - least: The least the case and the bottom line allow.
    ///   - walkAway: The most the tier gives; at least `least` is not required (the opening never passes it).
    ///   - step: The rounding step of the form.
    ///   - precise: Whether to move off a round opening; not when the opening is the customer's own stated minimum,
    ///     where a higher figure would only give away money.
    /// - Returns: The opening and the concessions in between.
    public static func rungs(least: Amount, walkAway: Amount, step: Amount, precise: Bool = true) -> (opening: Amount, concessions: [Amount]) {
        var opening = min(least.roundedUp(to: step), walkAway)
        let unit = step.minor > 0 ? step : Amount(minor: 1)
        let round = Amount(minor: unit.minor * 5)
        if precise && opening > .zero && opening.isMultiple(of: round) {
            for nudge in [1, 2] {
                let precise = opening + Amount(minor: unit.minor * Int64(nudge))
                if precise <= walkAway && !precise.isMultiple(of: round) { opening = precise; break }
            }
        }
        let room = walkAway.minor - opening.minor
        var concessions: [Amount] = []
        var previous = opening
        var previousGap = Int64.max
        for share in concessionShares where room > 0 {
            let amount = (opening + Amount(minor: Int64(Double(room) * share))).roundedDown(to: unit)
            let gap = amount.minor - previous.minor
            guard amount > previous, amount < walkAway, gap <= previousGap else { continue }
            concessions.append(amount)
            previous = amount
            previousGap = gap
        }
        // The last gap, to the walk-away, must not be larger than the one before it.
        while let last = concessions.last {
            let before = concessions.count > 1 ? concessions[concessions.count - 2] : opening
            if walkAway.minor - last.minor <= last.minor - before.minor { break }
            concessions.removeLast()
        }
        return (opening, concessions)
    }
}
