import Glibc
import Synchronization

/// Why the server could not start listening.
public enum ListenError: Error, Equatable, Sendable {
    /// The address and port could not be taken (in use, not this machine's, or a port below 1024 without the right).
    case cannotListen(address: String, port: Int, reason: String)
}

/// A listening TCP socket, bound before the server is built, so the port it got (with port 0, any free one) is known
/// to the rules that check the Host header.
public final class Listener: Sendable {
    let descriptor: Int32
    /// The port listened on.
    public let port: Int
    public let address: ListenAddress

    /// Binds and listens.
    /// - Throws: `ListenError.cannotListen` with the system's reason.
    public init(address: ListenAddress, port: Int) throws(ListenError) {
        self.address = address
        let family = address.family == .v4 ? AF_INET : AF_INET6
        let fd = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        func failure() -> ListenError {
            .cannotListen(address: address.urlHost, port: port, reason: String(cString: strerror(errno)))
        }
        guard fd >= 0 else { throw failure() }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        /// Binds to a socket address of either family, whose size `bind` must be told.
        func bind<Address>(_ socketAddress: Address) -> Int32 {
            var socketAddress = socketAddress
            return withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, socklen_t(MemoryLayout<Address>.size)) }
            }
        }
        let networkPort = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
        let bound: Int32
        switch address.family {
        case .v4:
            var socketAddress = sockaddr_in()
            socketAddress.sin_family = sa_family_t(AF_INET)
            socketAddress.sin_port = networkPort
            withUnsafeMutableBytes(of: &socketAddress.sin_addr) { $0.copyBytes(from: address.bytes) }
            bound = bind(socketAddress)
        case .v6:
            var socketAddress = sockaddr_in6()
            socketAddress.sin6_family = sa_family_t(AF_INET6)
            socketAddress.sin6_port = networkPort
            withUnsafeMutableBytes(of: &socketAddress.sin6_addr) { $0.copyBytes(from: address.bytes) }
            bound = bind(socketAddress)
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            let error = failure()
            close(fd)
            throw error
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        let boundPort: UInt16 = withUnsafeBytes(of: &storage) { raw in
            // sin_port and sin6_port both sit just after the two-byte family.
            raw.load(fromByteOffset: 2, as: UInt16.self)
        }
        self.port = Int(UInt16(bigEndian: boundPort))
        descriptor = fd
    }

    deinit { close(descriptor) }
}

/// HTTP/1.1 over POSIX sockets: one thread per connection, up to a limit, one request per connection.
///
/// The socket work stays here; reading a request is `HTTPRequestParser`'s and answering it the responder's, so both
/// are tested without a socket. Every read has a deadline for the whole request and every write a timeout, so a slow
/// or silent client holds a thread for a bounded time; past the connection limit a client gets 503 at once.
public final class HTTPServer: Sendable {
    private let listener: Listener
    private let responder: any HTTPResponder
    private let limits: ServerLimits
    private struct Counts {
        var open = 0
        var stopping = false
    }
    private let counts = Mutex(Counts())
    private let acceptor = Mutex<pthread_t?>(nil)

    /// A server answering on `listener` with `responder`.
    public init(listener: Listener, responder: any HTTPResponder, limits: ServerLimits) {
        self.listener = listener
        self.responder = responder
        self.limits = limits
    }

