import AdvisorCore
@testable import AdvisorServer
import Foundation
import JSON
import Knowledge
import Testing

/// The endpoints, answered without a socket: what each returns, and that every bad request gets a JSON error with
/// the status that says what is wrong.
@Suite struct ServiceTests {
    static let intake = #"{"category": "installation-delay", "severity": "severe", "brokenPromises": 2, "expectation": 3000, "bottomLine": 500, "said": ["我要投诉到消协！"]}"#

    @Test func healthIsOKWithTheVersion() throws {
        let answer = try makeService().respond(to: request("GET", "/healthz"))
        #expect(answer.status == 200)
        #expect(answer.text == "{\n  \"status\" : \"ok\",\n  \"version\" : \"\(AdvisorVersion.current)\"\n}\n")
    }

    @Test func thePolicyIsThePolicyInUse() throws {
        let answer = try makeService().respond(to: request("GET", "/api/policy"))
        #expect(answer.status == 200)
        #expect(try answer.decoded(Policy.self) == Policy.builtIn)
    }

    @Test(arguments: [Language.en, .zh])
    func adviceIsTheEnginesForTheIntakeInTheLanguageAsked(language: Language) throws {
        let answer = try makeService().respond(to: request("POST", "/api/advise?lang=\(language.rawValue)", body: Self.intake))
        #expect(answer.status == 200, "\(answer.text)")
        let intake = try IntakeReader.read(Data(Self.intake.utf8), file: "intake")
        let expected = try AdviceEngine(policy: .builtIn).advise(intake, language: language, readWords: true)
        #expect(try answer.decoded(Advice.self) == expected)
        #expect(answer.header("Advice-Id") == nil, "no log, so no id")
        #expect(answer.header("Advice-Picture")?.hasPrefix("/api/picture/") == true)
    }

