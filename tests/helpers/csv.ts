/** A strict RFC 4180 reader, to read back what the exports wrote, as a spreadsheet would. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch !== '"') field += ch
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (ch === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`)
      quoted = true
    } else if (ch === ',') {
      record.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else if (ch === '\n' || ch === '\r') throw new Error(`a bare line break outside quotes at ${i}`)
    else field += ch
  }
  if (quoted) throw new Error('an unterminated quoted field')
  if (field !== '' || record.length) throw new Error('the last record does not end with CRLF')
  return records
}

/** The CSV's rows as objects keyed by the header, after checking every row has the header's width. */
export function csvObjects(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''))
  if (!header) throw new Error('no header row')
  for (const r of records)
    if (r.length !== header.length) throw new Error(`a row of ${r.length} fields under ${header.length}`)
  return { header, rows: records.map((r) => Object.fromEntries(header.map((key, i) => [key, r[i]!]))) }
}
