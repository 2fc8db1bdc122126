/**
 * Vitest 5 targets Node 22 and calls Map.groupBy / Object.groupBy (Node 21+) when it reports
 * failures. This machine and CI run Node 20, so the test script preloads these two standard
 * functions when they are missing. Nothing else is changed; on Node 22 this file does nothing.
 */
function groupInto(items, keyOf, make, add) {
  const groups = make()
  let index = 0
  for (const item of items) add(groups, keyOf(item, index++), item)
  return groups
}
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = (items, keyOf) =>
    groupInto(
      items,
      keyOf,
      () => new Map(),
      (m, k, v) => (m.has(k) ? m.get(k).push(v) : m.set(k, [v])),
    )
}
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = (items, keyOf) =>
    groupInto(
      items,
      keyOf,
      () => Object.create(null),
      (o, k, v) => (o[k] ? o[k].push(v) : (o[k] = [v])),
    )
}
