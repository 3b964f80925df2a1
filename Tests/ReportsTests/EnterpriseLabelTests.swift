import Enterprises
import Land
import Testing

@testable import Reports

/// The labels of the one-firm sheet and the enterprise section.
@Suite struct EnterpriseLabelTests {
  static let tables = [HTMLStrings.chinese, HTMLStrings.english]

  /// The enterprise tables are merged into each language's table: a key in
  /// both would silently lose one of its texts.
  @Test func theEnterpriseLabelsShadowNoOtherLabel() {
    #expect(
      Set(HTMLStrings.chineseReports.keys).isDisjoint(with: HTMLStrings.chineseEnterprises.keys))
    #expect(
      Set(HTMLStrings.englishReports.keys).isDisjoint(with: HTMLStrings.englishEnterprises.keys))
    #expect(Set(HTMLStrings.chineseEnterprises.keys) == Set(HTMLStrings.englishEnterprises.keys))
  }

  @Test func everyFigureAndUnitHasALabelInBothLanguages() {
    for table in Self.tables {
      for field in PerformanceField.allCases {
        #expect(table["figure.\(field.rawValue)"] != nil, "\(field)")
      }
      for unit in FigureUnit.allCases {
        #expect(table[HTMLSheetFigure.unitKey(unit)] != nil, "\(unit)")
      }
    }
    // The Chinese units are the units' own names.
    for unit in FigureUnit.allCases {
      #expect(HTMLStrings.chinese[HTMLSheetFigure.unitKey(unit)] == unit.rawValue)
    }
  }

  @Test func everyTrackScaleAndIndicatorHasALabelInBothLanguages() {
    for table in Self.tables {
      for track in EnterpriseTrack.allCases {
        #expect(table["track.\(track.rawValue)"] != nil, "\(track)")
      }
      for scale in HolderScale.allCases {
        #expect(table["scale.\(scale.rawValue)"] != nil, "\(scale)")
      }
      for indicator in Indicator.allCases {
        #expect(table["indicator.\(indicator.rawValue)"] != nil, "\(indicator)")
        #expect(table["unit.\(indicator.unit.rawValue)"] != nil, "\(indicator)")
      }
      for change in HTMLClassChange.allCases {
        #expect(table["change.\(change.rawValue)"] != nil, "\(change)")
      }
    }
  }
}
