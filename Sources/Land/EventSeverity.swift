/// How serious an event was (`records.md`, `event/@severity`).
public enum EventSeverity: String, Sendable, Hashable, CaseIterable {
  case minor
  case major
}
