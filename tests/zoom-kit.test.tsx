/**
 * d3-zoom is not part of the first load (src/components/use-zoom-kit.ts): the org chart opens on
 * its own geometry, and a zoom button pressed before d3-zoom came acts once it has. This file
 * starts with the chunk not loaded (each test file has its own modules); tests/orgchart.test.tsx
 * drives the chart as it is after the first input.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AppProviders, createQueryClient } from '../src/app/AppProviders'
import { OrgChartView } from '../src/features/orgchart/OrgChartView'
import { installFakeFetch } from './helpers/fake-fetch'

describe('the org chart before d3-zoom has loaded', () => {
  it('opens at its readable scale, and zooms in from a button pressed before d3-zoom came', async () => {
    installFakeFetch()
    render(
      <AppProviders client={createQueryClient()}>
        <OrgChartView />
      </AppProviders>,
    )
    await screen.findByRole('tree', { name: 'Chain of command' })
    const viewport = document.querySelector<HTMLElement>('.org-viewport')!
    const level = screen.getByRole('status', { name: 'Zoom level' })
    const before = parseInt(level.textContent!, 10)
    expect(before).toBeGreaterThanOrEqual(79)
    // No input yet: d3-zoom has not been asked for, and the window takes no gesture.
    expect(viewport.dataset.zoomReady).toBeUndefined()
    // A click alone (no pointer moved or pressed): the button asks for d3-zoom and acts once it is here.
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }))
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }))
    await waitFor(() => expect(viewport.dataset.zoomReady).toBe(''))
    // Both presses count, each from the scale the one before it left.
    await waitFor(() => expect(parseInt(level.textContent!, 10)).toBeGreaterThan(before * 1.4))
    expect(screen.getByRole('tree', { name: 'Chain of command' })).toHaveClass('org-tree--full')
  })
})
