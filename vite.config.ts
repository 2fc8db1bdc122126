/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { linkAppStylesheet } from './scripts/vite-plugin-boot.ts'
import { serveDataFiles } from './scripts/vite-plugin-data.ts'
import { slimD3GeoForMaps } from './scripts/vite-plugin-map-geo.ts'
import { slimD3Scale } from './scripts/vite-plugin-slim-d3-scale.ts'

export default defineConfig({
  plugins: [react(), slimD3GeoForMaps(), slimD3Scale(), serveDataFiles(), linkAppStylesheet()],
  server: { port: 5173 },
  // Not pre-bundled in dev, so their imports go through the plugins above there too, and the dev
  // server runs the slim modules the build and the tests give them.
  optimizeDeps: { exclude: ['d3-scale', 'react-simple-maps'] },
  preview: { port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    css: false,
    // d3-scale and react-simple-maps go through Vite, so every test uses the slim modules the
    // build gives them (scripts/vite-plugin-slim-d3-scale.ts, scripts/vite-plugin-map-geo.ts): a
    // scale or a map that needed more would fail here too.
    server: { deps: { inline: ['d3-scale', 'react-simple-maps'] } },
    // Rendered tests run many renders in jsdom; a loaded two-core machine needs more than 5 s.
    testTimeout: 20_000,
  },
})
