import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { connectToCopydesk } from './api/copydeskClient'
import { App } from './App'
import './styles/base.css'
import './styles/app.css'
import './styles/document.css'
import './styles/theme-dark.css'

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('index.html has no #root element')

createRoot(rootElement).render(
  <StrictMode>
    <App bridge={connectToCopydesk()} />
  </StrictMode>,
)
