import Enterprises
import Testing

@Suite struct CreditCodeTests {
  /// GB 32100-2015, table 2: W_i = 3^(i−1) mod 31. Worked: 3^3 = 27;
  /// 3^4 = 81 = 2×31 + 19; 19×3 = 57 − 31 = 26; 26×3 = 78 − 62 = 16;
  /// 16×3 = 48 − 31 = 17; 17×3 = 51 − 31 = 20; 20×3 = 60 − 31 = 29;
  /// 29×3 = 87 − 62 = 25; 25×3 = 75 − 62 = 13; 13×3 = 39 − 31 = 8;
  /// 8×3 = 24; 24×3 = 72 − 62 = 10; 10×3 = 30; 30×3 = 90 − 62 = 28.
  @Test func weightsArePowersOfThreeModuloThirtyOne() {
    #expect(
      CreditCode.weights == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
  }

  /// GB 32100-2015, table 1: 0–9, then A=10 … Y=30 without I, O, S, V, Z.
  @Test func characterValues() {
    #expect(String(CreditCode.characters) == "0123456789ABCDEFGHJKLMNPQRTUWXY")
    #expect(CreditCode.characters.count == 31)
    for letter: Character in ["I", "O", "S", "V", "Z"] {
      #expect(!CreditCode.characters.contains(letter))
    }
  }

