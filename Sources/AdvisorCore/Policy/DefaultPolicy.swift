import Knowledge

extension Policy {
    /// The built-in policy, so every command works with no file.
    ///
    /// Product quality and returns offer goodwill only when asked: in the tuning half of the real cases the business
    /// mostly gave the remedy alone (see `advisor calibrate`), and an unasked coupon is money nobody expected.
    ///
    /// Calibrated so each seed case of the training material, entered as an intake, gets a range that
    /// holds the seed's own settlement (the golden tests prove it): refrigerator 200, rude agent 1000
    /// points (100 at 10 points a yuan), courier delay 50 plus an express reship, furniture installation
    /// 500 plus a free service visit.
    public static let builtIn = Policy(
        name: "built-in",
        version: "2026-12-01",
        currency: "CNY",
        tiers: ["agent", "senior", "supervisor", "manager"],
        ceilingShareOfOrderValue: 1.5,
        forms: FormSettings(pointsPerCurrencyUnit: 10, serviceVisitValue: 100, expressReshipValue: 20,
                            roundingSteps: ["coupon": 10, "points": 1, "refund": 1]),
        modifiers: Modifiers(
            severity: ["minor": 0.5, "moderate": 1.0, "severe": 1.5, "critical": 2.0],
            fault: ["own": 1.0, "third-party": 0.75, "unclear": 0.5, "customer": 0.0],
            perBrokenPromise: 0.5,
            maxBrokenPromisesCounted: 4,
            customerValue: ["standard": 1.0, "valued": 1.1, "key": 1.25]
        ),
        categories: [
            "product-quality": CategoryPolicy(
                remedies: [.repair, .exchange, .returnAndRefund], floor: 20, standard: 100,
                caps: ["agent": 300, "senior": 600, "supervisor": 1500, "manager": 3000],
                forms: [.coupon, .points, .refund, .freeServiceVisit],
                minCare: 1, maxCare: ["agent": 2, "senior": 3, "supervisor": 4, "manager": 4], goodwill: .onRequest),
            "service-attitude": CategoryPolicy(
                remedies: [.apology], floor: 20, standard: 60,
                caps: ["agent": 200, "senior": 400, "supervisor": 800, "manager": 1500],
                forms: [.points, .coupon],
                minCare: 1, maxCare: ["agent": 2, "senior": 3, "supervisor": 4, "manager": 4],
                ceiling: CeilingRule(amount: 1500)),
            "logistics-delay": CategoryPolicy(
                remedies: [.expedite, .reship], floor: 10, standard: 60,
                caps: ["agent": 100, "senior": 200, "supervisor": 500, "manager": 1000],
                forms: [.coupon, .expressReship, .points, .refund],
                minCare: 0, maxCare: ["agent": 2, "senior": 3, "supervisor": 4, "manager": 4],
                ceiling: CeilingRule(orderShare: 1.5, amount: 300)),
            "installation-delay": CategoryPolicy(
                remedies: [.expedite, .repair, .returnAndRefund], floor: 50, standard: 150,
                caps: ["agent": 300, "senior": 800, "supervisor": 2000, "manager": 5000],
                forms: [.coupon, .freeServiceVisit, .points, .refund],
                minCare: 1, maxCare: ["agent": 2, "senior": 3, "supervisor": 4, "manager": 4],
                ceiling: CeilingRule(orderShare: 1.5, amount: 1000)),
            "usage-question": CategoryPolicy(
                remedies: [.explanation], floor: 0, standard: 0,
                caps: ["agent": 0, "senior": 0, "supervisor": 50, "manager": 100],
                forms: [.points, .freeServiceVisit],
                minCare: 0, maxCare: ["agent": 1, "senior": 2, "supervisor": 3, "manager": 4]),
            "return-exchange": CategoryPolicy(
                remedies: [.returnAndRefund, .exchange], floor: 0, standard: 30,
                caps: ["agent": 100, "senior": 300, "supervisor": 800, "manager": 2000],
                forms: [.coupon, .points, .refund],
                minCare: 0, maxCare: ["agent": 2, "senior": 3, "supervisor": 4, "manager": 4], goodwill: .onRequest),
            "billing": CategoryPolicy(
                remedies: [.correctCharge], floor: 0, standard: 30,
                caps: ["agent": 100, "senior": 300, "supervisor": 800, "manager": 2000],
                forms: [.refund, .points, .coupon],
                minCare: 1, maxCare: ["agent": 2, "senior": 3, "supervisor": 4, "manager": 4]),
        ],
        tierNames: [
            "agent": DisplayName(zh: "一线客服", en: "frontline agent"),
            "senior": DisplayName(zh: "资深客服", en: "senior agent"),
            "supervisor": DisplayName(zh: "主管", en: "supervisor"),
            "manager": DisplayName(zh: "经理", en: "manager"),
        ],
        jurisdiction: "CN",
        owedLimits: ["agent": 300, "senior": 1000, "supervisor": 5000, "manager": 20000]
    )
}
