// Sorting lists that are nearly always in order already (mentions by start, paragraph events by
// place): Array.prototype.sort copies the list even then. A list in order is what a stable sort
// would give back, so checking first changes nothing but the cost.

/** Sorts `list` in place with `compare` (a consistent comparator), unless it is in order already. */
export function sortIfNeeded<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < list.length; k++) if (compare(list[k - 1], list[k]) > 0) return list.sort(compare);
  return list;
}
