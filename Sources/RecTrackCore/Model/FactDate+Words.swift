extension Day {
    /// The months' names in English, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June",
                                    "July", "August", "September", "October", "November", "December"]

    /// The date as a reason line gives it: "30 Sep 2026".
    public var shortWords: String { "\(day) \(Day.monthNames[month - 1].prefix(3)) \(year)" }
}

extension FactDate {
    /// The month and year as a reason line gives them: "Dec 2023", or "2024" when only the year is known.
    public var monthAndYear: String {
        precision == .year ? String(earliest.year) : "\(Day.monthNames[earliest.month - 1].prefix(3)) \(earliest.year)"
    }
}
