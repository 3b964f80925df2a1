/// When a synthetic project was due to start and finish, and what happened:
/// most start and finish on time, some late, some never start (idle land).
struct ContractPlan {
  var signed: Day
  var startDue: Day
  var completionDue: Day
  var started: Day?
  var completed: Day?
  var suspended: Bool

  init(granted: Day, rng: inout SplitMix64) {
    signed = granted.adding(months: 1)
    startDue = granted.adding(years: 1)
    completionDue = granted.adding(years: 3)
    let fate = rng.unit()
    if fate < 0.05 {
      // Idle: never started.
      started = nil
      completed = nil
    } else {
      // On time or up to eight months late.
      started = startDue.adding(months: fate < 0.75 ? -rng.int(0...6) : rng.int(1...8))
      let late = rng.chance(0.15)
      let done = startDue.adding(years: 2, months: late ? rng.int(1...14) : -rng.int(0...10))
      completed = rng.chance(0.9) && done.year <= 2024 ? done : nil
    }
    suspended = started != nil && completed == nil && rng.chance(0.3)
  }
}
