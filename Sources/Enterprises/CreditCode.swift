/// The 18-character unified social credit code (统一社会信用代码) that keys
/// an enterprise across the land records and the departments' files.
public enum CreditCode {}
