/// The class a parcel got in an earlier year's evaluation
/// (`records.md`, `ratings/rating`).
public struct Rating: Sendable, Hashable {
  public var year: Int
  public var `class`: RatingClass

  public init(year: Int, class: RatingClass) {
    self.year = year
    self.class = `class`
  }
}
