import Knowledge

/// The JSON form of one detection, as `detect --json` prints it and `POST /api/detect` answers: the detection plus the
/// marked text in the chosen language.
public struct DetectionReport: Codable, Sendable {
    public var detection: Detection
    public var marked: String
    public var language: Language

    /// The report of a detection in one language.
    public init(_ detection: Detection, language: Language) {
        self.detection = detection
        marked = detection.marked(in: language)
        self.language = language
    }
}
