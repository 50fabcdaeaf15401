/// The kebab-case name an evidence file gets from its title.
public enum EvidenceSlug {
    /// The longest slug, in characters; a longer one is cut at a hyphen.
    public static let limit = 60

    /// "Children's Wellbeing and Schools Act 2026 (2026 c. 21)" → "childrens-wellbeing-and-schools-act-2026-2026-c-21".
    ///
    /// Apostrophes vanish (so "children's" stays one word), `&` becomes "and", common accented
    /// letters lose their accents, and anything else that is not a letter or digit separates words.
    public static func make(from title: String) -> String {
        var words: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        for scalar in title.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": word.unicodeScalars.append(scalar)
            case "'", "\u{2019}", "\u{2018}", "\u{02BC}": continue
            case "&": endWord(); words.append("and")
            default:
                if let plain = plainLetters[scalar] { word += plain } else { endWord() }
            }
        }
        endWord()
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > limit {
                if slug.isEmpty { slug = String(word.prefix(limit)) }
                break
            }
            slug = next
        }
        return slug.isEmpty ? "evidence" : slug
    }

    /// Accented letters that become plain ones.
    private static let plainLetters: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēę", "e"), ("ìíîïī", "i"), ("ñń", "n"),
            ("òóôõöøō", "o"), ("ùúûüū", "u"), ("ýÿ", "y"), ("śš", "s"), ("źżž", "z"), ("ł", "l"),
            ("æ", "ae"), ("œ", "oe"), ("ß", "ss"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, plain) in groups { for scalar in letters.unicodeScalars { table[scalar] = plain } }
        return table
    }()
}
