import { memo } from 'react'
import type { Detail } from './card-size'
import { OTHER_NOTE, OTHER_TITLE } from './chart-metrics'
import type { ChartScene } from './chart-scene'
import type { DrawnRegion } from './chart-window'
import type { Frame } from './org-layout'
import type { TreeRow } from './org-structure'
import { OrgTree, type NodeLook } from './OrgTree'

export interface TreeHandlers {
  looks: ReadonlyMap<string, NodeLook>
  selected: string | null
  onToggle: (id: string, expand: boolean) => void
  onSelect: (id: string) => void
}

/**
 * The chart's drawing at one level of detail: the links, the chain of command and, framed apart
 * with its heading, the units the source does not place. Two trees over one drawing. Memoized: a
 * date step that changes nothing in it does not render it. Cards outside `region` are left out.
 */
export const ChartDrawing = memo(function ChartDrawing({
  scene,
  detail,
  region = null,
  chainRows,
  otherRows,
  handlers,
}: {
  scene: ChartScene
  detail: Detail
  /** the part of the drawing whose cards are rendered; null renders every card (an export) */
  region?: DrawnRegion | null
  chainRows: TreeRow[]
  otherRows: TreeRow[]
  handlers: TreeHandlers
}) {
  const frame = scene.otherFrame
  const place = (nodes: ChartScene['chain']['nodes']) => ({
    detail,
    nodes,
    region,
    width: scene.width,
    height: scene.height,
  })
  return (
    <>
      <ChartLinks scene={scene} />
      {chainRows.length > 0 && (
        <OrgTree
          label="Chain of command"
          rows={chainRows}
          placement={place(scene.chain.nodes)}
          {...handlers}
        />
      )}
      {frame && (
        <div
          className="org-other__heading"
          style={{ left: frame.heading.x, top: frame.heading.y, width: frame.heading.width }}
        >
          <h3 className="org-other__title">{OTHER_TITLE}</h3>
          <p className="org-other__note">{OTHER_NOTE}</p>
        </div>
      )}
      {otherRows.length > 0 && (
        <OrgTree label={OTHER_TITLE} rows={otherRows} placement={place(scene.other.nodes)} {...handlers} />
      )}
    </>
  )
})

/** The drawing's links and frames, which a date step that moves no card leaves as they are. */
const ChartLinks = memo(function ChartLinks({ scene }: { scene: ChartScene }) {
  const frame = scene.otherFrame
  return (
    <svg className="org-links" width={scene.width} height={scene.height} aria-hidden="true">
      {scene.chain.frames.map((f) => (
        <FrameRect key={`${f.x},${f.y}`} className="org-flow__frame" frame={f} />
      ))}
      {scene.chain.links.map((link) => (
        <path key={link.id} d={link.d} />
      ))}
      {frame && <FrameRect className="org-other__frame" frame={frame} />}
    </svg>
  )
})

const FrameRect = ({ className, frame }: { className: string; frame: Frame }) => (
  <rect className={className} x={frame.x} y={frame.y} width={frame.width} height={frame.height} rx={6} />
)
