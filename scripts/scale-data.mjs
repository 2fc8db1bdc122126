// The bench's synthetic dataset at n times the data: every event, unit and person of data/*.json
// copied n - 1 more times with new ids ("<id>--x2" ...), their references moved to the same copy.
// The structural units (the chain of command above the Legion's units) stay one, so the copies hang
// under the same tree; countries stay as they are (the map has one shape per country). Only the
// bench uses it: `npm run bench -- --scale 10` writes a copy of the build whose data is scaled.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { briefCopyOf } from './brief-copy.mjs'

/** The copy k (2..n) of an id; copy 1 is the record itself. */
const copyId = (id, k) => (k === 1 ? id : `${id}--x${k}`)

export function scaleData({ units, events, people }, n) {
  const copied = new Set(units.filter((u) => u.kind !== 'structure').map((u) => u.id))
  const unitRef = (id, k) => (copied.has(id) ? copyId(id, k) : id)
  const label = (name, k) => (name === null || k === 1 ? name : `${name} (copy ${k})`)
  const out = { units: units.filter((u) => !copied.has(u.id)), events: [], people: [] }
  for (let k = 1; k <= n; k++) {
    for (const u of units)
      if (copied.has(u.id))
        out.units.push({
          ...u,
          id: copyId(u.id, k),
          name: label(u.name, k),
          parent: u.parent === null ? null : unitRef(u.parent, k),
          merged: u.merged ? { ...u.merged, into: unitRef(u.merged.into, k) } : u.merged,
        })
    for (const e of events)
      out.events.push({
        ...e,
        id: copyId(e.id, k),
        title: k === 1 ? e.title : `${e.title} (copy ${k})`,
        units: e.units.map((id) => unitRef(id, k)),
      })
    for (const p of people)
      out.people.push({
        ...p,
        id: copyId(p.id, k),
        name: label(p.name, k),
        units: p.units.map((id) => unitRef(id, k)),
        events: p.events.map((id) => copyId(id, k)),
      })
  }
  return out
}

/**
 * Rewrites <dir>/data/{units,events,people}.json (a copy of the build) at n times the data, and the
 * brief copies of units and events (src/data/brief-copies.ts) the first load reads.
 */
export function scaleBuild(dir, n) {
  const read = (name) => JSON.parse(readFileSync(resolve(dir, 'data', `${name}.json`), 'utf8'))
  const scaled = scaleData({ units: read('units'), events: read('events'), people: read('people') }, n)
  for (const [name, records] of Object.entries(scaled)) {
    const text = JSON.stringify(records)
    writeFileSync(resolve(dir, 'data', `${name}.json`), text)
    if (name !== 'people') writeFileSync(resolve(dir, 'data', 'brief', `${name}.json`), briefCopyOf(text))
  }
  return { units: scaled.units.length, events: scaled.events.length, people: scaled.people.length }
}
