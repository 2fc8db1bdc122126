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
  it('opens at its readable scale, and acts on the zoom buttons pressed before d3-zoom came, in order', async () => {
    installFakeFetch()
    render(
      <AppProviders client={createQueryClient()}>
        <OrgChartView />
      </AppProviders>,
    )
    await screen.findByRole('tree', { name: 'Chain of command' })
    const viewport = document.querySelector<HTMLElement>('.org-viewport')!
    const level = () => parseInt(screen.getByRole('status', { name: 'Zoom level' }).textContent!, 10)
    const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }))
    const before = level()
    expect(before).toBeGreaterThanOrEqual(79)
    // No input yet: d3-zoom has not been asked for, and the window takes no gesture.
    expect(viewport.dataset.zoomReady).toBeUndefined()
    // Clicks alone (no pointer moved or pressed). "Fit to view" needs no d3-zoom: it shows at once.
    press('Fit to view')
    const fitted = level()
    // (In this 1000×600 window the whole chart fits at about its opening scale.)
    expect(fitted).toBeGreaterThanOrEqual(before * 0.5)
    expect(viewport.dataset.zoomReady).toBeUndefined()
    // A zoom asks for d3-zoom and waits; a later "Fit to view" is the latest choice, and drops it.
    press('Zoom in')
    press('Fit to view')
    expect(level()).toBe(fitted)
    press('Zoom in')
    press('Zoom in')
    await waitFor(() => expect(viewport.dataset.zoomReady).toBe(''))
    // The two presses after the fit count, each from the scale the one before it left (1.25² of
    // the fitted scale; three presses would give 1.95×, a press from a stale scale 1.25×).
    await waitFor(() => expect(level()).toBeGreaterThan(fitted * 1.45))
    expect(level()).toBeLessThan(fitted * 1.7)
  })
})
