/** Saving a file the app made: a hidden <a download> pointing at an object URL, revoked after. */

/** Long enough for every browser to have read the blob once the download has started. */
export const REVOKE_AFTER_MS = 10_000

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  }
}

/** CSV as UTF-8 with a byte-order mark, which spreadsheet programs need to read accents right. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' })
}

/** A file for a ZIP: its name in the archive and its text. */
export interface ZipEntry {
  name: string
  text: string
}

/**
 * The files as one ZIP (deflated). The zip library is loaded on first use, so it stays out of the
 * main bundle. CSV files get a byte-order mark, as `csvBlob` gives them.
 */
export async function zipBytes(files: readonly ZipEntry[]): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate')
  const entries = Object.fromEntries(
    files.map((f) => [f.name, strToU8(f.name.endsWith('.csv') ? `\uFEFF${f.text}` : f.text)]),
  )
  return zipSync(entries, { level: 6 })
}

export async function zipBlob(files: readonly ZipEntry[]): Promise<Blob> {
  const bytes = await zipBytes(files)
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' })
}
