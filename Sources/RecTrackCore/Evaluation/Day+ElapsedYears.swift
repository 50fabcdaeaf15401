extension Day {
    /// Years from this day to `other`: whole years counted on this day's anniversaries, plus the share
    /// of the following year gone by; negative when `other` is earlier.
    ///
    /// Annual statistics share a reference day (31 March, 30 September), so two of their periods are a
    /// whole number of years apart exactly, leap days or not, and a growth rate over them is the one the
    /// published method means.
    public func years(until other: Day) -> Double {
        if other < self { return -other.years(until: self) }
        var whole = other.year - year
        if adding(months: 12 * whole) > other { whole -= 1 }
        let start = adding(months: 12 * whole)
        let next = adding(months: 12 * (whole + 1))
        // In year 9999 the next anniversary is past the calendar's end, and `adding` stops at 9999-12-31.
        let length = next.year == start.year + 1 ? next.ordinal - start.ordinal : 365
        return Double(whole) + Double(other.ordinal - start.ordinal) / Double(length)
    }
}
