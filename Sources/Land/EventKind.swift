/// What happened (`records.md`, `event/@kind`).
public enum EventKind: String, Sendable, Hashable, CaseIterable {
  case environmentalViolation = "environmental-violation"
  case safetyIncident = "safety-incident"
  case governmentDelay = "government-delay"
  case forceMajeure = "force-majeure"
  case productionStopped = "production-stopped"
  case other
}
