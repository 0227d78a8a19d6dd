import Glibc

/// A point of the negotiation plane: compensation on top of the remedy, and care on the 0–4 scale.
public struct NegotiationPoint: Codable, Equatable, Sendable {
    public var amount: Double
    public var care: Double

    /// Creates a point.
    /// - Parameters:
    ///   - amount: Compensation in currency.
    ///   - care: Care level, 0 to 4, possibly fractional inside the engine.
    public init(amount: Double, care: Double) {
        self.amount = amount
        self.care = care
    }
}

/// How much a customer minds distance on each axis: rational customers mind the result, emotional ones the process.
public struct AxisWeights: Equatable, Sendable {
    public let result: Double
    public let process: Double

    public static let rational = AxisWeights(result: 2, process: 1)
    public static let emotional = AxisWeights(result: 1, process: 2)
    public static let even = AxisWeights(result: 1, process: 1)
}

/// The policy rectangle of one case at one tier, and the flexibility circle inscribed in it.
///
/// The rectangle is normalised to the unit square and the circle of diameter 1 is inscribed, so high
/// compensation and high care at once, the corners, lie beyond a frontline agent's flexibility. A side of
/// no width (no compensation owed, or a single care level) collapses the circle to its diameter along
/// the other axis, and both to its centre, so care stays negotiable when money is not.
public struct NegotiationCircle: Equatable, Sendable {
    let amounts: ClosedRange<Double>
    let care: ClosedRange<Double>

    /// Creates the circle of a rectangle.
    /// - Parameters:
    ///   - amounts: Floor to cap, in currency.
    ///   - care: Least to most care.
    public init(amounts: ClosedRange<Double>, care: ClosedRange<Double>) {
        self.amounts = amounts
        self.care = care
    }

    private var amountSpan: Double { amounts.upperBound - amounts.lowerBound }
    private var careSpan: Double { care.upperBound - care.lowerBound }
    private static let tolerance = 1e-9

    private struct Unit { var x: Double; var y: Double }

    /// Position along one axis in the unit square; a collapsed axis sits at the centre line.
    private func unit(_ value: Double, low: Double, span: Double) -> Double {
        span > 0 ? (value - low) / span : 0.5
    }

    /// The lowest a unit coordinate may be to stay at or above `bound` on a collapsed or open axis.
    private func unitBound(_ bound: Double, low: Double, span: Double) -> Double {
        if span > 0 { return (bound - low) / span }
        // On a collapsed axis the only value is `low`: any bound at or under it is met, any above it is not.
        return bound <= low + Self.tolerance ? -.infinity : .infinity
    }

    private func point(_ u: Unit) -> NegotiationPoint {
        NegotiationPoint(amount: amounts.lowerBound + (amountSpan > 0 ? u.x * amountSpan : 0),
                         care: care.lowerBound + (careSpan > 0 ? u.y * careSpan : 0))
    }

    /// Whether a unit point lies on the flexibility shape (circle, diameter or centre).
    private func onShape(_ u: Unit) -> Bool {
        let t = Self.tolerance
        switch (amountSpan > 0, careSpan > 0) {
        case (true, true):
            return (u.x - 0.5) * (u.x - 0.5) + (u.y - 0.5) * (u.y - 0.5) <= 0.25 + t
        case (false, true):
            return abs(u.x - 0.5) <= t && u.y >= -t && u.y <= 1 + t
        case (true, false):
            return abs(u.y - 0.5) <= t && u.x >= -t && u.x <= 1 + t
        case (false, false):
            return abs(u.x - 0.5) <= t && abs(u.y - 0.5) <= t
        }
    }

