// Debian's Chromium and the launch flags that work on this project's machines (no sandbox as root,
// no GPU, no background traffic to a closed network). Used by the browser tests, bench and screenshots.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
