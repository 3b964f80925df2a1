import ArgumentParser
import XMLStream

/// Opening the land-record file a command reads.
enum RecordFile {
  /// The reader for `path`, or the reason it cannot be read on standard
  /// error and exit status 2.
  static func open(_ path: String) throws -> XMLRecordReader {
    do {
      return try XMLRecordReader(path: path)
    } catch {
      StandardError.write(error.description)
      throw ExitStatus.inputErrors
    }
  }
}
