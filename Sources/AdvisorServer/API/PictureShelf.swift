import AdvisorCore
import Synchronization

/// The most recent advices given, kept so the page can fetch each one's negotiation picture after its JSON.
///
/// The picture is drawn from the advice that was logged and shown, never from an intake sent again: a second advice
/// could differ (a precedent recorded in between) and would be one the log lacks. Only the newest `capacity` are kept.
final class PictureShelf: Sendable {
    private struct Shelf {
        var advices: [String: Advice] = [:]
        var order: [String] = []
    }

    private let shelf = Mutex(Shelf())
    let capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// Keeps an advice under `key`, dropping the oldest when the shelf is full.
    func keep(_ advice: Advice, as key: String) {
        shelf.withLock { shelf in
            shelf.advices[key] = advice
            shelf.order.append(key)
            if shelf.order.count > capacity {
                shelf.advices[shelf.order.removeFirst()] = nil
            }
        }
    }

    /// The advice kept under `key`, if it is still kept.
    func advice(_ key: String) -> Advice? {
        shelf.withLock { $0.advices[key] }
    }
}
