import XMLStream

extension Rating {
  /// `<rating year="2023" class="D"/>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Rating? {
    _ = decoder.open(element, attributes: ["year", "class"])
    let year = decoder.year(element, "year", required: true)
    let ratingClass = decoder.choice(element, "class", required: true, as: RatingClass.self)
    guard let year, let ratingClass else { return nil }
    return Rating(year: year, class: ratingClass)
  }
}
