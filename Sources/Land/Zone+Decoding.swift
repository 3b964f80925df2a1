import XMLStream

extension Zone {
  /// `<zone level="national">…开发区</zone>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Zone? {
    _ = decoder.open(element, attributes: ["level"], text: true)
    guard let level = decoder.choice(element, "level", required: true, as: ZoneLevel.self)
    else { return nil }
    return Zone(level: level, name: decoder.text(element))
  }
}
