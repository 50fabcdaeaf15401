import RecTrackCore
@testable import RecTrackReports
import Testing

/// The palette meets WCAG 2.1 AA: 4.5:1 for text, 3:1 for bars against their track.
@Suite struct StatusPaletteTests {
    @Test func contrastFormulaMatchesWCAG() {
        #expect(StatusPalette.contrast("#000000", "#ffffff") == 21)
        #expect(StatusPalette.contrast("#ffffff", "#ffffff") == 1)
        #expect(abs(StatusPalette.contrast("#767676", "#FFFFFF") - 4.54) < 0.01)
    }

    @Test(arguments: Status.allCases)
    func statusColourCarriesWhiteTextAndShowsOnTheTrack(_ status: Status) {
        let colour = StatusPalette.colour(status)
        #expect(StatusPalette.contrast(colour, "#ffffff") >= 4.5)
        #expect(StatusPalette.contrast(colour, StatusPalette.surface) >= 4.5)
        #expect(StatusPalette.contrast(colour, StatusPalette.track) >= 3)
    }

    @Test func statusColoursAreDistinct() {
        #expect(Set(Status.allCases.map(StatusPalette.colour)).count == Status.allCases.count)
    }

    @Test(arguments: [StatusPalette.text, StatusPalette.muted, StatusPalette.link])
    func textColoursReadOnEveryBackground(_ colour: String) {
        #expect(StatusPalette.contrast(colour, StatusPalette.background) >= 4.5)
        #expect(StatusPalette.contrast(colour, StatusPalette.surface) >= 4.5)
    }

    @Test func mastheadCarriesWhiteText() {
        #expect(StatusPalette.contrast(StatusPalette.header, "#ffffff") >= 4.5)
        #expect(StatusPalette.contrast(StatusPalette.header, StatusPalette.track) >= 3)
    }

    @Test func stylesheetUsesThePalette() {
        for status in Status.allCases {
            #expect(Stylesheet.css.contains(".badge.s-\(status.rawValue) { background: \(StatusPalette.colour(status)); }"))
        }
        #expect(Stylesheet.css.contains("@media print"))
        #expect(Stylesheet.css.contains("@media screen and (max-width: 44rem)"))
        #expect(Stylesheet.css.contains("main a[href^=\"http\"]::after { content: \" <\" attr(href) \">\""))
    }
}
