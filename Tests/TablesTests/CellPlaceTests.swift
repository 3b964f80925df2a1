import Tables
import Testing

@Suite struct CellPlaceTests {
  @Test(arguments: [
    (1, "A"), (2, "B"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"),
  ])
  func columnLetters(column: Int, letters: String) {
    #expect(CellPlace.columnLetters(column) == letters)
  }

  @Test func csvAndSheetPlaces() {
    #expect(CellPlace(file: "tax.csv", row: 17, column: 4).description == "tax.csv:17:4")
    #expect(
      CellPlace(file: "tax.xlsx", sheet: "Sheet1", row: 17, column: 4).description
        == "tax.xlsx:Sheet1!D17")
    #expect(CellPlace(file: "tax.csv", row: 3).description == "tax.csv:3")
    #expect(CellPlace(file: "tax.xlsx", sheet: "税收", row: 3).description == "tax.xlsx:税收!3")
  }
}
