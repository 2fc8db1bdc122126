import { useState, type ReactElement } from 'react'
import { useAppStore } from '../../store/app-store'
import { downloadBlob } from '../../components/download'
import { exportFileName } from '../../model/export-meta'
import {
  ExportOutcome,
  messageOf,
  useExportContext,
  type ExportOutcomeValue as Outcome,
} from '../../components/export-context'
import { mapExportText, svgFile, svgToPng, type MapExportText } from './map-export'

export interface MapExportButtonsProps {
  /**
   * The map's static form with these words, `scale` times its size: the map view's StaticMap,
   * which the app passes in (a feature does not import another).
   */
  draw: (text: MapExportText, scale: number) => ReactElement
}

/** "Download map as SVG" and "Download map as PNG", for the map's toolbar. */
export function MapExportButtons({ draw }: MapExportButtonsProps) {
  const ctx = useExportContext()
  const layer = useAppStore((s) => s.layer)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const text = () => mapExportText({ ...ctx, layer })

  const saveSvg = () => {
    try {
      const name = exportFileName(`map-${layer}`, ctx.asOf, 'svg')
      downloadBlob(new Blob([svgFile(draw(text(), 1))], { type: 'image/svg+xml' }), name)
      setOutcome({ kind: 'done', text: `Saved ${name}.` })
    } catch (error) {
      setOutcome({ kind: 'error', text: `Could not save the map as SVG: ${messageOf(error)}` })
    }
  }

  const savePng = async () => {
    if (busy) return
    setBusy(true)
    setOutcome({ kind: 'done', text: 'Drawing the map as PNG…' })
    try {
      const name = exportFileName(`map-${layer}`, ctx.asOf, 'png')
      // Twice the map's size, so it is sharp on a high-density screen and in print.
      downloadBlob(await svgToPng(svgFile(draw(text(), 2))), name)
      setOutcome({ kind: 'done', text: `Saved ${name}.` })
    } catch (error) {
      setOutcome({ kind: 'error', text: `Could not save the map as PNG: ${messageOf(error)}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="export-menu export-menu--map">
      <div className="export-menu__buttons" role="group" aria-label="Export the map">
        <button type="button" onClick={saveSvg}>
          Download map as SVG
        </button>
        {/* aria-disabled, not disabled: the button keeps focus while the PNG is drawn. */}
        <button type="button" onClick={() => void savePng()} aria-disabled={busy}>
          Download map as PNG
        </button>
      </div>
      <ExportOutcome outcome={outcome} />
    </div>
  )
}