    /// The settlement point: the point of the circle nearest the expectation that clears the bottom line on both axes.
    /// - Parameters:
    ///   - expectation: What the customer hopes for.
    ///   - bottomLine: The least the customer accepts; nil looks for the nearest point with no such limit.
    ///   - weights: How much each axis counts in the distance.
    /// - Returns: The point, or nil when no point of the circle clears the bottom line.
    public func settlementPoint(for expectation: NegotiationPoint, bottomLine: NegotiationPoint?, weights: AxisWeights) -> NegotiationPoint? {
        let e = Unit(x: unit(expectation.amount, low: amounts.lowerBound, span: amountSpan),
                     y: unit(expectation.care, low: care.lowerBound, span: careSpan))
        let b = bottomLine.map {
            Unit(x: unitBound($0.amount, low: amounts.lowerBound, span: amountSpan),
                 y: unitBound($0.care, low: care.lowerBound, span: careSpan))
        } ?? Unit(x: -.infinity, y: -.infinity)
        let t = Self.tolerance
        func feasible(_ u: Unit) -> Bool { onShape(u) && u.x >= b.x - t && u.y >= b.y - t }
        func cost(_ u: Unit) -> Double {
            weights.result * (u.x - e.x) * (u.x - e.x) + weights.process * (u.y - e.y) * (u.y - e.y)
        }
        if feasible(e) { return point(e) }

        // Candidates are weighed as they come, in a fixed order, the first of equal cost kept: no list is built, as
        // this runs several times for every advice of a batch.
        var best: Unit? = nil
        var bestCost = Double.infinity
        func consider(_ candidate: Unit) {
            guard feasible(candidate) else { return }
            let c = cost(candidate)
            if c < bestCost { best = candidate; bestCost = c }
        }
        switch (amountSpan > 0, careSpan > 0) {
        case (true, true):
            // The optimum of a convex cost over a convex region off its interior lies on the boundary:
            // the arc, or one of the two lines of the bottom line.
            // Every half degree, from a compiled-in table (ArcSamples.swift): computing 1,440 sines and cosines cost a
            // single advice more than the rest of the search.
            let samples = Self.arcSamples
            for index in stride(from: 0, to: samples.count, by: 2) {
                consider(Unit(x: samples[index], y: samples[index + 1]))
            }
            if b.x.isFinite, abs(b.x - 0.5) <= 0.5 {
                let half = (0.25 - (b.x - 0.5) * (b.x - 0.5)).squareRoot()
                let low = max(0.5 - half, b.y), high = 0.5 + half
                if low <= high { consider(Unit(x: b.x, y: min(max(e.y, low), high))) }
            }
            if b.y.isFinite, abs(b.y - 0.5) <= 0.5 {
                let half = (0.25 - (b.y - 0.5) * (b.y - 0.5)).squareRoot()
                let low = max(0.5 - half, b.x), high = 0.5 + half
                if low <= high { consider(Unit(x: min(max(e.x, low), high), y: b.y)) }
            }
            if b.x.isFinite, b.y.isFinite { consider(b) }
        case (false, true):
            let low = max(0, b.y)
            if low <= 1 { consider(Unit(x: 0.5, y: min(max(e.y, low), 1))) }
        case (true, false):
            let low = max(0, b.x)
            if low <= 1 { consider(Unit(x: min(max(e.x, low), 1), y: 0.5)) }
        case (false, false):
            consider(Unit(x: 0.5, y: 0.5))
        }
        guard var chosen = best else { return nil }
        if amountSpan > 0 && careSpan > 0 {
            chosen = refineOnArc(chosen, cost: cost, feasible: feasible)
        }
        return point(chosen)
    }

    /// Walks along the arc around a sampled optimum with shrinking steps, so the answer does not depend on the sampling grid.
    private func refineOnArc(_ start: Unit, cost: (Unit) -> Double, feasible: (Unit) -> Bool) -> Unit {
        let onArc = abs((start.x - 0.5) * (start.x - 0.5) + (start.y - 0.5) * (start.y - 0.5) - 0.25) < 1e-9
        guard onArc else { return start }
        var angle = atan2(start.y - 0.5, start.x - 0.5)
        var best = start
        var bestCost = cost(start)
        var step = 2 * Double.pi / 720
        while step > 1e-10 {
            var moved = false
            // Both neighbours of the angle as it stood, without a list for them.
            let (below, above) = (angle - step, angle + step)
            for side in 0..<2 {
                let candidateAngle = side == 0 ? below : above
                let u = Unit(x: 0.5 + 0.5 * cos(candidateAngle), y: 0.5 + 0.5 * sin(candidateAngle))
                let c = cost(u)
                if feasible(u) && c < bestCost {
                    best = u; bestCost = c; angle = candidateAngle; moved = true
                }
            }
            if !moved { step /= 2 }
        }
        return best
    }

    /// The most compensation the circle allows when care must be at least `minimumCare`.
    func highestAmount(withCareAtLeast minimumCare: Double) -> Double? {
        settlementPoint(for: NegotiationPoint(amount: amounts.upperBound + 1, care: max(minimumCare, care.lowerBound)),
                        bottomLine: NegotiationPoint(amount: -.infinity, care: minimumCare),
                        weights: AxisWeights(result: 1, process: 1e-6))?.amount
    }

    /// The least compensation the circle allows with care at least `minimumCare` and amount at least `minimumAmount`.
    func lowestAmount(withCareAtLeast minimumCare: Double, amountAtLeast minimumAmount: Double) -> Double? {
        settlementPoint(for: NegotiationPoint(amount: amounts.lowerBound - 1, care: max(minimumCare, care.lowerBound)),
                        bottomLine: NegotiationPoint(amount: minimumAmount, care: minimumCare),
                        weights: AxisWeights(result: 1, process: 1e-6))?.amount
    }
}