    @Test func eachAdviceIsLoggedBeforeItIsAnsweredAndItsIdComesInAHeader() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = AuditLog(path: folder.appendingPathComponent("audit.jsonl").path)
        let service = try makeService(log: log)
        let answer = service.respond(to: request("POST", "/api/advise", body: Self.intake))
        let id = try #require(answer.header("Advice-Id"))
        let records = try log.read().records
        guard case let .advice(record) = try #require(records.last) else { Issue.record("no advice record"); return }
        #expect(record.adviceId == id)
        // The record is the advice answered, less the customer's words, which the log keeps only when asked.
        let answered = try answer.decoded(Advice.self)
        #expect(record.advice?.moneyPlan == answered.moneyPlan && record.advice?.ladder == answered.ladder)
        #expect(record.advice?.strategy == answered.strategy)
        #expect(!(try String(contentsOfFile: log.path, encoding: .utf8)).contains("我要投诉到消协！"), "the customer's words reached the log")
        #expect(answer.header("Advice-Picture") == "/api/picture/" + id)
    }

    @Test func thePictureIsTheSVGOfTheAdviceGiven() throws {
        let service = try makeService()
        let advised = service.respond(to: request("POST", "/api/advise", body: Self.intake))
        let path = try #require(advised.header("Advice-Picture"))
        let picture = service.respond(to: request("GET", path))
        #expect(picture.status == 200)
        #expect(picture.header("Content-Type") == "image/svg+xml; charset=utf-8")
        #expect(picture.text == NegotiationPicture.svg(try advised.decoded(Advice.self)))
        #expect(service.respond(to: request("GET", "/api/picture/0000")).status == 404)
    }

    @Test func detectionIsTheDetectorsReport() throws {
        let answer = try makeService().respond(to: request("POST", "/api/detect?lang=zh", body: #"{"text": "我认识你们老总！"}"#))
        #expect(answer.status == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
        #expect(object["language"] as? String == "zh")
        #expect(object["marked"] as? String == CueDetector.standard.detect("我认识你们老总！").marked(in: .zh))
        let detection = try #require(object["detection"] as? [String: Any])
        #expect(detection["type"] as? String == CueDetector.standard.detect("我认识你们老总！").type?.rawValue)
    }

    @Test func anOutcomeIsAppendedForALoggedAdviceAsAStringOrANumber() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = AuditLog(path: folder.appendingPathComponent("audit.jsonl").path)
        let service = try makeService(log: log)
        let id = try #require(service.respond(to: request("POST", "/api/advise", body: Self.intake)).header("Advice-Id"))
        let first = service.respond(to: request("POST", "/api/outcome", body: #"{"adviceId": "\#(id)", "settled": "240.5", "form": "coupon", "accepted": true}"#))
        #expect(first.status == 201, "\(first.text)")
        let second = service.respond(to: request("POST", "/api/outcome", body: #"{"adviceId": "\#(id)", "settled": 300, "accepted": false}"#))
        #expect(second.status == 201, "\(second.text)")
        let outcomes = try log.read().records.compactMap { record -> LogRecord.OutcomeRecord? in
            if case let .outcome(outcome) = record { outcome } else { nil }
        }
        #expect(outcomes.map(\.settled.text) == ["240.5", "300"])
        #expect(outcomes.map(\.accepted) == [true, false])
        #expect(outcomes.map(\.form) == [.coupon, nil])
        #expect(outcomes.allSatisfy { $0.adviceId == id })
        #expect(try first.decoded(LogRecord.self) == .outcome(outcomes[0]), "the answer is the record written")
    }

    /// Five accepted outcomes of similar cases make the next advice quote their median, as `advise --log` does.
    /// A case key holds the page's ladder as it holds the command line's: the second call under the key opens no lower
    /// than the first, where on its own it would open at 30.
    @Test func aCaseKeyHoldsTheLadderAcrossCalls() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let service = try makeService(log: AuditLog(path: folder.appendingPathComponent("audit.jsonl").path))
        func advise(_ fields: String) throws -> Advice {
            let answer = service.respond(to: request("POST", "/api/advise?lang=en", body: #"{"category": "product-quality", "severity": "severe", \#(fields)}"#))
            #expect(answer.status == 200, "\(String(decoding: answer.body, as: UTF8.self))")
            return try answer.decoded(Advice.self)
        }
        let first = try advise(#""expectation": 250, "bottomLine": 120, "caseKey": "JD-20260301-0042""#)
        #expect(first.ladder?.opening == 120 && first.ladder?.walkAway == 250)
        #expect(first.earlier == nil)
        let alone = try advise(#""expectation": 900"#)
        #expect(alone.ladder?.opening == 30, "without the key it opens at 30")
        let second = try advise(#""expectation": 900, "caseKey": "JD-20260301-0042""#)
        #expect(second.ladder?.opening == 120 && second.ladder?.walkAway == 250, "\(String(describing: second.ladder))")
        #expect(second.earlier?.text == "1 advice; last 120 → 250 (frontline agent); now open ≥ 120, stop ≤ 250")
    }

    @Test func outcomesRecordedThroughTheServerBecomePrecedents() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let service = try makeService(log: AuditLog(path: folder.appendingPathComponent("audit.jsonl").path))
        for amount in [200, 210, 220, 230, 240] {
            let id = try #require(service.respond(to: request("POST", "/api/advise", body: Self.intake)).header("Advice-Id"))
            let recorded = service.respond(to: request("POST", "/api/outcome", body: #"{"adviceId": "\#(id)", "settled": \#(amount), "accepted": true}"#))
            #expect(recorded.status == 201)
        }
        let advice = try service.respond(to: request("POST", "/api/advise", body: Self.intake)).decoded(Advice.self)
        #expect(advice.precedent.count == 5)
        #expect(advice.precedent.amount == 220)
    }

    @Test(arguments: [
        (#"{"adviceId": "no-such-advice", "settled": "10", "accepted": true}"#, 422, "no-such-advice"),
        (#"{"adviceId": "x", "settled": "1e3", "accepted": true}"#, 400, "$.settled"),
        (#"{"adviceId": "x", "settled": -5, "accepted": true}"#, 400, "$.settled"),
        (#"{"adviceId": "x", "settled": 1e20, "accepted": true}"#, 400, "$.settled"),
        (#"{"adviceId": "x", "settled": "10", "accepted": "yes"}"#, 400, "$.accepted"),
        (#"{"adviceId": "x", "settled": "10", "accepted": true, "form": "cash"}"#, 400, "$.form"),
        (#"{"adviceId": "x", "settled": "10", "accepted": true, "extra": 1}"#, 400, "$.extra"),
        (#"{"adviceId": "x", "accepted": true}"#, 400, "$.settled"),
        (#"{"settled": "10", "accepted": true}"#, 400, "$.adviceId"),
        (#"[]"#, 400, "$"),
    ])
    func aBadOutcomeIsRefusedAndNothingIsWritten(body: String, status: Int, names: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = AuditLog(path: folder.appendingPathComponent("audit.jsonl").path)
        let answer = try makeService(log: log).respond(to: request("POST", "/api/outcome", body: body))
        #expect(answer.status == status, "\(answer.text)")
        let error = try answer.decoded(ErrorAnswer.self).error
        #expect(error.status == status)
        #expect(error.message.contains(names), "\(error.message)")
        #expect(try log.read().records.isEmpty)
    }

    @Test func withoutALogAnOutcomeIsAConflictThatSaysHowToStartTheServer() throws {
        let answer = try makeService().respond(to: request("POST", "/api/outcome", body: #"{"adviceId": "x", "settled": "1", "accepted": true}"#))
        #expect(answer.status == 409)
        #expect(try answer.decoded(ErrorAnswer.self).error.message.contains("--log"))
    }

    /// Every way a request can be wrong, with the status it gets; each answer is a JSON error naming the problem.
    @Test(arguments: [
        (request("POST", "/api/advise", body: "{\"category\": "), 400, "request body"),
        (request("POST", "/api/advise", body: #"{"category": "shipping"}"#), 400, "$.category"),
        (request("POST", "/api/advise", body: #"{"category": "billing", "tier": "ceo"}"#), 400, "ceo"),
        (request("POST", "/api/advise", body: #"{"category": "billing", "expectation": 10, "bottomLine": 20}"#), 400, "$.bottomLine"),
        (request("POST", "/api/detect", body: #"{"text": "   "}"#), 400, "$.text"),
        (request("POST", "/api/detect", body: #"{"words": "hi"}"#), 400, "$.words"),
        (request("GET", "/api/advise"), 405, "POST"),
        (request("DELETE", "/"), 405, "GET"),
        (request("POST", "/healthz", body: "{}"), 405, "GET"),
        (request("GET", "/admin"), 404, "/admin"),
        (request("GET", "/api/advise/"), 404, "/api/advise/"),
        (request("POST", "/api/advise", body: ServiceTests.intake, headers: ["Content-Type": "text/plain"]), 415, "application/json"),
        (request("GET", "/api/policy?lang=fr"), 400, "fr"),
        (request("GET", "/", headers: ["Host": "evil.example:8080"]), 421, "evil.example"),
        (request("POST", "/api/advise", body: ServiceTests.intake, headers: ["Origin": "https://evil.example"]), 403, "https://evil.example"),
    ])
    func badRequestsGetAJSONErrorWithTheirStatus(request: HTTPRequest, status: Int, names: String) throws {
        let answer = try makeService().respond(to: request)
        #expect(answer.status == status, "\(answer.text)")
        #expect(answer.header("Content-Type") == "application/json; charset=utf-8")
        let error = try answer.decoded(ErrorAnswer.self).error
        #expect(error.status == status)
        #expect(error.message.contains(names), "\(error.message)")
        if status == 405 { #expect(answer.header("Allow") == names || answer.header("Allow")?.hasPrefix(names) == true) }
    }

    @Test func aBadIntakeListsEveryProblemWithItsPathAndPlace() throws {
        let answer = try makeService().respond(to: request("POST", "/api/advise", body: #"{"category": "shipping", "severity": "huge"}"#))
        let problems = try #require(try answer.decoded(ErrorAnswer.self).error.problems)
        #expect(problems.map(\.path) == ["$.category", "$.severity"])
        #expect(problems.allSatisfy { $0.line == 1 && $0.column != nil })
    }

    @Test func errorsSpeakTheLanguageAsked() throws {
        let answer = try makeService().respond(to: request("GET", "/nowhere?lang=zh"))
        let message = try answer.decoded(ErrorAnswer.self).error.message
        #expect(message.contains("没有"), "\(message)")
    }

    @Test func withATokenTheAPIAnswers401WithoutItAndThePageStillLoads() throws {
        let service = try makeService(token: "0123456789abcdef")
        let refused = service.respond(to: request("GET", "/api/policy"))
        #expect(refused.status == 401)
        #expect(refused.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
        #expect(service.respond(to: request("GET", "/api/policy", headers: ["Authorization": "Bearer wrong-token-0000"])).status == 401)
        #expect(service.respond(to: request("GET", "/api/policy", headers: ["Authorization": "Bearer 0123456789abcdef"])).status == 200)
        #expect(service.respond(to: request("GET", "/")).status == 200)
    }

    @Test(arguments: [
        (HTTPFailure.headersTooLarge(limit: 16384), "16384"),
        (.bodyTooLarge(limit: 1048576), "1048576"),
        (.timedOut(seconds: 10), "10"),
        (.tooManyConnections(limit: 64), "64"),
        (.malformedRequestLine, "HTTP/1.1"),
    ])
    func refusalsWhileReadingAreJSONErrorsThatSayWhy(failure: HTTPFailure, names: String) throws {
        let answer = try makeService().respond(to: failure)
        #expect(answer.status == failure.status)
        let error = try answer.decoded(ErrorAnswer.self).error
        #expect(error.status == failure.status)
        #expect(error.message.contains(names))
    }

    /// Every answer carries the headers that keep it from being sniffed, cached, framed elsewhere or read across sites.
    @Test func everyAnswerCarriesTheSafetyHeaders() throws {
        let service = try makeService(frameAncestors: ["https://app.chatwoot.com"])
        for answer in [service.respond(to: request("GET", "/")), service.respond(to: request("GET", "/healthz")),
                       service.respond(to: request("GET", "/nowhere")), service.respond(to: .bodyTooLarge(limit: 1))] {
            #expect(answer.header("X-Content-Type-Options") == "nosniff")
            #expect(answer.header("Cache-Control") == "no-store")
            #expect(answer.header("Referrer-Policy") == "no-referrer")
            #expect(answer.header("Access-Control-Allow-Origin") == nil, "no cross-origin reading, wildcard or not")
            let policy = try #require(answer.header("Content-Security-Policy"))
            #expect(policy.contains("default-src 'none'"))
        }
        let page = try #require(service.respond(to: request("GET", "/")).header("Content-Security-Policy"))
        #expect(page.contains("frame-ancestors 'self' https://app.chatwoot.com"))
        #expect(page.contains("script-src 'sha256-"))
        #expect(!page.contains("unsafe-inline") && !page.contains("unsafe-eval"))
        #expect(try makeService().respond(to: request("GET", "/")).header("Content-Security-Policy")?.hasSuffix("frame-ancestors 'self'") == true)
    }
}
