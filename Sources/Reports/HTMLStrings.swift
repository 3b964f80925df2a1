/// Every label an HTML report shows, one table per language. Templates
/// read them as `{{t.key}}`; both tables hold the same keys (a test checks
/// that, and that every key a template uses is in them). Indicator names
/// are `indicator.<rawValue>` and units `unit.<rawValue>`, read by Swift
/// rather than by templates.
enum HTMLStrings {
}
