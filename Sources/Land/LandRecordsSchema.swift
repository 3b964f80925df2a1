/// The XSD of land-record format v1 (`Schemas/land-records-1.xsd`), built
/// into the binary so `mujun validate` works from any folder.
public enum LandRecordsSchema {
  public static let fileName = "land-records-1.xsd"

  public static var xsd: String {
    LandResources.files.first { $0.path.hasSuffix(fileName) }?.text ?? ""
  }
}