  /// The standard's own worked example: `91350100M000100Y4` has values
  /// 9 1 3 5 0 1 0 0 21 0 0 0 1 0 0 30 4; the products with the weights are
  /// 9 3 27 135 0 26 0 0 420 0 0 0 8 0 0 900 112, summing to 1640;
  /// 1640 = 52 × 31 + 28, so C18 = 31 − 28 = 3.
  @Test func standardsWorkedExample() throws {
    #expect(CreditCode.checkCharacter(for: "91350100M000100Y4") == "3")
    #expect(try CreditCode("91350100M000100Y43").text == "91350100M000100Y43")
    // The standard rejects 91350100M000100Y4Z for its check; Z is not even
    // in the set, which is the more precise thing to tell the clerk.
    #expect(
      CreditCode.validate("91350100M000100Y4Z")
        == .failure(
          .characterNotAllowed(given: "91350100M000100Y4Z", character: "Z", position: 18)))
    #expect(
      CreditCode.validate("91350100M000100Y44")
        == .failure(
          .wrongCheckCharacter(
            given: "91350100M000100Y44", code: "91350100M000100Y44", found: "4", expected: "3")))
  }

  /// Published codes. 914403001922038216 is Huawei Technologies Co., Ltd.
  /// (华为技术有限公司; Wikipedia's infobox). Worked: values
  /// 9 1 4 4 0 3 0 0 1 9 2 2 0 3 8 2 1 times the weights give
  /// 9 3 36 108 0 78 0 0 20 261 50 26 0 72 80 60 28 = 831;
  /// 831 = 26 × 31 + 25, C18 = 31 − 25 = 6.
  /// 91110000600037341L (python-stdnum's list of codes found online):
  /// 9 3 9 27 0 0 0 0 120 0 0 0 24 168 30 120 28 = 538 = 17 × 31 + 11,
  /// C18 = 31 − 11 = 20 = L.
  /// 91620105L015101280 (same list): L = 20; products
  /// 9 3 54 54 0 26 0 85 400 0 25 65 8 0 10 60 224 = 1023 = 33 × 31,
  /// so MOD is 0, 31 − 0 = 31, written 0: the check character 0 case.
  @Test(arguments: [
    "914403001922038216", "91110000600037341L", "91620105L015101280",
    "91310115MA1K3BTP2B", "9144030071526726XG",
  ])
  func publishedCodesPass(_ code: String) throws {
    #expect(try CreditCode(code).text == code)
  }

  /// Spaces (ASCII and U+3000) trimmed, full-width forms narrowed, lower
  /// case raised, silently.
  @Test(arguments: [
    ("  914403001922038216 ", "914403001922038216"),
    ("\u{3000}９１１１００００６０００３７３４１Ｌ\u{3000}", "91110000600037341L"),
    ("91310115ma1k3btp2b", "91310115MA1K3BTP2B"),
    ("9144030071526726ｘｇ", "9144030071526726XG"),
  ])
  func normalisesBeforeChecking(_ text: String, _ code: String) throws {
    #expect(try CreditCode(text).text == code)
    #expect(CreditCode.normalised(text) == code)
  }

  /// One changed character: 91110000600037341L with the 18th written N
  /// names L; with position 15 (weight 10) 3 → 8 the sum grows by
  /// 5 × 10 = 50 to 588 = 18 × 31 + 30, so the 18th should be 31 − 30 = 1.
  @Test func changedCharacterNamesTheExpectedCheck() {
    #expect(
      CreditCode.validate("91110000600037341N").failure?.description
        == "credit code '91110000600037341N' fails its check (GB 32100-2015): the first 17"
        + " characters give 'L' as the 18th, not 'N'; a character is mistyped: check the"
        + " code against the business licence")
    #expect(
      CreditCode.validate("91110000600037841L")
        == .failure(
          .wrongCheckCharacter(
            given: "91110000600037841L", code: "91110000600037841L", found: "L",
            expected: "1")))
    #expect(
      CreditCode.validate("91110000600037841L").failure?.wellFormedCode == "91110000600037841L")
  }

  @Test func wrongLength() {
    #expect(
      CreditCode.validate("9111000060003734").failure?.description
        == "credit code '9111000060003734' has 16 characters, a unified social credit code"
        + " has 18; check it against the business licence")
    #expect(CreditCode.validate("9111000060003734").failure?.wellFormedCode == nil)
    // 914403001922038216 stored as a number by Excel.
    #expect(
      CreditCode.validate("9.14403E+17").failure?.description
        == "credit code '9.14403E+17' has 11 characters, a unified social credit code has 18;"
        + " check it against the business licence (it looks like a number Excel shortened:"
        + " format the column as text and write the code again)")
    #expect(CreditCode.validate(" \u{3000}") == .failure(.empty))
    #expect(
      CreditCode.validate("").failure?.description
        == "no credit code: the row cannot be matched to an enterprise; write the enterprise's"
        + " 18-character unified social credit code (统一社会信用代码)")
  }

  @Test func characterNotAllowed() {
    // The letter O where 91110000600037341L has the digit 0 (position 12).
    #expect(
      CreditCode.validate("91110000600O37341L").failure?.description
        == "credit code '91110000600O37341L': 'O' at position 12 is not allowed (credit codes"
        + " use the digits and the capital letters other than I, O, S, V and Z); if it is the"
        + " digit 0, write 0")
    #expect(
      CreditCode.validate("91110000-60003734L")
        == .failure(.characterNotAllowed(given: "91110000-60003734L", character: "-", position: 9)))
    // Counted in characters, not bytes: 深 is one character of three bytes.
    #expect(
      CreditCode.validate("深1110000600037341L")
        == .failure(.characterNotAllowed(given: "深1110000600037341L", character: "深", position: 1)))
    #expect(
      CreditCode.validate("9111000060003734iL")
        == .failure(.characterNotAllowed(given: "9111000060003734iL", character: "i", position: 17))
    )
  }

  @Test func checkCharacterNeedsSeventeenCharactersOfTheSet() {
    #expect(CreditCode.checkCharacter(for: "9111000060003734") == nil)
    #expect(CreditCode.checkCharacter(for: "91110000600O37341") == nil)
    #expect(CreditCode.checkCharacter(for: "91110000600037341") == "L")
  }

  @Test func ordersByText() throws {
    #expect(try CreditCode("91110000600037341L") < CreditCode("914403001922038216"))
  }
}

extension Result {
  var failure: Failure? {
    if case .failure(let failure) = self { return failure }
    return nil
  }
}
