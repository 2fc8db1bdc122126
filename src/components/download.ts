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
