/**
 * Reads the flattened tables of the source article (`| a | b |` rows) and its subsection titles,
 * so the data tests can compare data/ with the source itself rather than with a copied list.
 */
import { sectionPaths } from '../src/data/integrity'

export interface SourceTable {
  /** the heading line the table was found under, without the "=" marks */
  heading: string
  /** cells of the header row, trimmed */
  header: string[]
  /** cells of every other row, trimmed; an empty cell is "" */
  rows: string[][]
}

const HEADING = /^(=+)\s*(.*?)\s*=+\s*$/

/** Splits one `| a | b | c |` line into its trimmed cells. */
export function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  return inner.split('|').map((cell) => cell.trim())
}

/**
 * The first table under the heading titled `heading`: the run of lines starting with "| " that
 * follows the heading (an introductory paragraph may come first), up to the blank line or the
 * next heading. The first row is the header. Throws when the heading or the table is missing.
 */
export function readSourceTable(sourceText: string, heading: string): SourceTable {
  const lines = sourceText.split('\n')
  const start = lines.findIndex((line) => HEADING.exec(line)?.[2] === heading)
  if (start === -1) throw new Error(`the source has no heading "${heading}"`)
  const tableLines: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (HEADING.test(line)) break
    if (line.startsWith('| ')) tableLines.push(line)
    else if (tableLines.length) break // the blank line (or text) after the table ends it
  }
  const [headerLine, ...rowLines] = tableLines
  if (!headerLine) throw new Error(`no table under the heading "${heading}"`)
  return { heading, header: tableCells(headerLine), rows: rowLines.map(tableCells) }
}

/** The cells of one column, found by its header (exact, or the header's first words). */
export function tableColumn(table: SourceTable, header: string): string[] {
  const index = table.header.findIndex((h) => h === header || h.startsWith(`${header} `))
  if (index === -1)
    throw new Error(
      `the table under "${table.heading}" has no column "${header}" (${table.header.join(', ')})`,
    )
  return table.rows.map((row) => row[index] ?? '')
}

/** Titles of the direct subsections of a section, e.g. "Estonia" for "International response". */
export function subsectionTitles(sourceText: string, parent: string): string[] {
  const prefix = `${parent} > `
  return [...sectionPaths(sourceText)]
    .filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes(' > '))
    .map((path) => path.slice(prefix.length))
}

/**
 * The text of one section path (e.g. "International response > Ireland") without its subsections:
 * the lines after its heading up to the next heading. "Infobox" is the infobox lines, "Lead" the
 * paragraphs before the first section. Throws when the path is not a section of the source.
 */
export function sectionText(sourceText: string, path: string): string {
  const own = new Map<string, string[]>()
  const stack: string[] = []
  let current = 'Lead'
  for (const line of sourceText.split('\n')) {
    const m = HEADING.exec(line)
    if (m) {
      const level = m[1]!.length
      stack.length = Math.max(0, level - 2)
      if (level >= 2) stack.push(m[2]!)
      current = level >= 2 ? stack.join(' > ') : 'Lead'
      continue
    }
    if (current === 'Lead' && (line === 'Infobox' || line.startsWith('- '))) {
      own.set('Infobox', [...(own.get('Infobox') ?? []), line])
      continue
    }
    own.set(current, [...(own.get(current) ?? []), line])
  }
  const lines = own.get(path)
  if (!lines) throw new Error(`the source has no section "${path}"`)
  return lines.join('\n')
}

/** One entry of a bulleted list under a heading: `- Name, description`. */
export interface ListEntry {
  /** the whole line after "- " */
  line: string
  /** the text before the first comma; "" where the source lost the name (the line starts "- ,") */
  name: string
}

/**
 * The `- ` lines directly under the heading titled `heading`, up to the next heading. An entry
 * whose name cell was lost in extraction starts with "," or with a parenthesis, e.g.
 * "- , a member of the Latvian Saeima" or "- (Irgen Gioro.Chi Wei), a Chinese dissident".
 */
export function readSourceList(sourceText: string, heading: string): ListEntry[] {
  const lines = sourceText.split('\n')
  const start = lines.findIndex((line) => HEADING.exec(line)?.[2] === heading)
  if (start === -1) throw new Error(`the source has no heading "${heading}"`)
  const entries: ListEntry[] = []
  for (const line of lines.slice(start + 1)) {
    if (HEADING.test(line)) break
    if (!line.startsWith('- ')) continue
    const text = line.slice(2)
    const first = text.split(',')[0]!.trim()
    entries.push({ line: text, name: first.startsWith('(') ? '' : first })
  }
  if (!entries.length) throw new Error(`no list under the heading "${heading}"`)
  return entries
}
