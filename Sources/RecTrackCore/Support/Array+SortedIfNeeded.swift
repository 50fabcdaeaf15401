extension Array {
    /// The elements in order, without sorting (or moving anything) when they already are: evidence is read in
    /// file-name order, which is nearly always date order already, and a sort moves every element regardless.
    func sortedIfNeeded(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        for index in indices.dropFirst() where areInIncreasingOrder(self[index], self[index - 1]) {
            return sorted(by: areInIncreasingOrder)
        }
        return self
    }
}
