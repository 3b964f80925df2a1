/// The line `mujun evaluate` keeps up to date on a terminal during a long
/// run: `12,345 records · 6,172 records/s · 0:02 elapsed · ETA 0:08`. The
/// time left is worked out from the share of the file's bytes read so far.
public enum ProgressLine {
  public static func render(records: Int, elapsed: Double, bytesRead: Int, totalBytes: Int?)
    -> String
  {
    let rate = elapsed > 0 ? Int((Double(records) / elapsed).rounded()) : 0
    var eta = "ETA --:--"
    if let totalBytes, totalBytes > 0, bytesRead > 0, elapsed > 0 {
      let left = max(0, totalBytes - bytesRead)
      eta = "ETA " + duration(elapsed * Double(left) / Double(bytesRead))
    }
    return
      "\(grouped(records)) records · \(grouped(rate)) records/s · \(duration(elapsed)) elapsed · \(eta)"
  }

  /// `m:ss`, or `h:mm:ss` from an hour on; whole seconds, rounded down.
  static func duration(_ seconds: Double) -> String {
    let total = seconds.isFinite ? max(0, Int(seconds)) : 0
    let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
    let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    if hours > 0 { return "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" }
    return "\(minutes):\(twoDigits(secs))"
  }

  /// `1234567` as `1,234,567`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return value < 0 ? "-" + out : out
  }
}
