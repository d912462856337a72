extension Array {
    /// The first index whose element fails `belongsBefore` (the array is partitioned by it).
    @inlinable
    package func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
