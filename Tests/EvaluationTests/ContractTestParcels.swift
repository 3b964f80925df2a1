import Land
import XMLStream

/// A date written the way records write it; tests only pass real dates.
func day(_ text: String) -> CivilDate {
  guard let date = CivilDate(text) else { preconditionFailure("not a date: \(text)") }
  return date
}

/// A parcel of 30000 m² (45 mu) with a land price of 800 (10k CNY), a
/// contract with the given clauses, and nothing else unless given.
func contractParcel(
  area: Area = Area(30000, .squareMetre), price: Double? = 800,
  handover: Handover? = nil, start: ContractDeadline? = nil,
  completion: ContractDeadline? = nil, commitments: [Commitment] = [],
  construction: Construction? = nil, site: Site? = nil, buildings: [Building]? = nil,
  fixedAssets: Double? = nil, performance: [Performance] = [], events: [Event] = []
) -> Parcel {
  Parcel(
    id: "T-1", district: District(code: "510116", name: "双流区"), area: area,
    sector: Sector(code: "C3981", name: "x"),
    supply: Supply(price: price),
    contract: Contract(
      handover: handover, start: start, completion: completion, commitments: commitments),
    construction: construction, site: site, buildings: buildings,
    investment: fixedAssets.map { Investment(fixedAssets: $0) },
    performance: performance, events: events,
    location: SourceLocation(file: "t.xml", line: 1, column: 1))
}
