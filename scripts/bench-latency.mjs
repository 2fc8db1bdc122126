// Hover latency (pointer over a country until its tooltip shows and a frame passes) and selection
// latency (click until the Details panel names the country and a frame passes), ten countries.
export const pointerLatency = (page) =>
  page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()))
    // Waits frame by frame, for at most ten seconds, so a view that never answers stops the bench.
    const until = async (done, what) => {
      const deadline = performance.now() + 10_000
      while (!done()) {
        if (performance.now() > deadline) throw new Error(`bench: no ${what()} after 10 s`)
        await frame()
      }
    }
    const hover = []
    const select = []
    for (const iso3 of ['FRA', 'DEU', 'POL', 'USA', 'CAN', 'AUS', 'JPN', 'BRA', 'IND', 'GBR']) {
      const path = document.querySelector(`path[data-iso3="${iso3}"]`)
      const box = path.getBoundingClientRect()
      const init = {
        bubbles: true,
        clientX: box.x + box.width / 2,
        clientY: box.y + box.height / 2,
        pointerType: 'mouse',
      }
      let t0 = performance.now()
      path.dispatchEvent(new PointerEvent('pointermove', init))
      await until(
        () => document.querySelector('.map-tooltip')?.textContent?.length,
        () => `tooltip for ${iso3}`,
      )
      await frame()
      hover.push(performance.now() - t0)
      t0 = performance.now()
      path.dispatchEvent(new PointerEvent('pointerdown', init))
      path.dispatchEvent(new MouseEvent('click', init))
      const name = path.getAttribute('aria-label').split(':')[0]
      await until(
        () => document.querySelector('.details__title')?.textContent === name,
        () => `details for ${name} (shown: ${document.querySelector('.details__title')?.textContent})`,
      )
      await frame()
      select.push(performance.now() - t0)
    }
    return { hover, select }
  })
