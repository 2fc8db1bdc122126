import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { z } from 'zod/mini'
import { applyTokens } from '../lib/tokens'
import { App } from './App'
import { AppProviders } from './AppProviders'
import './app.css'

// The Content-Security-Policy forbids eval; without this zod would try `new Function` and the
// browser would log a CSP violation.
z.config({ jitless: true })

// The CSS reads every colour, font and size as a custom property set here, once, from the tokens.
applyTokens(document.documentElement.style)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
)