    /// Accepts connections until `stop()`; for `advisor serve`, for as long as the process runs.
    public func run() {
        while true {
            let fd = accept(listener.descriptor, nil, nil)
            if fd >= 0 {
                // accept4 is not in Swift's view of Glibc; a process started meanwhile must not inherit the socket.
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
            if fd < 0 {
                if counts.withLock({ $0.stopping }) { return }
                // Out of descriptors: wait for some to close rather than spin.
                if errno == EMFILE || errno == ENFILE { usleep(10_000) }
                continue
            }
            let admitted = counts.withLock { counts -> Bool in
                guard counts.open < limits.connections, !counts.stopping else { return false }
                counts.open += 1
                return true
            }
            guard admitted else {
                refuse(fd, responder.respond(to: .tooManyConnections(limit: limits.connections)))
                continue
            }
            let connection = Connection(descriptor: fd, server: self)
            if !ServerThread.start(connection.serve) {
                counts.withLock { $0.open -= 1 }
                refuse(fd, responder.respond(to: .tooManyConnections(limit: limits.connections)))
            }
        }
    }

    /// Starts accepting on a thread of its own, for tests and embedders; `stop()` ends it.
    public func start() {
        let thread = ServerThread.spawn { [self] in run() }
        acceptor.withLock { $0 = thread }
    }

    /// Stops accepting and waits for the connections being served to finish.
    public func stop() {
        counts.withLock { $0.stopping = true }
        // Wakes the blocked accept on Linux; the descriptor itself closes with the listener.
        shutdown(listener.descriptor, Int32(SHUT_RDWR))
        if let thread = acceptor.withLock({ value -> pthread_t? in
            defer { value = nil }
            return value
        }) {
            pthread_join(thread, nil)
        }
        while counts.withLock({ $0.open }) > 0 { usleep(2_000) }
    }

    /// How many connections are being served now.
    public var openConnections: Int { counts.withLock { $0.open } }

    fileprivate func finished() {
        counts.withLock { $0.open -= 1 }
    }

    /// Answers a connection that will not be served, without reading its request, and closes it.
    private func refuse(_ fd: Int32, _ response: HTTPResponse) {
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        Connection.sendAll(fd, response.serialized(date: HTTPDate.now()))
        Connection.closeGently(fd, drainBytes: 64 * 1024, seconds: 0)
    }

    /// One client's connection: read one request within the deadline, answer it, close.
    fileprivate final class Connection: Sendable {
        let descriptor: Int32
        let server: HTTPServer

        init(descriptor: Int32, server: HTTPServer) {
            self.descriptor = descriptor
            self.server = server
        }

        func serve() {
            // The place is given back once the answer is sent, before the client can see the connection end: a client
            // that connects again at once must find it free, or it would get a 503 for a place still being tidied.
            var released = false
            func answer(_ response: HTTPResponse, headOnly: Bool = false) {
                Self.sendAll(descriptor, response.serialized(headOnly: headOnly, date: HTTPDate.now()))
                released = true
                server.finished()
            }
            defer { if !released { server.finished() } }
            let limits = server.limits
            var timeout = timeval(tv_sec: Int(limits.writeSeconds), tv_usec: Int((limits.writeSeconds.truncatingRemainder(dividingBy: 1)) * 1_000_000))
            setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var yes: Int32 = 1
            setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            let deadline = Clock.now() + limits.readSeconds
            var buffer: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let parse = HTTPRequestParser.parse(buffer, limits: limits)
                switch parse {
                case let .complete(request, _):
                    answer(server.responder.respond(to: request), headOnly: request.method == "HEAD")
                    Self.closeGently(descriptor, drainBytes: 0, seconds: 0)
                    return
                case let .refused(failure):
                    answer(server.responder.respond(to: failure))
                    // The client may still be sending a body too large to take: read and drop it for a moment, so
                    // closing does not reset the connection before the client has read why.
                    Self.closeGently(descriptor, drainBytes: limits.bodyBytes * 4 + limits.headerBytes, seconds: 1)
                    return
                case let .incomplete(total):
                    let left = deadline - Clock.now()
                    guard left > 0, Self.waitForInput(descriptor, seconds: left) else {
                        answer(server.responder.respond(to: HTTPFailure.timedOut(seconds: limits.readSeconds)))
                        Self.closeGently(descriptor, drainBytes: 0, seconds: 0)
                        return
                    }
                    let wanted = min(chunk.count, max(total.map { $0 - buffer.count } ?? chunk.count, 1))
                    let received = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, wanted, 0) }
                    if received < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                    guard received > 0 else {
                        // The client went away before its request was whole: nothing to answer.
                        close(descriptor)
                        return
                    }
                    buffer.append(contentsOf: chunk[0..<received])
                }
            }
        }

        /// Waits until the socket has something to read (or has closed); false when the time runs out first.
        static func waitForInput(_ fd: Int32, seconds: Double) -> Bool {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(max(seconds * 1000, 1), 3_600_000))
            while true {
                let ready = poll(&poller, 1, milliseconds)
                if ready < 0 && errno == EINTR { continue }
                return ready > 0
            }
        }

        /// Writes all the bytes, or as many as the client takes before the write timeout.
        static func sendAll(_ fd: Int32, _ bytes: [UInt8]) {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    // MSG_NOSIGNAL: a client that hung up is an error to ignore, never a SIGPIPE that ends the server.
                    let sent = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                    if sent < 0 && errno == EINTR { continue }
                    guard sent > 0 else { return }
                    offset += sent
                }
            }
        }

        /// Ends the connection: no more writing, what the client still sends is read and dropped (up to a bound), then
        /// close. Closing with unread bytes would send a reset, which can destroy the answer before the client reads it.
        static func closeGently(_ fd: Int32, drainBytes: Int, seconds: Double) {
            shutdown(fd, Int32(SHUT_WR))
            var drained = 0
            var scratch = [UInt8](repeating: 0, count: 16 * 1024)
            let deadline = Clock.now() + seconds
            while drained <= drainBytes {
                let flags = seconds > 0 ? 0 : Int32(MSG_DONTWAIT)
                if seconds > 0 {
                    let left = deadline - Clock.now()
                    guard left > 0, waitForInput(fd, seconds: left) else { break }
                }
                let received = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, flags) }
                if received < 0 && errno == EINTR { continue }
                guard received > 0 else { break }
                drained += received
            }
            close(fd)
        }
    }
}

/// A monotonic clock in seconds, for deadlines that the wall clock's jumps cannot move.
enum Clock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// The `Date` header's form (RFC 9110, IMF-fixdate): `Sun, 06 Nov 1994 08:49:37 GMT`.
enum HTTPDate {
    static func now() -> String {
        format(time(nil))
    }

    static func format(_ seconds: time_t) -> String {
        var parts = tm()
        var clock = seconds
        gmtime_r(&clock, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}

/// Threads as the server needs them, straight on pthreads: a detached one per connection, a joinable one to accept.
enum ServerThread {
    private final class Box {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Starts a detached thread; false when the system has no thread to give.
    static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        return create(body, attributes: &attributes) != nil
    }

    /// Starts a thread to be joined.
    static func spawn(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        return create(body, attributes: &attributes)
    }

    private static func create(_ body: @escaping @Sendable () -> Void, attributes: inout pthread_attr_t) -> pthread_t? {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            let box = Unmanaged<Box>.fromOpaque(context!).takeRetainedValue()
            box.body()
            return nil
        }, box)
        guard status == 0 else {
            Unmanaged<Box>.fromOpaque(box).release()
            return nil
        }
        return thread
    }
}
